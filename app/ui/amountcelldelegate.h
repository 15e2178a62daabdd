#pragma once

#include <QStyledItemDelegate>

/**
 * Paints the holdings table's cells so that an amount is never shown cut: a right-aligned cell
 * that the view scrolls partly out of sight (its column at the viewport's edge) shows its whole
 * text within the visible part, else its compact form (AssetTableModel::CompactTextRole,
 * "$45.6M"), else no text at all, never the digits that happen to be in view ("$4,321" of
 * "$4,321.61"). The exact amount stays in the tooltip.
 */
class AmountCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

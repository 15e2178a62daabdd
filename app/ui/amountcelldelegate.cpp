#include "ui/amountcelldelegate.h"

#include "model/assettablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

void AmountCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const QRect visible = view ? option.rect.intersected(view->viewport()->rect()) : option.rect;
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (visible.width() >= option.rect.width() || !(cell.displayAlignment & Qt::AlignRight)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Only part of the cell is in view: the text is fitted to that part, whole or compact or not at all.
    const QStyle *style = view ? view->style() : QApplication::style();
    cell.rect = visible;
    // The style lays the text out with a margin on each side within the text rectangle.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &cell, option.widget) + 1;
    const int room = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, option.widget).width() - 2 * margin;
    const auto fits = [&cell, room](const QString &text) { return cell.fontMetrics.horizontalAdvance(text) <= room; };
    if (!fits(cell.text)) {
        const QString compact = index.data(AssetTableModel::CompactTextRole).toString();
        cell.text = fits(compact) ? compact : QString();
    }
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
}

#pragma once

#include <QTableView>

/**
 * The holdings table: sortable by clicking a header, columns movable and resizable, with a context
 * menu to copy the owner address or the token contract and to open either in the chain's block
 * explorer. Copy (Ctrl+C) puts the selected rows on the clipboard as tab-separated text. Its header
 * state (widths, order, sort) can be saved and restored.
 */
class HoldingsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldingsView)

public:
    explicit HoldingsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /** Shows the Address column only when several addresses are in view. */
    void setAllAddresses(bool all);

    /** Column widths, order and sort, for restoreViewState(). */
    QByteArray saveViewState() const;
    /** Restores a saveViewState() blob; false (and the defaults: value, descending) when it is unusable. */
    bool restoreViewState(const QByteArray &state);

    /**
     * The selected rows, top to bottom, as tab-separated text with a header line: the visible
     * columns in their order, exact plain numbers for amounts (masked in privacy mode, like the view).
     */
    QString selectionAsTsv() const;

    /** Sizes the columns to their content once, unless widths were restored or fitted before. */
    void fitColumnsToContents();

public slots:
    /** Copies selectionAsTsv() to the clipboard. */
    void copySelection();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyDefaultWidths();
    QString cellText(const QModelIndex &index) const;

    bool m_allAddresses = true;
    /** Whether column widths are the user's (restored) or already fitted to content. */
    bool m_widthsSettled = false;
};

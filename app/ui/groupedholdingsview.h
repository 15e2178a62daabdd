#pragma once

#include <QTreeView>

class HoldingMenu;
class QTimer;
class HoldingsView;

/**
 * The holdings grouped by token (View → Group by Token): a TokenGroupModel behind a HoldingSortProxy,
 * a row per token with the exact sums of its holdings, expanded (→, or the arrow) into the holdings
 * across chains and addresses. It shares the flat table's columns (those the table shows), its
 * context menu (HoldingMenu), Copy as tab-separated text, and a double click or Enter for the token's
 * holders. An amount is never cut: the amount columns always fit their widest text.
 */
class GroupedHoldingsView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupedHoldingsView)

public:
    explicit GroupedHoldingsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    /** The context menu of the rows, shared with the flat table; must outlive the view. */
    void setHoldingMenu(HoldingMenu *menu) { m_menu = menu; }
    /** Shows the columns @p table shows, in its order. */
    void showColumnsOf(const HoldingsView &table);

    /** The selected rows (groups and holdings), as they are shown, as tab-separated text with a header line. */
    QString selectionAsTsv() const;

public slots:
    /** Copies selectionAsTsv() to the clipboard. */
    void copySelection();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    /**
     * Widens each amount column to its widest text, of every row, collapsed children too, and its
     * title: a tree's own fit to contents looks at the rows in view only, and amounts are never cut.
     */
    void fitAmountColumns();

    HoldingMenu *m_menu = nullptr;
    QTimer *m_fitAmounts;
};

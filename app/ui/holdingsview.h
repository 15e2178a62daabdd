#pragma once

#include <QSet>
#include <QTableView>

class HoldingMenu;
class QTimer;

/**
 * The holdings table: sortable by clicking a header, columns movable and resizable, with a holding's
 * context menu (HoldingMenu); a double click or Enter on a row asks for the holders of its token
 * (HoldingMenu::showHolders()). Copy (Ctrl+C) puts the selected rows on the clipboard as tab-separated text. The header's
 * context menu shows or hides columns. Its state (widths, order, sort, the columns chosen) can be
 * saved and restored.
 *
 * An amount is never cut: the Balance, Price, Value and Change columns widen to their widest amount
 * in view whenever the rows or their texts change (never narrower than the user made them wider).
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
    /** Shows the Change column only when some holding in view changed since the previous refresh. */
    void setChangesShown(bool shown);
    /**
     * The context menu of the rows, which may be shared with other views; the view's own (no refresh,
     * no holders, verdicts disabled) until one is set. @p menu must outlive the view.
     */
    void setHoldingMenu(HoldingMenu *menu) { m_menu = menu; }
    HoldingMenu *holdingMenu() const { return m_menu; }

    /**
     * Whether the user wants @p column (chosen in the header's context menu; remembered with the
     * view state). A chosen column may still be hidden while it has nothing to say (Address for
     * one address, Change without changes). The Token column is always chosen.
     */
    bool isColumnChosen(int column) const;
    void setColumnChosen(int column, bool chosen);

    /** Column widths, order and sort, for restoreViewState(). */
    QByteArray saveViewState() const;
    /** Restores a saveViewState() blob; false (and the defaults: value, descending) when it is unusable. */
    bool restoreViewState(const QByteArray &state);

    /**
     * The selected rows, top to bottom, as tab-separated text with a header line: the visible
     * columns in their order, exact plain numbers for amounts (masked in privacy mode, like the view).
     */
    QString selectionAsTsv() const;

    /**
     * What the table says when it shows no row although there are holdings: none match the search
     * or the filters. Empty when rows are shown, or when there is nothing to filter.
     */
    QString emptyResultText() const;

    /** Sizes the columns to their content once, unless widths were restored or fitted before. */
    void fitColumnsToContents();

    /** The width the table needs to show every column up to the Value column whole, frame and scroll bar included. */
    int widthThroughValue() const;
    /** Narrows the Token and then the Chain column (down to a readable least) until widthThroughValue() fits @p width. */
    void fitNamesWithin(int width);
    /** widthThroughValue() once fitNamesWithin() has narrowed the names as far as it would. */
    int leastWidthThroughValue() const;

signals:
    /** A column up to the Value column was resized, moved, shown or hidden. */
    void widthThroughValueChanged();

public slots:
    /** Copies selectionAsTsv() to the clipboard. */
    void copySelection();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /** The width of @p column once narrowed to its readable least (names only; others keep theirs). */
    int leastWidth(int column) const;

    /** The least widths, in digits, that long token symbols and chain names are narrowed to. */
    static constexpr int MinTokenChars = 13;
    static constexpr int MinChainChars = 10;

    /** "OKXV", first in a saveViewState() blob, before the header's own state. */
    static constexpr quint32 ViewStateMagic = 0x4f4b5856;

    void applyDefaultWidths();
    /** Hides the columns not chosen, and those with nothing to say in this scope. */
    void applyColumnVisibility();
    /** The header's context menu: a check box per column. */
    void chooseColumns(const QPoint &globalPos);
    /**
     * Notes that rows @p first to @p last may hold wider amounts in columns @p firstColumn to
     * @p lastColumn, for the next fitAmountColumns().
     */
    void amountsChanged(int first, int last, int firstColumn = 0, int lastColumn = -1);
    /** Widens each amount column to its widest text among the rows changed since the last call. */
    void fitAmountColumns();

    bool m_allAddresses = true;
    bool m_changesShown = false;
    /** The columns the user hid from the header's context menu. */
    QSet<int> m_unchosenColumns;
    /** Whether column widths are the user's (restored) or already fitted to content. */
    bool m_widthsSettled = false;
    /** Gathers the model's changes into one fitAmountColumns() at most every FitDelayMs. */
    QTimer *m_fitAmounts;
    HoldingMenu *m_menu;
    /** Per amount column, the rows changed since the last fit; first > last when none. */
    struct Pending
    {
        int column;
        int first = 0;
        int last = -1;
    };
    QList<Pending> m_pending;
};

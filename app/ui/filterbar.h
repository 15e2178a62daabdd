#pragma once

#include "money/fiatconversion.h"

#include <QWidget>

class AssetFilterProxy;
class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

/**
 * The controls above the holdings table: the search box, "Hide risk tokens", "Hide small balances
 * (< $1)", "Hide unpriced" and the chart-slice filter in effect (with a button to clear it).
 * Drives an AssetFilterProxy directly. It also keeps a label with the number of rows shown, for the
 * owner to place (the window puts it in the status bar, where there is room).
 */
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    /** Controls @p proxy, which must outlive the bar. */
    explicit FilterBar(AssetFilterProxy *proxy, QWidget *parent = nullptr);

    /** Puts the keyboard focus in the search box. */
    void focusSearch();
    /** "N holdings shown", kept current; not in the bar's own layout. */
    QLabel *rowCountLabel() const { return m_count; }
    /** Says the small-balance limit (one US dollar) in @p fiat's currency: "< $1.00", "< ¥7.15". */
    void setCurrency(const FiatConversion &fiat);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void syncFromProxy();
    void updateCount();

    AssetFilterProxy *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_hideRisk;
    QCheckBox *m_hideSmall;
    QCheckBox *m_hideUnpriced;
    QToolButton *m_slice;
    QLabel *m_count;
    FiatConversion m_fiat;
};

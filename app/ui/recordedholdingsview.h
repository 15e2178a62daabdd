#pragma once

#include "model/amountdisplay.h"
#include "storage/tokenverdicts.h"
#include "storage/valuehistory.h"

#include <QDateTime>
#include <QWidget>

class AssetFilterProxy;
class AssetTableModel;
class HoldingsView;
class PortfolioStore;
class QLabel;
class QPushButton;

/**
 * The holdings as the value history recorded them at a past time: for each address in scope, its
 * holdings last recorded at or before that time, in the same table as the live holdings
 * (PortfolioStore → AssetTableModel → AssetFilterProxy → HoldingsView, so sorting, amounts, risk
 * rows and privacy mode are the live table's), read-only and headed "As of … (recorded)" with their
 * exact total. Buttons lead back to the history, to the live holdings, and export the holdings as
 * `export --at` does (the window's HoldingsExporter over this view's store and proxy).
 */
class RecordedHoldingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordedHoldingsView)

public:
    explicit RecordedHoldingsView(QWidget *parent = nullptr);
    ~RecordedHoldingsView() override;

    /**
     * Shows @p holdings, those recorded at or before @p time, of the scope named @p scopeName;
     * risk tokens as the user's @p verdicts have them, as everywhere.
     */
    void setHoldings(const QDateTime &time, const QString &scopeName, const QList<RecordedHoldings> &holdings,
                     const TokenVerdicts &verdicts);
    void setDisplay(const AmountDisplay &display);

    const PortfolioStore *store() const { return m_store; }
    const AssetFilterProxy *proxy() const { return m_proxy; }
    HoldingsView *table() const { return m_table; }
    /** The heading: "As of <time> (recorded) · <scope>". */
    QString title() const;

signals:
    void backToHistoryRequested();
    void liveHoldingsRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PortfolioStore *m_store;
    AssetTableModel *m_model;
    AssetFilterProxy *m_proxy;
    QLabel *m_title;
    QLabel *m_total;
    QLabel *m_note;
    QPushButton *m_export;
    QPushButton *m_back;
    QPushButton *m_live;
    HoldingsView *m_table;
    QDateTime m_time;
    QString m_scopeName;
    int m_addressCount = 0;
};

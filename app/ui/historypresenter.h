#pragma once

#include "storage/valuehistory.h"

#include <QList>
#include <QObject>
#include <QString>

class AssetTableModel;
class HistoryView;
class PortfolioStore;
class ValueHistoryWorker;

/**
 * Fills the History view from the value history, through the worker's thread (never reading on
 * the window's): the totals of the chosen scope and span, of the addresses watched now, summed over addresses by HistorySeries,
 * read again when the scope or span changes and when a refresh is recorded while the view is open;
 * and the holdings recorded at a point, for the addresses in scope, under the user's verdicts.
 * Amounts follow the live table's AmountDisplay (locale, privacy mode).
 *
 * At most one read is in flight: a change meanwhile reads again once it is in.
 */
class HistoryPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPresenter)

public:
    /** Nothing is owned; everything must outlive the presenter. */
    HistoryPresenter(ValueHistoryWorker *worker, const PortfolioStore *live, const AssetTableModel *table,
                     HistoryView *view, QObject *parent = nullptr);

    /** Reads the history while the view is shown (and from now on when a refresh is recorded). */
    void setActive(bool active);
    /** Follows the sidebar: chooses @p address (empty: all) when it is recorded, else all addresses. */
    void followScope(const QString &address);

signals:
    /** The holdings at a point could not be read: why (translated). */
    void failed(const QString &error);

private:
    void read();
    void readHoldingsAt(const QDateTime &time);

    ValueHistoryWorker *m_worker;
    const PortfolioStore *m_live;
    const AssetTableModel *m_table;
    HistoryView *m_view;
    bool m_active = false;
    bool m_reading = false;
    /** Something changed while a read was in flight: read again once it is in. */
    bool m_stale = false;
    /** The scope to show: the sidebar's address or the user's choice, chosen once the history's addresses are known. */
    QString m_followed;
    /** Every address recorded and watched now, as of the latest read. */
    QList<HistoryAddress> m_addresses;
};

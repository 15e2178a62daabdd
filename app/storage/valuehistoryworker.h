#pragma once

#include "storage/valuehistory.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

/** What ValueHistoryWorker::readTotals() hands back. */
struct HistoryTotals
{
    /** Every address recorded, in the order of their first record, with its latest label. */
    QList<HistoryAddress> addresses;
    /**
     * For each address in the range's scope, its latest total before the range begins (none when
     * the range is open at its start): the values a sum over addresses starts from.
     */
    QList<HistoryPoint> before;
    /** The totals in the range, oldest first (ValueHistory::readTotals()). */
    QList<HistoryPoint> points;
    /** Why the history could not be read (translated); empty when it was. A missing file is an empty history. */
    QString error;
};

/**
 * Works on a ValueHistory in a thread of its own, so that recording 10,000 holdings or reading a
 * year of refreshes never holds up the window: every call returns at once and the work is done in
 * the order asked for, reads queued behind the writes asked for before them (so a view reads what
 * was recorded). Each record is its own transaction. The destructor waits for the records asked
 * for until then, so nothing fetched is lost on quit.
 *
 * The history's connection is made, used and closed in that thread (Qt SQL's rule). A read's
 * result is handed to its callback in this object's thread, where its context object must live
 * too, and not at all once that object is gone.
 */
class ValueHistoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueHistoryWorker)

public:
    /** Works on the history in @p filePath (ValueHistory::defaultFilePath() for the user's). */
    explicit ValueHistoryWorker(QString filePath, QObject *parent = nullptr);
    ~ValueHistoryWorker() override;

    /** Records @p holdings. */
    void record(RecordedHoldings holdings);

    /** Reads the totals of @p range (and what a sum over its addresses starts from); @p done gets them unless @p context is gone. */
    void readTotals(const HistoryRange &range, QObject *context, std::function<void(const HistoryTotals &)> done);
    /**
     * Reads, for each of @p addresses, the holdings last recorded at or before @p time (an address
     * with none by then is left out); @p done gets them, in the order of @p addresses, or the
     * reason they could not be read (translated, else empty), unless @p context is gone.
     */
    void readHoldingsAt(const QStringList &addresses, const QDateTime &time, QObject *context,
                        std::function<void(const QList<RecordedHoldings> &, const QString &error)> done);

signals:
    /**
     * A record failed; @p error says why (translated). Said once per problem: a file that cannot
     * be used fails every record the same way until the app starts again.
     */
    void failed(const QString &error);
    /** A record was written: what a view shows of the history may have changed. */
    void recorded();

private:
    /** Runs @p work in the worker's thread, on the history (made there on first use). */
    void post(std::function<void(ValueHistory &)> work);
    /** From the worker's thread: runs @p result in this object's thread, unless @p context is gone by then. */
    void deliver(const QPointer<QObject> &context, std::function<void()> result);

    QThread m_thread;
    /** Lives in m_thread: the work is posted to it, and the history is used there only. */
    QObject *m_context;
    const QString m_filePath;
    /** Made in m_thread on first use, used and destroyed there only. */
    std::unique_ptr<ValueHistory> m_history;
    /** The latest failure said, in m_thread. */
    QString m_lastError;
};

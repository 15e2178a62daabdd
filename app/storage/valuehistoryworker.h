#pragma once

#include "storage/valuehistory.h"

#include <QObject>
#include <QThread>

#include <memory>

/**
 * Writes to a ValueHistory in a thread of its own, so that recording 10,000 holdings never holds
 * up the window: record() returns at once and the records are written in the order asked for,
 * each in its own transaction. The destructor waits for the records asked for until then, so
 * nothing fetched is lost on quit.
 *
 * The history's connection is made, used and closed in that thread (Qt SQL's rule). Reads for a
 * view belong here too, posted the same way, so they queue behind the writes.
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

signals:
    /**
     * A record failed; @p error says why (translated). Said once per problem: a file that cannot
     * be used fails every record the same way until the app starts again.
     */
    void failed(const QString &error);

private:
    QThread m_thread;
    /** Lives in m_thread: the work is posted to it, and the history is used there only. */
    QObject *m_context;
    const QString m_filePath;
    /** Made in m_thread on the first record, used and destroyed there only. */
    std::unique_ptr<ValueHistory> m_history;
    /** The latest failure said, in m_thread. */
    QString m_lastError;
};

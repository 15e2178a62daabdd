#include "storage/valuehistoryworker.h"

#include "storage/watchedaddress.h"

#include <QPointer>

ValueHistoryWorker::ValueHistoryWorker(QString filePath, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_filePath(std::move(filePath))
{
    m_thread.setObjectName(QStringLiteral("ValueHistoryWorker"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ValueHistoryWorker::~ValueHistoryWorker()
{
    // Posted after every record asked for, so those are written before the connection closes.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_history.reset();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void ValueHistoryWorker::post(std::function<void(ValueHistory &)> work)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work)] {
            if (!m_history)
                m_history = std::make_unique<ValueHistory>(m_filePath);
            work(*m_history);
        },
        Qt::QueuedConnection);
}

void ValueHistoryWorker::deliver(const QPointer<QObject> &context, std::function<void()> result)
{
    // Through this object, which lives in the context's thread: there the context is checked
    // (never in the worker's thread, where it may be in the middle of being destroyed).
    QMetaObject::invokeMethod(
        this,
        [context, result = std::move(result)] {
            if (context)
                result();
        },
        Qt::QueuedConnection);
}

void ValueHistoryWorker::record(RecordedHoldings holdings)
{
    // The thread never outlives this object (the destructor waits for it), so `this` is safe in there.
    post([this, holdings = std::move(holdings)](ValueHistory &history) {
        if (history.record(QList<RecordedHoldings>{holdings})) {
            m_lastError.clear();
            QMetaObject::invokeMethod(this, &ValueHistoryWorker::recorded, Qt::QueuedConnection);
            return;
        }
        if (history.errorString() == m_lastError)
            return;
        m_lastError = history.errorString();
        QMetaObject::invokeMethod(this, [this, error = m_lastError] { emit failed(error); }, Qt::QueuedConnection);
    });
}

void ValueHistoryWorker::readTotals(const HistoryRange &range, QObject *context,
                                    std::function<void(const HistoryTotals &)> done)
{
    post([this, range, context = QPointer<QObject>(context), done = std::move(done)](ValueHistory &history) {
        HistoryTotals totals;
        bool read = history.readAddresses(&totals.addresses);
        if (read && range.since.isValid()) {
            // Strictly before the range: a record at its first moment is one of its points.
            const QDateTime before = range.since.addMSecs(-1);
            for (const HistoryAddress &address : std::as_const(totals.addresses)) {
                if (!range.address.isEmpty() && !WatchedAddress::sameAddress(address.address, range.address))
                    continue;
                std::optional<HistoryPoint> latest;
                read = history.readLatestTotal(address.address, &latest, before);
                if (!read)
                    break;
                if (latest)
                    totals.before.append(*latest);
            }
        }
        read = read && history.readTotals(range, [&totals](const HistoryPoint &point) { totals.points.append(point); });
        if (!read)
            totals = HistoryTotals{{}, {}, {}, history.errorString()};
        deliver(context, [done, totals = std::move(totals)] { done(totals); });
    });
}

void ValueHistoryWorker::readHoldingsAt(const QStringList &addresses, const QDateTime &time, QObject *context,
                                        std::function<void(const QList<RecordedHoldings> &, const QString &)> done)
{
    post([this, addresses, time, context = QPointer<QObject>(context), done = std::move(done)](ValueHistory &history) {
        QList<RecordedHoldings> found;
        QString error;
        for (const QString &address : addresses) {
            std::optional<RecordedHoldings> holdings;
            if (!history.readHoldingsAt(address, time, &holdings)) {
                found.clear();
                error = history.errorString();
                break;
            }
            if (holdings)
                found.append(std::move(*holdings));
        }
        deliver(context, [done, found = std::move(found), error] { done(found, error); });
    });
}

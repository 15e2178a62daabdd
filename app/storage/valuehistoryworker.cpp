#include "storage/valuehistoryworker.h"

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

void ValueHistoryWorker::record(RecordedHoldings holdings)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, holdings = std::move(holdings)] {
            if (!m_history)
                m_history = std::make_unique<ValueHistory>(m_filePath);
            if (m_history->record(QList<RecordedHoldings>{holdings})) {
                m_lastError.clear();
                return;
            }
            if (m_history->errorString() == m_lastError)
                return;
            m_lastError = m_history->errorString();
            // The thread never outlives this object (the destructor waits for it), so `this` is safe here.
            QMetaObject::invokeMethod(this, [this, error = m_lastError] { emit failed(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

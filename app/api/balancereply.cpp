#include "api/balancereply.h"

BalanceReply::BalanceReply(int requestCount, QObject *parent) : QObject(parent), m_requestCount(requestCount) {}

void BalanceReply::abort()
{
    if (m_finished)
        return;
    emit abortRequested();
    finish(ApiError::cancelled());
}

void BalanceReply::completeRequest()
{
    ++m_completedCount;
    emit progress(m_completedCount, m_requestCount);
}

void BalanceReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

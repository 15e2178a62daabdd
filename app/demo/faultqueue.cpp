#include "demo/faultqueue.h"

void FaultQueue::push(const DemoFault &fault, int times)
{
    if (times > 0)
        m_entries.enqueue({fault, times});
}

std::optional<DemoFault> FaultQueue::takeNext()
{
    if (m_entries.isEmpty())
        return std::nullopt;
    Entry &head = m_entries.head();
    const DemoFault fault = head.fault;
    if (--head.remaining == 0)
        m_entries.dequeue();
    return fault;
}

void FaultQueue::clear()
{
    m_entries.clear();
}

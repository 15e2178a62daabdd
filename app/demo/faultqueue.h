#pragma once

#include "demo/demofault.h"

#include <QQueue>

#include <optional>

/** The faults waiting for the next requests, in order. Not thread-safe: LocalOkxServer guards it. */
class FaultQueue final
{
public:
    /** Queues @p fault for the next @p times requests, after those already queued. */
    void push(const DemoFault &fault, int times);
    /** The fault the next request plays, or nullopt for a normal answer. */
    std::optional<DemoFault> takeNext();
    void clear();

private:
    struct Entry
    {
        DemoFault fault;
        int remaining = 0;
    };
    QQueue<Entry> m_entries;
};

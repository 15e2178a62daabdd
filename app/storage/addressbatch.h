#pragma once

#include "storage/watchedaddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class WatchList;

/**
 * Many addresses to add to a watch list at once (a pasted list in the window, a CSV file imported
 * from the command line or the window), each line checked before anything is added, as a single
 * addition would be (WatchList::checkEntry()):
 *
 * - Add: the line can be added.
 * - Duplicate: its address is watched already, or on an earlier line; it is skipped, and said so.
 *   Addresses are the same as the watch list compares them (WatchedAddress::sameAddress()).
 * - Refused: the reason it cannot be added (its form, its chains, or the line could not be read).
 *
 * WatchList::addAll(entriesToAdd()) then adds the lines to add in one step.
 */
class AddressBatch final
{
    Q_DECLARE_TR_FUNCTIONS(AddressBatch)

public:
    /** The most lines read from one paste or file; more are refused, not read. */
    static constexpr int MaxLines = 10'000;

    struct Line
    {
        enum class Verdict { Add, Duplicate, Refused };

        /** Where it is in the text or file, from 1. */
        int number = 0;
        WatchedAddress entry;
        Verdict verdict = Verdict::Add;
        /** Refused: why; Duplicate: what it repeats. Translated. */
        QString reason;
    };

    AddressBatch() = default;
    /**
     * Checks the Add lines of @p lines against @p list (refused ones, lines that could not be read,
     * stay refused), in order, so the first of two lines with one address is the one added.
     */
    AddressBatch(QList<Line> lines, const WatchList &list);

    const QList<Line> &lines() const { return m_lines; }
    /** How many lines have @p verdict. */
    int count(Line::Verdict verdict) const;
    /** The first refused line, or nullptr. */
    const Line *firstRefused() const;
    /** The entries of the lines to add, in order. */
    QList<WatchedAddress> entriesToAdd() const;
    /** One translated sentence: how many were added and skipped, and refused when there were any. */
    QString outcome() const;

private:
    QList<Line> m_lines;
};

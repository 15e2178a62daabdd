#include "storage/addressbatch.h"

#include "storage/watchlist.h"

#include <QHash>

#include <algorithm>
#include <utility>

AddressBatch::AddressBatch(QList<Line> lines, const WatchList &list)
    : m_lines(std::move(lines))
{
    // By key, not WatchList::indexOf(): a list of thousands of lines stays linear.
    QHash<QString, int> watched;
    for (int i = 0; i < list.size(); ++i)
        watched.insert(WatchedAddress::comparisonKey(list.at(i).address), i);
    QHash<QString, int> earlier;
    for (Line &line : m_lines) {
        if (line.verdict != Line::Verdict::Add)
            continue;
        line.reason = WatchList::checkEntry(line.entry);
        if (!line.reason.isEmpty()) {
            line.verdict = Line::Verdict::Refused;
            continue;
        }
        const QString key = WatchedAddress::comparisonKey(line.entry.address.trimmed());
        if (const auto listed = watched.constFind(key); listed != watched.cend()) {
            line.verdict = Line::Verdict::Duplicate;
            //: %1 is the label (or the address) the address is watched under
            line.reason = tr("already watched as “%1”").arg(list.at(*listed).displayName());
        } else if (const auto repeated = earlier.constFind(key); repeated != earlier.cend()) {
            line.verdict = Line::Verdict::Duplicate;
            //: %1 is the number of the line that has the same address
            line.reason = tr("repeats line %1").arg(*repeated);
        } else {
            earlier.insert(key, line.number);
        }
    }
}

int AddressBatch::count(Line::Verdict verdict) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [verdict](const Line &line) { return line.verdict == verdict; }));
}

const AddressBatch::Line *AddressBatch::firstRefused() const
{
    const auto refused = std::find_if(m_lines.cbegin(), m_lines.cend(),
                                      [](const Line &line) { return line.verdict == Line::Verdict::Refused; });
    return refused == m_lines.cend() ? nullptr : &*refused;
}

QList<WatchedAddress> AddressBatch::entriesToAdd() const
{
    QList<WatchedAddress> entries;
    for (const Line &line : m_lines) {
        if (line.verdict == Line::Verdict::Add)
            entries.append(line.entry);
    }
    return entries;
}

QString AddressBatch::outcome() const
{
    // Counts after a colon read right in every number, also where no plural forms are loaded (the
    // command line has no translations).
    //: %n is a count
    QString text = tr("Addresses added: %n.", nullptr, count(Line::Verdict::Add));
    if (const int skipped = count(Line::Verdict::Duplicate))
        //: %n is a count
        text += u' ' + tr("Skipped as already watched or repeated: %n.", nullptr, skipped);
    if (const int refused = count(Line::Verdict::Refused))
        //: %n is a count
        text += u' ' + tr("Lines refused: %n.", nullptr, refused);
    return text;
}

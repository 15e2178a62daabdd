#include "model/historyseries.h"

#include "storage/watchedaddress.h"

#include <QHash>
#include <QSet>

#include <algorithm>

std::optional<Decimal> HistorySeriesPoint::totalIn(FiatCurrency currency) const
{
    return currency == FiatCurrency::Cny ? totalCny : std::optional<Decimal>(total);
}

std::optional<Decimal> HistorySeriesPoint::changeIn(FiatCurrency currency) const
{
    return currency == FiatCurrency::Cny ? changeCny : change;
}

namespace {

/**
 * The sum of the latest totals of several addresses, in USD and in CNY: each address's CNY total
 * is at its own recorded rate, and the CNY sum is unknown while any address counted has none.
 */
class LatestTotals final
{
public:
    void take(const HistoryPoint &point)
    {
        Latest &held = m_latest[WatchedAddress::comparisonKey(point.address)];
        m_usd += point.totalUsd - held.usd;
        if (held.cny)
            m_cny -= *held.cny;
        else if (held.counted)
            --m_withoutRate;
        held.usd = point.totalUsd;
        held.cny = point.totalCny();
        held.counted = true;
        if (held.cny)
            m_cny += *held.cny;
        else
            ++m_withoutRate;
    }

    const Decimal &usd() const { return m_usd; }
    std::optional<Decimal> cny() const { return m_withoutRate == 0 ? std::optional<Decimal>(m_cny) : std::nullopt; }

private:
    struct Latest
    {
        Decimal usd;
        std::optional<Decimal> cny;
        bool counted = false;
    };
    QHash<QString, Latest> m_latest;
    Decimal m_usd;
    Decimal m_cny;
    int m_withoutRate = 0;
};

std::optional<Decimal> difference(const std::optional<Decimal> &now, const std::optional<Decimal> &before)
{
    return now && before ? std::optional<Decimal>(*now - *before) : std::nullopt;
}

} // namespace

QList<HistorySeriesPoint> HistorySeries::build(const QList<HistoryPoint> &before, const QList<HistoryPoint> &points)
{
    LatestTotals sums;
    for (const HistoryPoint &point : before)
        sums.take(point);
    std::optional<Decimal> previous = before.isEmpty() ? std::nullopt : std::optional<Decimal>(sums.usd());
    std::optional<Decimal> previousCny = before.isEmpty() ? std::nullopt : sums.cny();

    QList<HistorySeriesPoint> series;
    HistorySeriesPoint refresh;
    QSet<QString> inRefresh;
    const auto endRefresh = [&] {
        refresh.total = sums.usd();
        refresh.totalCny = sums.cny();
        if (previous)
            refresh.change = refresh.total - *previous;
        refresh.changeCny = difference(refresh.totalCny, previousCny);
        previous = refresh.total;
        previousCny = refresh.totalCny;
        series.append(std::move(refresh));
        refresh = HistorySeriesPoint();
        inRefresh.clear();
    };
    for (const HistoryPoint &point : points) {
        const QString key = WatchedAddress::comparisonKey(point.address);
        if (!inRefresh.isEmpty() && (inRefresh.contains(key) || refresh.time.msecsTo(point.time) > RefreshGapMs))
            endRefresh();
        sums.take(point);
        inRefresh.insert(key);
        refresh.time = point.time;
        refresh.recorded.append({point.address, point.label});
    }
    if (!inRefresh.isEmpty())
        endRefresh();
    return series;
}

FiatCurrency HistorySeries::shownCurrency(const QList<HistorySeriesPoint> &points, FiatCurrency wanted)
{
    if (wanted != FiatCurrency::Cny)
        return FiatCurrency::Usd;
    const bool allConverted = std::all_of(points.cbegin(), points.cend(), [](const HistorySeriesPoint &point) { return point.totalCny.has_value(); });
    return allConverted ? FiatCurrency::Cny : FiatCurrency::Usd;
}

QDateTime HistorySeries::since(HistorySpan span, const QDateTime &now)
{
    switch (span) {
    case HistorySpan::Day:
        return now.addDays(-1);
    case HistorySpan::Week:
        return now.addDays(-7);
    case HistorySpan::Month:
        return now.addMonths(-1);
    case HistorySpan::Year:
        return now.addYears(-1);
    case HistorySpan::All:
        break;
    }
    return QDateTime();
}

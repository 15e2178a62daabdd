#include "model/historyseries.h"

#include "storage/watchedaddress.h"

#include <QHash>
#include <QSet>

QList<HistorySeriesPoint> HistorySeries::build(const QList<HistoryPoint> &before, const QList<HistoryPoint> &points)
{
    // Each address's latest total, by WatchedAddress::comparisonKey(), and their exact sum.
    QHash<QString, Decimal> latest;
    Decimal sum;
    const auto take = [&latest, &sum](const QString &key, const Decimal &total) {
        Decimal &held = latest[key];
        sum += total - held;
        held = total;
    };
    for (const HistoryPoint &point : before)
        take(WatchedAddress::comparisonKey(point.address), point.totalUsd);
    std::optional<Decimal> previous = before.isEmpty() ? std::nullopt : std::optional<Decimal>(sum);

    QList<HistorySeriesPoint> series;
    HistorySeriesPoint refresh;
    QSet<QString> inRefresh;
    const auto endRefresh = [&] {
        refresh.total = sum;
        if (previous)
            refresh.change = sum - *previous;
        previous = sum;
        series.append(std::move(refresh));
        refresh = HistorySeriesPoint();
        inRefresh.clear();
    };
    for (const HistoryPoint &point : points) {
        const QString key = WatchedAddress::comparisonKey(point.address);
        if (!inRefresh.isEmpty() && (inRefresh.contains(key) || refresh.time.msecsTo(point.time) > RefreshGapMs))
            endRefresh();
        take(key, point.totalUsd);
        inRefresh.insert(key);
        refresh.time = point.time;
        refresh.recorded.append({point.address, point.label});
    }
    if (!inRefresh.isEmpty())
        endRefresh();
    return series;
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

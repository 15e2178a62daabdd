#include "ui/viewpreferences.h"

#include "model/assetfilterproxy.h"
#include "ui/allocationchartview.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString groupingName(AllocationGrouping grouping)
{
    switch (grouping) {
    case AllocationGrouping::Chain:
        return QStringLiteral("chain");
    case AllocationGrouping::Address:
        return QStringLiteral("address");
    case AllocationGrouping::Token:
        break;
    }
    return QStringLiteral("token");
}

AllocationGrouping groupingFromName(const QString &name)
{
    if (name == QLatin1String("chain"))
        return AllocationGrouping::Chain;
    if (name == QLatin1String("address"))
        return AllocationGrouping::Address;
    return AllocationGrouping::Token;
}

} // namespace

QByteArray ViewPreferences::toBlob() const
{
    const QJsonObject json{
        {QStringLiteral("search"), search},
        {QStringLiteral("hideRisk"), hideRisk},
        {QStringLiteral("hideSmall"), hideSmall},
        {QStringLiteral("hideUnpriced"), hideUnpriced},
        {QStringLiteral("grouping"), groupingName(grouping)},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("groupByToken"), groupByToken},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ViewPreferences ViewPreferences::fromBlob(const QByteArray &blob)
{
    const QJsonObject json = QJsonDocument::fromJson(blob).object();
    ViewPreferences preferences;
    preferences.search = json.value(QStringLiteral("search")).toString();
    preferences.hideRisk = json.value(QStringLiteral("hideRisk")).toBool();
    preferences.hideSmall = json.value(QStringLiteral("hideSmall")).toBool();
    preferences.hideUnpriced = json.value(QStringLiteral("hideUnpriced")).toBool();
    preferences.grouping = groupingFromName(json.value(QStringLiteral("grouping")).toString());
    preferences.scope = json.value(QStringLiteral("scope")).toString();
    preferences.groupByToken = json.value(QStringLiteral("groupByToken")).toBool();
    return preferences;
}

ViewPreferences ViewPreferences::of(const AssetFilterProxy &proxy, const AllocationChartView &chart, bool groupedByToken)
{
    ViewPreferences preferences;
    preferences.search = proxy.searchText();
    preferences.hideRisk = proxy.hidesRisk();
    preferences.hideSmall = proxy.hidesSmall();
    preferences.hideUnpriced = proxy.hidesUnpriced();
    preferences.grouping = chart.grouping();
    preferences.scope = proxy.addressScope();
    preferences.groupByToken = groupedByToken;
    return preferences;
}

void ViewPreferences::applyTo(AssetFilterProxy &proxy, AllocationChartView &chart) const
{
    proxy.setSearchText(search);
    proxy.setHideRisk(hideRisk);
    proxy.setHideSmall(hideSmall);
    proxy.setHideUnpriced(hideUnpriced);
    chart.setGrouping(grouping);
}

#include "storage/watchedaddress.h"

#include "api/assetkey.h"

#include <QJsonArray>

#include <algorithm>

namespace {

const QLatin1String AddressKey("address");
const QLatin1String LabelKey("label");
const QLatin1String ChainsKey("chains");

} // namespace

bool WatchedAddress::sameAddress(const QString &a, const QString &b)
{
    return comparisonKey(a) == comparisonKey(b);
}

QString WatchedAddress::comparisonKey(const QString &address)
{
    return AssetKey::normalizedAddress(address);
}

QJsonObject WatchedAddress::toJson() const
{
    return {{AddressKey, address}, {LabelKey, label}, {ChainsKey, QJsonArray::fromStringList(chainIndexes)}};
}

std::optional<WatchedAddress> WatchedAddress::fromJson(const QJsonValue &json, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(tr("an entry is not a JSON object"));
    const QJsonObject object = json.toObject();

    const QJsonValue address = object.value(AddressKey);
    if (!address.isString() || address.toString().trimmed().isEmpty())
        return fail(tr("an entry has no address"));
    const QJsonValue label = object.value(LabelKey);
    if (!label.isUndefined() && !label.isString())
        return fail(tr("the label of %1 is not text").arg(address.toString()));
    const QJsonValue chains = object.value(ChainsKey);
    if (!chains.isArray())
        return fail(tr("the chains of %1 are not a list").arg(address.toString()));

    WatchedAddress entry;
    entry.address = address.toString();
    entry.label = label.toString();
    for (const QJsonValue &chain : chains.toArray()) {
        // Blank, like empty: entries are trimmed once read, and an empty chain index is no chain.
        if (!chain.isString() || chain.toString().trimmed().isEmpty())
            return fail(tr("a chain of %1 is not a chain index").arg(entry.address));
        entry.chainIndexes.append(chain.toString());
    }
    return entry;
}

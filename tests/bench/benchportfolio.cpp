#include "benchportfolio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QString digits(QRandomGenerator &random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + char16_t(random.bounded(10)));
    return text;
}

/** A decimal with up to @p integerDigits before and @p maxDecimals after the point, no leading zeros. */
QString decimalText(QRandomGenerator &random, int integerDigits, int maxDecimals)
{
    QString integer = digits(random, 1 + random.bounded(integerDigits));
    while (integer.size() > 1 && integer.front() == u'0')
        integer.remove(0, 1);
    const int decimals = random.bounded(maxDecimals + 1);
    return decimals == 0 ? integer : integer + u'.' + digits(random, decimals);
}

QString symbolFor(int index)
{
    // A few symbols exercise quoting and the formula guard on both sides of the comparison.
    if (index % 997 == 0)
        return QStringLiteral("=HACK%1()").arg(index);
    if (index % 991 == 0)
        return QStringLiteral("A,\"B\"%1").arg(index);
    return QStringLiteral("TKN%1").arg(index, 5, 10, QLatin1Char('0'));
}

} // namespace

namespace BenchPortfolio {

QString address()
{
    return QStringLiteral("0xbe0c4c0000000000000000000000000000010000");
}

QList<TokenAsset> generate(int count)
{
    QRandomGenerator random(20250527);
    QList<TokenAsset> assets;
    assets.reserve(count);
    for (int i = 0; i < count; ++i) {
        TokenAsset asset;
        asset.chainIndex = QStringLiteral("1");
        asset.tokenContractAddress = i == 0 ? QString() : QStringLiteral("0x%1").arg(i, 40, 16, QLatin1Char('0'));
        asset.address = address();
        asset.symbol = symbolFor(i);
        asset.balanceText = decimalText(random, 9, 18);
        asset.rawBalance = random.bounded(2) ? QString() : digits(random, 1) + digits(random, 23);
        asset.tokenPriceText = i % 20 == 7 ? QStringLiteral("0") : decimalText(random, 6, 18);
        asset.balance = *Decimal::parse(asset.balanceText);
        asset.tokenPrice = *Decimal::parse(asset.tokenPriceText);
        assets.append(asset);
    }
    return assets;
}

QByteArray replyBody(const QList<TokenAsset> &assets)
{
    QJsonArray list;
    for (const TokenAsset &asset : assets) {
        list.append(QJsonObject{
            {QStringLiteral("chainIndex"), asset.chainIndex},
            {QStringLiteral("tokenContractAddress"), asset.tokenContractAddress},
            {QStringLiteral("symbol"), asset.symbol},
            {QStringLiteral("balance"), asset.balanceText},
            {QStringLiteral("tokenPrice"), asset.tokenPriceText},
            {QStringLiteral("isRiskToken"), asset.isRiskToken},
            {QStringLiteral("rawBalance"), asset.rawBalance},
            {QStringLiteral("address"), asset.address},
        });
    }
    const QJsonObject reply{{QStringLiteral("code"), QStringLiteral("0")},
                            {QStringLiteral("msg"), QStringLiteral("success")},
                            {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("tokenAssets"), list}}}}};
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

} // namespace BenchPortfolio

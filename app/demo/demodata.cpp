#include "demo/demodata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcDemoData, "okx.demo.data")

struct BuiltInPortfolio
{
    const char *resource;
    /** Repeats the file's label so that lupdate extracts it for translators. */
    const char *label;
};

constexpr BuiltInPortfolio builtInPortfolios[] = {
    {":/demo/portfolios/example-fund.json", QT_TRANSLATE_NOOP("DemoPortfolio", "Example fund")},
    {":/demo/portfolios/multi-chain.json", QT_TRANSLATE_NOOP("DemoPortfolio", "Multi-chain demo")},
    {":/demo/portfolios/solana.json", QT_TRANSLATE_NOOP("DemoPortfolio", "Solana wallet")},
    {":/demo/portfolios/tron.json", QT_TRANSLATE_NOOP("DemoPortfolio", "Tron wallet")},
    {":/demo/portfolios/bitcoin.json", QT_TRANSLATE_NOOP("DemoPortfolio", "Bitcoin savings")},
};

std::optional<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemoData) << "cannot open" << path << file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonDocument> parseJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    return document;
}

/** Reads the string field @p name of @p object; false and @p error when it is absent or not a string. */
bool readString(const QJsonObject &object, const char *name, QString *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isString()) {
        *error = QStringLiteral("field \"%1\" is not a string").arg(QLatin1String(name));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readDecimal(const QString &text, const char *name, Decimal *out, QString *error)
{
    QString reason;
    const std::optional<Decimal> value = Decimal::parse(text, &reason);
    if (!value) {
        *error = QStringLiteral("field \"%1\": %2").arg(QLatin1String(name), reason);
        return false;
    }
    *out = *value;
    return true;
}

std::optional<TokenAsset> parseAsset(const QJsonValue &value, QString *error)
{
    const QJsonObject object = value.toObject();
    TokenAsset asset;
    if (!value.isObject() || !readString(object, "chainIndex", &asset.chainIndex, error)
        || !readString(object, "tokenContractAddress", &asset.tokenContractAddress, error)
        || !readString(object, "symbol", &asset.symbol, error)
        || !readString(object, "balance", &asset.balanceText, error)
        || !readString(object, "tokenPrice", &asset.tokenPriceText, error)
        || !readString(object, "rawBalance", &asset.rawBalance, error)
        || !readString(object, "address", &asset.address, error)
        || !readDecimal(asset.balanceText, "balance", &asset.balance, error)
        || !readDecimal(asset.tokenPriceText, "tokenPrice", &asset.tokenPrice, error)) {
        return std::nullopt;
    }
    if (!object.value(QLatin1String("isRiskToken")).isBool()) {
        *error = QStringLiteral("field \"isRiskToken\" is not a Boolean");
        return std::nullopt;
    }
    asset.isRiskToken = object.value(QLatin1String("isRiskToken")).toBool();
    return asset;
}

} // namespace

namespace DemoData {

QList<ChainInfo> supportedChains()
{
    const QString path = QStringLiteral(":/demo/chains.json");
    QString error;
    const std::optional<QByteArray> json = readResource(path);
    const std::optional<QList<ChainInfo>> chains = json ? parseChains(*json, &error) : std::nullopt;
    if (!chains) {
        qCWarning(lcDemoData) << "cannot load" << path << error;
        return {};
    }
    return *chains;
}

QList<DemoPortfolio> portfolios()
{
    QList<DemoPortfolio> result;
    for (const BuiltInPortfolio &builtIn : builtInPortfolios) {
        const QString path = QString::fromLatin1(builtIn.resource);
        QString error;
        const std::optional<QByteArray> json = readResource(path);
        std::optional<DemoPortfolio> portfolio = json ? parsePortfolio(*json, &error) : std::nullopt;
        if (portfolio)
            result.append(std::move(*portfolio));
        else
            qCWarning(lcDemoData) << "skipping" << path << error;
    }
    return result;
}

QString translatedLabel(const QString &label)
{
    return QCoreApplication::translate("DemoPortfolio", label.toUtf8().constData());
}

std::optional<QList<ChainInfo>> parseChains(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseJson(json, error);
    if (!document)
        return std::nullopt;
    if (!document->isArray()) {
        *error = QStringLiteral("the chain list is not an array");
        return std::nullopt;
    }
    QList<ChainInfo> chains;
    for (const QJsonValue &value : document->array()) {
        const QJsonObject object = value.toObject();
        ChainInfo chain;
        if (!value.isObject() || !readString(object, "name", &chain.name, error)
            || !readString(object, "logoUrl", &chain.logoUrl, error)
            || !readString(object, "shortName", &chain.shortName, error)
            || !readString(object, "chainIndex", &chain.chainIndex, error)) {
            return std::nullopt;
        }
        chains.append(chain);
    }
    return chains;
}

std::optional<DemoPortfolio> parsePortfolio(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseJson(json, error);
    if (!document)
        return std::nullopt;
    const QJsonObject root = document->object();
    DemoPortfolio portfolio;
    if (!document->isObject() || !readString(root, "label", &portfolio.label, error)
        || !readString(root, "address", &portfolio.address, error)) {
        return std::nullopt;
    }
    const QJsonValue assets = root.value(QLatin1String("tokenAssets"));
    if (!assets.isArray()) {
        *error = QStringLiteral("field \"tokenAssets\" is not an array");
        return std::nullopt;
    }
    for (const QJsonValue &value : assets.toArray()) {
        std::optional<TokenAsset> asset = parseAsset(value, error);
        if (!asset)
            return std::nullopt;
        portfolio.assets.append(std::move(*asset));
    }
    return portfolio;
}

} // namespace DemoData

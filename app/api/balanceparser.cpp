#include "api/balanceparser.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace {

/** Gives the parser's messages their translation context, "BalanceParser". */
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(BalanceParser)
};

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

/**
 * Reads typed fields of one JSON object, held as the QCborMap that QJsonDocument builds anyway:
 * reading it directly skips a QJsonValue conversion per field, which counts at 10,000 assets.
 * The first problem is kept as a one-line reason naming the field and its index
 * ("tokenAssets[3].balance is not a string"); later reads then do nothing, so a caller reads every
 * field and checks ok() once. The path text is only built on failure.
 */
class ObjectReader final
{
public:
    ObjectReader(const QCborMap &object, const char *arrayName, qsizetype index)
        : m_object(object), m_arrayName(arrayName), m_index(index)
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QString string(QLatin1StringView key)
    {
        const QCborValue value = find(key);
        if (!ok())
            return {};
        if (!value.isString()) {
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is not a string"));
            return {};
        }
        return value.toString();
    }

    bool boolean(QLatin1StringView key)
    {
        const QCborValue value = find(key);
        if (!ok())
            return false;
        if (!value.isBool()) {
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is not true or false"));
            return false;
        }
        return value.toBool();
    }

    /** A non-negative exact decimal from @p text, the value of @p key. */
    Decimal decimal(QLatin1StringView key, const QString &text)
    {
        if (!ok())
            return {};
        QString reason;
        const std::optional<Decimal> value = Decimal::parse(text, &reason);
        if (!value) {
            //: %1 is a field such as tokenAssets[3].balance, %2 why its text is not a number
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1: %2"), reason);
            return {};
        }
        if (value->isNegative()) {
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is negative"));
            return {};
        }
        return *value;
    }

private:
    QCborValue find(QLatin1StringView key)
    {
        if (!ok())
            return {};
        // JSON has no "undefined", so undefined can only mean the key is absent.
        QCborValue value = m_object.value(key);
        if (value.isUndefined())
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is missing"));
        return value;
    }

    /** Keeps @p problem (untranslated, "%1" = the field's path) with @p reason as "%2" if given. */
    void fail(QLatin1StringView key, const char *problem, const QString &reason = {})
    {
        const QString path =
            QLatin1StringView(m_arrayName) + u'[' + QString::number(m_index) + QLatin1StringView("].") + key;
        m_error = reason.isEmpty() ? Text::tr(problem).arg(path) : Text::tr(problem).arg(path, reason);
    }

    const QCborMap &m_object;
    const char *m_arrayName;
    qsizetype m_index;
    QString m_error;
};

/** The envelope's code as text ("0", "50011"), accepting a JSON string or an integral number. */
std::optional<QString> envelopeCode(const QCborValue &code)
{
    if (code.isString())
        return code.toString();
    if (code.isInteger())
        return QString::number(code.toInteger());
    if (code.isDouble()) {
        const double number = code.toDouble();
        // The code is an identifier, not an amount: a JSON number is only accepted when integral.
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
    }
    return std::nullopt;
}

/** Checks the envelope and returns its data array, or the error the reply stands for. */
ApiResult<QCborArray> readEnvelope(int httpStatus, const QByteArray &body)
{
    using Result = ApiResult<QCborArray>;
    if (body.size() > BalanceParser::MaxBodyBytes)
        return Result::failure(ApiError::malformed(Text::tr("the reply is larger than 32 MB")));

    // An error status with no OKX envelope (a proxy's HTML page, an empty body) is an HTTP error.
    const auto notEnvelope = [httpStatus](const QString &reason) {
        return Result::failure(isSuccessStatus(httpStatus) ? ApiError::malformed(reason) : ApiError::http(httpStatus));
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the JSON parser's reason, %2 a byte offset
        return notEnvelope(
            Text::tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return notEnvelope(Text::tr("the reply is not a JSON object"));

    const QCborMap envelope = QCborMap::fromJsonObject(document.object());
    const QCborValue codeValue = envelope.value(QLatin1StringView("code"));
    if (codeValue.isUndefined())
        return notEnvelope(Text::tr("code is missing"));
    const std::optional<QString> code = envelopeCode(codeValue);
    if (!code)
        return notEnvelope(Text::tr("code is neither a string nor an integer"));

    const QCborValue msg = envelope.value(QLatin1StringView("msg"));
    if (*code != u"0")
        return Result::failure(ApiError::okx(*code, msg.isString() ? msg.toString() : QString(), httpStatus));
    if (!isSuccessStatus(httpStatus))
        return Result::failure(ApiError::http(httpStatus));
    if (!msg.isString()) {
        return Result::failure(
            ApiError::malformed(msg.isUndefined() ? Text::tr("msg is missing") : Text::tr("msg is not a string")));
    }

    const QCborValue data = envelope.value(QLatin1StringView("data"));
    if (!data.isArray()) {
        return Result::failure(
            ApiError::malformed(data.isUndefined() ? Text::tr("data is missing") : Text::tr("data is not an array")));
    }
    return Result::success(data.toArray());
}

/** data[0] as an object, after checking that data holds exactly one entry. */
ApiResult<QCborMap> singleEntry(const QCborArray &data)
{
    using Result = ApiResult<QCborMap>;
    if (data.isEmpty())
        return Result::failure(ApiError::malformed(Text::tr("data is empty")));
    if (data.size() > 1)
        return Result::failure(ApiError::malformed(Text::tr("data has %1 entries instead of one").arg(data.size())));
    if (!data.at(0).isMap())
        return Result::failure(ApiError::malformed(Text::tr("data[0] is not an object")));
    return Result::success(data.at(0).toMap());
}

std::optional<TokenAsset> readAsset(const QCborValue &value, qsizetype index, QLatin1StringView addressField,
                                    QString *error)
{
    if (!value.isMap()) {
        *error = Text::tr("tokenAssets[%1] is not an object").arg(index);
        return std::nullopt;
    }
    const QCborMap object = value.toMap();
    ObjectReader reader(object, "tokenAssets", index);

    TokenAsset asset;
    asset.chainIndex = reader.string(QLatin1StringView("chainIndex"));
    asset.tokenContractAddress = reader.string(addressField);
    asset.address = reader.string(QLatin1StringView("address"));
    asset.symbol = reader.string(QLatin1StringView("symbol"));
    asset.balanceText = reader.string(QLatin1StringView("balance"));
    asset.rawBalance = reader.string(QLatin1StringView("rawBalance"));
    asset.tokenPriceText = reader.string(QLatin1StringView("tokenPrice"));
    asset.isRiskToken = reader.boolean(QLatin1StringView("isRiskToken"));
    asset.balance = reader.decimal(QLatin1StringView("balance"), asset.balanceText);
    // "" and "0" both mean OKX has no price: unpriced, which a zero Decimal already expresses.
    if (!asset.tokenPriceText.isEmpty() && asset.tokenPriceText != u"0")
        asset.tokenPrice = reader.decimal(QLatin1StringView("tokenPrice"), asset.tokenPriceText);

    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return asset;
}

} // namespace

namespace BalanceParser {

ApiError envelopeError(int httpStatus, const QByteArray &body)
{
    return readEnvelope(httpStatus, body).error;
}

ApiResult<QList<ChainInfo>> parseChains(int httpStatus, const QByteArray &body)
{
    using Result = ApiResult<QList<ChainInfo>>;
    const ApiResult<QCborArray> data = readEnvelope(httpStatus, body);
    if (!data.ok())
        return Result::failure(data.error);

    QList<ChainInfo> chains;
    chains.reserve(data.value.size());
    for (qsizetype i = 0; i < data.value.size(); ++i) {
        const QCborValue value = data.value.at(i);
        if (!value.isMap())
            return Result::failure(ApiError::malformed(Text::tr("data[%1] is not an object").arg(i)));
        const QCborMap object = value.toMap();
        ObjectReader reader(object, "data", i);
        ChainInfo chain;
        chain.chainIndex = reader.string(QLatin1StringView("chainIndex"));
        chain.name = reader.string(QLatin1StringView("name"));
        chain.shortName = reader.string(QLatin1StringView("shortName"));
        chain.logoUrl = reader.string(QLatin1StringView("logoUrl"));
        if (!reader.ok())
            return Result::failure(ApiError::malformed(reader.error()));
        chains.append(std::move(chain));
    }
    return Result::success(std::move(chains));
}

ApiResult<Decimal> parseTotalValue(int httpStatus, const QByteArray &body)
{
    using Result = ApiResult<Decimal>;
    const ApiResult<QCborArray> data = readEnvelope(httpStatus, body);
    if (!data.ok())
        return Result::failure(data.error);
    const ApiResult<QCborMap> entry = singleEntry(data.value);
    if (!entry.ok())
        return Result::failure(entry.error);

    ObjectReader reader(entry.value, "data", 0);
    const Decimal total = reader.decimal(QLatin1StringView("totalValue"),
                                         reader.string(QLatin1StringView("totalValue")));
    if (!reader.ok())
        return Result::failure(ApiError::malformed(reader.error()));
    return Result::success(total);
}

ApiResult<QList<TokenAsset>> parseTokenAssets(int httpStatus, const QByteArray &body, ApiFamily family)
{
    using Result = ApiResult<QList<TokenAsset>>;
    const ApiResult<QCborArray> data = readEnvelope(httpStatus, body);
    if (!data.ok())
        return Result::failure(data.error);
    // An address that holds nothing may come back with no entry at all.
    if (data.value.isEmpty())
        return Result::success({});
    const ApiResult<QCborMap> entry = singleEntry(data.value);
    if (!entry.ok())
        return Result::failure(entry.error);

    const QCborValue list = entry.value.value(QLatin1StringView("tokenAssets"));
    if (!list.isArray()) {
        return Result::failure(ApiError::malformed(list.isUndefined()
                                                       ? Text::tr("data[0].tokenAssets is missing")
                                                       : Text::tr("data[0].tokenAssets is not an array")));
    }
    const QCborArray assets = list.toArray();
    const QByteArray addressField = ApiFamilies::tokenAddressField(family).toLatin1();

    QList<TokenAsset> result;
    result.reserve(assets.size());
    QString error;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        std::optional<TokenAsset> asset = readAsset(assets.at(i), i, QLatin1StringView(addressField), &error);
        if (!asset)
            return Result::failure(ApiError::malformed(error));
        result.append(std::move(*asset));
    }
    return Result::success(std::move(result));
}

} // namespace BalanceParser

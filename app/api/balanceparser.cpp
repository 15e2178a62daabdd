#include "api/balanceparser.h"

#include "api/assetamounts.h"
#include "api/translatabletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <cmath>
#include <string_view>

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

static_assert(BalanceParser::ReadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

/** What is wrong with a reply: @p source in the parser's translation context, translated when shown. */
TranslatableText problem(const char *source, std::initializer_list<TranslatableText> arguments = {})
{
    return TranslatableText("BalanceParser", source, arguments);
}

TranslatableText verbatim(const QString &text)
{
    return TranslatableText::verbatim(text);
}

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/**
 * The text of a field that repeats from one asset to the next (the address, the chain index): a
 * run of equal values shares one QString, so 10,000 assets of one address hold one copy of it.
 */
class RepeatedText final
{
public:
    const QString &operator()(std::string_view text)
    {
        if (!m_seen || text != m_view) {
            m_seen = true;
            m_view = text;
            m_text = fromUtf8(text);
        }
        return m_text;
    }

private:
    bool m_seen = false;
    std::string_view m_view;
    QString m_text;
};

/**
 * Reads typed fields of one JSON object. The first problem is kept as a one-line reason naming the
 * field and its index ("tokenAssets[3].balance is not a string"); later reads then do nothing, so a
 * caller reads every field and checks ok() once. The path text is only built on failure.
 */
class ObjectReader final
{
public:
    ObjectReader(simdjson::dom::object object, const char *arrayName, qsizetype index)
        : m_object(object), m_arrayName(arrayName), m_index(index)
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    const TranslatableText &error() const { return m_error; }

    /** The UTF-8 text of a string field; valid while the parsed document lives. */
    std::string_view text(std::string_view key)
    {
        element value;
        if (!find(key, &value))
            return {};
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS) {
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is not a string"));
            return {};
        }
        return text;
    }

    QString string(std::string_view key) { return fromUtf8(text(key)); }

    bool boolean(std::string_view key)
    {
        element value;
        if (!find(key, &value))
            return false;
        bool flag = false;
        if (value.get_bool().get(flag) != simdjson::SUCCESS) {
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is not true or false"));
            return false;
        }
        return flag;
    }

    /** A non-negative exact decimal from @p text, the value of @p key. */
    Decimal decimal(std::string_view key, const QString &text)
    {
        if (!ok())
            return {};
        QString reason;
        const std::optional<Decimal> value = AssetAmounts::parse(text, &reason);
        if (!value) {
            failWithReason(key, reason);
            return {};
        }
        return *value;
    }

    /** Sets @p asset's balance and price from its texts, by AssetAmounts' rule. */
    void amounts(TokenAsset &asset)
    {
        if (!ok())
            return;
        QString reason;
        if (const char *field = AssetAmounts::read(asset, &reason))
            failWithReason(field, reason);
    }

private:
    bool find(std::string_view key, element *value)
    {
        if (!ok())
            return false;
        if (m_object.at_key(key).get(*value) != simdjson::SUCCESS) {
            fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1 is missing"));
            return false;
        }
        return true;
    }

    void failWithReason(std::string_view key, const QString &reason)
    {
        //: %1 is a field such as tokenAssets[3].balance, %2 why its text is not a usable number
        fail(key, QT_TRANSLATE_NOOP("BalanceParser", "%1: %2"), reason);
    }

    /** Keeps @p source ("%1" = the field's path) with @p reason as "%2" if given. */
    void fail(std::string_view key, const char *source, const QString &reason = {})
    {
        const QString path = QLatin1StringView(m_arrayName) + u'[' + QString::number(m_index)
                             + QLatin1StringView("].") + fromUtf8(key);
        // The reason comes translated from AssetAmounts; the sentence around it is translated when shown.
        m_error = reason.isEmpty() ? problem(source, {verbatim(path)})
                                   : problem(source, {verbatim(path), verbatim(reason)});
    }

    simdjson::dom::object m_object;
    const char *m_arrayName;
    qsizetype m_index;
    TranslatableText m_error;
};

/** The envelope's code as text ("0", "50011"), accepting a JSON string or an integral number. */
std::optional<QString> envelopeCode(element code)
{
    switch (code.type()) {
    case element_type::STRING:
        return fromUtf8(code.get_string().value_unsafe());
    case element_type::INT64:
        return QString::number(code.get_int64().value_unsafe());
    case element_type::UINT64:
        return QString::number(code.get_uint64().value_unsafe());
    case element_type::DOUBLE: {
        const double number = code.get_double().value_unsafe();
        // The code is an identifier, not an amount: a JSON number is only accepted when integral.
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

/** Why @p body is not JSON, with the byte where it goes wrong. */
TranslatableText invalidJsonReason(const QByteArray &body, simdjson::error_code error)
{
    // simdjson does not say where a document goes wrong; Qt's parser, run on this failure path
    // only, does. It accepts a few documents simdjson refuses (an integer beyond 64 bits).
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the JSON parser's reason, %2 a byte offset
        return problem(QT_TRANSLATE_NOOP("BalanceParser", "not valid JSON (%1 at byte %2)"),
                       {verbatim(parseError.errorString()), verbatim(QString::number(parseError.offset))});
    }
    //: %1 is the JSON parser's reason (in English)
    return problem(QT_TRANSLATE_NOOP("BalanceParser", "not valid JSON (%1)"),
                   {verbatim(QString::fromUtf8(simdjson::error_message(error)))});
}

/**
 * A reply whose envelope {code, msg, data} has been checked. It owns the parsed document, which the
 * data array points into, so it lives as long as the fields read from it.
 */
class Envelope final
{
public:
    /** Parses @p body; returns the error the reply stands for, or a None error and data() is set. */
    ApiError read(int httpStatus, const QByteArray &body);

    simdjson::dom::array data() const { return m_data; }

private:
    simdjson::dom::parser m_parser;
    simdjson::dom::array m_data;
};

ApiError Envelope::read(int httpStatus, const QByteArray &body)
{
    if (body.size() > BalanceParser::MaxBodyBytes)
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "the reply is larger than 32 MB")));

    // An error status with no OKX envelope (a proxy's HTML page, an empty body) is an HTTP error.
    const auto notEnvelope = [httpStatus](const TranslatableText &reason) {
        return isSuccessStatus(httpStatus) ? ApiError::malformed(reason) : ApiError::http(httpStatus);
    };

    // simdjson reads a few bytes past the end; a body with that much spare capacity is read in
    // place (RequestRunner reserves it), any other is copied first.
    const bool padded = body.capacity() - body.size() >= qsizetype(BalanceParser::ReadPadding);
    element root;
    const simdjson::error_code parsed =
        m_parser.parse(body.constData(), size_t(body.size()), !padded).get(root);
    if (parsed != simdjson::SUCCESS)
        return notEnvelope(invalidJsonReason(body, parsed));
    simdjson::dom::object envelope;
    if (root.get_object().get(envelope) != simdjson::SUCCESS)
        return notEnvelope(problem(QT_TRANSLATE_NOOP("BalanceParser", "the reply is not a JSON object")));

    element codeValue;
    if (envelope.at_key("code").get(codeValue) != simdjson::SUCCESS)
        return notEnvelope(problem(QT_TRANSLATE_NOOP("BalanceParser", "code is missing")));
    const std::optional<QString> code = envelopeCode(codeValue);
    if (!code)
        return notEnvelope(problem(QT_TRANSLATE_NOOP("BalanceParser", "code is neither a string nor an integer")));

    element msgValue;
    const bool hasMsg = envelope.at_key("msg").get(msgValue) == simdjson::SUCCESS;
    std::string_view msg;
    const bool msgIsString = hasMsg && msgValue.get_string().get(msg) == simdjson::SUCCESS;
    if (*code != u"0")
        return ApiError::okx(*code, msgIsString ? fromUtf8(msg) : QString(), httpStatus);
    if (!isSuccessStatus(httpStatus))
        return ApiError::http(httpStatus);
    if (!msgIsString)
        return ApiError::malformed(hasMsg ? problem(QT_TRANSLATE_NOOP("BalanceParser", "msg is not a string"))
                                          : problem(QT_TRANSLATE_NOOP("BalanceParser", "msg is missing")));

    element data;
    if (envelope.at_key("data").get(data) != simdjson::SUCCESS)
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data is missing")));
    if (data.get_array().get(m_data) != simdjson::SUCCESS)
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data is not an array")));
    return {};
}

/** data[0] as an object, after checking that data holds exactly one entry. */
ApiError singleEntry(simdjson::dom::array data, simdjson::dom::object *entry)
{
    if (data.size() == 0)
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data is empty")));
    if (data.size() > 1)
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data has %1 entries instead of one"),
                                            {verbatim(QString::number(data.size()))}));
    if (data.at(0).get_object().get(*entry) != simdjson::SUCCESS)
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data[0] is not an object")));
    return {};
}

/** @p value as a Qt JSON value (simdjson has checked its depth). */
QJsonValue toQtJson(element value)
{
    switch (value.type()) {
    case element_type::ARRAY: {
        const simdjson::dom::array items = value.get_array().value_unsafe();
        QJsonArray array;
        for (element item : items)
            array.append(toQtJson(item));
        return array;
    }
    case element_type::OBJECT: {
        const simdjson::dom::object members = value.get_object().value_unsafe();
        QJsonObject object;
        for (simdjson::dom::key_value_pair member : members)
            object.insert(fromUtf8(member.key), toQtJson(member.value));
        return object;
    }
    case element_type::INT64:
        return qint64(value.get_int64().value_unsafe());
    case element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    case element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case element_type::STRING:
        return fromUtf8(value.get_string().value_unsafe());
    case element_type::BOOL:
        return value.get_bool().value_unsafe();
    case element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

/** Reads one element of tokenAssets; the repeated texts are shared across the list. */
class AssetReader final
{
public:
    explicit AssetReader(std::string_view addressField) : m_addressField(addressField) {}

    /** Fills @p asset, made in place in the result list; false with @p error set when malformed. */
    bool read(element value, qsizetype index, TokenAsset &asset, TranslatableText *error)
    {
        simdjson::dom::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            *error = problem(QT_TRANSLATE_NOOP("BalanceParser", "tokenAssets[%1] is not an object"),
                             {verbatim(QString::number(index))});
            return false;
        }
        ObjectReader reader(object, "tokenAssets", index);

        asset.chainIndex = m_chainIndex(reader.text("chainIndex"));
        asset.tokenContractAddress = reader.string(m_addressField);
        asset.address = m_address(reader.text("address"));
        asset.symbol = reader.string("symbol");
        asset.balanceText = reader.string("balance");
        asset.rawBalance = reader.string("rawBalance");
        asset.tokenPriceText = reader.string("tokenPrice");
        asset.isRiskToken = reader.boolean("isRiskToken");
        reader.amounts(asset);

        if (!reader.ok()) {
            *error = reader.error();
            return false;
        }
        return true;
    }

private:
    std::string_view m_addressField;
    RepeatedText m_chainIndex;
    RepeatedText m_address;
};

/** Reads every element of @p assets into @p result, the token address from @p addressField. */
ApiError readAssets(simdjson::dom::array assets, std::string_view addressField, QList<TokenAsset> &result)
{
    AssetReader reader(addressField);
    result.reserve(qsizetype(assets.size()));
    TranslatableText error;
    qsizetype i = 0;
    for (element value : assets) {
        if (!reader.read(value, i++, result.emplaceBack(), &error))
            return ApiError::malformed(error);
    }
    return {};
}

/** The value @p readEntry reads from a reply's one entry, or the envelope's, the entry's or the read's error. */
template<typename Value, typename ReadEntry>
ApiResult<Value> parseSingleEntry(int httpStatus, const QByteArray &body, ReadEntry readEntry)
{
    using Result = ApiResult<Value>;
    Envelope envelope;
    if (ApiError error = envelope.read(httpStatus, body); error.isError())
        return Result::failure(error);
    simdjson::dom::object entry;
    if (ApiError error = singleEntry(envelope.data(), &entry); error.isError())
        return Result::failure(error);

    ObjectReader reader(entry, "data", 0);
    Value value = readEntry(reader);
    if (!reader.ok())
        return Result::failure(ApiError::malformed(reader.error()));
    return Result::success(std::move(value));
}

} // namespace

namespace BalanceParser {

ApiError envelopeError(int httpStatus, const QByteArray &body)
{
    Envelope envelope;
    return envelope.read(httpStatus, body);
}

ApiResult<QList<ChainInfo>> parseChains(int httpStatus, const QByteArray &body)
{
    using Result = ApiResult<QList<ChainInfo>>;
    Envelope envelope;
    if (ApiError error = envelope.read(httpStatus, body); error.isError())
        return Result::failure(error);

    const simdjson::dom::array data = envelope.data();
    QList<ChainInfo> chains;
    chains.reserve(qsizetype(data.size()));
    qsizetype i = 0;
    for (element value : data) {
        simdjson::dom::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS)
            return Result::failure(ApiError::malformed(
                problem(QT_TRANSLATE_NOOP("BalanceParser", "data[%1] is not an object"), {verbatim(QString::number(i))})));
        ObjectReader reader(object, "data", i);
        ChainInfo chain;
        chain.chainIndex = reader.string("chainIndex");
        chain.name = reader.string("name");
        chain.shortName = reader.string("shortName");
        chain.logoUrl = reader.string("logoUrl");
        if (!reader.ok())
            return Result::failure(ApiError::malformed(reader.error()));
        // A chain is known by its index: one without is no chain anyone can ask about.
        if (chain.chainIndex.isEmpty())
            return Result::failure(ApiError::malformed(problem(
                QT_TRANSLATE_NOOP("BalanceParser", "data[%1].chainIndex is empty"), {verbatim(QString::number(i))})));
        chains.append(std::move(chain));
        ++i;
    }
    return Result::success(std::move(chains));
}

ApiResult<Decimal> parseTotalValue(int httpStatus, const QByteArray &body)
{
    return parseSingleEntry<Decimal>(httpStatus, body, [](ObjectReader &entry) {
        return entry.decimal("totalValue", entry.string("totalValue"));
    });
}

ApiResult<QString> parseEntryText(int httpStatus, const QByteArray &body, const char *field)
{
    return parseSingleEntry<QString>(httpStatus, body, [field](ObjectReader &entry) { return entry.string(field); });
}

ApiResult<QList<TokenAsset>> parseTokenAssets(int httpStatus, const QByteArray &body, ApiFamily family)
{
    using Result = ApiResult<QList<TokenAsset>>;
    Envelope envelope;
    if (ApiError error = envelope.read(httpStatus, body); error.isError())
        return Result::failure(error);
    // An address that holds nothing may come back with no entry at all.
    if (envelope.data().size() == 0)
        return Result::success({});
    simdjson::dom::object entry;
    if (ApiError error = singleEntry(envelope.data(), &entry); error.isError())
        return Result::failure(error);

    element list;
    if (entry.at_key("tokenAssets").get(list) != simdjson::SUCCESS)
        return Result::failure(
            ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data[0].tokenAssets is missing"))));
    simdjson::dom::array assets;
    if (list.get_array().get(assets) != simdjson::SUCCESS)
        return Result::failure(
            ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "data[0].tokenAssets is not an array"))));

    const QByteArray addressField = ApiFamilies::tokenAddressField(family).toLatin1();
    QList<TokenAsset> result;
    if (ApiError error = readAssets(assets, std::string_view(addressField.constData(), size_t(addressField.size())), result);
        error.isError())
        return Result::failure(error);
    return Result::success(std::move(result));
}

SavedAssets parseSavedAssets(const QByteArray &json)
{
    SavedAssets saved;
    simdjson::dom::parser parser;
    element root;
    if (const simdjson::error_code parsed = parser.parse(json.constData(), size_t(json.size())).get(root);
        parsed != simdjson::SUCCESS) {
        saved.error = ApiError::malformed(invalidJsonReason(json, parsed));
        return saved;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        saved.error =
            ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "the document is not a JSON object")));
        return saved;
    }

    element assets;
    bool hasAssets = false;
    for (simdjson::dom::key_value_pair member : object) {
        if (member.key == "tokenAssets") {
            assets = member.value;
            hasAssets = true;
        } else {
            saved.otherMembers.insert(fromUtf8(member.key), toQtJson(member.value));
        }
    }
    simdjson::dom::array list;
    if (!hasAssets)
        saved.error = ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "tokenAssets is missing")));
    else if (assets.get_array().get(list) != simdjson::SUCCESS)
        saved.error = ApiError::malformed(problem(QT_TRANSLATE_NOOP("BalanceParser", "tokenAssets is not an array")));
    else
        saved.error = readAssets(list, "tokenContractAddress", saved.assets);
    if (saved.error.isError())
        saved.assets.clear();
    return saved;
}

} // namespace BalanceParser

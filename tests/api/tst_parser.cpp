#include "api/balanceparser.h"
#include "api/tokenanswers.h"
#include "api/exchangerateparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(ApiError)
Q_DECLARE_METATYPE(ApiFamily)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

QByteArray readFixture()
{
    QFile file(QStringLiteral(OKX_TEST_FIXTURES_DIR "/all-token-balances-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QByteArray &fixture()
{
    static const QByteArray body = readFixture();
    return body;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** The fixture with its envelope changed by @p edit. */
QByteArray editedEnvelope(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject envelope = QJsonDocument::fromJson(fixture()).object();
    edit(envelope);
    return toJson(envelope);
}

/** The fixture with asset @p index changed by @p edit. */
QByteArray editedAsset(int index, const std::function<void(QJsonObject &)> &edit)
{
    return editedEnvelope([&](QJsonObject &envelope) {
        QJsonArray data = envelope.value(QLatin1StringView("data")).toArray();
        QJsonObject entry = data.at(0).toObject();
        QJsonArray assets = entry.value(QLatin1StringView("tokenAssets")).toArray();
        QJsonObject asset = assets.at(index).toObject();
        edit(asset);
        assets.replace(index, asset);
        entry.insert(QStringLiteral("tokenAssets"), assets);
        data.replace(0, entry);
        envelope.insert(QStringLiteral("data"), data);
    });
}

QByteArray withAssetField(int index, const QString &field, const QJsonValue &value)
{
    return editedAsset(index, [&](QJsonObject &asset) { asset.insert(field, value); });
}

/** The fixture in wallet-v5 spelling: tokenAddress, plus the inscription fields that family adds. */
QByteArray walletV5Fixture()
{
    QJsonObject envelope = QJsonDocument::fromJson(fixture()).object();
    QJsonArray data = envelope.value(QLatin1StringView("data")).toArray();
    QJsonObject entry = data.at(0).toObject();
    QJsonArray assets = entry.value(QLatin1StringView("tokenAssets")).toArray();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        QJsonObject asset = assets.at(i).toObject();
        asset.insert(QStringLiteral("tokenAddress"), asset.take(QLatin1StringView("tokenContractAddress")));
        asset.insert(QStringLiteral("tokenType"), QStringLiteral("1"));
        asset.insert(QStringLiteral("transferAmount"), QStringLiteral("0"));
        asset.insert(QStringLiteral("availableAmount"), QStringLiteral("0"));
        assets.replace(i, asset);
    }
    entry.insert(QStringLiteral("tokenAssets"), assets);
    data.replace(0, entry);
    envelope.insert(QStringLiteral("data"), data);
    return toJson(envelope);
}

} // namespace

/** BalanceParser against the API's own example and against every way a reply can be wrong. */
class TestParser final : public QObject
{
    Q_OBJECT

private slots:
    void exampleHas31Assets()
    {
        const auto result = BalanceParser::parseTokenAssets(200, fixture(), ApiFamily::DexV5);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value.size(), 31);

        int priced = 0;
        Decimal total;
        for (const TokenAsset &asset : result.value) {
            QCOMPARE(asset.chainIndex, QStringLiteral("1"));
            QCOMPARE(asset.address, QStringLiteral("0xed0c6079229e2d407672a117c22b62064f4a4312"));
            QVERIFY(asset.rawBalance.isEmpty());
            QVERIFY(!asset.isRiskToken);
            priced += asset.isPriced() ? 1 : 0;
            total += asset.valueUsd();
        }
        QCOMPARE(priced, 27);
        // Σ balance × price over the fixture, computed independently with Python's decimal module.
        QCOMPARE(total.toPlainString(), QStringLiteral("233476908.214486980031735443327742508962805062"));
    }

    void exampleRows_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("balance");
        QTest::addColumn<QString>("price");
        QTest::addColumn<bool>("priced");
        QTest::addColumn<QString>("value");

        QTest::newRow("first") << 0 << "0x386ae941d4262b0ee96354499df2ab8442734ec0" << "PT-sUSDE-27FEB2025"
                               << "47042180.520700015" << "0.968391562089677097" << true
                               << "45555250.678545267044919755753056455";
        QTest::newRow("24-digit price") << 9 << "0xec5a52c685cc3ad79a6a347abace330d69e0b1ed" << "PT-LBTC-27MAR2025"
                                        << "46.02912324" << "97165.169717785655331396" << true
                                        << "4472427.57157547194915298952524304";
        QTest::newRow("native coin") << 14 << "" << "ETH" << "8.135546539084933" << "3638.63" << true
                                     << "29602.24370351060976179";
        QTest::newRow("free-text symbol") << 18 << "0x9abfc0f085c82ec1be31d30843965fcc63053ffe" << "Q*" << "900"
                                          << "0.000419255747329174" << true << "0.3773301725962566";
        QTest::newRow("smallest unit") << 25 << "0x35fa164735182de50811e8e2e824cfb9b6118ac2" << "eETH"
                                       << "0.000000000000000001" << "3637.93" << true << "0.00000000000000363793";
        QTest::newRow("unpriced") << 27 << "0xa3931d71877c0e7a3148cb7eb4463524fec27fbd" << "sUSDS"
                                  << "67435907.43236613" << "0" << false << "0";
        QTest::newRow("last") << 30 << "0x356b8d89c1e1239cbbb9de4815c39a1474d5ba7d" << "syrupUSDT" << "1750000"
                              << "0" << false << "0";
    }

    void exampleRows()
    {
        QFETCH(int, index);
        QFETCH(QString, token);
        QFETCH(QString, symbol);
        QFETCH(QString, balance);
        QFETCH(QString, price);
        QFETCH(bool, priced);
        QFETCH(QString, value);

        const auto result = BalanceParser::parseTokenAssets(200, fixture(), ApiFamily::DexV5);
        QVERIFY(result.ok());
        const TokenAsset &asset = result.value.at(index);
        QCOMPARE(asset.chainIndex, QStringLiteral("1"));
        QCOMPARE(asset.tokenContractAddress, token);
        QCOMPARE(asset.address, QStringLiteral("0xed0c6079229e2d407672a117c22b62064f4a4312"));
        QCOMPARE(asset.symbol, symbol);
        QCOMPARE(asset.balanceText, balance);
        QCOMPARE(asset.tokenPriceText, price);
        QCOMPARE(asset.rawBalance, QString());
        QCOMPARE(asset.isRiskToken, false);
        QCOMPARE(asset.balance.toPlainString(), balance);
        QCOMPARE(asset.tokenPrice.toPlainString(), price);
        QCOMPARE(asset.isPriced(), priced);
        QCOMPARE(asset.valueUsd().toPlainString(), value);
    }

    void codeAsNumber()
    {
        const QByteArray body =
            editedEnvelope([](QJsonObject &envelope) { envelope.insert(QStringLiteral("code"), 0); });
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value.size(), 31);
    }

    void riskTokenAndRawBalance()
    {
        const QByteArray body = editedAsset(2, [](QJsonObject &asset) {
            asset.insert(QStringLiteral("isRiskToken"), true);
            asset.insert(QStringLiteral("rawBalance"), QStringLiteral("32910055205"));
            asset.insert(QStringLiteral("tokenPrice"), QString());
        });
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY(result.ok());
        const TokenAsset &asset = result.value.at(2);
        QVERIFY(asset.isRiskToken);
        QCOMPARE(asset.rawBalance, QStringLiteral("32910055205"));
        QVERIFY(!asset.isPriced());
        QCOMPARE(asset.tokenPriceText, QString());
        QVERIFY(asset.valueUsd().isZero());
    }

    void exponentAmountsAreExact()
    {
        const QByteArray body = editedAsset(4, [](QJsonObject &asset) {
            asset.insert(QStringLiteral("balance"), QStringLiteral("1e-18"));
            asset.insert(QStringLiteral("tokenPrice"), QStringLiteral("2.5E+3"));
        });
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        const TokenAsset &asset = result.value.at(4);
        QCOMPARE(asset.balanceText, QStringLiteral("1e-18")); // verbatim for the CSV
        QCOMPARE(asset.balance.toPlainString(), QStringLiteral("0.000000000000000001"));
        QCOMPARE(asset.valueUsd().toPlainString(), QStringLiteral("0.0000000000000025"));
    }

    void walletV5FieldNames()
    {
        const auto result = BalanceParser::parseTokenAssets(200, walletV5Fixture(), ApiFamily::WalletV5);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value.size(), 31);
        QCOMPARE(result.value.first().tokenContractAddress,
                 QStringLiteral("0x386ae941d4262b0ee96354499df2ab8442734ec0"));
        QCOMPARE(result.value.at(14).tokenContractAddress, QString());
    }

    /** What JSON allows besides the compact form: whitespace, escapes (in names too), unknown members, any order. */
    void jsonFreedoms()
    {
        // Written with ordinary literals: the JSON escapes stay backslash sequences for the parser.
        const QByteArray body = " { \"data\" : [ { \"extra\" : { \"a\" : [ 1, -2.5e+3, true, null, \"x\" ] } ,\n"
                                "  \"tokenAssets\" : [ {\n"
                                "  \"symbol\" : \"caf\\u00e9 \\\"\\u2764\\ufe0f\\\" \\ud83d\\ude80\\/\\\\\\t\" ,\n"
                                "  \"b\\u0061lance\" : \"1.5\", \"tokenPrice\" : \"2\", \"chainIndex\" : \"1\",\n"
                                "  \"tokenContractAddress\" : \"\", \"address\" : \"0xab\", \"rawBalance\" : \"\",\n"
                                "  \"isRiskToken\" : false, \"dropped\" : {} } ] } ],\r\n"
                                "  \"msg\" : \"\", \"code\" : 0.0 }\t";
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value.size(), 1);
        const TokenAsset &asset = result.value.first();
        QCOMPARE(asset.symbol.toUtf8(), QByteArray("caf\xc3\xa9 \"\xe2\x9d\xa4\xef\xb8\x8f\" \xf0\x9f\x9a\x80/\\\t"));
        QCOMPARE(asset.valueUsd().toPlainString(), QStringLiteral("3"));
    }

    /** A body is read in place when it has spare room after its end, else from a copy: same result. */
    void readsInPlaceOrFromACopy()
    {
        QByteArray padded = fixture() + QByteArray(BalanceParser::ReadPadding, '}');
        padded.truncate(fixture().size()); // the capacity, and the junk in it, stay
        QVERIFY(padded.capacity() - padded.size() >= BalanceParser::ReadPadding);
        const QByteArray unpadded = QByteArray::fromRawData(fixture().constData(), fixture().size());
        QCOMPARE(unpadded.capacity(), 0);

        const auto inPlace = BalanceParser::parseTokenAssets(200, padded, ApiFamily::DexV5);
        const auto copied = BalanceParser::parseTokenAssets(200, unpadded, ApiFamily::DexV5);
        QVERIFY2(inPlace.ok() && copied.ok(), qPrintable(inPlace.error.message() + copied.error.message()));
        QCOMPARE(inPlace.value.size(), 31);
        QCOMPARE(copied.value.size(), 31);
        for (qsizetype i = 0; i < inPlace.value.size(); ++i) {
            QCOMPARE(inPlace.value.at(i).symbol, copied.value.at(i).symbol);
            QCOMPARE(inPlace.value.at(i).balanceText, copied.value.at(i).balanceText);
        }
    }

    /** Valid JSON beyond what the parser holds (an integer past 64 bits) is refused whole, not misread. */
    void integerBeyond64BitsIsMalformed()
    {
        const QByteArray body = R"({"code":"0","msg":"","data":[{"tokenAssets":[],"n":123456789012345678901234567890}]})";
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(result.error.detail().contains(QLatin1StringView("not valid JSON")), qPrintable(result.error.detail()));
    }

    /** Broken JSON is refused whole, with the byte offset where it goes wrong. */
    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = R"({"code":"0","msg":"","data":[{"tokenAssets":[]}]})";
        QTest::newRow("trailing comma in array") << QByteArray(R"({"code":"0","msg":"","data":[{"tokenAssets":[]},]})");
        QTest::newRow("trailing comma in object") << QByteArray(R"({"code":"0","msg":"","data":[],})");
        QTest::newRow("missing comma") << QByteArray(R"({"code":"0" "msg":"","data":[]})");
        QTest::newRow("missing colon") << QByteArray(R"({"code" "0","msg":"","data":[]})");
        QTest::newRow("single quotes") << QByteArray("{'code':\"0\",\"msg\":\"\",\"data\":[]}");
        QTest::newRow("unquoted name") << QByteArray(R"({code:"0","msg":"","data":[]})");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"code\":\"0\",\"msg\":\"\xff\",\"data\":[]}");
        QTest::newRow("overlong UTF-8") << QByteArray("{\"code\":\"0\",\"msg\":\"\xc0\xaf\",\"data\":[]}");
        QTest::newRow("short unicode escape") << QByteArray("{\"code\":\"0\",\"msg\":\"\\u12\",\"data\":[]}");
        QTest::newRow("0x in a unicode escape") << QByteArray("{\"code\":\"0\",\"msg\":\"\\u0x41\",\"data\":[]}");
        QTest::newRow("leading zero") << QByteArray(R"({"code":0,"msg":"","data":[01]})");
        QTest::newRow("bare minus") << QByteArray(R"({"code":"0","msg":"","data":[-]})");
        QTest::newRow("exponent without digits") << QByteArray(R"({"code":"0","msg":"","data":[1e]})");
        QTest::newRow("NaN") << QByteArray(R"({"code":"0","msg":"","data":[NaN]})");
        QTest::newRow("misspelt literal") << QByteArray(R"({"code":"0","msg":"","data":[tru]})");
        QTest::newRow("text after the value") << good + "x";
        QTest::newRow("second value") << good + good;
        QTest::newRow("unterminated string") << QByteArray("{\"code\":\"0\",\"msg\":\"abc");
        QTest::newRow("unclosed object") << QByteArray(R"({"code":"0","msg":"","data":[])");
        QTest::newRow("hostile nesting") << R"({"code":"0","msg":"","extra":)" + QByteArray(100000, '[');
    }

    void strictJson()
    {
        QFETCH(QByteArray, body);
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(result.error.detail().contains(QLatin1StringView("not valid JSON")), qPrintable(result.error.detail()));
        QVERIFY2(result.error.detail().contains(QLatin1StringView("at byte")), qPrintable(result.error.detail()));
    }

    void emptyDataIsAnEmptyWallet_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no entry") << QByteArray(R"({"code":"0","msg":"","data":[]})");
        QTest::newRow("no assets") << QByteArray(R"({"code":"0","msg":"success","data":[{"tokenAssets":[]}]})");
    }

    void emptyDataIsAnEmptyWallet()
    {
        QFETCH(QByteArray, body);
        const auto result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QVERIFY(result.value.isEmpty());
    }

    void malformedAssets_data()
    {
        using Kind = ApiError::Kind;
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiFamily>("family");
        QTest::addColumn<Kind>("kind");
        /** Text the error's detail must contain: the field and index, or OKX's msg. */
        QTest::addColumn<QString>("detail");

        const ApiFamily v5 = ApiFamily::DexV5;
        QTest::newRow("not JSON") << 200 << QByteArray("<html>busy</html>") << v5 << Kind::Malformed << "JSON";
        QTest::newRow("empty body") << 200 << QByteArray() << v5 << Kind::Malformed << "JSON";
        QTest::newRow("truncated") << 200 << fixture().left(fixture().size() / 2) << v5 << Kind::Malformed << "JSON";
        QTest::newRow("top-level array") << 200 << QByteArray("[]") << v5 << Kind::Malformed << "object";
        QTest::newRow("code missing") << 200 << QByteArray(R"({"msg":"","data":[]})") << v5 << Kind::Malformed << "code";
        QTest::newRow("code true") << 200 << QByteArray(R"({"code":true,"msg":"","data":[]})") << v5 << Kind::Malformed
                                   << "code";
        QTest::newRow("code 0.5") << 200 << QByteArray(R"({"code":0.5,"msg":"","data":[]})") << v5 << Kind::Malformed
                                  << "code";
        QTest::newRow("msg missing") << 200 << QByteArray(R"({"code":"0","data":[]})") << v5 << Kind::Malformed << "msg";
        QTest::newRow("msg number") << 200 << QByteArray(R"({"code":"0","msg":1,"data":[]})") << v5 << Kind::Malformed
                                    << "msg";
        QTest::newRow("data missing") << 200 << QByteArray(R"({"code":"0","msg":""})") << v5 << Kind::Malformed
                                      << "data is missing";
        QTest::newRow("data not array") << 200 << QByteArray(R"({"code":"0","msg":"","data":{}})") << v5
                                        << Kind::Malformed << "data is not an array";
        QTest::newRow("data[0] not object") << 200 << QByteArray(R"({"code":"0","msg":"","data":[1]})") << v5
                                            << Kind::Malformed << "data[0]";
        QTest::newRow("two entries") << 200
                                     << QByteArray(R"({"code":"0","msg":"","data":[{"tokenAssets":[]},{"tokenAssets":[]}]})")
                                     << v5 << Kind::Malformed << "2 entries";
        QTest::newRow("tokenAssets missing") << 200 << QByteArray(R"({"code":"0","msg":"","data":[{}]})") << v5
                                             << Kind::Malformed << "tokenAssets is missing";
        QTest::newRow("tokenAssets not array") << 200 << QByteArray(R"({"code":"0","msg":"","data":[{"tokenAssets":"x"}]})")
                                               << v5 << Kind::Malformed << "tokenAssets is not an array";
        QTest::newRow("asset not object") << 200
                                          << QByteArray(R"({"code":"0","msg":"","data":[{"tokenAssets":[null]}]})")
                                          << v5 << Kind::Malformed << "tokenAssets[0]";
        QTest::newRow("isRiskToken as string")
            << 200 << withAssetField(3, QStringLiteral("isRiskToken"), QStringLiteral("false")) << v5 << Kind::Malformed
            << "tokenAssets[3].isRiskToken";
        QTest::newRow("balance as number") << 200 << withAssetField(0, QStringLiteral("balance"), 47042180.5) << v5
                                           << Kind::Malformed << "tokenAssets[0].balance is not a string";
        QTest::newRow("balance 1e5x") << 200 << withAssetField(7, QStringLiteral("balance"), QStringLiteral("1e5x")) << v5
                                      << Kind::Malformed << "tokenAssets[7].balance";
        // A hostile server's 400,000 nines: refused before any arithmetic, quoting only its start.
        QTest::newRow("balance of 400,000 digits")
            << 200 << withAssetField(7, QStringLiteral("balance"), QString(400'000, u'9')) << v5 << Kind::Malformed
            << "tokenAssets[7].balance: “" + QString(40, u'9') + "…” is not a decimal number: it is longer than 256";
        QTest::newRow("price of 97 significant digits")
            << 200 << withAssetField(7, QStringLiteral("tokenPrice"), "0." + QString(97, u'1')) << v5 << Kind::Malformed
            << "tokenAssets[7].tokenPrice: “0." + QString(38, u'1') + "…” is not a decimal number: it has "
               "more than 96 significant digits";
        QTest::newRow("balance empty") << 200 << withAssetField(8, QStringLiteral("balance"), QString()) << v5
                                       << Kind::Malformed << "tokenAssets[8].balance";
        QTest::newRow("balance negative") << 200 << withAssetField(9, QStringLiteral("balance"), QStringLiteral("-1"))
                                          << v5 << Kind::Malformed << "tokenAssets[9].balance: it is negative";
        QTest::newRow("balance with comma") << 200
                                            << withAssetField(10, QStringLiteral("balance"), QStringLiteral("1,000"))
                                            << v5 << Kind::Malformed << "tokenAssets[10].balance";
        QTest::newRow("price NaN") << 200 << withAssetField(11, QStringLiteral("tokenPrice"), QStringLiteral("NaN")) << v5
                                   << Kind::Malformed << "tokenAssets[11].tokenPrice";
        QTest::newRow("price as number") << 200 << withAssetField(12, QStringLiteral("tokenPrice"), 1.0) << v5
                                         << Kind::Malformed << "tokenAssets[12].tokenPrice is not a string";
        QTest::newRow("rawBalance null") << 200 << withAssetField(13, QStringLiteral("rawBalance"), QJsonValue()) << v5
                                         << Kind::Malformed << "tokenAssets[13].rawBalance";
        QTest::newRow("chainIndex as number") << 200 << withAssetField(14, QStringLiteral("chainIndex"), 1) << v5
                                              << Kind::Malformed << "tokenAssets[14].chainIndex";
        QTest::newRow("missing symbol")
            << 200 << editedAsset(30, [](QJsonObject &asset) { asset.remove(QLatin1StringView("symbol")); }) << v5
            << Kind::Malformed << "tokenAssets[30].symbol is missing";
        QTest::newRow("wallet-v5 names read as dex-v5") << 200 << walletV5Fixture() << v5 << Kind::Malformed
                                                        << "tokenAssets[0].tokenContractAddress is missing";
        QTest::newRow("dex-v5 names read as wallet-v5") << 200 << fixture() << ApiFamily::WalletV5 << Kind::Malformed
                                                        << "tokenAssets[0].tokenAddress is missing";
        QTest::newRow("33 MB body") << 200 << QByteArray(33 * 1024 * 1024, ' ') << v5 << Kind::Malformed << "32 MB";

        QTest::newRow("code non-zero") << 200 << QByteArray(R"({"code":"81104","msg":"chain not supported","data":[]})")
                                       << v5 << Kind::Okx << "chain not supported";
        QTest::newRow("50011 at 200") << 200 << QByteArray(R"({"code":"50011","msg":"Too Many Requests","data":[]})")
                                      << v5 << Kind::RateLimit << "Too Many Requests";
        QTest::newRow("50011 as number at 429") << 429 << QByteArray(R"({"code":50011,"msg":"Too Many Requests"})") << v5
                                                << Kind::RateLimit << "Too Many Requests";
        QTest::newRow("50113 at 401") << 401 << QByteArray(R"({"code":"50113","msg":"Invalid Sign","data":[]})") << v5
                                      << Kind::Okx << "Invalid Sign";
        QTest::newRow("429 without envelope") << 429 << QByteArray("Too Many Requests") << v5 << Kind::RateLimit << "";
        QTest::newRow("502 HTML") << 502 << QByteArray("<html>Bad Gateway</html>") << v5 << Kind::Http << "";
        QTest::newRow("500 success envelope") << 500 << QByteArray(R"({"code":"0","msg":"","data":[]})") << v5
                                              << Kind::Http << "";
    }

    void malformedAssets()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiFamily, family);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, detail);

        const auto result = BalanceParser::parseTokenAssets(status, body, family);
        QVERIFY(!result.ok());
        QVERIFY(result.value.isEmpty()); // never a partial list
        QCOMPARE(result.error.kind(), kind);
        QVERIFY2(result.error.detail().contains(detail), qPrintable(result.error.detail()));
        QVERIFY(!result.error.message().contains(u'\n'));
        if (kind != ApiError::Kind::Malformed)
            QCOMPARE(result.error.httpStatus(), status);
    }

    void envelopeError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");

        QTest::newRow("example") << 200 << fixture() << ApiError::Kind::None;
        QTest::newRow("a field of an asset is wrong") << 200 << withAssetField(0, QStringLiteral("balance"), 1)
                                                      << ApiError::Kind::None;
        QTest::newRow("50113") << 401 << QByteArray(R"({"code":"50113","msg":"Invalid Sign"})") << ApiError::Kind::Okx;
        QTest::newRow("HTML 502") << 502 << QByteArray("<html/>") << ApiError::Kind::Http;
        QTest::newRow("not JSON") << 200 << QByteArray("{") << ApiError::Kind::Malformed;
    }

    void envelopeError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QCOMPARE(BalanceParser::envelopeError(status, body).kind(), kind);
    }

    void exchangeRate()
    {
        // OKX's reply as the issue quotes it, msg empty.
        const QDateTime time = QDateTime::fromString(QStringLiteral("2024-05-12T06:00:00.123Z"), Qt::ISODateWithMs);
        std::optional<UsdCnyRate> rate;
        const ApiError error =
            ExchangeRateParser::parse(200, R"({"code":"0","msg":"","data":[{"usdCny":"7.1543"}]})", time, &rate);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(rate);
        QCOMPARE(rate->text(), QStringLiteral("7.1543"));
        QCOMPARE(rate->time(), time);
        // Other members beside usdCny, and code as a number, as for every reply.
        QVERIFY(!ExchangeRateParser::parse(200, R"({"code":0,"msg":"","data":[{"usdCny":"7.2","usdEur":"0.9"}]})",
                                           time, &rate)
                     .isError());
        QCOMPARE(rate->text(), QStringLiteral("7.2"));
    }

    void malformedExchangeRate_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("detail");

        const auto reply = [](const QByteArray &usdCny) {
            return QByteArray(R"({"code":"0","msg":"","data":[{"usdCny":)") + usdCny + "}]}";
        };
        QTest::newRow("not JSON") << 200 << QByteArray("<html>502</html>") << ApiError::Kind::Malformed << "not valid JSON";
        QTest::newRow("truncated") << 200 << reply(R"("7.1543")").left(30) << ApiError::Kind::Malformed << "not valid JSON";
        QTest::newRow("HTML 503") << 503 << QByteArray("<html/>") << ApiError::Kind::Http << "";
        QTest::newRow("OKX error") << 200 << QByteArray(R"({"code":"50026","msg":"System error","data":[]})")
                                   << ApiError::Kind::Okx << "System error";
        QTest::newRow("rate limited") << 429 << QByteArray(R"({"code":"50011","msg":"Too Many Requests","data":[]})")
                                      << ApiError::Kind::RateLimit << "";
        QTest::newRow("no entry") << 200 << QByteArray(R"({"code":"0","msg":"","data":[]})") << ApiError::Kind::Malformed
                                  << "data is empty";
        QTest::newRow("two entries") << 200
                                     << QByteArray(R"({"code":"0","msg":"","data":[{"usdCny":"7"},{"usdCny":"8"}]})")
                                     << ApiError::Kind::Malformed << "2 entries";
        QTest::newRow("missing") << 200 << QByteArray(R"({"code":"0","msg":"","data":[{}]})") << ApiError::Kind::Malformed
                                 << "data[0].usdCny is missing";
        QTest::newRow("number") << 200 << reply("7.1543") << ApiError::Kind::Malformed << "data[0].usdCny is not a string";
        QTest::newRow("null") << 200 << reply("null") << ApiError::Kind::Malformed << "data[0].usdCny is not a string";
        QTest::newRow("empty") << 200 << reply(R"("")") << ApiError::Kind::Malformed << "empty";
        QTest::newRow("zero") << 200 << reply(R"("0")") << ApiError::Kind::Malformed << "zero";
        QTest::newRow("negative") << 200 << reply(R"("-7.1543")") << ApiError::Kind::Malformed << "only digits";
        QTest::newRow("exponent") << 200 << reply(R"("7.1543e308")") << ApiError::Kind::Malformed << "only digits";
        QTest::newRow("NaN") << 200 << reply(R"("NaN")") << ApiError::Kind::Malformed << "only digits";
        QTest::newRow("control character") << 200 << reply("\"7.1\\u001b[2J\"") << ApiError::Kind::Malformed
                                           << "only digits";
        QTest::newRow("thousands of digits") << 200 << reply(QByteArray(5000, '9').prepend('"').append('"'))
                                             << ApiError::Kind::Malformed << "longer than 32";
    }

    void malformedExchangeRate()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, detail);
        std::optional<UsdCnyRate> rate;
        const ApiError error = ExchangeRateParser::parse(status, body, QDateTime::currentDateTimeUtc(), &rate);
        QCOMPARE(error.kind(), kind);
        QVERIFY(!rate);
        QVERIFY2(error.message().contains(detail), qPrintable(error.message()));
        // One line that quotes a hostile value by its start only.
        QVERIFY(!error.message().contains(u'\n'));
        QVERIFY2(error.message().size() < 300, qPrintable(error.message()));
    }

    void okxErrorKeepsCodeAndStatus()
    {
        const auto result = BalanceParser::parseTokenAssets(
            200, R"({"code":"81104","msg":"chain not supported","data":[]})", ApiFamily::DexV5);
        QCOMPARE(result.error.okxCode(), QStringLiteral("81104"));
        QCOMPARE(result.error.httpStatus(), 200);
        QCOMPARE(result.error.message(), QStringLiteral("OKX error 81104: chain not supported"));
    }

    void totalValue_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("40 significant digits")
            << QByteArray(R"({"code":"0","msg":"success","data":[)"
                          R"({"totalValue":"1172.895057177065864522056725546579939398"}]})")
            << "1172.895057177065864522056725546579939398";
        QTest::newRow("zero, code as number") << QByteArray(R"({"code":0,"msg":"","data":[{"totalValue":"0"}]})") << "0";
        // OKX's documentation shows balances at the 1e-18 scale; exponent notation is read exactly.
        QTest::newRow("exponent") << QByteArray(R"({"code":"0","msg":"","data":[{"totalValue":"2.5E+3"}]})") << "2500";
        QTest::newRow("negative exponent") << QByteArray(R"({"code":"0","msg":"","data":[{"totalValue":"1e-18"}]})")
                                           << "0.000000000000000001";
        QTest::newRow("minus zero") << QByteArray(R"({"code":"0","msg":"","data":[{"totalValue":"-0"}]})") << "0";
    }

    void totalValue()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto result = BalanceParser::parseTotalValue(200, body);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value, *Decimal::parse(expected));
        QCOMPARE(result.value.toPlainString(), expected);
    }

    void malformedTotalValue_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");

        QTest::newRow("empty data") << QByteArray(R"({"code":"0","msg":"","data":[]})") << "data is empty";
        QTest::newRow("missing") << QByteArray(R"({"code":"0","msg":"","data":[{}]})") << "data[0].totalValue is missing";
        QTest::newRow("number") << QByteArray(R"({"code":"0","msg":"","data":[{"totalValue":1.5}]})")
                                << "data[0].totalValue is not a string";
        QTest::newRow("exponent without digits") << QByteArray(R"({"code":"0","msg":"","data":[{"totalValue":"1e"}]})")
                                                 << "data[0].totalValue";
        QTest::newRow("negative") << QByteArray(R"({"code":"0","msg":"","data":[{"totalValue":"-5"}]})")
                                  << "data[0].totalValue: it is negative";
    }

    void malformedTotalValue()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const auto result = BalanceParser::parseTotalValue(200, body);
        QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(result.error.detail().contains(detail), qPrintable(result.error.detail()));
    }

    void chains()
    {
        const QByteArray body =
            R"({"code":"0","msg":"","data":[)"
            R"({"name":"Ethereum","logoUrl":"http://www.eth.org/eth.png","shortName":"ETH","chainIndex":"1"},)"
            R"({"name":"Solana","logoUrl":"","shortName":"SOL","chainIndex":"501"}]})";
        const auto result = BalanceParser::parseChains(200, body);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value.size(), 2);
        QCOMPARE(result.value.at(0).chainIndex, QStringLiteral("1"));
        QCOMPARE(result.value.at(0).name, QStringLiteral("Ethereum"));
        QCOMPARE(result.value.at(0).shortName, QStringLiteral("ETH"));
        QCOMPARE(result.value.at(0).logoUrl, QStringLiteral("http://www.eth.org/eth.png"));
        QCOMPARE(result.value.at(1).chainIndex, QStringLiteral("501"));
        QCOMPARE(result.value.at(1).logoUrl, QString());
    }

    void malformedChains_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");

        QTest::newRow("chainIndex as number")
            << QByteArray(R"({"code":"0","msg":"","data":[{"name":"E","logoUrl":"","shortName":"E","chainIndex":1}]})")
            << "data[0].chainIndex is not a string";
        QTest::newRow("name missing")
            << QByteArray(R"({"code":"0","msg":"","data":[{"name":"E","logoUrl":"","shortName":"E","chainIndex":"1"},)"
                          R"({"logoUrl":"","shortName":"S","chainIndex":"501"}]})")
            << "data[1].name is missing";
        QTest::newRow("entry not object") << QByteArray(R"({"code":"0","msg":"","data":["1"]})") << "data[0]";
        // Found by fuzz_chainlistcache: a chain without an index was kept.
        QTest::newRow("chainIndex empty")
            << QByteArray(R"({"code":"0","msg":"","data":[{"name":"S","logoUrl":"","shortName":"S","chainIndex":""}]})")
            << "data[0].chainIndex is empty";
    }

    void malformedChains()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const auto result = BalanceParser::parseChains(200, body);
        QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
        QVERIFY(result.value.isEmpty());
        QVERIFY2(result.error.detail().contains(detail), qPrintable(result.error.detail()));
    }

    void errorClasses_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("auth");
        QTest::addColumn<QString>("message");

        QTest::newRow("network") << ApiError::network(QStringLiteral("Connection refused")) << false << false
                                 << "Could not connect to the server: Connection refused";
        QTest::newRow("timeout") << ApiError::timeout(20000) << true << false << "The server did not answer within 20 s.";
        QTest::newRow("short timeout") << ApiError::timeout(150) << true << false
                                       << "The server did not answer within 150 ms.";
        QTest::newRow("rate limit") << ApiError::rateLimit(429) << true << false
                                    << "OKX rate limit reached; try again in a moment.";
        QTest::newRow("HTTP 429 is a rate limit") << ApiError::http(429) << true << false
                                                  << "OKX rate limit reached; try again in a moment.";
        QTest::newRow("HTTP 502") << ApiError::http(502, QStringLiteral("Bad Gateway")) << true << false
                                  << "The server answered with HTTP status 502 (Bad Gateway).";
        QTest::newRow("HTTP 404") << ApiError::http(404) << false << false << "The server answered with HTTP status 404.";
        QTest::newRow("HTTP 401") << ApiError::http(401) << false << true << "The server answered with HTTP status 401.";
        QTest::newRow("50011 is a rate limit") << ApiError::okx(QStringLiteral("50011"), QStringLiteral("x"), 429) << true
                                               << false << "OKX rate limit reached; try again in a moment.";
        for (const char *code : {"50001", "50026", "50050", "81159", "81451"}) {
            QTest::addRow("transient %s", code) << ApiError::okx(QString::fromLatin1(code), QStringLiteral("later"))
                                                << true << false << QStringLiteral("OKX error %1: later").arg(code);
        }
        QTest::newRow("50113") << ApiError::okx(QStringLiteral("50113"), QStringLiteral("Invalid Sign"), 401) << false
                               << true << "OKX rejected the request signature (50113). Check the secret key.";
        QTest::newRow("50111") << ApiError::okx(QStringLiteral("50111"), QStringLiteral("Invalid OK-ACCESS-KEY"), 401)
                               << false << true << "OKX does not recognise the API key (50111). Check the API key.";
        QTest::newRow("50105") << ApiError::okx(QStringLiteral("50105"), {}, 401) << false << true
                               << "OKX rejected the passphrase (50105). Check the passphrase.";
        QTest::newRow("50102") << ApiError::okx(QStringLiteral("50102"), {}, 401) << false << true
                               << "OKX rejected the request time (50102). Check that this computer's clock is correct.";
        QTest::newRow("50113 at 500 still not retried") << ApiError::okx(QStringLiteral("50113"), {}, 500) << false << true
                                                        << "OKX rejected the request signature (50113). Check the secret key.";
        QTest::newRow("50014 parameter") << ApiError::okx(QStringLiteral("50014"), QStringLiteral("chains empty"), 400)
                                         << false << false << "OKX error 50014: chains empty";
        QTest::newRow("51000 parameter") << ApiError::okx(QStringLiteral("51000"), {}, 400) << false << false
                                         << "OKX error 51000.";
        QTest::newRow("81001 parameter") << ApiError::okx(QStringLiteral("81001"), QStringLiteral("bad"), 200) << false
                                         << false << "OKX error 81001: bad";
        QTest::newRow("81104") << ApiError::okx(QStringLiteral("81104"), QStringLiteral("chain not supported")) << false
                               << false << "OKX error 81104: chain not supported";
        QTest::newRow("malformed") << ApiError::malformed(TranslatableText::verbatim(QStringLiteral("code is missing"))) << false << false
                                   << "The server sent a malformed reply: code is missing";
        QTest::newRow("cancelled") << ApiError::cancelled() << false << false << "The request was cancelled.";
        QTest::newRow("config") << ApiError::config(TranslatableText::verbatim(QStringLiteral("Enter the key."))) << false
                                << false << "Enter the key.";
        QTest::newRow("none") << ApiError() << false << false << "";
    }

    void errorClasses()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, retryable);
        QFETCH(bool, auth);
        QFETCH(QString, message);
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.isAuthError(), auth);
        QCOMPARE(error.message(), message);
    }

    /** Not a timing assertion (that is tests/bench/); shows the cost with -maxwarmupiterations / -iterations. */
    void tenThousandAssets()
    {
        QJsonArray assets;
        const QJsonArray example = QJsonDocument::fromJson(fixture()).object().value(QLatin1StringView("data"))
                                       .toArray().at(0).toObject().value(QLatin1StringView("tokenAssets")).toArray();
        for (int i = 0; i < 10000; ++i)
            assets.append(example.at(i % example.size()));
        const QByteArray body = toJson(QJsonObject{
            {QStringLiteral("code"), QStringLiteral("0")},
            {QStringLiteral("msg"), QString()},
            {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("tokenAssets"), assets}}}}});

        ApiResult<QList<TokenAsset>> result;
        QBENCHMARK {
            result = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5);
        }
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 10000);
        const QJsonValue last = example.at(9999 % example.size());
        QCOMPARE(result.value.at(9999).symbol, last[QLatin1StringView("symbol")].toString());
        QCOMPARE(result.value.first().balanceText, QStringLiteral("47042180.520700015"));
    }

    /** What the specific-token endpoint's rows answer: keyed by the tokens asked, not by the echo. */
    void tokenAnswers()
    {
        const auto row = [](const QString &chain, const QString &contract, const QString &balance) {
            TokenAsset asset;
            asset.chainIndex = chain;
            asset.tokenContractAddress = contract;
            asset.balanceText = balance;
            asset.balance = *Decimal::parse(balance);
            return asset;
        };
        const QString usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
        const QString owner = QStringLiteral("0xABCDEF0123456789ABCDEF0123456789ABCDEF01");
        // Asked twice (once in upper case) and sent once, in lower case.
        const QList<TokenRef> asked = TokenAnswers::distinct(
            {TokenRef{QStringLiteral("1"), QString()}, TokenRef{QStringLiteral("1"), usdc.toUpper().replace(u'X', u'x')},
             TokenRef{QStringLiteral("1"), usdc}});
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).tokenContractAddress, usdc);

        // A token not asked for, and USDC answered twice: the first answer counts, the other rows do not.
        ApiResult<QList<TokenAsset>> result = TokenAnswers::holdings(
            asked, {row("1", usdc, "5"), row("56", QString(), "7"), row("1", usdc.toUpper().replace(u'X', u'x'), "9")}, owner);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().balanceText, QStringLiteral("5"));
        QCOMPARE(result.value.first().address, owner.toLower());

        // One row per token, the first naming nothing: its place says it is the native coin's.
        result = TokenAnswers::holdings(asked, {row(QString(), QString(), "2"), row("1", usdc, "0")}, owner);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().chainIndex, QStringLiteral("1"));
        QCOMPARE(result.value.first().tokenContractAddress, QString());
        QCOMPARE(result.value.first().balanceText, QStringLiteral("2"));

        // A row naming nothing at the place of a token already answered, or among fewer rows: unreadable.
        result = TokenAnswers::holdings(asked, {row(QString(), QString(), "3"), row("1", QString(), "2")}, owner);
        QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
        result = TokenAnswers::holdings(asked, {row(QString(), QString(), "3")}, owner);
        QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
        // No rows at all: nothing held.
        result = TokenAnswers::holdings(asked, {}, owner);
        QVERIFY(result.ok());
        QVERIFY(result.value.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestParser)
#include "tst_parser.moc"

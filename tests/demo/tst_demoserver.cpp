#include "api/apifamily.h"
#include "api/okxsigner.h"
#include "demo/demodata.h"
#include "api/exchangerateclient.h"
#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"
#include "money/decimal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(ApiFamily)
Q_DECLARE_METATYPE(Endpoint)

namespace {

/** One request as the test sends it: signed with OkxSigner unless the row tampers with it. */
struct Call
{
    Call(QByteArray method_, QByteArray target_, QByteArray body_ = {})
        : method(std::move(method_))
        , target(std::move(target_))
        , body(std::move(body_))
    {
    }

    QByteArray method;
    /** Path and query exactly as sent. */
    QByteArray target;
    QByteArray body;
    Credentials credentials = LocalOkxServer::demoCredentials();
    /** When set, signed instead of target (to check what the signature covers). */
    QByteArray signedTarget;
    QDateTime time = QDateTime::currentDateTimeUtc();
    QByteArrayList droppedHeaders;
    QList<QPair<QByteArray, QByteArray>> replacedHeaders;
    int transferTimeoutMs = 0;
};

/** What came back on the wire. */
struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray connectionHeader;
    QByteArray retryAfterHeader;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QLatin1String("code")).toString(); }
    QJsonArray data() const { return json().value(QLatin1String("data")).toArray(); }
    QJsonArray tokenAssets() const { return data().at(0).toObject().value(QLatin1String("tokenAssets")).toArray(); }
    QString totalValue() const { return data().at(0).toObject().value(QLatin1String("totalValue")).toString(); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QJsonObject demoFile(const char *name)
{
    return QJsonDocument::fromJson(
               readFile(QStringLiteral(OKX_SOURCE_DIR "/resources/demo/portfolios/") + QLatin1String(name)))
        .object();
}

QJsonArray fixtureAssets()
{
    const QJsonObject fixture
        = QJsonDocument::fromJson(readFile(QStringLiteral(OKX_TEST_FIXTURES_DIR "/all-token-balances-example.json")))
              .object();
    return fixture.value(QLatin1String("data"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("tokenAssets"))
        .toArray();
}

Decimal decimal(const QJsonValue &value)
{
    const std::optional<Decimal> parsed = Decimal::parse(value.toString());
    if (!parsed)
        qFatal("not a decimal: %s", qPrintable(value.toString()));
    return *parsed;
}

/** The exact Σ balance × price of @p assets, computed here independently of the server. */
Decimal totalOf(const QJsonArray &assets, bool includeRiskTokens)
{
    Decimal total;
    for (const QJsonValue &asset : assets) {
        if (includeRiskTokens || !asset[QLatin1String("isRiskToken")].toBool())
            total += decimal(asset[QLatin1String("balance")]) * decimal(asset[QLatin1String("tokenPrice")]);
    }
    return total;
}

int riskCount(const QJsonArray &assets)
{
    return int(std::count_if(assets.begin(), assets.end(),
                             [](const QJsonValue &asset) { return asset[QLatin1String("isRiskToken")].toBool(); }));
}

QByteArray path(ApiFamily family, Endpoint endpoint)
{
    return ApiFamilies::path(family, endpoint).toLatin1();
}

/** wallet-v5 wants EVM addresses in lower case (81106 otherwise). */
QByteArray addressFor(ApiFamily family, const QString &address)
{
    return (family == ApiFamily::WalletV5 ? address.toLower() : address).toLatin1();
}

QByteArray get(ApiFamily family, Endpoint endpoint, const QByteArray &query)
{
    return path(family, endpoint) + (query.isEmpty() ? QByteArray() : '?' + query);
}

QStringList chainIndexes(const QJsonArray &assets)
{
    QStringList chains;
    for (const QJsonValue &asset : assets) {
        const QString chain = asset[QLatin1String("chainIndex")].toString();
        if (!chains.contains(chain))
            chains.append(chain);
    }
    return chains;
}

const QString exampleAddress = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");

} // namespace

class TestDemoServer final : public QObject
{
    Q_OBJECT

private:
    Answer send(const Call &call, const QUrl &base = {});
    Answer sendGet(const QByteArray &target) { return send(Call{"GET", target}); }
    void addFamilies();

    LocalOkxServer m_server;
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase();
    void init();

    void supportedChains_data() { addFamilies(); }
    void supportedChains();
    void allTokenBalancesOfTheExample_data() { addFamilies(); }
    void allTokenBalancesOfTheExample();
    void riskFiltering_data();
    void riskFiltering();
    void totalValue_data();
    void totalValue();
    void tokenBalances_data() { addFamilies(); }
    void tokenBalances();
    void tokenBalancesErrors_data();
    void tokenBalancesErrors();
    void parameterErrors_data();
    void parameterErrors();
    void supportedChainsCanBeReplaced();
    void addressMatching();
    void demoPortfolios();
    void generatedPortfolio();

    void authErrors_data();
    void authErrors();
    void clockWindow_data();
    void clockWindow();
    void signatureCoversTheTargetAsSent();
    void projectHeader();
    void unknownPathAndWrongMethod();
    void retiredFamiliesAnswerNotFound();

    void faultStatusAndCode_data();
    void faultStatusAndCode();
    void faultDelay();
    void faultDelayPastTimeout();
    void faultMalformedJson();
    void faultTruncatedJson();
    void faultWrongTypes();
    void faultHugeBody();
    void faultCloseMidBody();
    void faultQueue();
    void rateLimit();
    void countersAndLog();

    void exchangeRateIsPublic();
    void exchangeRateServesAnyText();
    void exchangeRateFaults();

    void serverThread();
};

Answer TestDemoServer::send(const Call &call, const QUrl &base)
{
    const QByteArray timestamp = OkxSigner::timestamp(call.time);
    const QByteArray signedTarget = call.signedTarget.isEmpty() ? call.target : call.signedTarget;
    QNetworkRequest request(QUrl::fromEncoded((base.isEmpty() ? m_server.baseUrl() : base).toEncoded() + call.target));
    for (const auto &[name, value] :
         OkxSigner::headers(call.credentials, timestamp, call.method, signedTarget, call.body)) {
        if (!call.droppedHeaders.contains(name))
            request.setRawHeader(name, value);
    }
    for (const auto &[name, value] : call.replacedHeaders)
        request.setRawHeader(name, value);
    if (call.transferTimeoutMs > 0)
        request.setTransferTimeout(call.transferTimeoutMs);

    QNetworkReply *reply = call.method == "POST" ? m_nam.post(request, call.body) : m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("no answer to %s", call.target.constData());
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply aborted by its transfer timeout is closed and has no body to read.
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
    answer.error = reply->error();
    answer.connectionHeader = reply->rawHeader("Connection");
    answer.retryAfterHeader = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

void TestDemoServer::addFamilies()
{
    QTest::addColumn<ApiFamily>("family");
    for (ApiFamily family : {ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5})
        QTest::newRow(qPrintable(ApiFamilies::name(family))) << family;
}

void TestDemoServer::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.port() != 0);
    QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestDemoServer::init()
{
    m_server.clearFaults();
    m_server.setRateLimit(0);
    m_server.setClock({});
    m_server.setCredentials(LocalOkxServer::demoCredentials());
    m_server.setRequireProject(false);
    m_server.setServedFamilies({ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5});
    m_server.setExchangeRate(ExchangeRateEndpoint::demoUsdCny());
    m_server.resetCounters();
}

namespace {

/** A GET of the exchange rate as a public client sends it: no OK-ACCESS-* header at all. */
Call unsignedRateCall()
{
    Call call{"GET", ExchangeRateClient::path().toLatin1()};
    call.droppedHeaders = {"OK-ACCESS-KEY", "OK-ACCESS-SIGN", "OK-ACCESS-TIMESTAMP", "OK-ACCESS-PASSPHRASE",
                           "OK-ACCESS-PROJECT"};
    return call;
}

} // namespace

void TestDemoServer::exchangeRateIsPublic()
{
    // Outside the Balance API's rate limit: the one request a second allowed is spent first.
    m_server.setRateLimit(0.01);
    QCOMPARE(sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains)).status, 200);
    QCOMPARE(sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains)).status, 429);

    const Answer answer = send(unsignedRateCall());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"code":"0","msg":"success","data":[{"usdCny":"7.1543"}]})"));
    QCOMPARE(m_server.authFailureCount(), 0);

    // A client that sends its credentials to this host is refused, so the tests see the leak.
    const Answer signedCall = sendGet(ExchangeRateClient::path().toLatin1());
    QCOMPARE(signedCall.status, 400);
    QCOMPARE(signedCall.code(), QStringLiteral("50000"));
    Call post = unsignedRateCall();
    post.method = "POST";
    QCOMPARE(send(post).status, 405);
    QCOMPARE(m_server.rateLimitedCount(), 1);
    QCOMPARE(m_server.requestLog().count(ExchangeRateClient::path()), 3);
}

void TestDemoServer::exchangeRateServesAnyText()
{
    // What a hostile server could send, escaped into valid JSON: the client must refuse the value.
    const QString hostile = QStringLiteral("-1e999\"\n\x1b[2J") + QString(100000, u'9');
    m_server.setExchangeRate(hostile);
    const Answer answer = send(unsignedRateCall());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.data().at(0)[QLatin1String("usdCny")].toString(), hostile);
}

void TestDemoServer::exchangeRateFaults()
{
    LocalOkxServer::Fault failure;
    failure.kind = LocalOkxServer::Fault::Kind::ServerError;
    m_server.injectExchangeRateFault(failure);
    // Its own queue: a Balance request in between takes no fault of the rate's.
    QCOMPARE(sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains)).status, 200);
    const Answer failed = send(unsignedRateCall());
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.code(), QStringLiteral("50026"));

    LocalOkxServer::Fault wrongTypes;
    wrongTypes.kind = LocalOkxServer::Fault::Kind::WrongTypes;
    m_server.injectExchangeRateFault(wrongTypes);
    QVERIFY(send(unsignedRateCall()).data().at(0)[QLatin1String("usdCny")].isDouble());

    m_server.injectExchangeRateFault(failure, 5);
    m_server.clearFaults();
    QCOMPARE(send(unsignedRateCall()).status, 200);
}

void TestDemoServer::supportedChains()
{
    QFETCH(ApiFamily, family);
    const QJsonArray expected
        = QJsonDocument::fromJson(readFile(QStringLiteral(OKX_SOURCE_DIR "/resources/demo/chains.json"))).array();
    QVERIFY(expected.size() >= 35);

    const Answer answer = sendGet(path(family, Endpoint::SupportedChains));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.code(), QStringLiteral("0"));
    QCOMPARE(answer.data(), expected);
    // OKX's field order, which QJsonObject would have sorted away.
    QVERIFY(
        answer.body.startsWith(R"({"code":"0","msg":"success","data":[{"name":"Bitcoin","logoUrl":"","shortName":)"));
}

void TestDemoServer::allTokenBalancesOfTheExample()
{
    QFETCH(ApiFamily, family);
    const QString tokenField = ApiFamilies::tokenAddressField(family);
    const Answer answer = sendGet(
        get(family, Endpoint::AllTokenBalances, "address=" + addressFor(family, exampleAddress) + "&chains=1"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.code(), QStringLiteral("0"));

    const QJsonArray expected = fixtureAssets();
    const QJsonArray assets = answer.tokenAssets();
    QCOMPARE(assets.size(), 31);
    for (int i = 0; i < expected.size(); ++i) {
        QJsonObject row = expected.at(i).toObject();
        row.insert(tokenField, row.take(QLatin1String("tokenContractAddress")));
        QCOMPARE(assets.at(i).toObject(), row);
    }
    // Fields in the API's documented order, with the family's name for the token address.
    const QStringList order{QStringLiteral("chainIndex"), tokenField,
                            QStringLiteral("symbol"),     QStringLiteral("balance"),
                            QStringLiteral("tokenPrice"), QStringLiteral("isRiskToken"),
                            QStringLiteral("rawBalance"), QStringLiteral("address")};
    qsizetype position = answer.body.indexOf("\"tokenAssets\":[{");
    for (const QString &field : order) {
        const qsizetype next = answer.body.indexOf('"' + field.toLatin1() + "\":", position);
        QVERIFY2(next > position, qPrintable(field));
        position = next;
    }
}

void TestDemoServer::riskFiltering_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<QByteArray>("riskValue");
    QTest::addColumn<bool>("includeRisk");
    for (ApiFamily family : {ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5}) {
        const QByteArray name = ApiFamilies::name(family).toLatin1();
        QTest::newRow(name + " default") << family << QByteArray() << false;
        QTest::newRow(name + " 0 filters") << family << QByteArray("0") << false;
        QTest::newRow(name + " 1 keeps") << family << QByteArray("1") << true;
    }
}

void TestDemoServer::riskFiltering()
{
    QFETCH(ApiFamily, family);
    QFETCH(QByteArray, riskValue);
    QFETCH(bool, includeRisk);
    const QJsonObject portfolio = demoFile("multi-chain.json");
    const QJsonArray all = portfolio.value(QLatin1String("tokenAssets")).toArray();
    QVERIFY(riskCount(all) >= 2);

    QByteArray query = "address=" + addressFor(family, portfolio.value(QLatin1String("address")).toString())
        + "&chains=" + chainIndexes(all).join(u',').toLatin1();
    if (!riskValue.isNull())
        query += '&' + ApiFamilies::listRiskParameter(family).toLatin1() + '=' + riskValue;
    const Answer answer = sendGet(get(family, Endpoint::AllTokenBalances, query));
    QCOMPARE(answer.code(), QStringLiteral("0"));
    const QJsonArray assets = answer.tokenAssets();
    QCOMPARE(assets.size(), includeRisk ? all.size() : all.size() - riskCount(all));
    QCOMPARE(riskCount(assets), includeRisk ? riskCount(all) : 0);
}

void TestDemoServer::totalValue_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("riskValue");
    QTest::addColumn<bool>("includeRisk");
    for (ApiFamily family : {ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5}) {
        const QByteArray name = ApiFamilies::name(family).toLatin1();
        QTest::newRow(name + " example") << family << QByteArray("example-fund.json") << QByteArray() << false;
        QTest::newRow(name + " multi default") << family << QByteArray("multi-chain.json") << QByteArray() << false;
        QTest::newRow(name + " multi true") << family << QByteArray("multi-chain.json") << QByteArray("true") << false;
        QTest::newRow(name + " multi false") << family << QByteArray("multi-chain.json") << QByteArray("false") << true;
    }
}

void TestDemoServer::totalValue()
{
    QFETCH(ApiFamily, family);
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, riskValue);
    QFETCH(bool, includeRisk);
    const QJsonObject portfolio = demoFile(file.constData());
    const QJsonArray assets = portfolio.value(QLatin1String("tokenAssets")).toArray();

    QByteArray query = "address=" + addressFor(family, portfolio.value(QLatin1String("address")).toString())
        + "&chains=" + chainIndexes(assets).join(u',').toLatin1();
    if (!riskValue.isNull())
        query += "&excludeRiskToken=" + riskValue;
    const Answer answer = sendGet(get(family, Endpoint::TotalValue, query));
    QCOMPARE(answer.code(), QStringLiteral("0"));
    const Decimal expected = totalOf(assets, includeRisk);
    QCOMPARE(answer.totalValue(), expected.toPlainString());

    // DeFi only: the demo portfolios hold no DeFi positions.
    const Answer defi = sendGet(get(family, Endpoint::TotalValue, query + "&assetType=2"));
    QCOMPARE(defi.totalValue(), QStringLiteral("0"));
}

void TestDemoServer::tokenBalances()
{
    QFETCH(ApiFamily, family);
    const QString listField = ApiFamilies::tokenAddressListField(family);
    const QString tokenField = ApiFamilies::tokenAddressField(family);
    const QJsonObject portfolio = demoFile("multi-chain.json");
    const QJsonArray held = portfolio.value(QLatin1String("tokenAssets")).toArray();
    const QJsonObject native = held.at(0).toObject();
    const QJsonObject usdc = held.at(1).toObject();
    QVERIFY(native.value(QLatin1String("tokenContractAddress")).toString().isEmpty());

    auto item = [&](const QString &chain, const QString &token) {
        return QJsonObject{{QStringLiteral("chainIndex"), chain}, {tokenField, token}};
    };
    const QString unheld = QStringLiteral("0x0000000000000000000000000000000000000bad");
    const QJsonObject wbtc = fixtureAssets().at(2).toObject();
    QCOMPARE(wbtc[QLatin1String("symbol")].toString(), QStringLiteral("WBTC"));
    const QJsonObject request{
        {QStringLiteral("address"),
         QString::fromLatin1(addressFor(family, portfolio[QLatin1String("address")].toString()))},
        {listField,
         QJsonArray{
             item(QStringLiteral("1"), QString()),
             // EVM contracts match whatever their case.
             item(QStringLiteral("1"),
                  QStringLiteral("0x") + usdc[QLatin1String("tokenContractAddress")].toString().mid(2).toUpper()),
             item(QStringLiteral("1"), unheld),
             // Not held here, but known from another portfolio: described like OKX does.
             item(QStringLiteral("1"), wbtc[QLatin1String("tokenContractAddress")].toString())}}};
    const Answer answer = send(
        Call{"POST", path(family, Endpoint::TokenBalances), QJsonDocument(request).toJson(QJsonDocument::Compact)});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.code(), QStringLiteral("0"));
    const QJsonArray assets = answer.tokenAssets();
    QCOMPARE(assets.size(), 4);
    QCOMPARE(assets.at(0)[QLatin1String("balance")], native[QLatin1String("balance")]);
    QCOMPARE(assets.at(0)[tokenField].toString(), QString());
    QCOMPARE(assets.at(1)[QLatin1String("symbol")], usdc[QLatin1String("symbol")]);
    QCOMPARE(assets.at(1)[QLatin1String("balance")], usdc[QLatin1String("balance")]);
    QCOMPARE(assets.at(2)[tokenField].toString(), unheld);
    QCOMPARE(assets.at(2)[QLatin1String("balance")].toString(), QStringLiteral("0"));
    QCOMPARE(assets.at(3)[QLatin1String("symbol")], wbtc[QLatin1String("symbol")]);
    QCOMPARE(assets.at(3)[QLatin1String("tokenPrice")], wbtc[QLatin1String("tokenPrice")]);
    QCOMPARE(assets.at(3)[QLatin1String("balance")].toString(), QStringLiteral("0"));

    // A risk token the address holds: filtered by default, returned with "1".
    QJsonObject risky;
    for (const QJsonValue &asset : held) {
        if (asset[QLatin1String("isRiskToken")].toBool())
            risky = asset.toObject();
    }
    QJsonObject riskRequest = request;
    riskRequest.insert(listField,
                       QJsonArray{item(risky[QLatin1String("chainIndex")].toString(),
                                       risky[QLatin1String("tokenContractAddress")].toString())});
    const Call riskCall{"POST", path(family, Endpoint::TokenBalances),
                        QJsonDocument(riskRequest).toJson(QJsonDocument::Compact)};
    QCOMPARE(send(riskCall).tokenAssets().size(), 0);
    riskRequest.insert(ApiFamilies::listRiskParameter(family), QStringLiteral("1"));
    const Answer kept = send(Call{"POST", riskCall.target, QJsonDocument(riskRequest).toJson(QJsonDocument::Compact)});
    QCOMPARE(kept.tokenAssets().size(), 1);
    QCOMPARE(kept.tokenAssets().at(0)[QLatin1String("isRiskToken")].toBool(), true);
}

void TestDemoServer::tokenBalancesErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray item = R"({"chainIndex":"1","tokenContractAddress":""})";
    QByteArrayList items;
    for (int i = 0; i <= ApiFamilies::MaxTokensPerRequest; ++i)
        items.append(item);
    const QByteArray address = R"("address":"0x8eb0d387cda4b61c85d7a39ed90b9f6ed5280f81")";
    QTest::newRow("21 tokens") << '{' + address + R"(,"tokenContractAddresses":[)" + items.join(',') + "]}" << 400
                               << QStringLiteral("51000");
    QTest::newRow("no tokens") << '{' + address + R"(,"tokenContractAddresses":[]})" << 400 << QStringLiteral("50014");
    QTest::newRow("no address") << R"({"tokenContractAddresses":[)" + item + "]}" << 400 << QStringLiteral("50014");
    QTest::newRow("not json") << QByteArray("address=0x1") << 200 << QStringLiteral("81001");
    QTest::newRow("unknown chain") << '{' + address
            + R"(,"tokenContractAddresses":[{"chainIndex":"999999","tokenContractAddress":""}]})"
                                   << 200 << QStringLiteral("81104");
    QTest::newRow("numeric chain") << '{' + address
            + R"(,"tokenContractAddresses":[{"chainIndex":1,"tokenContractAddress":""}]})"
                                   << 400 << QStringLiteral("51000");
}

void TestDemoServer::tokenBalancesErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Answer answer = send(Call{"POST", path(ApiFamily::DexV5, Endpoint::TokenBalances), body});
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
}

void TestDemoServer::parameterErrors_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QByteArrayList many;
    for (int i = 0; i <= ApiFamilies::MaxChainsPerRequest; ++i)
        many.append("1");
    const QByteArray address = "address=0x8eb0d387cda4b61c85d7a39ed90b9f6ed5280f81";
    for (Endpoint endpoint : {Endpoint::AllTokenBalances, Endpoint::TotalValue}) {
        const QByteArray name = endpoint == Endpoint::TotalValue ? "total: " : "all: ";
        QTest::newRow(name + "no address")
            << ApiFamily::DexV5 << endpoint << QByteArray("chains=1") << 400 << QStringLiteral("50014");
        QTest::newRow(name + "no chains") << ApiFamily::DexV5 << endpoint << address << 400 << QStringLiteral("50014");
        QTest::newRow(name + "51 chains")
            << ApiFamily::DexV6 << endpoint << address + "&chains=" + many.join(',') << 400 << QStringLiteral("51000");
        QTest::newRow(name + "empty chain")
            << ApiFamily::DexV5 << endpoint << address + "&chains=1,,56" << 400 << QStringLiteral("51000");
        QTest::newRow(name + "unknown chain")
            << ApiFamily::WalletV5 << endpoint << address + "&chains=1,999999" << 200 << QStringLiteral("81104");
        QTest::newRow(name + "wallet mixed case")
            << ApiFamily::WalletV5 << endpoint << "address=" + exampleAddress.toLatin1() + "&chains=1" << 200
            << QStringLiteral("81106");
    }
    QTest::newRow("all: Boolean risk filter")
        << ApiFamily::DexV5 << Endpoint::AllTokenBalances << address + "&chains=1&excludeRiskToken=true" << 400
        << QStringLiteral("51000");
    QTest::newRow("wallet: filter=2") << ApiFamily::WalletV5 << Endpoint::AllTokenBalances
                                      << address + "&chains=1&filter=2" << 400 << QStringLiteral("51000");
    QTest::newRow("total: 0/1 risk filter")
        << ApiFamily::DexV5 << Endpoint::TotalValue << address + "&chains=1&excludeRiskToken=1" << 400
        << QStringLiteral("51000");
    QTest::newRow("total: assetType=3") << ApiFamily::DexV5 << Endpoint::TotalValue << address + "&chains=1&assetType=3"
                                        << 400 << QStringLiteral("51000");
}

void TestDemoServer::parameterErrors()
{
    QFETCH(ApiFamily, family);
    QFETCH(Endpoint, endpoint);
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Answer answer = sendGet(get(family, endpoint, query));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QVERIFY(!answer.json().value(QLatin1String("msg")).toString().isEmpty());
}

void TestDemoServer::supportedChainsCanBeReplaced()
{
    const QByteArray address = "address=0x8eb0d387cda4b61c85d7a39ed90b9f6ed5280f81";
    m_server.setSupportedChains({ChainInfo{QStringLiteral("900"), QStringLiteral("Test chain"), QStringLiteral("TST"),
                                           QStringLiteral("https://example.invalid/tst.png")}});
    const QJsonArray listed = sendGet(get(ApiFamily::DexV6, Endpoint::SupportedChains, {})).data();
    // The other endpoints accept exactly the served chains: the new one, and Ethereum no longer.
    const Answer onNew = sendGet(get(ApiFamily::DexV5, Endpoint::AllTokenBalances, address + "&chains=900"));
    const Answer onOld = sendGet(get(ApiFamily::DexV5, Endpoint::TotalValue, address + "&chains=1"));
    m_server.setSupportedChains(DemoData::supportedChains());

    QCOMPARE(listed.size(), 1);
    const QJsonObject chain = listed.at(0).toObject();
    QCOMPARE(chain.value(QLatin1String("chainIndex")).toString(), QStringLiteral("900"));
    QCOMPARE(chain.value(QLatin1String("name")).toString(), QStringLiteral("Test chain"));
    QCOMPARE(chain.value(QLatin1String("shortName")).toString(), QStringLiteral("TST"));
    QCOMPARE(chain.value(QLatin1String("logoUrl")).toString(), QStringLiteral("https://example.invalid/tst.png"));
    QCOMPARE(onNew.code(), QStringLiteral("0"));
    QVERIFY(onNew.tokenAssets().isEmpty());
    QCOMPARE(onOld.code(), QStringLiteral("81104"));
    QCOMPARE(sendGet(get(ApiFamily::DexV5, Endpoint::TotalValue, address + "&chains=1")).code(), QStringLiteral("0"));
}

void TestDemoServer::addressMatching()
{
    auto assetsOf = [this](const QString &address, const QByteArray &chains) {
        return sendGet(
            get(ApiFamily::DexV5, Endpoint::AllTokenBalances, "address=" + address.toLatin1() + "&chains=" + chains));
    };
    // EVM: any case finds the same holdings, echoed in lower case.
    const QJsonArray upper = assetsOf(QStringLiteral("0x") + exampleAddress.mid(2).toUpper(), "1").tokenAssets();
    QCOMPARE(upper.size(), 31);
    QCOMPARE(upper.at(0)[QLatin1String("address")].toString(), exampleAddress.toLower());
    // Other chains: base58 is case-sensitive.
    const QString solana = demoFile("solana.json").value(QLatin1String("address")).toString();
    QCOMPARE(assetsOf(solana, "501").tokenAssets().size(), 5);
    QCOMPARE(assetsOf(solana.toLower(), "501").tokenAssets().size(), 0);
    // An unknown address holds nothing.
    const QByteArray nobody = "address=0x0000000000000000000000000000000000000001&chains=1,56";
    const Answer empty = sendGet(get(ApiFamily::DexV5, Endpoint::AllTokenBalances, nobody));
    QCOMPARE(empty.code(), QStringLiteral("0"));
    QCOMPARE(empty.data().size(), 1);
    QCOMPARE(empty.tokenAssets().size(), 0);
    QCOMPARE(sendGet(get(ApiFamily::DexV5, Endpoint::TotalValue, nobody)).totalValue(), QStringLiteral("0"));
}

void TestDemoServer::demoPortfolios()
{
    const QList<QPair<QString, QString>> demos = m_server.demoAddresses();
    const char *files[] = {"example-fund.json", "multi-chain.json", "solana.json", "tron.json", "bitcoin.json"};
    QCOMPARE(demos.size(), int(std::size(files)));
    for (int i = 0; i < demos.size(); ++i) {
        const QJsonObject file = demoFile(files[i]);
        QCOMPARE(demos.at(i).first, file.value(QLatin1String("address")).toString());
        QCOMPARE(demos.at(i).second, file.value(QLatin1String("label")).toString());
    }
    QCOMPARE(demos.at(0).first, exampleAddress);
    QCOMPARE(demoFile("example-fund.json").value(QLatin1String("tokenAssets")).toArray(), fixtureAssets());

    // Syntactically valid addresses of each family.
    const QRegularExpression evm(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    const QRegularExpression base58(QStringLiteral("^[1-9A-HJ-NP-Za-km-z]+$"));
    QVERIFY(evm.match(demos.at(1).first).hasMatch());
    QVERIFY(base58.match(demos.at(2).first).hasMatch());
    QVERIFY(demos.at(2).first.size() >= 32 && demos.at(2).first.size() <= 44);
    QVERIFY(demos.at(3).first.startsWith(u'T') && demos.at(3).first.size() == 34);
    QVERIFY(base58.match(demos.at(3).first).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^bc1q[02-9ac-hj-np-z]{38}$")).match(demos.at(4).first).hasMatch());

    // The multi-chain portfolio covers what the client must handle.
    const QJsonArray multi = demoFile("multi-chain.json").value(QLatin1String("tokenAssets")).toArray();
    int unpriced = 0;
    int natives = 0;
    for (const QJsonValue &asset : multi) {
        unpriced += asset[QLatin1String("tokenPrice")].toString() == u"0";
        natives += asset[QLatin1String("tokenContractAddress")].toString().isEmpty();
    }
    QCOMPARE(chainIndexes(multi), QStringList({"1", "56", "8453", "42161", "137"}));
    QVERIFY(riskCount(multi) >= 2 && unpriced >= 2 && natives >= 1);
}

void TestDemoServer::generatedPortfolio()
{
    const QString address = QStringLiteral("0x1111111111111111111111111111111111111111");
    QList<TokenAsset> assets;
    QJsonArray expected;
    for (int i = 0; i < 10000; ++i) {
        TokenAsset asset;
        asset.chainIndex = i % 2 ? QStringLiteral("1") : QStringLiteral("56");
        asset.tokenContractAddress = QStringLiteral("0x%1").arg(i, 40, 16, QLatin1Char('0'));
        asset.symbol = QStringLiteral("T%1").arg(i);
        asset.balanceText = QStringLiteral("%1.000000000000000001").arg(i);
        asset.tokenPriceText = QStringLiteral("0.%1").arg(i + 1, 20, 10, QLatin1Char('0'));
        asset.balance = *Decimal::parse(asset.balanceText);
        asset.tokenPrice = *Decimal::parse(asset.tokenPriceText);
        assets.append(asset);
        expected.append(QJsonObject{{QStringLiteral("balance"), asset.balanceText},
                                    {QStringLiteral("tokenPrice"), asset.tokenPriceText},
                                    {QStringLiteral("isRiskToken"), false}});
    }
    m_server.setPortfolio(address, assets);

    const QByteArray query = "address=" + address.toLatin1() + "&chains=1,56";
    const Answer all = sendGet(get(ApiFamily::DexV5, Endpoint::AllTokenBalances, query));
    QCOMPARE(all.tokenAssets().size(), 10000);
    QCOMPARE(all.tokenAssets().at(0)[QLatin1String("address")].toString(), address);
    QCOMPARE(sendGet(get(ApiFamily::DexV5, Endpoint::TotalValue, query)).totalValue(),
             totalOf(expected, false).toPlainString());
}

void TestDemoServer::authErrors_data()
{
    QTest::addColumn<QByteArrayList>("dropped");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("no key") << QByteArrayList{"OK-ACCESS-KEY"} << QByteArray() << QByteArray()
                            << QStringLiteral("50103");
    QTest::newRow("no passphrase") << QByteArrayList{"OK-ACCESS-PASSPHRASE"} << QByteArray() << QByteArray()
                                   << QStringLiteral("50104");
    QTest::newRow("wrong passphrase") << QByteArrayList() << QByteArray("OK-ACCESS-PASSPHRASE")
                                      << QByteArray("Demo#Passphrase2") << QStringLiteral("50105");
    QTest::newRow("no sign") << QByteArrayList{"OK-ACCESS-SIGN"} << QByteArray() << QByteArray()
                             << QStringLiteral("50106");
    QTest::newRow("no timestamp") << QByteArrayList{"OK-ACCESS-TIMESTAMP"} << QByteArray() << QByteArray()
                                  << QStringLiteral("50107");
    QTest::newRow("wrong key") << QByteArrayList() << QByteArray("OK-ACCESS-KEY") << QByteArray("not-the-key")
                               << QStringLiteral("50111");
    QTest::newRow("unparseable timestamp")
        << QByteArrayList() << QByteArray("OK-ACCESS-TIMESTAMP") << QByteArray("yesterday") << QStringLiteral("50112");
    QTest::newRow("timestamp without ms")
        << QByteArrayList() << QByteArray("OK-ACCESS-TIMESTAMP")
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() << QStringLiteral("50112");
    QTest::newRow("bad signature") << QByteArrayList() << QByteArray("OK-ACCESS-SIGN")
                                   << QByteArray("mpPm0kY1Gwlpig/9i+EfpFlHckb1y3PxqiNP4wUBgps=")
                                   << QStringLiteral("50113");
}

void TestDemoServer::authErrors()
{
    QFETCH(QByteArrayList, dropped);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    Call call{"GET",
              get(ApiFamily::DexV5, Endpoint::AllTokenBalances, "address=" + exampleAddress.toLatin1() + "&chains=1")};
    call.droppedHeaders = dropped;
    if (!header.isEmpty())
        call.replacedHeaders.append({header, value});
    const Answer answer = send(call);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.data().size(), 0);
    QCOMPARE(m_server.authFailureCount(), 1);
    // Whatever went wrong, the answer never echoes a secret.
    const Credentials credentials = LocalOkxServer::demoCredentials();
    QVERIFY(!answer.body.contains(credentials.secretKey.toUtf8()));
    QVERIFY(!answer.body.contains(credentials.passphrase.toUtf8()));
}

void TestDemoServer::clockWindow_data()
{
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<QString>("code");
    QTest::newRow("-31 s") << -31 << QStringLiteral("50112");
    QTest::newRow("+31 s") << 31 << QStringLiteral("50112");
    QTest::newRow("-29 s") << -29 << QStringLiteral("0");
    QTest::newRow("+29 s") << 29 << QStringLiteral("0");
}

void TestDemoServer::clockWindow()
{
    QFETCH(int, skewSeconds);
    QFETCH(QString, code);
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    m_server.setClock([sent, skewSeconds] { return sent.addSecs(skewSeconds); });
    Call call{"GET", path(ApiFamily::DexV5, Endpoint::SupportedChains)};
    call.time = sent;
    QCOMPARE(send(call).code(), code);
}

void TestDemoServer::signatureCoversTheTargetAsSent()
{
    const QByteArray encoded = get(ApiFamily::DexV5, Endpoint::AllTokenBalances,
                                   "address=" + exampleAddress.toLatin1() + "&chains=1%2C56&excludeRiskToken=0");
    Call call{"GET", encoded};
    const Answer accepted = send(call);
    QCOMPARE(accepted.code(), QStringLiteral("0"));
    QCOMPARE(accepted.tokenAssets().size(), 31);
    QCOMPARE(m_server.requestLog().constLast(), QString::fromLatin1(encoded));

    // Signing the decoded comma while sending %2C is what a client that re-encodes after signing does.
    call.signedTarget = QByteArray(encoded).replace("%2C", ",");
    const Answer rejected = send(call);
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.code(), QStringLiteral("50113"));

    // A wrong secret: same headers, signature over the right text with the wrong key.
    Call wrongSecret{"GET", encoded};
    wrongSecret.credentials.secretKey = QStringLiteral("00000000000000000000000000000000");
    QCOMPARE(send(wrongSecret).code(), QStringLiteral("50113"));

    // POST: the exact body bytes are signed, so a body changed after signing is refused.
    const QByteArray body = R"({"address":"0x8eb0d387cda4b61c85d7a39ed90b9f6ed5280f81",)"
                            R"("tokenContractAddresses":[{"chainIndex":"1","tokenContractAddress":""}]})";
    Call post{"POST", path(ApiFamily::DexV5, Endpoint::TokenBalances), body};
    QCOMPARE(send(post).code(), QStringLiteral("0"));
    post.replacedHeaders.append({"OK-ACCESS-SIGN",
                                 OkxSigner::sign(OkxSigner::timestamp(post.time), "POST", post.target, body + ' ',
                                                 post.credentials.secretKey.toUtf8())});
    QCOMPARE(send(post).code(), QStringLiteral("50113"));
}

void TestDemoServer::projectHeader()
{
    const QByteArray walletChains = path(ApiFamily::WalletV5, Endpoint::SupportedChains);
    const QByteArray dexChains = path(ApiFamily::DexV5, Endpoint::SupportedChains);
    Call withoutProject{"GET", walletChains};
    withoutProject.credentials.projectId.clear();

    const Answer refused = send(withoutProject);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.code(), QStringLiteral("50014"));
    QCOMPARE(send(Call{"GET", walletChains}).code(), QStringLiteral("0"));
    Call wrongProject{"GET", walletChains};
    wrongProject.credentials.projectId = QStringLiteral("another-project");
    QCOMPARE(send(wrongProject).status, 401);

    // The DEX families need no project unless the server is told to.
    withoutProject.target = dexChains;
    QCOMPARE(send(withoutProject).code(), QStringLiteral("0"));
    m_server.setRequireProject(true);
    QCOMPARE(send(withoutProject).status, 401);
    QCOMPARE(send(Call{"GET", dexChains}).code(), QStringLiteral("0"));
}

void TestDemoServer::unknownPathAndWrongMethod()
{
    const Answer missing = sendGet("/api/v5/dex/balance/no-such-endpoint");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error, QNetworkReply::ContentNotFoundError);
    const Answer wrongMethod = sendGet(path(ApiFamily::DexV5, Endpoint::TokenBalances));
    QCOMPARE(wrongMethod.status, 405);
    // The server keeps serving the same connection afterwards.
    QCOMPARE(sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains)).code(), QStringLiteral("0"));
}

void TestDemoServer::retiredFamiliesAnswerNotFound()
{
    m_server.setServedFamilies({ApiFamily::DexV6});
    for (ApiFamily retired : {ApiFamily::DexV5, ApiFamily::WalletV5}) {
        const Answer missing = sendGet(path(retired, Endpoint::SupportedChains));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error, QNetworkReply::ContentNotFoundError);
    }
    QCOMPARE(sendGet(path(ApiFamily::DexV6, Endpoint::SupportedChains)).code(), QStringLiteral("0"));
}

void TestDemoServer::faultStatusAndCode_data()
{
    QTest::addColumn<LocalOkxServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("retryAfter");

    using Kind = LocalOkxServer::Fault::Kind;
    LocalOkxServer::Fault fault;
    fault.kind = Kind::HttpRateLimit;
    QTest::newRow("429") << fault << 429 << QStringLiteral("50011") << QByteArray();
    fault.retryAfterSeconds = 2;
    QTest::newRow("429 Retry-After") << fault << 429 << QStringLiteral("50011") << QByteArray("2");
    fault = {};
    fault.kind = Kind::OkxRateLimit;
    QTest::newRow("50011 in 200") << fault << 200 << QStringLiteral("50011") << QByteArray();
    fault.kind = Kind::ServerError;
    QTest::newRow("500") << fault << 500 << QStringLiteral("50026") << QByteArray();
    fault.httpStatus = 503;
    QTest::newRow("503") << fault << 503 << QStringLiteral("50026") << QByteArray();
    fault = {};
    fault.kind = Kind::OkxError;
    fault.okxCode = QStringLiteral("50001");
    fault.okxMessage = QStringLiteral("Service temporarily unavailable");
    QTest::newRow("50001") << fault << 200 << QStringLiteral("50001") << QByteArray();
}

void TestDemoServer::faultStatusAndCode()
{
    QFETCH(LocalOkxServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, retryAfter);
    m_server.injectFault(fault);
    const Answer answer = sendGet(path(ApiFamily::DexV6, Endpoint::SupportedChains));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.retryAfterHeader, retryAfter);
    QCOMPARE(answer.connectionHeader.toLower(), QByteArray("close"));
    if (fault.kind == LocalOkxServer::Fault::Kind::OkxError)
        QCOMPARE(answer.json().value(QLatin1String("msg")).toString(), fault.okxMessage);
}

void TestDemoServer::faultDelay()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::Delay;
    fault.delayMs = 300;
    m_server.injectFault(fault);
    QElapsedTimer timer;
    timer.start();
    const Answer answer = sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains));
    QVERIFY(timer.elapsed() >= fault.delayMs);
    QCOMPARE(answer.code(), QStringLiteral("0"));
    QVERIFY(answer.data().size() >= 35);
}

void TestDemoServer::faultDelayPastTimeout()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::Delay;
    fault.delayMs = 2000;
    m_server.injectFault(fault);
    Call call{"GET", path(ApiFamily::DexV5, Endpoint::SupportedChains)};
    call.transferTimeoutMs = 100;
    const Answer answer = send(call);
    QCOMPARE(answer.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(answer.status, 0);
    // The late answer to the abandoned request goes nowhere; the server serves the next one.
    QCOMPARE(sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains)).code(), QStringLiteral("0"));
}

void TestDemoServer::faultMalformedJson()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::MalformedJson;
    m_server.injectFault(fault);
    const Answer answer = sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestDemoServer::faultTruncatedJson()
{
    const QByteArray target
        = get(ApiFamily::DexV5, Endpoint::AllTokenBalances, "address=" + exampleAddress.toLatin1() + "&chains=1");
    const Answer whole = sendGet(target);
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::TruncatedJson;
    m_server.injectFault(fault);
    const Answer cut = sendGet(target);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.error, QNetworkReply::NoError);
    QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
    QJsonParseError error;
    QJsonDocument::fromJson(cut.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestDemoServer::faultWrongTypes()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::WrongTypes;
    m_server.injectFault(fault, 3);

    const QJsonArray assets = sendGet(get(ApiFamily::WalletV5, Endpoint::AllTokenBalances,
                                          "address=" + exampleAddress.toLower().toLatin1() + "&chains=1"))
                                  .tokenAssets();
    QCOMPARE(assets.size(), 1);
    QVERIFY(assets.at(0)[QLatin1String("balance")].isDouble());
    QVERIFY(assets.at(0)[QLatin1String("isRiskToken")].isString());
    QVERIFY(assets.at(0)[QLatin1String("tokenAddress")].isString());

    const Answer total
        = sendGet(get(ApiFamily::DexV5, Endpoint::TotalValue, "address=" + exampleAddress.toLatin1() + "&chains=1"));
    QCOMPARE(total.code(), QStringLiteral("0"));
    QVERIFY(total.data().at(0)[QLatin1String("totalValue")].isDouble());

    const Answer chains = sendGet(path(ApiFamily::DexV5, Endpoint::SupportedChains));
    QVERIFY(chains.data().at(0)[QLatin1String("chainIndex")].isDouble());
}

void TestDemoServer::faultHugeBody()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::HugeBody;
    m_server.injectFault(fault);
    const Answer answer = sendGet(
        get(ApiFamily::DexV5, Endpoint::AllTokenBalances, "address=" + exampleAddress.toLatin1() + "&chains=1"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.size() > 32LL * 1024 * 1024);
    // Valid JSON: only its size is wrong.
    QCOMPARE(answer.code(), QStringLiteral("0"));
    QVERIFY(answer.tokenAssets().size() > 100000);
}

void TestDemoServer::faultCloseMidBody()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::CloseMidBody;
    m_server.injectFault(fault);
    const Answer answer = sendGet(
        get(ApiFamily::DexV5, Endpoint::AllTokenBalances, "address=" + exampleAddress.toLatin1() + "&chains=1"));
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server.requestCount(), 1);
}

void TestDemoServer::faultQueue()
{
    using Kind = LocalOkxServer::Fault::Kind;
    LocalOkxServer::Fault serverError;
    serverError.kind = Kind::ServerError;
    LocalOkxServer::Fault rateLimited;
    rateLimited.kind = Kind::HttpRateLimit;
    m_server.injectFault(serverError, 2);
    m_server.injectFault(rateLimited);

    const QByteArray target = path(ApiFamily::DexV5, Endpoint::SupportedChains);
    QCOMPARE(sendGet(target).status, 500);
    QCOMPARE(sendGet(target).status, 500);
    QCOMPARE(sendGet(target).status, 429);
    QCOMPARE(sendGet(target).status, 200);

    m_server.injectFault(serverError, 5);
    m_server.clearFaults();
    QCOMPARE(sendGet(target).status, 200);
}

void TestDemoServer::rateLimit()
{
    const QByteArray target = path(ApiFamily::DexV5, Endpoint::SupportedChains);
    // Two seconds a token: the second and third requests come far too soon.
    m_server.setRateLimit(0.5);
    QCOMPARE(sendGet(target).status, 200);
    const Answer limited = sendGet(target);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("50011"));
    QCOMPARE(sendGet(target).status, 429);
    QCOMPARE(m_server.rateLimitedCount(), 2);
    QCOMPARE(m_server.requestCount(), 3);

    m_server.setRateLimit(0);
    QCOMPARE(sendGet(target).status, 200);
}

void TestDemoServer::countersAndLog()
{
    const QByteArray chains = path(ApiFamily::DexV5, Endpoint::SupportedChains);
    const QByteArray total
        = get(ApiFamily::DexV6, Endpoint::TotalValue, "address=" + exampleAddress.toLatin1() + "&chains=1");
    sendGet(chains);
    sendGet(total);
    Call unsignedCall{"GET", chains};
    unsignedCall.droppedHeaders = {"OK-ACCESS-SIGN"};
    send(unsignedCall);
    QCOMPARE(m_server.requestCount(), 3);
    QCOMPARE(m_server.authFailureCount(), 1);
    QCOMPARE(m_server.requestLog(),
             QStringList({QString::fromLatin1(chains), QString::fromLatin1(total), QString::fromLatin1(chains)}));
    m_server.resetCounters();
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(m_server.authFailureCount(), 0);
    QVERIFY(m_server.requestLog().isEmpty());
}

void TestDemoServer::serverThread()
{
    QUrl base;
    {
        DemoServerThread thread;
        QVERIFY(!thread.server());
        QVERIFY(thread.start());
        QVERIFY(thread.server());
        base = thread.baseUrl();
        QVERIFY(base.port() > 0);
        QVERIFY(base.port() != m_server.baseUrl().port());

        const Answer answer = send(Call{"GET", path(ApiFamily::DexV5, Endpoint::SupportedChains)}, base);
        QCOMPARE(answer.code(), QStringLiteral("0"));
        LocalOkxServer::Fault fault;
        fault.kind = LocalOkxServer::Fault::Kind::ServerError;
        thread.server()->injectFault(fault);
        QCOMPARE(send(Call{"GET", path(ApiFamily::DexV5, Endpoint::SupportedChains)}, base).status, 500);
        QCOMPARE(thread.server()->requestCount(), 2);
    }
    // The destructor stopped the server: nobody listens there any more.
    const Answer refused = send(Call{"GET", path(ApiFamily::DexV5, Endpoint::SupportedChains)}, base);
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"

#include "api/apirequest.h"
#include "api/okxsigner.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

namespace {

// The fake credentials of the API reference's test vectors (okx-balance-api.md §2).
const QByteArray VectorSecret = "22582BD0CFF14C41EDBF1AB98506286D";
const QByteArray VectorTimestamp = "2023-10-18T12:21:41.274Z";

Credentials vectorCredentials()
{
    Credentials credentials;
    credentials.apiKey = QStringLiteral("37c541a1-0000-4000-8000-10fe7a038418");
    credentials.secretKey = QString::fromLatin1(VectorSecret);
    credentials.passphrase = QStringLiteral("Test#Passphrase1");
    return credentials;
}

const QByteArray Vector1Path = "/api/v5/dex/balance/all-token-balances-by-address"
                               "?address=0xEd0C6079229E2d407672a117c22b62064f4a4312&chains=1,56&excludeRiskToken=0";
const QByteArray Vector1Sign = "mpPm0kY1Gwlpig/9i+EfpFlHckb1y3PxqiNP4wUBgps=";
const QByteArray Vector2Body =
    R"({"address":"0x50c476a139aab23fdaf9bca12614cdd54a4244e3","excludeRiskToken":"0","tokenContractAddresses":)"
    R"([{"chainIndex":"1","tokenContractAddress":""},)"
    R"({"chainIndex":"1","tokenContractAddress":"0xdac17f958d2ee523a2206206994597c13d831ec7"}]})";
const QByteArray Vector2Sign = "EcRBipumTAIEHa0g3uFsWImar++7LCMaHXpCt7WP6Pk=";

QByteArray headerValue(const OkxSigner::HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

/** OkxSigner against the API reference's vectors, and ApiRequest signing the bytes it sends. */
class TestSigner final : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("requestPath");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("1: GET with query") << QByteArray("GET") << Vector1Path << QByteArray() << Vector1Sign;
        QTest::newRow("2: POST with body") << QByteArray("POST")
                                           << QByteArray("/api/v5/dex/balance/token-balances-by-address")
                                           << Vector2Body << Vector2Sign;
        QTest::newRow("3: comma sent as %2C")
            << QByteArray("GET") << QByteArray(Vector1Path).replace("1,56", "1%2C56") << QByteArray()
            << QByteArray("0Zr22QC+ilP0wjNaSjw3EE7cu6ghX7dTRJ90yhLUijU=");
        QTest::newRow("3: GET without query") << QByteArray("GET") << QByteArray("/api/v5/dex/balance/supported/chain")
                                              << QByteArray()
                                              << QByteArray("/+vqRm7DuCdxjikxai8sOIubwddhE+s2KbW+Fg7LJes=");
    }

    void vectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, requestPath);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);

        QCOMPARE(OkxSigner::prehash(VectorTimestamp, method, requestPath, body),
                 VectorTimestamp + method + requestPath + body);
        QCOMPARE(OkxSigner::sign(VectorTimestamp, method, requestPath, body, VectorSecret), signature);
    }

    void vector2BodyIsQtCompactOutput()
    {
        // The reference's body is what QJsonDocument::Compact produces (keys sorted), 238 bytes.
        QCOMPARE(Vector2Body.size(), 238);
        const auto item = [](const QString &chain, const QString &token) {
            return QJsonObject{{QStringLiteral("chainIndex"), chain}, {QStringLiteral("tokenContractAddress"), token}};
        };
        QJsonArray items;
        items.append(item(QStringLiteral("1"), QString()));
        items.append(item(QStringLiteral("1"), QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7")));
        QJsonObject body;
        body.insert(QStringLiteral("tokenContractAddresses"), items);
        body.insert(QStringLiteral("excludeRiskToken"), QStringLiteral("0"));
        body.insert(QStringLiteral("address"), QStringLiteral("0x50c476a139aab23fdaf9bca12614cdd54a4244e3"));
        const ApiRequest request =
            ApiRequest::post(QUrl(QStringLiteral("https://web3.okx.com")),
                             QStringLiteral("/api/v5/dex/balance/token-balances-by-address"), body);
        QCOMPARE(request.method(), QByteArray("POST"));
        QCOMPARE(request.body(), Vector2Body);
        QCOMPARE(request.requestPath(), QByteArray("/api/v5/dex/balance/token-balances-by-address"));
    }

    void requestPathIsWhatQUrlSends()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("address"), QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312"));
        query.addQueryItem(QStringLiteral("chains"), QStringLiteral("1,56"));
        query.addQueryItem(QStringLiteral("excludeRiskToken"), QStringLiteral("0"));
        const ApiRequest request = ApiRequest::get(QUrl(QStringLiteral("https://web3.okx.com")),
                                                   QStringLiteral("/api/v5/dex/balance/all-token-balances-by-address"),
                                                   query);
        QCOMPARE(request.method(), QByteArray("GET"));
        QCOMPARE(request.requestPath(), Vector1Path);
        // The request path is the URL minus scheme and host, so the signature covers the wire bytes.
        QCOMPARE(request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), Vector1Path);

        const QNetworkRequest signedRequest = request.toNetworkRequest(vectorCredentials(), VectorTimestamp);
        QCOMPARE(signedRequest.rawHeader("OK-ACCESS-SIGN"), Vector1Sign);
        QCOMPARE(signedRequest.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void requestPathKeepsPercentEncoding()
    {
        // A character QUrl must encode (a space) shows up encoded in both the URL and the signed path.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("address"), QStringLiteral("a b+c"));
        const ApiRequest request =
            ApiRequest::get(QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("/p"), query);
        QCOMPARE(request.requestPath(), request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
        QVERIFY(request.requestPath().contains("a%20b"));
    }

    void requestWithoutQuery()
    {
        const ApiRequest request = ApiRequest::get(QUrl(QStringLiteral("https://web3.okx.com")),
                                                   QStringLiteral("/api/v5/dex/balance/supported/chain"));
        QCOMPARE(request.requestPath(), QByteArray("/api/v5/dex/balance/supported/chain"));
        QVERIFY(request.body().isEmpty());
    }

    void timestamp_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QByteArray>("expected");

        const QDate date(2023, 10, 18);
        QTest::newRow("milliseconds") << QDateTime(date, QTime(12, 21, 41, 274), Qt::UTC)
                                      << QByteArray("2023-10-18T12:21:41.274Z");
        QTest::newRow("zero milliseconds") << QDateTime(date, QTime(12, 21, 41, 0), Qt::UTC)
                                           << QByteArray("2023-10-18T12:21:41.000Z");
        QTest::newRow("converted to UTC") << QDateTime(date, QTime(14, 21, 41, 5), QTimeZone(2 * 3600))
                                          << QByteArray("2023-10-18T12:21:41.005Z");
    }

    void timestamp()
    {
        QFETCH(QDateTime, time);
        QFETCH(QByteArray, expected);
        QCOMPARE(OkxSigner::timestamp(time), expected);
    }

    void headersWithoutProject()
    {
        const OkxSigner::HeaderList headers =
            OkxSigner::headers(vectorCredentials(), VectorTimestamp, "GET", Vector1Path, {});
        QCOMPARE(headerValue(headers, "OK-ACCESS-KEY"), QByteArray("37c541a1-0000-4000-8000-10fe7a038418"));
        QCOMPARE(headerValue(headers, "OK-ACCESS-SIGN"), Vector1Sign);
        QCOMPARE(headerValue(headers, "OK-ACCESS-TIMESTAMP"), VectorTimestamp);
        QCOMPARE(headerValue(headers, "OK-ACCESS-PASSPHRASE"), QByteArray("Test#Passphrase1"));
        QCOMPARE(headerValue(headers, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(headers.size(), 5);
        QVERIFY(headerValue(headers, "OK-ACCESS-PROJECT").isEmpty());
    }

    void headersWithProject()
    {
        Credentials credentials = vectorCredentials();
        credentials.projectId = QStringLiteral("project-42");
        const OkxSigner::HeaderList headers = OkxSigner::headers(credentials, VectorTimestamp, "GET", Vector1Path, {});
        QCOMPARE(headers.size(), 6);
        QCOMPARE(headerValue(headers, "OK-ACCESS-PROJECT"), QByteArray("project-42"));
        // The project id is not part of the signature.
        QCOMPARE(headerValue(headers, "OK-ACCESS-SIGN"), Vector1Sign);
    }
};

QTEST_APPLESS_MAIN(TestSigner)
#include "tst_signer.moc"

#include "storage/appsettings.h"

#include "api/clientconfig.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/** Typed settings: defaults, round trip, and bad values falling back to the default. */
class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaults();
    void roundTrip();
    void invalidValuesFallBack_data();
    void invalidValuesFallBack();
    void noLimitIsARate();
    void everyColorSchemeRoundTrips();
    void syncKeepsOtherWindowsChoices();
    void applyToClientConfig();

private:
    /** The defaults a fresh or unreadable settings file must give. */
    static void verifyDefaultValues(const AppSettings &settings);

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AppSettings::verifyDefaultValues(const AppSettings &settings)
{
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://web3.okx.com")));
    // OKX's exchange site, where its public USD/CNY rate is.
    QCOMPARE(settings.exchangeRateUrl(), QUrl(QStringLiteral("https://www.okx.com")));
    QCOMPARE(settings.apiFamily(), ApiFamily::DexV6); // OKX's current family for new settings
    QCOMPARE(settings.requestsPerSecond(), 1.0);
    QCOMPARE(settings.timeoutSeconds(), 20);
    QCOMPARE(settings.autoRefreshMinutes(), 0);
    QCOMPARE(settings.language(), QString());
    // Not chosen yet: the window follows the language.
    QCOMPARE(settings.displayCurrency(), std::nullopt);
    QVERIFY(!settings.privacyMode());
    QVERIFY(!settings.secretsInOwnerOnlyFile());
    QCOMPARE(settings.closeWhileWatching(), AppSettings::CloseWhileWatching::Ask);
    // Unset or unknown: the desktop's scheme.
    QCOMPARE(settings.colorScheme(), AppSettings::ColorScheme::System);
    // Value moves of more than 5 %, new tokens, and 30 minutes of failures are told.
    QVERIFY(settings.notificationRules() == NotificationRules());
    QCOMPARE(settings.notificationRules().thresholdUnit, NotificationRules::ThresholdUnit::Percent);
    QCOMPARE(settings.notificationRules().valueThreshold, Decimal::fromInteger(5));
    QVERIFY(settings.notificationRules().newTokens);
    QCOMPARE(settings.notificationRules().failureMinutes, 30);
}

void tst_AppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AppSettings::defaults()
{
    const AppSettings settings(settingsPath());
    verifyDefaultValues(settings);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(settings.projectId(), QString());
    QCOMPARE(settings.stateBlob(QStringLiteral("mainWindow/geometry")), QByteArray());
    QCOMPARE(AppSettings::autoRefreshChoices(), (QList<int>{0, 1, 5, 15, 60}));
}

void tst_AppSettings::roundTrip()
{
    const QByteArray blob("\x01\x02\x00\xff binary", 12);
    {
        AppSettings settings(settingsPath());
        settings.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8123")));
        settings.setExchangeRateUrl(QUrl(QStringLiteral("http://127.0.0.1:8124")));
        settings.setApiFamily(ApiFamily::WalletV5);
        settings.setProjectId(QStringLiteral(" project-1 "));
        settings.setRequestsPerSecond(2.5);
        settings.setTimeoutSeconds(45);
        settings.setAutoRefreshMinutes(15);
        settings.setLanguage(QStringLiteral("zh"));
        settings.setPrivacyMode(true);
        settings.setDisplayCurrency(FiatCurrency::Cny);
        settings.setSecretsInOwnerOnlyFile(true);
        settings.setExportDirectory(QStringLiteral("/home/me/exports"));
        settings.setStateBlob(QStringLiteral("mainWindow/geometry"), blob);
        settings.setCloseWhileWatching(AppSettings::CloseWhileWatching::KeepWatching);
        settings.setColorScheme(AppSettings::ColorScheme::Dark);
        NotificationRules rules;
        rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
        rules.valueThreshold = *Decimal::parse(u"1234.000000000000000001");
        rules.newTokens = false;
        rules.failureMinutes = 90;
        settings.setNotificationRules(rules);
        settings.sync();
    }
    const AppSettings settings(settingsPath());
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123")));
    QCOMPARE(settings.exchangeRateUrl(), QUrl(QStringLiteral("http://127.0.0.1:8124")));
    QCOMPARE(settings.apiFamily(), ApiFamily::WalletV5);
    QCOMPARE(settings.projectId(), QStringLiteral("project-1"));
    QCOMPARE(settings.requestsPerSecond(), 2.5);
    QCOMPARE(settings.timeoutSeconds(), 45);
    QCOMPARE(settings.autoRefreshMinutes(), 15);
    QCOMPARE(settings.language(), QStringLiteral("zh"));
    QVERIFY(settings.privacyMode());
    QCOMPARE(settings.displayCurrency(), FiatCurrency::Cny);
    QVERIFY(settings.secretsInOwnerOnlyFile());
    QCOMPARE(settings.exportDirectory(), QStringLiteral("/home/me/exports"));
    QCOMPARE(settings.stateBlob(QStringLiteral("mainWindow/geometry")), blob);
    QCOMPARE(settings.closeWhileWatching(), AppSettings::CloseWhileWatching::KeepWatching);
    QCOMPARE(settings.colorScheme(), AppSettings::ColorScheme::Dark);
    const NotificationRules rules = settings.notificationRules();
    QCOMPARE(rules.thresholdUnit, NotificationRules::ThresholdUnit::Usd);
    // Exact: the threshold is kept as its decimal text.
    QCOMPARE(rules.valueThreshold, *Decimal::parse(u"1234.000000000000000001"));
    QVERIFY(!rules.newTokens);
    QCOMPARE(rules.failureMinutes, 90);
}

void tst_AppSettings::invalidValuesFallBack_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("nonsense") << QByteArray(R"({"version": 1, "api/baseUrl": "not a url", "api/family": "v9",
        "api/exchangeRateUrl": "file:///etc/passwd",
        "api/requestsPerSecond": "fast", "api/timeoutSeconds": "soon", "refresh/autoRefreshMinutes": 7,
        "ui/language": "klingon", "ui/privacyMode": "maybe", "ui/displayCurrency": "EUR", "secrets/ownerOnlyFile": "yes",
        "tray/closeWhileWatching": "sometimes", "notify/thresholdUnit": "btc", "notify/valueThreshold": "lots",
        "notify/newTokens": "yes", "notify/failureMinutes": "soon", "ui/colorScheme": "Dark"})");
    QTest::newRow("out of range") << QByteArray(R"({"version": 1, "api/baseUrl": "ftp://example.com",
        "api/requestsPerSecond": 1e-300, "api/timeoutSeconds": 100000, "refresh/autoRefreshMinutes": -5,
        "notify/valueThreshold": "-3", "notify/failureMinutes": 1441})");
    QTest::newRow("wrong types") << QByteArray(R"({"version": 1, "api/baseUrl": ["https://a"], "api/family": 5,
        "api/exchangeRateUrl": 7.1543,
        "api/requestsPerSecond": "2", "api/timeoutSeconds": 7.5, "ui/privacyMode": 1, "ui/language": null,
        "ui/displayCurrency": 156, "ui/colorScheme": 2})");
    QTest::newRow("not finite") << QByteArray(R"({"version": 1, "api/baseUrl": "https://", "api/requestsPerSecond": 1001})");
    // Converting these to int would be undefined behaviour (found by fuzz_appsettings under UBSan).
    QTest::newRow("beyond int") << QByteArray(R"({"version": 1, "api/requestsPerSecond": 1e+308,
        "api/timeoutSeconds": -1e+308, "refresh/autoRefreshMinutes": 1e+308})");
    QTest::newRow("binary garbage") << QByteArray("\xff\xfe\0\0[api\n=\n\x01\x02", 14);
    QTest::newRow("newer format") << QByteArray(R"({"version": 2, "ui/privacyMode": true})");
}

void tst_AppSettings::invalidValuesFallBack()
{
    QFETCH(QByteArray, json);
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    const AppSettings settings(settingsPath());
    verifyDefaultValues(settings);
}

void tst_AppSettings::noLimitIsARate()
{
    AppSettings settings(settingsPath());
    settings.setRequestsPerSecond(0);
    QVERIFY(settings.sync());
    QCOMPARE(AppSettings(settingsPath()).requestsPerSecond(), 0.0);
}

void tst_AppSettings::everyColorSchemeRoundTrips()
{
    for (const auto scheme : {AppSettings::ColorScheme::Light, AppSettings::ColorScheme::Dark, AppSettings::ColorScheme::System}) {
        AppSettings settings(settingsPath());
        settings.setColorScheme(scheme);
        QVERIFY(settings.sync());
        QCOMPARE(AppSettings(settingsPath()).colorScheme(), scheme);
    }
}

void tst_AppSettings::syncKeepsOtherWindowsChoices()
{
    AppSettings first(settingsPath());
    AppSettings second(settingsPath());
    first.setLanguage(QStringLiteral("zh"));
    QVERIFY(first.sync());
    second.setPrivacyMode(true);
    QVERIFY(second.sync());
    const AppSettings reread(settingsPath());
    QCOMPARE(reread.language(), QStringLiteral("zh"));
    QVERIFY(reread.privacyMode());
}

void tst_AppSettings::applyToClientConfig()
{
    AppSettings settings(settingsPath());
    settings.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    settings.setExchangeRateUrl(QUrl(QStringLiteral("http://127.0.0.1:9001")));
    settings.setApiFamily(ApiFamily::DexV6);
    settings.setProjectId(QStringLiteral("p"));
    settings.setRequestsPerSecond(4);
    settings.setTimeoutSeconds(7);

    ClientConfig config;
    config.credentials.apiKey = QStringLiteral("kept");
    settings.applyTo(config);
    QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(config.exchangeRateUrl, QUrl(QStringLiteral("http://127.0.0.1:9001")));
    QCOMPARE(config.family, ApiFamily::DexV6);
    QCOMPARE(config.credentials.projectId, QStringLiteral("p"));
    QCOMPARE(config.credentials.apiKey, QStringLiteral("kept"));
    QCOMPARE(config.requestsPerSecond, 4.0);
    QCOMPARE(config.timeoutMs, 7000);
}

QTEST_APPLESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"

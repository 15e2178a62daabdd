#include "ui/settingsdialog.h"

#include "demo/localokxserver.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"
#include "support/widgetlookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <sys/stat.h>

namespace {

/** Types into a field as a user would, so the field counts as edited. */
void retype(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void enterCredentials(const QWidget &dialog, const Credentials &credentials)
{
    retype(child<QLineEdit>(dialog, "apiKeyEdit"), credentials.apiKey);
    retype(child<QLineEdit>(dialog, "secretKeyEdit"), credentials.secretKey);
    retype(child<QLineEdit>(dialog, "passphraseEdit"), credentials.passphrase);
}

const QString TestHint = QStringLiteral("Checks the key and the address by asking OKX for its supported chains.");

/** Clicks Test Connection and waits for its result; the result's (ok, message). */
QPair<bool, QString> runConnectionTest(SettingsDialog &dialog)
{
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    if (!tested.wait(10000))
        return {false, QStringLiteral("no result")};
    return {tested.first().at(0).toBool(), tested.first().at(1).toString()};
}

/** Opens the dialog's family box from the keyboard and picks the family called @p text. */
void chooseFamily(SettingsDialog &dialog, const QString &text)
{
    auto *family = child<QComboBox>(dialog, "familyCombo");
    family->setFocus();
    const int target = family->findText(text, Qt::MatchStartsWith);
    QVERIFY2(target >= 0, qPrintable(text));
    while (family->currentIndex() != target)
        QTest::keyClick(family, family->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

/** Answers the next modal message box with @p button once it is shown. */
void answerMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

} // namespace

/** The settings dialog offscreen: fields, connection test against the local server, secrets storage choices. */
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsStoredValues();
    void testConnectionSucceeds();
    void testConnectionReportsRejection();
    void changedValuesForgetTheResult();
    void changedValuesStopTheTestInFlight();
    void missingFamilyNamesTheOneThatAnswers();
    void missingProjectIdIsAskedForAbove();
    void invalidBaseUrlBlocksSaving();
    void saveWritesSettingsAndSecrets();
    void untouchedSecretsAreNotRewritten();
    void noKeychainOffersOwnerOnlyFile();
    void declinedWarningKeepsSessionOnly();
    void environmentOverridesAreShown();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    QTemporaryDir m_noRuntimeDir;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No keychain answers in this test (tst_secretstore covers the real one).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_noRuntimeDir.path()));
    for (const char *name : {"OKX_API_KEY", "OKX_SECRET_KEY", "OKX_API_PASSPHRASE", "OKX_PROJECT_ID"})
        qunsetenv(name);
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("okx-wallet-viewer-test"), m_dir->path());
}

void tst_SettingsDialog::showsStoredValues()
{
    m_settings->setBaseUrl(QUrl(QStringLiteral("https://example.okx.test")));
    m_settings->setApiFamily(ApiFamily::DexV6);
    m_settings->setProjectId(QStringLiteral("proj"));
    m_settings->setRequestsPerSecond(3.5);
    m_settings->setTimeoutSeconds(12);
    m_settings->setAutoRefreshMinutes(5);
    QSignalSpy saved(m_secrets.get(), &SecretStore::saved);
    m_secrets->save(LocalOkxServer::demoCredentials());
    QVERIFY(saved.wait(20000));

    SettingsDialog dialog(*m_settings, *m_secrets);
    QCOMPARE(child<QLineEdit>(dialog, "apiKeyEdit")->text(), LocalOkxServer::demoCredentials().apiKey);
    QCOMPARE(child<QLineEdit>(dialog, "secretKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(dialog, "passphraseEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(dialog, "projectIdEdit")->text(), QStringLiteral("proj"));
    QCOMPARE(child<QLineEdit>(dialog, "baseUrlEdit")->text(), QStringLiteral("https://example.okx.test"));
    QCOMPARE(child<QComboBox>(dialog, "familyCombo")->currentData().toString(), QStringLiteral("v6"));
    QCOMPARE(child<QDoubleSpinBox>(dialog, "rateSpin")->value(), 3.5);
    QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), 12);
    QCOMPARE(child<QComboBox>(dialog, "autoRefreshCombo")->currentData().toInt(), 5);
    QCOMPARE(child<QComboBox>(dialog, "autoRefreshCombo")->count(), 5);
}

void tst_SettingsDialog::testConnectionSucceeds()
{
    LocalOkxServer server;
    QVERIFY(server.start());
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), server.baseUrl().toString());
    enterCredentials(dialog, LocalOkxServer::demoCredentials());

    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(dialog, "testConnectionButton")->isEnabled());
    QVERIFY(tested.wait(10000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
    QVERIFY2(shown.startsWith(QStringLiteral("Connected")), qPrintable(shown));
    QVERIFY(child<QPushButton>(dialog, "testConnectionButton")->isEnabled());
    QCOMPARE(server.requestCount(), 1);
    // Testing saves nothing.
    QCOMPARE(m_settings->baseUrl(), QUrl(QStringLiteral("https://web3.okx.com")));
}

void tst_SettingsDialog::testConnectionReportsRejection()
{
    LocalOkxServer server;
    QVERIFY(server.start());
    SettingsDialog dialog(*m_settings, *m_secrets);
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), server.baseUrl().toString());
    Credentials wrong = LocalOkxServer::demoCredentials();
    wrong.secretKey = QStringLiteral("00000000000000000000000000000000");
    enterCredentials(dialog, wrong);

    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
    QVERIFY2(shown.contains(QStringLiteral("signature")), qPrintable(shown));
    QVERIFY(!shown.contains(wrong.secretKey));

    // Missing credentials are explained without a request.
    const int requests = server.requestCount();
    enterCredentials(dialog, Credentials());
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.last().at(0).toBool(), false);
    QVERIFY2(tested.last().at(1).toString().contains(QStringLiteral("API key")), qPrintable(tested.last().at(1).toString()));
    QCOMPARE(server.requestCount(), requests);
}

void tst_SettingsDialog::changedValuesForgetTheResult()
{
    LocalOkxServer server;
    QVERIFY(server.start());
    // Many tests in a row: none waits for the client's spacing of requests.
    m_settings->setRequestsPerSecond(0);
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QLabel *result = child<QLabel>(dialog, "testResultLabel");
    QCOMPARE(result->text(), TestHint);
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), server.baseUrl().toString());
    retype(child<QLineEdit>(dialog, "projectIdEdit"), LocalOkxServer::demoCredentials().projectId);
    enterCredentials(dialog, LocalOkxServer::demoCredentials());

    // Each value the test went by, changed as a user would: the answer no longer applies.
    const std::function<void()> changes[] = {
        [&] { chooseFamily(dialog, QStringLiteral("DEX API v5")); },
        [&] { QTest::keyClicks(child<QLineEdit>(dialog, "baseUrlEdit"), QStringLiteral("/")); },
        [&] { QTest::keyClick(child<QLineEdit>(dialog, "baseUrlEdit"), Qt::Key_Backspace); },
        [&] { QTest::keyClicks(child<QLineEdit>(dialog, "apiKeyEdit"), QStringLiteral("x")); },
        [&] { QTest::keyClick(child<QLineEdit>(dialog, "apiKeyEdit"), Qt::Key_Backspace); },
        [&] { QTest::keyClicks(child<QLineEdit>(dialog, "secretKeyEdit"), QStringLiteral("x")); },
        [&] { QTest::keyClick(child<QLineEdit>(dialog, "secretKeyEdit"), Qt::Key_Backspace); },
        [&] { QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("x")); },
        [&] { QTest::keyClick(child<QLineEdit>(dialog, "passphraseEdit"), Qt::Key_Backspace); },
        [&] { chooseFamily(dialog, QStringLiteral("Wallet API v5")); },
        [&] { QTest::keyClicks(child<QLineEdit>(dialog, "projectIdEdit"), QStringLiteral("x")); },
        [&] { QTest::keyClick(child<QLineEdit>(dialog, "projectIdEdit"), Qt::Key_Backspace); },
        [&] {
            child<QSpinBox>(dialog, "timeoutSpin")->setFocus();
            QTest::keyClick(child<QSpinBox>(dialog, "timeoutSpin"), Qt::Key_Up);
        },
    };
    int step = 0;
    for (const std::function<void()> &change : changes) {
        const auto [ok, message] = runConnectionTest(dialog);
        QVERIFY2(message != QStringLiteral("no result"), qPrintable(QString::number(step)));
        QCOMPARE(result->text(), message);
        change();
        QVERIFY2(result->text() == TestHint, qPrintable(QStringLiteral("change %1: %2").arg(step).arg(result->text())));
        ++step;
    }
    // With everything back as it was, the test connects again.
    const auto [ok, message] = runConnectionTest(dialog);
    QVERIFY2(ok && message.startsWith(QStringLiteral("Connected")), qPrintable(message));

    // Values the test does not go by leave its answer alone.
    child<QDoubleSpinBox>(dialog, "rateSpin")->setFocus();
    QTest::keyClick(child<QDoubleSpinBox>(dialog, "rateSpin"), Qt::Key_Up);
    QCOMPARE(result->text(), message);
}

void tst_SettingsDialog::changedValuesStopTheTestInFlight()
{
    LocalOkxServer server;
    QVERIFY(server.start());
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 300;
    server.injectFault(slow);
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), server.baseUrl().toString());
    enterCredentials(dialog, LocalOkxServer::demoCredentials());

    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    auto *button = child<QPushButton>(dialog, "testConnectionButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "apiKeyEdit"), QStringLiteral("x"));
    // The answer to the old values never shows; the test can start again at once.
    QCOMPARE(child<QLabel>(dialog, "testResultLabel")->text(), TestHint);
    QVERIFY(button->isEnabled());
    QVERIFY(!tested.wait(800));
    QCOMPARE(child<QLabel>(dialog, "testResultLabel")->text(), TestHint);
}

void tst_SettingsDialog::missingFamilyNamesTheOneThatAnswers()
{
    LocalOkxServer server;
    QVERIFY(server.start());
    server.setServedFamilies({ApiFamily::DexV6});
    m_settings->setRequestsPerSecond(0);
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), server.baseUrl().toString());
    enterCredentials(dialog, LocalOkxServer::demoCredentials());
    chooseFamily(dialog, QStringLiteral("DEX API v5"));

    auto [ok, message] = runConnectionTest(dialog);
    QVERIFY(!ok);
    QCOMPARE(message, QStringLiteral("This server has no DEX API v5 (HTTP 404); DEX API v6 answers: choose it under API family."));
    QCOMPARE(child<QLabel>(dialog, "testResultLabel")->text(), message);
    QVERIFY(child<QPushButton>(dialog, "testConnectionButton")->isEnabled());

    // A server with only the wallet API: found as well, the project id going with it.
    server.setServedFamilies({ApiFamily::WalletV5});
    retype(child<QLineEdit>(dialog, "projectIdEdit"), LocalOkxServer::demoCredentials().projectId);
    std::tie(ok, message) = runConnectionTest(dialog);
    QCOMPARE(message, QStringLiteral("This server has no DEX API v5 (HTTP 404); Wallet API v5 answers: choose it under API family."));

    // Nothing there: the base URL is what to check.
    server.setServedFamilies({});
    std::tie(ok, message) = runConnectionTest(dialog);
    QCOMPARE(message, QStringLiteral("This server has no DEX API v5 (HTTP 404), nor any other API family: check the base URL."));
}

void tst_SettingsDialog::missingProjectIdIsAskedForAbove()
{
    LocalOkxServer server;
    QVERIFY(server.start());
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), server.baseUrl().toString());
    enterCredentials(dialog, LocalOkxServer::demoCredentials());
    chooseFamily(dialog, QStringLiteral("Wallet API v5"));

    const auto [ok, message] = runConnectionTest(dialog);
    QVERIFY(!ok);
    // The field is in this dialog, above the answer: no "in the settings".
    QCOMPARE(message, QStringLiteral("The wallet API (wallet-v5) needs a project ID (OK-ACCESS-PROJECT). Enter it above."));
    QCOMPARE(server.requestCount(), 0);
}

void tst_SettingsDialog::invalidBaseUrlBlocksSaving()
{
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    const QLabel *problem = child<QLabel>(dialog, "baseUrlProblem");
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisibleTo(&dialog));

    retype(child<QLineEdit>(dialog, "baseUrlEdit"), QStringLiteral("ftp://web3.okx.com"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "testConnectionButton")->isEnabled());
    QVERIFY(problem->isVisibleTo(&dialog));

    // Plain http to a remote host is allowed but warned about.
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), QStringLiteral("http://web3.okx.com"));
    QVERIFY(save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("unencrypted")), qPrintable(problem->text()));
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!problem->isVisibleTo(&dialog));
}

void tst_SettingsDialog::saveWritesSettingsAndSecrets()
{
    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    retype(child<QLineEdit>(dialog, "baseUrlEdit"), QStringLiteral("https://other.example"));
    retype(child<QLineEdit>(dialog, "projectIdEdit"), QStringLiteral("p-1"));
    child<QComboBox>(dialog, "familyCombo")->setCurrentIndex(2);
    child<QDoubleSpinBox>(dialog, "rateSpin")->setValue(2.0);
    child<QSpinBox>(dialog, "timeoutSpin")->setValue(30);
    child<QComboBox>(dialog, "autoRefreshCombo")->setCurrentIndex(4);
    enterCredentials(dialog, LocalOkxServer::demoCredentials());

    QSignalSpy saved(m_secrets.get(), &SecretStore::saved);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const AppSettings reread(m_dir->filePath(QStringLiteral("settings.json")));
    QCOMPARE(reread.baseUrl(), QUrl(QStringLiteral("https://other.example")));
    QCOMPARE(reread.projectId(), QStringLiteral("p-1"));
    QCOMPARE(reread.apiFamily(), ApiFamily::WalletV5);
    QCOMPARE(reread.requestsPerSecond(), 2.0);
    QCOMPARE(reread.timeoutSeconds(), 30);
    QCOMPARE(reread.autoRefreshMinutes(), 60);

    QVERIFY(saved.wait(20000));
    Credentials expected = LocalOkxServer::demoCredentials();
    expected.projectId.clear();
    QVERIFY(m_secrets->secrets() == expected);
    // No secret reaches the settings file.
    QFile ini(m_dir->filePath(QStringLiteral("settings.json")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    for (const QString &secret : {expected.apiKey, expected.secretKey, expected.passphrase})
        QVERIFY(!content.contains(secret.toUtf8()));
}

void tst_SettingsDialog::untouchedSecretsAreNotRewritten()
{
    SettingsDialog dialog(*m_settings, *m_secrets);
    QSignalSpy saved(m_secrets.get(), &SecretStore::saved);
    retype(child<QLineEdit>(dialog, "projectIdEdit"), QStringLiteral("only-this"));
    dialog.accept();
    QVERIFY(!saved.wait(300));
    QCOMPARE(m_settings->projectId(), QStringLiteral("only-this"));
}

void tst_SettingsDialog::noKeychainOffersOwnerOnlyFile()
{
    // A first save finds no keychain: the store falls back to this session.
    QSignalSpy saved(m_secrets.get(), &SecretStore::saved);
    m_secrets->save(LocalOkxServer::demoCredentials());
    QVERIFY(saved.wait(20000));
    QCOMPARE(m_secrets->storage(), SecretStore::Storage::SessionOnly);

    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    const QString notice = child<QLabel>(dialog, "storageNotice")->text();
    QVERIFY2(notice.contains(QStringLiteral("this session only")), qPrintable(notice));
    auto *optIn = child<QCheckBox>(dialog, "ownerOnlyFileCheck");
    QVERIFY(optIn->isVisibleTo(&dialog));
    QVERIFY(!optIn->isChecked());

    answerMessageBox(QMessageBox::Yes);
    optIn->click();
    QVERIFY(optIn->isChecked());

    dialog.accept();
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.last().first().toBool());
    QCOMPARE(m_secrets->storage(), SecretStore::Storage::OwnerOnlyFile);
    QVERIFY(m_settings->secretsInOwnerOnlyFile());
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(m_secrets->ownerOnlyFilePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void tst_SettingsDialog::declinedWarningKeepsSessionOnly()
{
    QSignalSpy saved(m_secrets.get(), &SecretStore::saved);
    m_secrets->save(LocalOkxServer::demoCredentials());
    QVERIFY(saved.wait(20000));

    SettingsDialog dialog(*m_settings, *m_secrets);
    dialog.show();
    auto *optIn = child<QCheckBox>(dialog, "ownerOnlyFileCheck");
    answerMessageBox(QMessageBox::No);
    optIn->click();
    QVERIFY(!optIn->isChecked());
    dialog.accept();
    QVERIFY(!m_settings->secretsInOwnerOnlyFile());
    QVERIFY(!QFile::exists(m_secrets->ownerOnlyFilePath()));
}

void tst_SettingsDialog::environmentOverridesAreShown()
{
    qputenv("OKX_API_KEY", "from-environment");
    SettingsDialog dialog(*m_settings, *m_secrets);
    qunsetenv("OKX_API_KEY");
    const QLabel *notice = child<QLabel>(dialog, "environmentNotice");
    QVERIFY(notice->isVisibleTo(&dialog));
    QVERIFY(notice->text().contains(QStringLiteral("OKX_API_KEY")));
    QVERIFY(!notice->text().contains(QStringLiteral("from-environment")));

    SettingsDialog plain(*m_settings, *m_secrets);
    QVERIFY(!child<QLabel>(plain, "environmentNotice")->isVisibleTo(&plain));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"

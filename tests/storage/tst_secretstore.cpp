#include "storage/secretstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// Set in the copy of this test that runs inside its own D-Bus session with a keyring.
const char ChildVariable[] = "OKX_TST_SECRETSTORE_IN_KEYRING";

Credentials sample()
{
    return Credentials{QStringLiteral("37c541a1-0000-4000-8000-10fe7a038418"), QStringLiteral("22582BD0CFF14C41EDBF1AB98506286D"),
                       QStringLiteral("Test#Passphrase1 密码"), QString()};
}

/** Whether a process is up to a keychain round trip, and why not. */
QString missingTools()
{
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is not installed (Debian packages dbus and gnome-keyring)").arg(QLatin1String(tool));
    }
    return {};
}

mode_t fileMode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : mode_t(-1);
}

} // namespace

/**
 * The secret store against a real Secret Service (gnome-keyring in a private D-Bus session the test
 * starts itself), without any keychain (session only), and with the opted-in owner-only file.
 */
class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void realKeychainRoundTrip();
    void withoutKeychainSecretsStayInSession();
    void ownerOnlyFileRoundTrip();
    void ownerOnlyFileIsReplacedWithTheSameMode();
    void corruptOwnerOnlyFileIsReported();
    void optingOutDeletesTheFile();

private:
    bool inKeyringChild() const { return qEnvironmentVariableIsSet(ChildVariable); }
    void runKeychainRoundTrip();

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_noRuntimeDir;
};

void tst_SecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (inKeyringChild())
        return;
    // No keychain may answer here, whatever session the test runner has: no bus address, no
    // $XDG_RUNTIME_DIR/bus for GLib to find, no X display to autolaunch one for.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY(m_noRuntimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_noRuntimeDir.path()));
}

void tst_SecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SecretStore::realKeychainRoundTrip()
{
    if (inKeyringChild()) {
        runKeychainRoundTrip();
        return;
    }
    const QString missing = missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));

    // The keyring lives in a throw-away home, so the test never sees or touches a real one.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                                "&& exec \"$0\" realKeychainRoundTrip"),
                 QCoreApplication::applicationFilePath()});
    QVERIFY2(child.waitForFinished(60000), "the keyring session did not finish within 60 s");
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_SecretStore::realKeychainRoundTrip()"), output.constData());
}

void tst_SecretStore::runKeychainRoundTrip()
{
    const QString service = QStringLiteral("okx-wallet-viewer-test");
    SecretStore writer(service, m_dir->path());
    QSignalSpy unavailable(&writer, &SecretStore::keychainUnavailable);
    QSignalSpy saved(&writer, &SecretStore::saved);
    writer.save(sample());
    QVERIFY(writer.isBusy());
    QVERIFY(saved.wait(20000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(writer.lastError()));
    QCOMPARE(writer.storage(), SecretStore::Storage::Keychain);
    QCOMPARE(unavailable.count(), 0);
    QVERIFY(!writer.isBusy());

    // A second store, as after a restart, reads them back from the Secret Service.
    SecretStore reader(service, m_dir->path());
    QSignalSpy loaded(&reader, &SecretStore::loaded);
    reader.load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(reader.storage(), SecretStore::Storage::Keychain);
    QVERIFY(reader.secrets() == sample());
    QCOMPARE(reader.lastError(), QString());

    // Nothing went to a file.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);

    // Clearing the secrets deletes the entry.
    writer.save(Credentials());
    QVERIFY(saved.wait(20000));
    QVERIFY(saved.last().first().toBool());
    reader.load();
    QVERIFY(loaded.wait(20000));
    QVERIFY(reader.secrets() == Credentials());
    QCOMPARE(reader.storage(), SecretStore::Storage::Keychain);
}

void tst_SecretStore::withoutKeychainSecretsStayInSession()
{
    if (inKeyringChild())
        QSKIP("Runs in the main process, where no keychain answers.");

    SecretStore store(QStringLiteral("okx-wallet-viewer-test"), m_dir->path());
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QSignalSpy saved(&store, &SecretStore::saved);
    QSignalSpy loaded(&store, &SecretStore::loaded);

    store.save(sample());
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);
    QCOMPARE(unavailable.count(), 1);
    const QString reason = unavailable.first().first().toString();
    QVERIFY2(reason.contains(QStringLiteral("this session only")), qPrintable(reason));
    QCOMPARE(store.lastError(), reason);
    // A sentence of the app's own (translated), the keychain library's raw English only last, as a detail.
    QVERIFY2(reason.startsWith(QStringLiteral("The system keychain is not available")), qPrintable(reason));
    const qsizetype details = reason.indexOf(QStringLiteral(" Details: "));
    QVERIFY2(details > 0 && reason.size() > details + 10, qPrintable(reason));
    // The reason names no secret.
    const Credentials secrets = sample();
    for (const QString &secret : {secrets.apiKey, secrets.secretKey, secrets.passphrase})
        QVERIFY(!reason.contains(secret));

    // The secrets work for this session, and nothing was written anywhere.
    QVERIFY(store.secrets() == sample());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);

    // A later load cannot reach a keychain either and keeps what the session has.
    store.load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(unavailable.count(), 2);
    QVERIFY(store.secrets() == sample());
    QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);
}

void tst_SecretStore::ownerOnlyFileRoundTrip()
{
    SecretStore writer(QStringLiteral("unused"), m_dir->path());
    writer.setUseOwnerOnlyFile(true);
    QSignalSpy saved(&writer, &SecretStore::saved);
    writer.save(sample());
    QVERIFY(saved.wait(5000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(writer.lastError()));
    QCOMPARE(writer.storage(), SecretStore::Storage::OwnerOnlyFile);

    const QString path = writer.ownerOnlyFilePath();
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(fileMode(path), mode_t(0600));

    SecretStore reader(QStringLiteral("unused"), m_dir->path());
    reader.setUseOwnerOnlyFile(true);
    QSignalSpy loaded(&reader, &SecretStore::loaded);
    reader.load();
    QVERIFY(loaded.wait(5000));
    QVERIFY(reader.secrets() == sample());
    QCOMPARE(reader.storage(), SecretStore::Storage::OwnerOnlyFile);
    QCOMPARE(reader.lastError(), QString());
}

void tst_SecretStore::ownerOnlyFileIsReplacedWithTheSameMode()
{
    SecretStore store(QStringLiteral("unused"), m_dir->path());
    store.setUseOwnerOnlyFile(true);
    QSignalSpy saved(&store, &SecretStore::saved);
    // Even a file someone made world-readable is replaced by an owner-only one.
    {
        QFile old(store.ownerOnlyFilePath());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}");
    }
    QVERIFY(QFile::setPermissions(store.ownerOnlyFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    Credentials changed = sample();
    changed.passphrase = QStringLiteral("another");
    store.save(changed);
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(fileMode(store.ownerOnlyFilePath()), mode_t(0600));
}

void tst_SecretStore::corruptOwnerOnlyFileIsReported()
{
    SecretStore store(QStringLiteral("unused"), m_dir->path());
    store.setUseOwnerOnlyFile(true);
    const QString keptPath = store.ownerOnlyFilePath() + QStringLiteral(".corrupt");
    // Damaged twice: a copy holds secrets, so only the latest is kept, owner-only, and named.
    for (const QByteArray &content : {QByteArray(R"({"version": 1, "apiKey": 42})"), QByteArray(R"({"version": 1)")}) {
        {
            QFile file(store.ownerOnlyFilePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
            file.write(content);
        }
        QSignalSpy loaded(&store, &SecretStore::loaded);
        store.load();
        QVERIFY(loaded.wait(5000));
        QVERIFY(store.secrets() == Credentials());
        QVERIFY2(store.lastError().contains(keptPath), qPrintable(store.lastError()));
        QVERIFY(!QFile::exists(store.ownerOnlyFilePath()));
        const QStringList kept = QDir(m_dir->path()).entryList(QDir::Files);
        QCOMPARE(kept, QStringList{QStringLiteral("credentials.json.corrupt")});
        QCOMPARE(fileMode(keptPath), mode_t(0600));
        QFile copy(keptPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);
    }
    QVERIFY2(store.lastError().contains(QStringLiteral("not valid JSON")), qPrintable(store.lastError()));
}

void tst_SecretStore::optingOutDeletesTheFile()
{
    SecretStore store(QStringLiteral("unused"), m_dir->path());
    store.setUseOwnerOnlyFile(true);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(sample());
    QVERIFY(saved.wait(5000));
    QVERIFY(QFile::exists(store.ownerOnlyFilePath()));
    store.setUseOwnerOnlyFile(false);
    QVERIFY(!store.usesOwnerOnlyFile());
    QVERIFY(!QFile::exists(store.ownerOnlyFilePath()));
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"

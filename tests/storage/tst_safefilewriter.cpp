#include "storage/appsettings.h"
#include "storage/safefilewriter.h"
#include "storage/secretstore.h"
#include "storage/snapshotcache.h"
#include "storage/watchlist.h"
#include "support/filesizelimit.h"
#include "support/testassets.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QString Address = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
const QString OtherAddress = QStringLiteral("0x50c476a139aab23fdaf9bca12614cdd54a4244e3");
/** Smaller than any file the app writes: every write past it fails as on a full disk. */
constexpr rlim_t FullDisk = 16;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

mode_t fileMode(const QString &path)
{
    struct stat info {};
    return stat(path.toLocal8Bit().constData(), &info) == 0 ? info.st_mode & 0777 : 0;
}

} // namespace

/**
 * Every file the app writes, on a full disk (RLIMIT_FSIZE, no privileges needed): the writer says
 * why, the old file stays byte-identical and no temporary file is left behind. Devices and FIFOs
 * are written in place.
 */
class tst_SafeFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void replacesARegularFile();
    void ownerOnlyFiles();
    void fullDiskKeepsTheOldFile();
    void devicesAreWrittenInPlace();
    void missingFolderFails();
    void watchListSurvivesAFullDisk();
    void settingsSurviveAFullDisk();
    void corruptSettingsAreMovedAside();
    void snapshotCacheSurvivesAFullDisk();
    void secretsFileSurvivesAFullDisk();

private:
    /** The files in the test folder: nothing but @p expected, no temporary file left over. */
    void verifyOnlyFiles(const QStringList &expected) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SafeFileWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SafeFileWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SafeFileWriter::verifyOnlyFiles(const QStringList &expected) const
{
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
}

void tst_SafeFileWriter::replacesARegularFile()
{
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(SafeFileWriter::writeFile(path, "first", SafeFileWriter::Access::Default, &error));
    QVERIFY(SafeFileWriter::writeFile(path, "second", SafeFileWriter::Access::Default, &error));
    QCOMPARE(readAll(path), QByteArray("second"));
    verifyOnlyFiles({QStringLiteral("out.csv")});
}

void tst_SafeFileWriter::ownerOnlyFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("secret.json"));
    SafeFileWriter writer(path, SafeFileWriter::Access::OwnerOnly);
    QVERIFY(writer.open());
    QVERIFY(!writer.writesDirectly());
    QVERIFY(writer.write("balances"));
    QVERIFY(writer.commit());
    QCOMPARE(fileMode(path), mode_t(0600));
    // Replacing a file someone made readable to others makes it owner-only again.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(SafeFileWriter::writeFile(path, "new balances", SafeFileWriter::Access::OwnerOnly, nullptr));
    QCOMPARE(fileMode(path), mode_t(0600));
    QCOMPARE(readAll(path), QByteArray("new balances"));
}

void tst_SafeFileWriter::fullDiskKeepsTheOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(SafeFileWriter::writeFile(path, "the last good export\n", SafeFileWriter::Access::Default, nullptr));
    const QByteArray large(100'000, 'x');
    {
        const FileSizeLimit::Scope fullDisk(FullDisk);
        // Qt 6.4's QSaveFile alone would rename the truncated file into place here.
        SafeFileWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.write(large.left(100))); // buffered: only the commit learns that the disk is full
        QVERIFY(!writer.commit());
        QCOMPARE(writer.errorString(), QStringLiteral("File too large"));
        QVERIFY2(writer.errorMessage().contains(path), qPrintable(writer.errorMessage()));

        QString error;
        QVERIFY(!SafeFileWriter::writeFile(path, large, SafeFileWriter::Access::Default, &error));
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    }
    QCOMPARE(readAll(path), QByteArray("the last good export\n"));
    verifyOnlyFiles({QStringLiteral("out.csv")});
}

void tst_SafeFileWriter::devicesAreWrittenInPlace()
{
    SafeFileWriter null(QStringLiteral("/dev/null"));
    QVERIFY(null.open());
    QVERIFY(null.writesDirectly());
    QVERIFY(null.write("discarded"));
    QVERIFY(null.commit());
    QVERIFY(QFileInfo(QStringLiteral("/dev/null")).exists() && !QFileInfo(QStringLiteral("/dev/null")).isFile());

    SafeFileWriter full(QStringLiteral("/dev/full"));
    QVERIFY(full.open());
    full.write("no room");
    QVERIFY(!full.commit());
    QCOMPARE(full.errorString(), QStringLiteral("No space left on device"));
}

void tst_SafeFileWriter::missingFolderFails()
{
    SafeFileWriter writer(m_dir->filePath(QStringLiteral("no/such/folder/out.csv")));
    QVERIFY(!writer.open());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(!writer.commit());
}

void tst_SafeFileWriter::watchListSurvivesAFullDisk()
{
    const QString file = m_dir->filePath(QStringLiteral("watchlist.json"));
    {
        WatchList list(m_dir->path());
        QVERIFY(list.add({Address, QStringLiteral("Main"), {QStringLiteral("1")}}).isEmpty());
        QVERIFY(list.save(nullptr));
    }
    const QByteArray saved = readAll(file);

    auto list = std::make_unique<WatchList>(m_dir->path());
    QVERIFY(list->load().ok);
    list->setAutoSave(true);
    QSignalSpy failed(list.get(), &WatchList::saveFailed);
    {
        const FileSizeLimit::Scope fullDisk(FullDisk);
        QVERIFY(list->add({OtherAddress, QStringLiteral("Cold"), {QStringLiteral("56")}}).isEmpty());
        QVERIFY(list->update(1, {OtherAddress, QStringLiteral("Cold storage"), {QStringLiteral("56")}}).isEmpty());
    }
    // Said once, not at every change; the list in memory is whole, the file on disk as it was.
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("File too large")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(readAll(file), saved);
    verifyOnlyFiles({QStringLiteral("watchlist.json")});

    // With room again, the list is saved later (here: when the window closes and the list goes).
    list.reset();
    WatchList reloaded(m_dir->path());
    QVERIFY(reloaded.load().ok);
    QCOMPARE(reloaded.size(), 2);
    QCOMPARE(reloaded.at(1).label, QStringLiteral("Cold storage"));
}

void tst_SafeFileWriter::settingsSurviveAFullDisk()
{
    const QString file = m_dir->filePath(QStringLiteral("settings.json"));
    {
        AppSettings settings(file);
        settings.setLanguage(QStringLiteral("en"));
        QVERIFY(settings.sync());
    }
    const QByteArray saved = readAll(file);

    AppSettings settings(file);
    settings.setLanguage(QStringLiteral("zh"));
    settings.setPrivacyMode(true);
    {
        const FileSizeLimit::Scope fullDisk(FullDisk);
        QString error;
        QVERIFY(!settings.sync(&error));
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    }
    QCOMPARE(readAll(file), saved);
    QCOMPARE(settings.language(), QStringLiteral("zh")); // still in effect
    verifyOnlyFiles({QStringLiteral("settings.json")});

    QVERIFY(settings.sync()); // the pending changes go out once there is room
    const AppSettings reread(file);
    QCOMPARE(reread.language(), QStringLiteral("zh"));
    QVERIFY(reread.privacyMode());
}

void tst_SafeFileWriter::corruptSettingsAreMovedAside()
{
    const QString file = m_dir->filePath(QStringLiteral("settings.json"));
    {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(R"({"version": 1, "ui/language": "zh")");
    }
    AppSettings settings(file);
    QVERIFY2(settings.loadProblem().contains(QStringLiteral("not valid JSON")), qPrintable(settings.loadProblem()));
    QCOMPARE(settings.language(), QString());
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("settings.json.corrupt-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(settings.loadProblem().contains(kept.first()));
}

void tst_SafeFileWriter::snapshotCacheSurvivesAFullDisk()
{
    const SnapshotCache cache(m_dir->path());
    const CachedSnapshot first{Address, {QStringLiteral("1")}, QDateTime::currentDateTimeUtc(),
                               {TestAssets::asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.5"),
                                                  QStringLiteral("2000"))},
                               QStringLiteral("demo")};
    QVERIFY(cache.store(first));
    const QString path = cache.filePathFor(Address);
    const QByteArray saved = readAll(path);

    CachedSnapshot second = first;
    second.assets.first().balanceText = QStringLiteral("3");
    {
        const FileSizeLimit::Scope fullDisk(FullDisk);
        QString error;
        QVERIFY(!cache.store(second, &error));
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    }
    QCOMPARE(readAll(path), saved);
    QCOMPARE(cache.load(Address)->assets.first().balanceText, QStringLiteral("1.5"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_SafeFileWriter::secretsFileSurvivesAFullDisk()
{
    SecretStore store(QStringLiteral("unused"), m_dir->path());
    store.setUseOwnerOnlyFile(true);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(Credentials{QStringLiteral("key"), QStringLiteral("secret"), QStringLiteral("pass"), QString()});
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.takeFirst().first().toBool());
    const QByteArray before = readAll(store.ownerOnlyFilePath());

    {
        const FileSizeLimit::Scope fullDisk(FullDisk);
        store.save(Credentials{QStringLiteral("key2"), QStringLiteral("secret2"), QStringLiteral("pass2"), QString()});
    }
    QVERIFY(saved.wait(5000));
    QVERIFY(!saved.takeFirst().first().toBool());
    QVERIFY2(store.lastError().contains(QStringLiteral("File too large")), qPrintable(store.lastError()));
    QCOMPARE(readAll(store.ownerOnlyFilePath()), before);
    QCOMPARE(fileMode(store.ownerOnlyFilePath()), mode_t(0600));
    verifyOnlyFiles({QStringLiteral("credentials.json")});
}

QTEST_GUILESS_MAIN(tst_SafeFileWriter)
#include "tst_safefilewriter.moc"

#include "storage/watchlist.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString Evm = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
const QString EvmOther = QStringLiteral("0x50c476a139aab23fdaf9bca12614cdd54a4244e3");
const QString Solana = QStringLiteral("So11111111111111111111111111111111111111112");
const QString Tron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString Bech32 = QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");

WatchedAddress entry(const QString &address, const QString &label, const QStringList &chains)
{
    return WatchedAddress{address, label, chains};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/** The "<name>.corrupt-<timestamp>" files next to @p filePath. */
QStringList corruptCopies(const QString &filePath)
{
    const QFileInfo info(filePath);
    return info.dir().entryList({info.fileName() + QStringLiteral(".corrupt-*")},
                                QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

/** The watch list: validation, duplicates, undo, signals, the file and every way it can be bad. */
class tst_WatchList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void roundTrip();
    void missingFileStartsEmpty();
    void corruptFile_data();
    void corruptFile();
    void unreadablePath();
    void unreadableByPermissions();
    void unusableEntriesAreDroppedAndKept();
    void validation_data();
    void validation();
    void duplicatesAreRefused();
    void updateRules();
    void removeAndUndo();
    void undoRefusedAfterReAdd();
    void moveAndSignals();
    void autoSaveWritesAndReportsFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_WatchList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WatchList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_WatchList::roundTrip()
{
    WatchList list(m_dir->path());
    QCOMPARE(list.add(entry(Evm, QStringLiteral("Main 主钱包"), {QStringLiteral("1"), QStringLiteral("56")})), QString());
    QCOMPARE(list.add(entry(Solana, QString(), {QStringLiteral("501")})), QString());
    QCOMPARE(list.add(entry(Tron, QStringLiteral("Tron"), {QStringLiteral("195")})), QString());
    QCOMPARE(list.add(entry(Bech32, QStringLiteral("Cold"), {QStringLiteral("0")})), QString());
    QVERIFY(list.move(3, 0));
    QString error;
    QVERIFY2(list.save(&error), qPrintable(error));

    const QByteArray bytes = readAll(list.filePath());
    QVERIFY(bytes.contains("\"version\": 1"));

    WatchList reloaded(m_dir->path());
    const WatchList::LoadReport report = reloaded.load();
    QVERIFY(report.ok);
    QCOMPARE(report.message, QString());
    QCOMPARE(reloaded.entries(), list.entries());
    QCOMPARE(reloaded.at(0).address, Bech32);
    QCOMPARE(reloaded.at(1).label, QStringLiteral("Main 主钱包"));
    QCOMPARE(reloaded.at(1).chainIndexes, (QStringList{QStringLiteral("1"), QStringLiteral("56")}));
    QVERIFY(corruptCopies(list.filePath()).isEmpty());
}

void tst_WatchList::missingFileStartsEmpty()
{
    WatchList list(m_dir->path());
    QSignalSpy reset(&list, &WatchList::reset);
    const WatchList::LoadReport report = list.load();
    QVERIFY(report.ok);
    QVERIFY(report.message.isEmpty());
    QVERIFY(list.isEmpty());
    QCOMPARE(reset.count(), 1);
}

void tst_WatchList::corruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const QByteArray good = R"({"version": 1, "addresses": [{"address": ")" + Evm.toLatin1()
        + R"(", "label": "Main", "chains": ["1", "56"]}]})";
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n not a watch list") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "addresses": []})") << QStringLiteral("newer version");
    QTest::newRow("older version") << QByteArray(R"({"version": 0, "addresses": []})") << QStringLiteral("not supported");
    QTest::newRow("no version") << QByteArray(R"({"addresses": []})") << QStringLiteral("no format version");
    QTest::newRow("version as text") << QByteArray(R"({"version": "1", "addresses": []})")
                                     << QStringLiteral("no format version");
    QTest::newRow("array at top") << QByteArray("[1, 2, 3]") << QStringLiteral("JSON object");
    QTest::newRow("addresses not a list") << QByteArray(R"({"version": 1, "addresses": {"a": 1}})")
                                          << QStringLiteral("no list of addresses");
    QTest::newRow("every entry mistyped")
        << QByteArray(R"({"version": 1, "addresses": [42, {"address": 7, "chains": []}, {"address": "x", "chains": "1"}]})")
        << QStringLiteral("3 entries were unusable");
}

void tst_WatchList::corruptFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    WatchList list(m_dir->path());
    writeAll(list.filePath(), content);
    QCOMPARE(list.add(entry(EvmOther, QString(), {QStringLiteral("1")})), QString());

    const WatchList::LoadReport report = list.load();
    QVERIFY(!report.ok);
    QVERIFY(list.isEmpty());
    QVERIFY2(report.message.contains(reason), qPrintable(report.message));
    QVERIFY2(report.message.contains(QStringLiteral("could not be loaded and starts empty")), qPrintable(report.message));

    // The bad file is kept, byte for byte, under the documented name; nothing sits at the old path.
    QVERIFY(!QFile::exists(list.filePath()));
    const QStringList copies = corruptCopies(list.filePath());
    QCOMPARE(copies.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^watchlist\\.json\\.corrupt-\\d{8}-\\d{6}$")).match(copies.first()).hasMatch());
    QCOMPARE(QFileInfo(report.movedTo).fileName(), copies.first());
    QVERIFY(report.message.contains(QDir::toNativeSeparators(report.movedTo)));
    QCOMPARE(readAll(report.movedTo), content);

    // The app goes on: new entries save to a fresh file.
    QCOMPARE(list.add(entry(Evm, QString(), {QStringLiteral("1")})), QString());
    QString error;
    QVERIFY2(list.save(&error), qPrintable(error));
    WatchList reloaded(m_dir->path());
    QVERIFY(reloaded.load().ok);
    QCOMPARE(reloaded.size(), 1);
}

void tst_WatchList::unreadablePath()
{
    // chmod cannot make a file unreadable for root (the CI user); a directory in the file's place
    // cannot be read as a file by anyone, so the unreadable case is tested that way everywhere.
    WatchList list(m_dir->path());
    QVERIFY(QDir().mkpath(list.filePath()));
    writeAll(QDir(list.filePath()).filePath(QStringLiteral("inside.txt")), "keep me");

    const WatchList::LoadReport report = list.load();
    QVERIFY(!report.ok);
    QVERIFY2(report.message.contains(QStringLiteral("cannot be read")), qPrintable(report.message));
    QVERIFY(list.isEmpty());
    QVERIFY(!QFileInfo::exists(list.filePath()));
    QCOMPARE(readAll(QDir(report.movedTo).filePath(QStringLiteral("inside.txt"))), QByteArray("keep me"));

    QString error;
    QVERIFY2(list.save(&error), qPrintable(error));
    QVERIFY(QFileInfo(list.filePath()).isFile());
}

void tst_WatchList::unreadableByPermissions()
{
    if (::geteuid() == 0)
        QSKIP("Running as root, for whom mode 000 does not prevent reading; unreadablePath() covers this case.");

    WatchList list(m_dir->path());
    writeAll(list.filePath(), R"({"version": 1, "addresses": []})");
    QVERIFY(QFile::setPermissions(list.filePath(), QFileDevice::Permissions()));
    const WatchList::LoadReport report = list.load();
    QVERIFY(!report.ok);
    QVERIFY2(report.message.contains(QStringLiteral("cannot be read")), qPrintable(report.message));
    QVERIFY(QFileInfo::exists(report.movedTo));
}

void tst_WatchList::unusableEntriesAreDroppedAndKept()
{
    WatchList list(m_dir->path());
    const QByteArray content = R"({"version": 1, "addresses": [
        {"address": ")" + Evm.toLatin1() + R"(", "label": "Main", "chains": ["1"]},
        {"address": ")" + Solana.toLatin1() + R"(", "label": 5, "chains": ["501"]},
        {"address": ")" + Evm.toLower().toLatin1() + R"(", "label": "Again", "chains": ["56"]},
        {"address": ")" + Tron.toLatin1() + R"(", "chains": ["195"]},
        {"address": " )" + Tron.toLatin1() + R"( ", "label": "Spaced", "chains": ["195"]},
        {"address": ")" + Solana.toLatin1() + R"(", "label": "Blank chain", "chains": ["\t"]}
    ]})";
    writeAll(list.filePath(), content);

    const WatchList::LoadReport report = list.load();
    QVERIFY(!report.ok);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).address, Evm);
    QCOMPARE(list.at(1).address, Tron);
    QCOMPARE(list.at(1).label, QString());
    QVERIFY2(report.message.contains(QStringLiteral("2 others were kept")), qPrintable(report.message));
    // Found by the fuzzer: a blank chain index is none, as an empty one (it was kept, then trimmed
    // to "" and refused on the next start).
    QVERIFY2(report.message.contains(QStringLiteral("not a chain index")), qPrintable(report.message));
    QVERIFY2(report.message.contains(QStringLiteral("listed twice")), qPrintable(report.message));
    // Found by the fuzzer: the same address with spaces around it is the same address.
    QCOMPARE(report.message.count(QStringLiteral("listed twice")), 2);
    // The dropped entries survive in the moved-aside original …
    QCOMPARE(readAll(report.movedTo), content);
    // … and the kept ones are already back on disk, for a start without any change.
    WatchList reloaded(m_dir->path());
    QVERIFY(reloaded.load().ok);
    QCOMPARE(reloaded.entries(), list.entries());
}

void tst_WatchList::validation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("chains");
    QTest::addColumn<QString>("problem");

    QTest::newRow("evm") << Evm << QStringList{QStringLiteral("1"), QStringLiteral("8453")} << QString();
    QTest::newRow("evm padded") << (QStringLiteral("  ") + Evm + QStringLiteral("\t")) << QStringList{QStringLiteral("1")}
                                << QString();
    QTest::newRow("solana") << Solana << QStringList{QStringLiteral("501")} << QString();
    QTest::newRow("tron") << Tron << QStringList{QStringLiteral("195")} << QString();
    QTest::newRow("bitcoin") << Bech32 << QStringList{QStringLiteral("0")} << QString();
    QTest::newRow("other family, checksum left to OKX") << QStringLiteral("EQD__________________________________________0vo") << QStringList{QStringLiteral("607")} << QString();
    QTest::newRow("other family, not an address") << QStringLiteral("hello world") << QStringList{QStringLiteral("2")} << QStringLiteral("is not an address");
    QTest::newRow("empty") << QStringLiteral("   ") << QStringList{QStringLiteral("1")} << QStringLiteral("Enter an address");
    QTest::newRow("no chains") << Evm << QStringList{} << QStringLiteral("at least one chain");
    // With no chains to judge it by, what is wrong with the address itself comes first.
    QTest::newRow("no chains, no address") << QStringLiteral("hello world") << QStringList{}
                                           << QStringLiteral("“hello world” is not an EVM, Solana, Tron or Bitcoin address");
    QTest::newRow("no chains, mistyped tron") << QStringLiteral("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8") << QStringList{}
                                              << QStringLiteral("not a valid Tron address: the checksum does not match");
    QTest::newRow("bad chain") << Evm << QStringList{QStringLiteral("eth")} << QStringLiteral("not a chain index");
    QTest::newRow("evm too short") << Evm.left(41) << QStringList{QStringLiteral("1")}
                                   << QStringLiteral("not a valid EVM address");
    QTest::newRow("evm on solana") << Evm << QStringList{QStringLiteral("1"), QStringLiteral("501")}
                                   << QStringLiteral("not a valid Solana address");
    QTest::newRow("bitcoin checksum") << QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")
                                      << QStringList{QStringLiteral("0")} << QStringLiteral("checksum");
}

void tst_WatchList::validation()
{
    QFETCH(QString, address);
    QFETCH(QStringList, chains);
    QFETCH(QString, problem);

    WatchList list(m_dir->path());
    QSignalSpy changed(&list, &WatchList::changed);
    const QString reason = list.add(entry(address, QString(), chains));
    if (problem.isEmpty()) {
        QCOMPARE(reason, QString());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).address, address.trimmed());
        QCOMPARE(changed.count(), 1);
    } else {
        QVERIFY2(reason.contains(problem), qPrintable(reason));
        QVERIFY(list.isEmpty());
        QCOMPARE(changed.count(), 0);
    }
}

void tst_WatchList::duplicatesAreRefused()
{
    WatchList list(m_dir->path());
    QCOMPARE(list.add(entry(Evm, QStringLiteral("Main"), {QStringLiteral("1")})), QString());

    // EVM addresses are the same account in any case.
    const QString sameLower = list.add(entry(Evm.toLower(), QString(), {QStringLiteral("56")}));
    QVERIFY2(sameLower.contains(QStringLiteral("already in the watch list")), qPrintable(sameLower));
    QVERIFY(sameLower.contains(QStringLiteral("Main")));
    QCOMPARE(list.indexOf(Evm.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))), 0);

    // Base58 is case-sensitive: another case is another address.
    QCOMPARE(list.add(entry(Solana, QString(), {QStringLiteral("501")})), QString());
    const QString otherCase = QStringLiteral("so11111111111111111111111111111111111111112");
    QCOMPARE(list.indexOf(otherCase), -1);
    QVERIFY(!list.add(entry(Solana, QStringLiteral("twice"), {QStringLiteral("501")})).isEmpty());
    QCOMPARE(list.size(), 2);
}

void tst_WatchList::updateRules()
{
    WatchList list(m_dir->path());
    QCOMPARE(list.add(entry(Evm, QStringLiteral("Main"), {QStringLiteral("1")})), QString());
    QCOMPARE(list.add(entry(EvmOther, QStringLiteral("Other"), {QStringLiteral("1")})), QString());
    QSignalSpy updated(&list, &WatchList::updated);

    QCOMPARE(list.update(0, entry(Evm.toLower(), QStringLiteral(" Renamed "), {QStringLiteral("1"), QStringLiteral("10"),
                                                                                 QStringLiteral("1")})),
             QString());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).toInt(), 0);
    QCOMPARE(list.at(0).label, QStringLiteral("Renamed"));
    QCOMPARE(list.at(0).chainIndexes, (QStringList{QStringLiteral("1"), QStringLiteral("10")}));

    QVERIFY(list.update(0, entry(EvmOther, QString(), {QStringLiteral("1")})).contains(QStringLiteral("already")));
    QVERIFY(!list.update(5, list.at(0)).isEmpty());
    QCOMPARE(list.update(1, list.at(1)), QString());
    QCOMPARE(updated.count(), 1);
}

void tst_WatchList::removeAndUndo()
{
    WatchList list(m_dir->path());
    QCOMPARE(list.add(entry(Evm, QString(), {QStringLiteral("1")})), QString());
    QCOMPARE(list.add(entry(Solana, QString(), {QStringLiteral("501")})), QString());
    QCOMPARE(list.add(entry(Tron, QString(), {QStringLiteral("195")})), QString());
    QSignalSpy removed(&list, &WatchList::removed);
    QSignalSpy added(&list, &WatchList::added);
    QSignalSpy canUndo(&list, &WatchList::canUndoRemoveChanged);

    QVERIFY(!list.canUndoRemove());
    QVERIFY(!list.undoRemove().isEmpty());
    QVERIFY(!list.remove(3));

    QVERIFY(list.remove(1));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toInt(), 1);
    QCOMPARE(removed.at(0).at(1).value<WatchedAddress>().address, Solana);
    QCOMPARE(canUndo.count(), 1);
    QVERIFY(list.canUndoRemove());
    QCOMPARE(list.lastRemoved().address, Solana);

    QVERIFY(list.remove(0));
    QCOMPARE(list.size(), 1);

    // Undo walks back: Evm to index 0, then Solana to index 1, the original order.
    QCOMPARE(list.undoRemove(), QString());
    QCOMPARE(list.undoRemove(), QString());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).address, Evm);
    QCOMPARE(list.at(1).address, Solana);
    QCOMPARE(list.at(2).address, Tron);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).toInt(), 1);
    QVERIFY(!list.canUndoRemove());
    QCOMPARE(canUndo.count(), 2);
    QCOMPARE(canUndo.at(1).at(0).toBool(), false);

    // A load starts a new history.
    QVERIFY(list.remove(2));
    list.load();
    QVERIFY(!list.canUndoRemove());
}

void tst_WatchList::undoRefusedAfterReAdd()
{
    WatchList list(m_dir->path());
    QCOMPARE(list.add(entry(Evm, QStringLiteral("Main"), {QStringLiteral("1")})), QString());
    QVERIFY(list.remove(0));
    QCOMPARE(list.add(entry(Evm.toLower(), QStringLiteral("Back"), {QStringLiteral("56")})), QString());
    const QString reason = list.undoRemove();
    QVERIFY2(reason.contains(QStringLiteral("already")), qPrintable(reason));
    QCOMPARE(list.size(), 1);
    QVERIFY(list.canUndoRemove());
}

void tst_WatchList::moveAndSignals()
{
    WatchList list(m_dir->path());
    QCOMPARE(list.add(entry(Evm, QStringLiteral("A"), {QStringLiteral("1")})), QString());
    QCOMPARE(list.add(entry(EvmOther, QStringLiteral("B"), {QStringLiteral("1")})), QString());
    QCOMPARE(list.add(entry(Tron, QStringLiteral("C"), {QStringLiteral("195")})), QString());
    QSignalSpy moved(&list, &WatchList::moved);
    QSignalSpy changed(&list, &WatchList::changed);

    QVERIFY(list.move(0, 2));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toInt(), 0);
    QCOMPARE(moved.at(0).at(1).toInt(), 2);
    QCOMPARE(list.at(0).label, QStringLiteral("B"));
    QCOMPARE(list.at(2).label, QStringLiteral("A"));
    QVERIFY(list.move(1, 1));
    QVERIFY(!list.move(0, 3));
    QVERIFY(!list.move(-1, 0));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_WatchList::autoSaveWritesAndReportsFailure()
{
    WatchList list(m_dir->path());
    list.setAutoSave(true);
    QCOMPARE(list.add(entry(Evm, QStringLiteral("Main"), {QStringLiteral("1")})), QString());
    WatchList reader(m_dir->path());
    QVERIFY(reader.load().ok);
    QCOMPARE(reader.entries(), list.entries());

    // A plain file where the folder should be: no one, root included, can create the folder.
    writeAll(m_dir->filePath(QStringLiteral("blocker")), "file");
    WatchList blocked(m_dir->filePath(QStringLiteral("blocker/config")));
    blocked.setAutoSave(true);
    QSignalSpy failed(&blocked, &WatchList::saveFailed);
    QCOMPARE(blocked.add(entry(Evm, QString(), {QStringLiteral("1")})), QString());
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("Cannot create the folder")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(blocked.size(), 1);
}

QTEST_GUILESS_MAIN(tst_WatchList)
#include "tst_watchlist.moc"

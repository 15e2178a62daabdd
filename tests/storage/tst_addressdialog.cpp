#include "ui/addressdialog.h"

#include "api/chainregistry.h"
#include "storage/watchlist.h"
#include "support/widgetlookup.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Evm = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
const QString Solana = QStringLiteral("So11111111111111111111111111111111111111112");
const QString Tron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

QPushButton *okButton(const QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString shownProblem(const QWidget &dialog)
{
    const QLabel *label = child<QLabel>(dialog, "problemLabel");
    return label->isVisibleTo(&dialog) ? label->text() : QString();
}

QStringList visibleChains(const QWidget &dialog)
{
    const QListWidget *list = child<QListWidget>(dialog, "chainList");
    QStringList chains;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            chains.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return chains;
}

} // namespace

/** The add/edit address dialog, offscreen: inline reasons, chain presets and suggestions, duplicates. */
class tst_AddressDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void emptyDialogWaitsQuietly();
    void invalidAddressShowsReasonInline();
    void addressSuggestsItsChains_data();
    void addressSuggestsItsChains();
    void mistypedAddressIsRefused_data();
    void mistypedAddressIsRefused();
    void userChoiceOfChainsWins();
    void presets();
    void duplicateIsRefused();
    void editingKeepsItsOwnAddress();
    void apiChainNames();
    void chainFilter();
    void layoutStaysPutWhileTyping();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WatchList> m_list;
};

void tst_AddressDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AddressDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_list = std::make_unique<WatchList>(m_dir->path());
}

void tst_AddressDialog::emptyDialogWaitsQuietly()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(shownProblem(dialog), QString());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(dialog.entry().chainIndexes.isEmpty());
}

void tst_AddressDialog::invalidAddressShowsReasonInline()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    auto *address = child<QLineEdit>(dialog, "addressEdit");
    QTest::keyClicks(address, QStringLiteral("0xEd0C6079229E2d4076"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(shownProblem(dialog).contains(QStringLiteral("not a valid EVM address")), qPrintable(shownProblem(dialog)));

    QTest::keyClicks(address, Evm.mid(address->text().size()));
    QCOMPARE(address->text(), Evm);
    QCOMPARE(shownProblem(dialog), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.entry().chainIndexes, ChainRegistry::chainIndexes(ChainFamily::Evm));
    const QString evmChainCount = QString::number(ChainRegistry::chainIndexes(ChainFamily::Evm).size());
    QVERIFY(child<QLabel>(dialog, "chainCountLabel")->text().contains(evmChainCount));
}

void tst_AddressDialog::addressSuggestsItsChains_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("chains");
    QTest::newRow("solana") << Solana << QStringList{QStringLiteral("501")};
    QTest::newRow("tron") << Tron << QStringList{QStringLiteral("195")};
    QTest::newRow("bitcoin") << QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") << QStringList{QStringLiteral("0")};
    QTest::newRow("bech32") << QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq") << QStringList{QStringLiteral("0")};
}

void tst_AddressDialog::addressSuggestsItsChains()
{
    QFETCH(QString, address);
    QFETCH(QStringList, chains);
    AddressDialog dialog(*m_list);
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), address);
    QCOMPARE(dialog.entry().chainIndexes, chains);
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_AddressDialog::mistypedAddressIsRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("chains");
    QTest::addColumn<QString>("problem");

    const QString checksum = QStringLiteral("the checksum does not match, so a character is mistyped");
    // Each looks like one family's address and fails that family's check: its chains are ticked (never
    // Solana's for a mistyped Tron or Bitcoin address) and the reason says what is wrong.
    QTest::newRow("tron, last character changed")
        << QStringLiteral("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8") << QStringList{QStringLiteral("195")}
        << QStringLiteral("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8 is not a valid Tron address: %1, needed for chain 195 (Tron)")
               .arg(checksum);
    QTest::newRow("bitcoin, bad checksum")
        << QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb") << QStringList{QStringLiteral("0")}
        << QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb is not a valid Bitcoin address: %1, needed for chain 0 (Bitcoin)")
               .arg(checksum);
    QTest::newRow("evm, one letter's case flipped")
        << QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") << ChainRegistry::chainIndexes(ChainFamily::Evm)
        << QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed is not a valid EVM address: its mixed letter case does "
                          "not match the EIP-55 checksum, so a character is mistyped, needed for chain 1 (Ethereum)");
    QTest::newRow("solana, a character missing")
        << QStringLiteral("So1111111111111111111111111111111111111112") << QStringList{QStringLiteral("501")}
        << QStringLiteral("So1111111111111111111111111111111111111112 is not a valid Solana address: a Solana address is "
                          "32 bytes in base58; this one is 31, needed for chain 501 (Solana)");
    QTest::newRow("no address at all") << QStringLiteral("hello world") << QStringList()
                                       << QStringLiteral("“hello world” is not an EVM, Solana, Tron or Bitcoin address");
}

void tst_AddressDialog::mistypedAddressIsRefused()
{
    QFETCH(QString, address);
    QFETCH(QStringList, chains);
    QFETCH(QString, problem);
    AddressDialog dialog(*m_list);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), address);
    QCOMPARE(dialog.entry().chainIndexes, chains);
    QCOMPARE(shownProblem(dialog), problem);
    QVERIFY(!okButton(dialog)->isEnabled());
}

void tst_AddressDialog::userChoiceOfChainsWins()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, "presetTron"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), Evm);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("195")});
    QVERIFY2(shownProblem(dialog).contains(QStringLiteral("not a valid Tron address")), qPrintable(shownProblem(dialog)));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void tst_AddressDialog::presets()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, "presetEvm"), Qt::LeftButton);
    QCOMPARE(dialog.entry().chainIndexes, ChainRegistry::chainIndexes(ChainFamily::Evm));
    // Chains picked without an address yet: now the missing address is worth saying.
    QVERIFY2(shownProblem(dialog).contains(QStringLiteral("Enter an address")), qPrintable(shownProblem(dialog)));
    QTest::mouseClick(child<QPushButton>(dialog, "presetSolana"), Qt::LeftButton);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("501")});
    QTest::mouseClick(child<QPushButton>(dialog, "presetBitcoin"), Qt::LeftButton);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("0")});
    QTest::mouseClick(child<QPushButton>(dialog, "presetNone"), Qt::LeftButton);
    QVERIFY(dialog.entry().chainIndexes.isEmpty());

    // Ticking one chain by hand counts as the user's choice.
    QListWidget *list = child<QListWidget>(dialog, "chainList");
    list->findItems(QStringLiteral("Solana"), Qt::MatchStartsWith).first()->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), Solana);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("501")});
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_AddressDialog::duplicateIsRefused()
{
    QCOMPARE(m_list->add(WatchedAddress{Evm, QStringLiteral("Main"), {QStringLiteral("1")}}), QString());
    AddressDialog dialog(*m_list);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), Evm.toLower());
    QVERIFY2(shownProblem(dialog).contains(QStringLiteral("already in the watch list")), qPrintable(shownProblem(dialog)));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void tst_AddressDialog::editingKeepsItsOwnAddress()
{
    const WatchedAddress original{Evm, QStringLiteral("Main"), {QStringLiteral("1"), QStringLiteral("56")}};
    QCOMPARE(m_list->add(original), QString());
    AddressDialog dialog(*m_list, 0);
    dialog.show();
    QCOMPARE(dialog.entry(), original);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(shownProblem(dialog), QString());

    auto *label = child<QLineEdit>(dialog, "labelEdit");
    label->clear();
    QTest::keyClicks(label, QStringLiteral("Renamed"));
    QCOMPARE(dialog.entry().label, QStringLiteral("Renamed"));
    // Editing never re-picks chains from the address.
    QCOMPARE(dialog.entry().chainIndexes, original.chainIndexes);
}

void tst_AddressDialog::apiChainNames()
{
    AddressDialog dialog(*m_list);
    dialog.setSupportedChains({ChainInfo{QStringLiteral("1"), QStringLiteral("Ethereum Mainnet"), QStringLiteral("ETH"), {}},
                               ChainInfo{QStringLiteral("777777"), QStringLiteral("Brand New Chain"), QStringLiteral("NEW"), {}}});
    const QListWidget *list = child<QListWidget>(dialog, "chainList");
    QCOMPARE(list->count(), ChainRegistry::all().size() + 1);
    QCOMPARE(list->findItems(QStringLiteral("Ethereum Mainnet (1)"), Qt::MatchExactly).size(), 1);
    QCOMPARE(list->findItems(QStringLiteral("Brand New Chain (777777)"), Qt::MatchExactly).size(), 1);
    QVERIFY(dialog.entry().chainIndexes.isEmpty());
}

void tst_AddressDialog::chainFilter()
{
    AddressDialog dialog(*m_list);
    QTest::keyClicks(child<QLineEdit>(dialog, "chainFilterEdit"), QStringLiteral("sol"));
    QCOMPARE(visibleChains(dialog), QStringList{QStringLiteral("501")});
    QTest::keyClicks(child<QLineEdit>(dialog, "chainFilterEdit"), QStringLiteral("xyz"));
    QVERIFY(visibleChains(dialog).isEmpty());
    child<QLineEdit>(dialog, "chainFilterEdit")->clear();
    QCOMPARE(visibleChains(dialog).size(), ChainRegistry::all().size());
}

void tst_AddressDialog::layoutStaysPutWhileTyping()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *chains = child<QWidget>(dialog, "chainList");
    const QRect before = chains->geometry();
    const QSize size = dialog.size();
    auto *address = child<QLineEdit>(dialog, "addressEdit");
    // A reason appears, then goes: the dialog and the chain list stay where they were.
    QTest::keyClicks(address, QStringLiteral("hello world"));
    QVERIFY(!shownProblem(dialog).isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(chains->geometry(), before);
    QCOMPARE(dialog.size(), size);
    address->selectAll();
    QTest::keyClicks(address, Evm);
    QCOMPARE(shownProblem(dialog), QString());
    QCoreApplication::processEvents();
    QCOMPARE(chains->geometry(), before);
    QCOMPARE(dialog.size(), size);
}

QTEST_MAIN(tst_AddressDialog)
#include "tst_addressdialog.moc"

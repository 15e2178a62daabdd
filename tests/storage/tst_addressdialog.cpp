#include "ui/addressdialog.h"

#include "api/chainregistry.h"
#include "storage/watchlist.h"
#include "support/widgetlookup.h"
#include "ui/languagemanager.h"

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

/** The reason as the user can read it: in the label, or in its tooltip when the label has too little room. */
QString shownProblem(const QWidget &dialog)
{
    const QLabel *label = child<QLabel>(dialog, "problemLabel");
    if (!label->isVisibleTo(&dialog))
        return QString();
    return label->toolTip().isEmpty() ? label->text() : label->toolTip();
}

/** The text of @p chainIndex's entry in the chain list. */
QString chainEntry(const QWidget &dialog, const QString &chainIndex)
{
    const QListWidget *list = child<QListWidget>(dialog, "chainList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == chainIndex)
            return list->item(row)->text();
    }
    return QString();
}

/** Replaces the address as a user would: select all, then type. */
void retypeAddress(const QWidget &dialog, const QString &address)
{
    auto *field = child<QLineEdit>(dialog, "addressEdit");
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, address);
}

/** Toggles the chain whose name starts with @p name from the keyboard: type-ahead, then Space. */
void toggleChain(const QWidget &dialog, const QString &name)
{
    auto *list = child<QListWidget>(dialog, "chainList");
    list->setFocus();
    QTest::keyClicks(list, name);
    QVERIFY2(list->currentItem() && list->currentItem()->text().startsWith(name), qPrintable(name));
    QTest::keyClick(list, Qt::Key_Space);
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
    void presetGivesWayToAnotherFamily();
    void handTickedChainsOfTheFamilyStay();
    void presets();
    void presetsAreNamedAsTheirChains();
    void duplicateIsRefused();
    void editingKeepsItsOwnAddress();
    void apiChainNames();
    void chainFilter();
    void layoutStaysPutWhileTyping_data();
    void layoutStaysPutWhileTyping();
    void demoNotice();

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
        << QStringLiteral("For Tron (chain 195): TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8 is not a valid Tron address: %1")
               .arg(checksum);
    QTest::newRow("bitcoin, bad checksum")
        << QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb") << QStringList{QStringLiteral("0")}
        << QStringLiteral("For Bitcoin (chain 0): 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb is not a valid Bitcoin address: %1")
               .arg(checksum);
    QTest::newRow("evm, one letter's case flipped")
        << QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") << ChainRegistry::chainIndexes(ChainFamily::Evm)
        << QStringLiteral("For the EVM chains: 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed is not a valid EVM address: its "
                          "mixed letter case fails the EIP-55 checksum, so a character is mistyped");
    QTest::newRow("solana, a character missing")
        << QStringLiteral("So1111111111111111111111111111111111111112") << QStringList{QStringLiteral("501")}
        << QStringLiteral("For Solana (chain 501): So1111111111111111111111111111111111111112 is not a valid Solana "
                          "address: a Solana address is 32 bytes in base58; this one is 31");
    QTest::newRow("no address at all") << QStringLiteral("hello world") << QStringList()
                                       << QStringLiteral("“hello world” is not an EVM, Solana, Tron or Bitcoin address");
    QTest::newRow("too short") << QStringLiteral("4YkohS8yUYtjNaSw") << QStringList()
                               << QStringLiteral("“4YkohS8yUYtjNaSw” is not an EVM, Solana, Tron or Bitcoin address: it has "
                                                 "16 characters, and the shortest addresses (Bitcoin's) have 26");
    QTest::newRow("a zero in base58") << QStringLiteral("4YkohS8yUYtjNaSwtGzR2DJEXpfhugVp46pV5ikZzr0j") << QStringList()
                                      << QStringLiteral("“4YkohS8yUYtjNaSwtGzR2DJEXpfhugVp46pV5ikZzr0j” is not an EVM, Solana, "
                                                        "Tron or Bitcoin address: “0” is not a base58 character (base58 has "
                                                        "no 0, O, I or l)");
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
    // Whole at the dialog's own size, in English: not a word of the reason behind an ellipsis.
    const QLabel *label = child<QLabel>(dialog, "problemLabel");
    QVERIFY2(label->toolTip().isEmpty() && label->text() == problem, qPrintable(label->text()));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void tst_AddressDialog::presetGivesWayToAnotherFamily()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    // A preset picked first, then an address of another family: its own chains are ticked.
    QTest::mouseClick(child<QPushButton>(dialog, "presetTron"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), Evm);
    QCOMPARE(dialog.entry().chainIndexes, ChainRegistry::chainIndexes(ChainFamily::Evm));
    QVERIFY(okButton(dialog)->isEnabled());

    // A preset picked for this address stays while the address keeps its family, and the reason says why not.
    QTest::mouseClick(child<QPushButton>(dialog, "presetBitcoin"), Qt::LeftButton);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("0")});
    QTest::keyClick(child<QLineEdit>(dialog, "addressEdit"), Qt::Key_Backspace);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("0")});
    QVERIFY2(shownProblem(dialog).contains(QStringLiteral("not a valid Bitcoin address")), qPrintable(shownProblem(dialog)));
    QVERIFY(!okButton(dialog)->isEnabled());

    // A different address of another family: detected again.
    retypeAddress(dialog, Tron);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("195")});
    QVERIFY(okButton(dialog)->isEnabled());
    retypeAddress(dialog, Solana);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("501")});
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_AddressDialog::handTickedChainsOfTheFamilyStay()
{
    AddressDialog dialog(*m_list);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), Evm);
    toggleChain(dialog, QStringLiteral("BNB"));
    QStringList handPicked = ChainRegistry::chainIndexes(ChainFamily::Evm);
    handPicked.removeOne(QStringLiteral("56"));
    QCOMPARE(dialog.entry().chainIndexes, handPicked);

    // Another EVM address: the chains ticked by hand for EVM addresses stay.
    retypeAddress(dialog, QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"));
    QCOMPARE(dialog.entry().chainIndexes, handPicked);
    QVERIFY(okButton(dialog)->isEnabled());

    // A Solana address cannot use them: Solana is ticked instead.
    retypeAddress(dialog, Solana);
    QCOMPARE(dialog.entry().chainIndexes, QStringList{QStringLiteral("501")});
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

void tst_AddressDialog::presetsAreNamedAsTheirChains()
{
    // In Chinese too: a preset is the chain's own name, as in the list (not a translation of it).
    LanguageManager languages;
    for (LanguageManager::Language language : {LanguageManager::Language::English, LanguageManager::Language::Chinese}) {
        QVERIFY(languages.setLanguage(language));
        AddressDialog dialog(*m_list);
        for (const auto &[preset, chain] : {std::pair{"presetSolana", "501"}, std::pair{"presetTron", "195"},
                                            std::pair{"presetBitcoin", "0"}}) {
            const QString name = ChainRegistry::displayName(QLatin1String(chain));
            QCOMPARE(child<QPushButton>(dialog, preset)->text(), name);
            QVERIFY2(chainEntry(dialog, QLatin1String(chain)).startsWith(name), qPrintable(chainEntry(dialog, QLatin1String(chain))));
        }
        // The API's name, once known, names both.
        dialog.setSupportedChains({ChainInfo{QStringLiteral("0"), QStringLiteral("Bitcoin Mainnet"), QStringLiteral("BTC"), {}}});
        QCOMPARE(child<QPushButton>(dialog, "presetBitcoin")->text(), QStringLiteral("Bitcoin Mainnet"));
        QVERIFY(chainEntry(dialog, QStringLiteral("0")).startsWith(QStringLiteral("Bitcoin Mainnet")));
    }
    QVERIFY(languages.setLanguage(LanguageManager::Language::English));
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

void tst_AddressDialog::layoutStaysPutWhileTyping_data()
{
    QTest::addColumn<LanguageManager::Language>("language");
    QTest::newRow("English") << LanguageManager::Language::English;
    // Chinese lines are taller: its glyphs come from a fallback font.
    QTest::newRow("Chinese") << LanguageManager::Language::Chinese;
}

void tst_AddressDialog::layoutStaysPutWhileTyping()
{
    QFETCH(LanguageManager::Language, language);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    AddressDialog dialog(*m_list);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *chains = child<QWidget>(dialog, "chainList");
    const QLabel *reason = child<QLabel>(dialog, "problemLabel");
    const QRect before = chains->geometry();
    const QSize size = dialog.size();
    // Reasons of one, two and more lines appear and go: the dialog and the chain list stay where they were.
    const QString inputs[] = {
        QStringLiteral("hello world"),
        QStringLiteral("0xEd0C6079229E2d4076"),
        QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
        QStringLiteral("So1111111111111111111111111111111111111112"),
        Evm,
        QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"),
        QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx"),
    };
    for (const QString &input : inputs) {
        retypeAddress(dialog, input);
        QCoreApplication::processEvents();
        QCOMPARE(chains->geometry(), before);
        QCOMPARE(dialog.size(), size);
        // What the label shows fits it; what it cannot show is in its tooltip.
        QVERIFY2(reason->heightForWidth(reason->width()) <= reason->height(), qPrintable(reason->text()));
        QCOMPARE(shownProblem(dialog), input == Evm ? QString() : dialog.problem());
    }
    QVERIFY(languages.setLanguage(LanguageManager::Language::English));
}

void tst_AddressDialog::demoNotice()
{
    {
        AddressDialog dialog(*m_list);
        dialog.show();
        QVERIFY(!child<QLabel>(dialog, "demoNotice")->isVisibleTo(&dialog));
    }
    // As the window opens it: the notice set, then shown.
    AddressDialog dialog(*m_list);
    dialog.setDemoPortfoliosShown(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QLabel *notice = child<QLabel>(dialog, "demoNotice");
    QVERIFY(notice->isVisibleTo(&dialog));
    QVERIFY2(notice->text().contains(QStringLiteral("demo portfolios")), qPrintable(notice->text()));
    // Nothing squeezed: the chain count below the chain list, the notice below the count.
    const QWidget *chains = child<QWidget>(dialog, "chainList");
    const QWidget *count = child<QWidget>(dialog, "chainCountLabel");
    QVERIFY2(count->geometry().top() > chains->geometry().bottom(),
             qPrintable(QStringLiteral("%1 <= %2").arg(count->geometry().top()).arg(chains->geometry().bottom())));
    QVERIFY(notice->mapTo(&dialog, QPoint(0, 0)).y() > count->mapTo(&dialog, QPoint(0, count->height())).y());
}

QTEST_MAIN(tst_AddressDialog)
#include "tst_addressdialog.moc"

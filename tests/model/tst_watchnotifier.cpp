#include "model/notificationsink.h"
#include "model/portfoliostore.h"
#include "model/watchnotifier.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QTest>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString Uni = QStringLiteral("0x1f9840a85d5af5bf1d1762f919f1a08ce6f5b2a4");
const QString Scam = QStringLiteral("0x00000000000000000000000000000000000dead1");
const QString Ethereum = QStringLiteral("1");
const QString Base = QStringLiteral("8453");
const QDateTime Start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

/** Records what it is told. */
class RecordingSink final : public NotificationSink
{
public:
    void notify(const WatchNotification &notification) override { received.append(notification); }
    QList<WatchNotification> received;
};

TokenAsset eth(const QString &balance, const QString &price = QStringLiteral("3000"))
{
    return asset(Ethereum, QString(), QStringLiteral("ETH"), balance, price);
}

TokenAsset uni(bool risk = false)
{
    return asset(Ethereum, Uni, QStringLiteral("UNI"), QStringLiteral("3"), QStringLiteral("7.07"), risk);
}

/** An airdrop of a token that claims a lot. */
TokenAsset scam(bool risk)
{
    return asset(Ethereum, Scam, QStringLiteral("CLAIM-REWARD"), QStringLiteral("1000000"), QStringLiteral("5"), risk);
}

QString describe(const WatchNotification &notification)
{
    return notification.title + QLatin1String(" | ") + notification.body;
}

} // namespace

/**
 * What the app tells while it watches: value moves past the threshold (percent, USD) with exact
 * amounts, new tokens with OKX's risk flag and the user's verdict, long failures once, privacy mode,
 * and nothing for the user's own edits.
 */
class TestWatchNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void thresholdRules_data();
    void thresholdRules();
    void percentThreshold();
    void usdThreshold();
    void amountsAreExact();
    void newTokenNotFlagged();
    void newTokenFlaggedByOkx();
    void newTokenMarkedAsSpamOrTrusted();
    void newTokensCanBeOff();
    void failuresAreToldOnceAfterTheirTime();
    void failuresCanBeOff();
    void firstRefreshAndNewAddressTellNothing();
    void verdictChangesTellNothing();
    void chainChangesTellNothing();
    void removedAndReaddedAddressStartsAfresh();
    void clearedHoldingsStartAfresh();
    void tokenRefreshIsNotARefresh();
    void privacyMasksAmounts();

private:
    /** Watches Alice on @p chains (and Bob) with @p alice's holdings fetched once. */
    void watchAlice(const QList<TokenAsset> &alice, const QStringList &chains = {Ethereum});
    /** A good refresh of Alice on her watched chains. */
    void refreshAlice(const QList<TokenAsset> &alice);
    void failAlice();

    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<RecordingSink> m_sink;
    std::unique_ptr<WatchNotifier> m_notifier;
    QDateTime m_now;
};

void TestWatchNotifier::init()
{
    m_store = std::make_unique<PortfolioStore>();
    m_sink = std::make_unique<RecordingSink>();
    m_notifier = std::make_unique<WatchNotifier>(m_store.get(), m_sink.get());
    m_now = Start;
    m_notifier->setClock([this] { return m_now; });
    m_notifier->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), false));
}

void TestWatchNotifier::watchAlice(const QList<TokenAsset> &alice, const QStringList &chains)
{
    m_store->setWatched({WatchedAddress{Alice, QStringLiteral("Alice"), chains}, WatchedAddress{Bob, QStringLiteral("Bob"), {Ethereum}}});
    refreshAlice(alice);
}

void TestWatchNotifier::refreshAlice(const QList<TokenAsset> &alice)
{
    m_now = m_now.addSecs(300);
    m_store->setState(Alice, PortfolioStore::RefreshState::Fetching);
    m_store->setFetched(Alice, m_store->entry(Alice)->snapshot.chains, alice, m_now);
}

void TestWatchNotifier::failAlice()
{
    m_store->setState(Alice, PortfolioStore::RefreshState::Fetching);
    m_store->setState(Alice, PortfolioStore::RefreshState::Failed, ApiError::timeout(20000));
}

void TestWatchNotifier::thresholdRules_data()
{
    QTest::addColumn<NotificationRules::ThresholdUnit>("unit");
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("delta");
    QTest::addColumn<bool>("passes");

    using Unit = NotificationRules::ThresholdUnit;
    QTest::newRow("10 % of 1000 is not more than 10 %") << Unit::Percent << "10" << "1000" << "100" << false;
    QTest::newRow("a millionth more is") << Unit::Percent << "10" << "1000" << "100.000001" << true;
    QTest::newRow("down counts like up") << Unit::Percent << "10" << "1000" << "-100.000001" << true;
    QTest::newRow("any move from nothing") << Unit::Percent << "10" << "0" << "0.01" << true;
    QTest::newRow("no move from nothing") << Unit::Percent << "0" << "0" << "0" << false;
    QTest::newRow("usd exactly the threshold") << Unit::Usd << "250" << "1000" << "-250" << false;
    QTest::newRow("usd beyond it by 10^-18") << Unit::Usd << "250" << "1000" << "250.000000000000000001" << true;
    QTest::newRow("off") << Unit::Off << "0" << "1000" << "1000000" << false;
}

void TestWatchNotifier::thresholdRules()
{
    QFETCH(NotificationRules::ThresholdUnit, unit);
    QFETCH(QString, threshold);
    QFETCH(QString, previous);
    QFETCH(QString, delta);
    QFETCH(bool, passes);
    NotificationRules rules;
    rules.thresholdUnit = unit;
    rules.valueThreshold = *Decimal::parse(threshold);
    QCOMPARE(rules.passes(*Decimal::parse(previous), *Decimal::parse(delta)), passes);
}

void TestWatchNotifier::percentThreshold()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Percent;
    rules.valueThreshold = dec("10");
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    // 3000 → 3200: 6.7 %, under the threshold.
    refreshAlice({eth("1", QStringLiteral("3200"))});
    QCOMPARE(m_sink->received.size(), 0);
    // 3200 → 3600: 12.5 %.
    refreshAlice({eth("1", QStringLiteral("3600"))});
    QCOMPARE(m_sink->received.size(), 1);
    const WatchNotification &moved = m_sink->received.constFirst();
    QCOMPARE(moved.kind, WatchNotification::Kind::ValueMoved);
    QCOMPARE(moved.address, Alice);
    QVERIFY(!moved.warning);
    QCOMPARE(moved.title, QStringLiteral("Alice: +$400.00 since the previous refresh"));
    QCOMPARE(moved.body, QStringLiteral("Worth $3,600.00 now, $3,200.00 before (12.5 %)."));
    // And down again by 50 %.
    refreshAlice({eth("0.5", QStringLiteral("3600"))});
    QCOMPARE(m_sink->received.size(), 2);
    QCOMPARE(m_sink->received.at(1).title, QStringLiteral("Alice: -$1,800.00 since the previous refresh"));
}

void TestWatchNotifier::usdThreshold()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("100");
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    // +$99.99: not more than $100.
    refreshAlice({eth("1", QStringLiteral("3099.99"))});
    QCOMPARE(m_sink->received.size(), 0);
    // Exactly $100 more: still not more than $100.
    refreshAlice({eth("1", QStringLiteral("3199.99"))});
    QCOMPARE(m_sink->received.size(), 0);
    // $100.01 less.
    refreshAlice({eth("1", QStringLiteral("3099.98"))});
    QCOMPARE(m_sink->received.size(), 1);
    QCOMPARE(m_sink->received.constFirst().title, QStringLiteral("Alice: -$100.01 since the previous refresh"));
}

void TestWatchNotifier::amountsAreExact()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    m_notifier->setRules(rules);
    // Beyond what a double holds: 2^53 is about 9.007 × 10^15.
    watchAlice({eth("123456789012345678.91", QStringLiteral("1"))});
    refreshAlice({eth("123456789012345678.92", QStringLiteral("1"))});
    QCOMPARE(m_sink->received.size(), 1);
    QCOMPARE(m_sink->received.constFirst().title, QStringLiteral("Alice: +$0.01 since the previous refresh"));
    QVERIFY2(m_sink->received.constFirst().body.startsWith(
                 QStringLiteral("Worth $123,456,789,012,345,678.92 now, $123,456,789,012,345,678.91 before (")),
             qPrintable(describe(m_sink->received.constFirst())));
}

void TestWatchNotifier::newTokenNotFlagged()
{
    watchAlice({eth("1")});
    refreshAlice({eth("1"), uni()});
    // UNI's $21.21 is under 5 % of $3,000: only the new token is told.
    QCOMPARE(m_sink->received.size(), 1);
    const WatchNotification &token = m_sink->received.constFirst();
    QCOMPARE(token.kind, WatchNotification::Kind::NewToken);
    // No translator is loaded here: plurals read as their source text.
    QCOMPARE(token.title, QStringLiteral("Alice: 1 new token(s)"));
    QCOMPARE(token.body, QStringLiteral("3 UNI on Ethereum ($21.21): not flagged by OKX as risky."));
    QVERIFY(!token.warning);
}

void TestWatchNotifier::newTokenFlaggedByOkx()
{
    watchAlice({eth("1")});
    refreshAlice({eth("1"), scam(true), uni()});
    // The risk token's $5,000,000 counts in no total: no value move, two new tokens.
    QCOMPARE(m_sink->received.size(), 1);
    const WatchNotification &tokens = m_sink->received.constFirst();
    QCOMPARE(tokens.title, QStringLiteral("Alice: 2 new token(s)"));
    const QStringList lines = tokens.body.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("1,000,000 CLAIM-REWARD on Ethereum: OKX flags it as risky. Unasked-for airdrops "
                                         "are often scams: do not trade or approve it."));
    QCOMPARE(lines.at(1), QStringLiteral("3 UNI on Ethereum ($21.21): not flagged by OKX as risky."));
    QVERIFY(tokens.warning);
}

void TestWatchNotifier::newTokenMarkedAsSpamOrTrusted()
{
    // The user marked the token as spam (in another address, earlier); OKX does not flag it.
    TokenVerdicts verdicts;
    verdicts.set(scam(false), TokenVerdict::Spam);
    verdicts.set(uni(true), TokenVerdict::Trusted);
    m_store->setVerdicts(verdicts);
    watchAlice({eth("1")});
    refreshAlice({eth("1"), scam(false), uni(true)});
    QCOMPARE(m_sink->received.size(), 1);
    const QStringList lines = m_sink->received.constFirst().body.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("1,000,000 CLAIM-REWARD on Ethereum, which you marked as spam."));
    QCOMPARE(lines.at(1), QStringLiteral("3 UNI on Ethereum: OKX flags it as risky; you trust it."));
    QVERIFY(m_sink->received.constFirst().warning);
}

void TestWatchNotifier::newTokensCanBeOff()
{
    NotificationRules rules;
    rules.newTokens = false;
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    refreshAlice({eth("1"), scam(true)});
    QCOMPARE(m_sink->received.size(), 0);
}

void TestWatchNotifier::failuresAreToldOnceAfterTheirTime()
{
    NotificationRules rules;
    rules.failureMinutes = 30;
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    const QDateTime firstFailure = m_now.addSecs(60);
    m_now = firstFailure;
    failAlice();
    m_now = firstFailure.addSecs(29 * 60);
    failAlice();
    QCOMPARE(m_sink->received.size(), 0);
    m_now = firstFailure.addSecs(30 * 60);
    failAlice();
    QCOMPARE(m_sink->received.size(), 1);
    const WatchNotification &failing = m_sink->received.constFirst();
    QCOMPARE(failing.kind, WatchNotification::Kind::RefreshFailing);
    QCOMPARE(failing.address, Alice);
    QVERIFY(failing.warning);
    QCOMPARE(failing.title, QStringLiteral("Refreshes are failing"));
    QVERIFY2(failing.body.startsWith(QStringLiteral("Alice could not be refreshed for 30 minute(s) or more. ")),
             qPrintable(failing.body));
    // The reason, as the message bar gives it.
    QVERIFY2(failing.body.endsWith(ApiError::timeout(20000).message()), qPrintable(failing.body));

    // Told once per spell of failures.
    m_now = firstFailure.addSecs(90 * 60);
    failAlice();
    QCOMPARE(m_sink->received.size(), 1);
    // A good refresh ends the spell; the next one starts counting afresh.
    refreshAlice({eth("1")});
    const QDateTime again = m_now.addSecs(60);
    m_now = again;
    failAlice();
    m_now = again.addSecs(29 * 60);
    failAlice();
    QCOMPARE(m_sink->received.size(), 1);
    m_now = again.addSecs(31 * 60);
    failAlice();
    QCOMPARE(m_sink->received.size(), 2);
}

void TestWatchNotifier::failuresCanBeOff()
{
    NotificationRules rules;
    rules.failureMinutes = 0;
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    failAlice();
    m_now = m_now.addDays(2);
    failAlice();
    QCOMPARE(m_sink->received.size(), 0);
}

void TestWatchNotifier::firstRefreshAndNewAddressTellNothing()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    m_notifier->setRules(rules);
    // Holdings from the cache are not a refresh of this run.
    m_store->setWatched({WatchedAddress{Alice, QStringLiteral("Alice"), {Ethereum}}});
    m_store->restore(Alice, Start, {Ethereum}, {eth("1")});
    refreshAlice({eth("2"), scam(true)});
    QCOMPARE(m_sink->received.size(), 0);
    // Bob, added by the user, holds a lot at his first refresh.
    m_store->setWatched({WatchedAddress{Alice, QStringLiteral("Alice"), {Ethereum}}, WatchedAddress{Bob, QStringLiteral("Bob"), {Ethereum}}});
    m_store->setFetched(Bob, {Ethereum}, {eth("100"), uni()}, m_now);
    QCOMPARE(m_sink->received.size(), 0);
    // His second refresh is compared with his first.
    m_store->setFetched(Bob, {Ethereum}, {eth("101"), uni()}, m_now.addSecs(60));
    QCOMPARE(m_sink->received.size(), 1);
    QCOMPARE(m_sink->received.constFirst().title, QStringLiteral("Bob: +$3,000.00 since the previous refresh"));
}

void TestWatchNotifier::verdictChangesTellNothing()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    m_notifier->setRules(rules);
    watchAlice({eth("1"), scam(false)});
    // The user marks the $5,000,000 token as spam: Alice's total drops by it, but no refresh saw a change.
    TokenVerdicts verdicts;
    verdicts.set(scam(false), TokenVerdict::Spam);
    m_store->setVerdicts(verdicts);
    refreshAlice({eth("1"), scam(false)});
    QCOMPARE(m_sink->received.size(), 0);
    // And takes the verdict back: nothing either.
    m_store->setVerdicts(TokenVerdicts());
    refreshAlice({eth("1"), scam(false)});
    QCOMPARE(m_sink->received.size(), 0);
    // A real move between two refreshes is still told, under the verdicts as they are.
    m_store->setVerdicts(verdicts);
    refreshAlice({eth("1.5"), scam(false)});
    QCOMPARE(m_sink->received.size(), 1);
    QCOMPARE(m_sink->received.constFirst().title, QStringLiteral("Alice: +$1,500.00 since the previous refresh"));
}

void TestWatchNotifier::chainChangesTellNothing()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    m_notifier->setRules(rules);
    const TokenAsset onBase = asset(Base, QString(), QStringLiteral("ETH"), QStringLiteral("50"), QStringLiteral("3000"));
    watchAlice({eth("1")});
    // The user adds Base, where Alice holds $150,000 and a token: none of it is news.
    m_store->setWatched({WatchedAddress{Alice, QStringLiteral("Alice"), {Ethereum, Base}}});
    refreshAlice({eth("1"), onBase, uni()});
    QCOMPARE(m_sink->received.size(), 0);
    // Then removes it again: its holdings leave at once, and the next refresh is no loss.
    m_store->setWatched({WatchedAddress{Alice, QStringLiteral("Alice"), {Ethereum}}});
    refreshAlice({eth("1"), uni()});
    QCOMPARE(m_sink->received.size(), 0);
    // On the same chains again, a move is told.
    refreshAlice({eth("2"), uni()});
    QCOMPARE(m_sink->received.size(), 1);
}

void TestWatchNotifier::removedAndReaddedAddressStartsAfresh()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    m_store->setWatched({WatchedAddress{Bob, QStringLiteral("Bob"), {Ethereum}}});
    m_store->setWatched({WatchedAddress{Bob, QStringLiteral("Bob"), {Ethereum}}, WatchedAddress{Alice, QStringLiteral("Alice"), {Ethereum}}});
    refreshAlice({eth("7"), scam(true)});
    QCOMPARE(m_sink->received.size(), 0);
}

void TestWatchNotifier::clearedHoldingsStartAfresh()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    rules.failureMinutes = 1;
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    failAlice();
    // The user enters another key: what the old one showed is someone else's view.
    m_store->clearHoldings();
    refreshAlice({eth("9"), uni()});
    m_now = m_now.addSecs(3600);
    failAlice();
    QCOMPARE(m_sink->received.size(), 0);
}

void TestWatchNotifier::tokenRefreshIsNotARefresh()
{
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit::Usd;
    rules.valueThreshold = dec("0");
    m_notifier->setRules(rules);
    watchAlice({eth("1")});
    m_store->setTokenFetched(Alice, TokenRef{Ethereum, QString()}, eth("2"));
    QCOMPARE(m_sink->received.size(), 0);
    // The next full refresh is compared with the previous full one: ETH moved from 1 to 2.
    refreshAlice({eth("2")});
    QCOMPARE(m_sink->received.size(), 1);
    QCOMPARE(m_sink->received.constFirst().title, QStringLiteral("Alice: +$3,000.00 since the previous refresh"));
}

void TestWatchNotifier::privacyMasksAmounts()
{
    m_notifier->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), true));
    watchAlice({eth("1")});
    refreshAlice({eth("2"), uni()});
    QCOMPARE(m_sink->received.size(), 2);
    const QString mask = AmountDisplay::mask();
    QCOMPARE(m_sink->received.at(0).title, QStringLiteral("Alice: %1 since the previous refresh").arg(mask));
    QCOMPARE(m_sink->received.at(0).body, QStringLiteral("Worth %1 now, %1 before (%1).").arg(mask));
    QCOMPARE(m_sink->received.at(1).body, QStringLiteral("%1 UNI on Ethereum (%1): not flagged by OKX as risky.").arg(mask));
    for (const WatchNotification &notification : std::as_const(m_sink->received)) {
        const QString text = describe(notification);
        for (const char *amount : {"3,000", "6,000", "21.21", "3 UNI"})
            QVERIFY2(!text.contains(QLatin1String(amount)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestWatchNotifier)
#include "tst_watchnotifier.moc"

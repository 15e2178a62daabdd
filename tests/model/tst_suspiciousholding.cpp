#include "model/suspiciousholding.h"

#include "model/holdingssummary.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QTest>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString At = QStringLiteral("0x00000000000000000000000000000000000000a7");
const QString Usdc = QStringLiteral("0x0b2c639c533813f4aa9d7837caf62653d097ff85");

/** $50 of ETH and $20 of USDC on Optimism: what the address really holds. */
QList<TokenAsset> modest()
{
    return {asset(QStringLiteral("10"), QString(), QStringLiteral("ETH"), QStringLiteral("0.02"), QStringLiteral("2500")),
            asset(QStringLiteral("10"), Usdc, QStringLiteral("USDC"), QStringLiteral("20"), QStringLiteral("1"))};
}

TokenAsset scam(const QString &balance, const QString &price)
{
    return asset(QStringLiteral("10"), At, QStringLiteral("@AT"), balance, price);
}

} // namespace

/**
 * SuspiciousHolding::findIn(), the one rule for values that look wrong: a holding that outweighs
 * the rest of its address many times over, or whose price jumped a hundredfold; never one with a
 * verdict, a native coin, or one that does not count.
 */
class tst_SuspiciousHolding : public QObject
{
    Q_OBJECT

private slots:
    void outweighsTheRest();
    void ordinaryHoldingsAreNotSuspicious();
    void priceJump_data();
    void priceJump();
    void verdictsSilenceIt();
    void countsUnderVerdicts_data();
    void countsUnderVerdicts();
};

void tst_SuspiciousHolding::outweighsTheRest()
{
    const PortfolioSnapshot wallet = snapshot(Alice, QString(), modest() << scam(QStringLiteral("1e15"), QStringLiteral("1e6")));
    const QList<SuspiciousHolding> found = SuspiciousHolding::findIn(wallet, nullptr, {});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().asset.symbol, QStringLiteral("@AT"));
    QCOMPARE(found.first().owner, Alice);
    QCOMPARE(found.first().reason, SuspiciousHolding::Reason::Outweighs);
    QCOMPARE(found.first().value, dec("1000000000000000000000"));
    // Pointed out, never left out: it still counts.
    QVERIFY(TokenVerdicts::counts(found.first().asset, TokenVerdict::None));
    QCOMPARE(HoldingsSummary::of({wallet}, {}).total, dec("1000000000000000000070"));
}

void tst_SuspiciousHolding::ordinaryHoldingsAreNotSuspicious()
{
    // A holding worth a lot among others worth something: a real portfolio.
    QList<TokenAsset> assets = modest();
    assets << asset(QStringLiteral("10"), At, QStringLiteral("OP"), QStringLiteral("4000"), QStringLiteral("2"));
    QVERIFY(SuspiciousHolding::findIn(snapshot(Alice, QString(), assets), nullptr, {}).isEmpty());
    // A small wallet's one token: no alarm below OutweighsFromUsd.
    QVERIFY(SuspiciousHolding::findIn(snapshot(Alice, QString(), {scam(QStringLiteral("9999"), QStringLiteral("1"))}), nullptr, {})
                .isEmpty());
    // The chain's own coin is never a token's claim, however it outweighs the rest.
    QVERIFY(SuspiciousHolding::findIn(
                snapshot(Alice, QString(), {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1000"),
                                                  QStringLiteral("3000"))}),
                nullptr, {})
                .isEmpty());
    // A risk token OKX flags counts nowhere: nothing to point out.
    QList<TokenAsset> flagged = modest();
    flagged << asset(QStringLiteral("10"), At, QStringLiteral("@AT"), QStringLiteral("1e15"), QStringLiteral("1e6"), true);
    QVERIFY(SuspiciousHolding::findIn(snapshot(Alice, QString(), flagged), nullptr, {}).isEmpty());
}

void tst_SuspiciousHolding::priceJump_data()
{
    QTest::addColumn<QString>("previousPrice");
    QTest::addColumn<QString>("currentPrice");
    QTest::addColumn<bool>("suspicious");
    QTest::newRow("x100 exactly") << "0.5" << "50" << false;
    QTest::newRow("just over x100") << "0.5" << "50.000000000000000000001" << true;
    QTest::newRow("down over x100") << "2" << "0.0199" << true;
    QTest::newRow("doubled") << "1" << "2" << false;
}

void tst_SuspiciousHolding::priceJump()
{
    QFETCH(QString, previousPrice);
    QFETCH(QString, currentPrice);
    QFETCH(bool, suspicious);
    // 30 tokens then 40 (the balance moved too), worth little beside the rest either way.
    QList<TokenAsset> before = modest();
    before << asset(QStringLiteral("10"), At, QStringLiteral("AT"), QStringLiteral("30"), previousPrice);
    QList<TokenAsset> now = modest();
    now << asset(QStringLiteral("10"), At, QStringLiteral("AT"), QStringLiteral("40"), currentPrice);
    now << asset(QStringLiteral("10"), Usdc, QStringLiteral("USDC"), QStringLiteral("5000"), QStringLiteral("1"));
    const AddressChanges changes = HoldingsDiff::compare(Alice, before, now);
    const QList<SuspiciousHolding> found = SuspiciousHolding::findIn(snapshot(Alice, QString(), now), &changes, {});
    QCOMPARE(found.size(), suspicious ? 1 : 0);
    if (suspicious) {
        QCOMPARE(found.first().asset.symbol, QStringLiteral("AT"));
        QCOMPARE(found.first().reason, SuspiciousHolding::Reason::PriceJump);
    }
    // Without the previous refresh there is nothing to compare with.
    QVERIFY(SuspiciousHolding::findIn(snapshot(Alice, QString(), now), nullptr, {}).isEmpty());
}

void tst_SuspiciousHolding::verdictsSilenceIt()
{
    const PortfolioSnapshot wallet = snapshot(Alice, QString(), modest() << scam(QStringLiteral("1e15"), QStringLiteral("1e6")));
    for (TokenVerdict verdict : {TokenVerdict::Spam, TokenVerdict::Trusted}) {
        TokenVerdicts verdicts;
        verdicts.set(scam(QStringLiteral("1"), QStringLiteral("1")), verdict);
        QVERIFY(SuspiciousHolding::findIn(wallet, nullptr, verdicts).isEmpty());
    }
    // Marked as spam, it leaves the total; OKX's flag on it is untouched.
    TokenVerdicts spam;
    spam.set(scam(QStringLiteral("1"), QStringLiteral("1")), TokenVerdict::Spam);
    const HoldingsSummary summary = HoldingsSummary::of({wallet}, spam);
    QCOMPARE(summary.total, dec("70"));
    QCOMPARE(summary.riskCount, 1);
    QVERIFY(!wallet.assets.last().isRiskToken);
}

void tst_SuspiciousHolding::countsUnderVerdicts_data()
{
    QTest::addColumn<bool>("risk");
    QTest::addColumn<QString>("price");
    QTest::addColumn<TokenVerdict>("verdict");
    QTest::addColumn<bool>("counts");
    QTest::newRow("plain") << false << "2" << TokenVerdict::None << true;
    QTest::newRow("okx risk") << true << "2" << TokenVerdict::None << false;
    QTest::newRow("spam") << false << "2" << TokenVerdict::Spam << false;
    QTest::newRow("trusted okx risk") << true << "2" << TokenVerdict::Trusted << true;
    // Trust gives no price: unpriced stays unknown, not worthless, and out of the total.
    QTest::newRow("trusted unpriced") << true << "0" << TokenVerdict::Trusted << false;
    QTest::newRow("unpriced") << false << "" << TokenVerdict::None << false;
}

void tst_SuspiciousHolding::countsUnderVerdicts()
{
    QFETCH(bool, risk);
    QFETCH(QString, price);
    QFETCH(TokenVerdict, verdict);
    QFETCH(bool, counts);
    const TokenAsset held = asset(QStringLiteral("1"), At, QStringLiteral("T"), QStringLiteral("3"), price, risk);
    QCOMPARE(TokenVerdicts::counts(held, verdict), counts);
    TokenVerdicts verdicts;
    verdicts.set(held, verdict);
    const HoldingsSummary summary = HoldingsSummary::of({snapshot(Alice, QString(), {held})}, verdicts);
    QCOMPARE(summary.total, counts ? dec("6") : dec("0"));
    QCOMPARE(summary.riskCount, TokenVerdicts::leftOutAsRisk(risk, verdict) ? 1 : 0);
}

QTEST_APPLESS_MAIN(tst_SuspiciousHolding)
#include "tst_suspiciousholding.moc"

#include "model/portfoliostore.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QDateTime Earlier(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
const QDateTime Later(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

WatchedAddress watched(const QString &address, const QStringList &chains)
{
    return WatchedAddress{address, QString(), chains};
}

/** ETH on Ethereum, BNB on BNB Chain, ETH on Base: one holding per chain. */
QList<TokenAsset> threeChains(const QString &ethBalance = QStringLiteral("1"))
{
    return {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), ethBalance, QStringLiteral("3000")),
            asset(QStringLiteral("56"), QString(), QStringLiteral("BNB"), QStringLiteral("10"), QStringLiteral("600")),
            asset(QStringLiteral("8453"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("3000"))};
}

/** What a refresh of @p chains returns of @p assets. */
QList<TokenAsset> onlyChains(QList<TokenAsset> assets, const QStringList &chains)
{
    assets.removeIf([&chains](const TokenAsset &held) { return !chains.contains(held.chainIndex); });
    return assets;
}

const QStringList AllThree{QStringLiteral("1"), QStringLiteral("56"), QStringLiteral("8453")};

} // namespace

/** The portfolio store: one entry per watched address, edits applied at once, changes over the chains both refreshes saw. */
class TestPortfolioStore : public QObject
{
    Q_OBJECT

private slots:
    void newAddressesAreFetchedAndOrdered();
    void chainEditAppliesAtOnce();
    void removedChainIsNotALoss();
    void addedChainIsNotAGain();
    void refreshStates();
    void summariesFollowHoldings();
    void clearHoldingsForgetsEverything();
    void verdictsApplyToSummariesAndChanges();
    void tokenRefreshReplacesOneHolding();
};

void TestPortfolioStore::newAddressesAreFetchedAndOrdered()
{
    PortfolioStore store;
    QSignalSpy addresses(&store, &PortfolioStore::addressesChanged);
    QSignalSpy removed(&store, &PortfolioStore::addressRemoved);
    QCOMPARE(store.setWatched({watched(Alice, AllThree), watched(Bob, AllThree)}), (QStringList{Alice, Bob}));
    QCOMPARE(addresses.count(), 1);
    store.setFetched(Alice, AllThree, threeChains(), Earlier);

    // Reordered and relabelled: nothing to fetch, holdings kept.
    WatchedAddress renamed = watched(Alice, AllThree);
    renamed.label = QStringLiteral("Savings");
    QCOMPARE(store.setWatched({watched(Bob, AllThree), renamed}), QStringList());
    QCOMPARE(store.addresses(), (QStringList{Bob, Alice}));
    QCOMPARE(store.entry(Alice)->snapshot.displayName(), QStringLiteral("Savings"));
    QCOMPARE(store.entry(Alice)->snapshot.assets.size(), 3);
    QCOMPARE(addresses.count(), 2);

    // The same list again: no signal at all.
    store.setWatched({watched(Bob, AllThree), renamed});
    QCOMPARE(addresses.count(), 2);

    store.setWatched({renamed});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toString(), Bob);
    QVERIFY(!store.entry(Bob));
    QCOMPARE(store.indexOf(Alice), 0);
}

void TestPortfolioStore::chainEditAppliesAtOnce()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree)});
    store.setFetched(Alice, AllThree, threeChains(), Earlier);
    QCOMPARE(store.summary(Alice).total, dec("15000"));

    QSignalSpy holdings(&store, &PortfolioStore::holdingsChanged);
    // Ethereum and Base only: BNB Chain's holding goes, and the total with it, before any refresh.
    QCOMPARE(store.setWatched({watched(Alice, {QStringLiteral("1"), QStringLiteral("8453")})}), QStringList());
    QCOMPARE(holdings.count(), 1);
    QCOMPARE(store.entry(Alice)->snapshot.assets.size(), 2);
    QCOMPARE(store.summary(Alice).total, dec("9000"));
    QCOMPARE(store.summary(QString()).total, dec("9000"));
    QCOMPARE(store.entry(Alice)->coveredChains, (QStringList{QStringLiteral("1"), QStringLiteral("8453")}));
}

void TestPortfolioStore::removedChainIsNotALoss()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree)});
    store.setFetched(Alice, AllThree, threeChains(), Earlier);
    store.setFetched(Alice, AllThree, threeChains(QStringLiteral("2")), Later);
    QCOMPARE(store.changeInScope(Alice), dec("3000"));

    // BNB Chain is no longer watched: its row leaves the changes too.
    const QStringList two{QStringLiteral("1"), QStringLiteral("8453")};
    store.setWatched({watched(Alice, two)});
    QCOMPARE(store.changeInScope(Alice), dec("3000"));
    QVERIFY(!store.entry(Alice)->changes.find(QStringLiteral("56"), QString()));

    // The next refresh, of the two chains, with the same holdings: no change at all, no "-$6,000".
    store.setFetched(Alice, two, onlyChains(threeChains(QStringLiteral("2")), two), Later.addSecs(60));
    QCOMPARE(store.changeInScope(Alice), Decimal());
    QVERIFY(store.entry(Alice)->changes.rows.isEmpty());
}

void TestPortfolioStore::addedChainIsNotAGain()
{
    PortfolioStore store;
    const QStringList one{QStringLiteral("1")};
    store.setWatched({watched(Alice, one)});
    store.setFetched(Alice, one, onlyChains(threeChains(), one), Earlier);

    // Base is watched from now on: the address wants a fetch, and what Base holds is not a gain.
    const QStringList two{QStringLiteral("1"), QStringLiteral("8453")};
    QCOMPARE(store.setWatched({watched(Alice, two)}), QStringList{Alice});
    store.setFetched(Alice, two, onlyChains(threeChains(), two), Later);
    QCOMPARE(store.summary(Alice).total, dec("9000"));
    QCOMPARE(store.changeInScope(Alice), Decimal());
    QVERIFY(!store.entry(Alice)->changes.find(QStringLiteral("8453"), QString()));

    // From the refresh after, Base is compared like any chain.
    store.setFetched(Alice, two, {threeChains().at(0)}, Later.addSecs(60));
    QCOMPARE(store.changeInScope(Alice), dec("-6000"));
}

void TestPortfolioStore::refreshStates()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree)});
    store.setFetched(Alice, AllThree, threeChains(), Earlier);
    QSignalSpy states(&store, &PortfolioStore::stateChanged);
    store.setState(Alice, PortfolioStore::RefreshState::Fetching);
    store.setState(Alice, PortfolioStore::RefreshState::Failed, ApiError::timeout(1000));
    QCOMPARE(states.count(), 2);
    const PortfolioStore::Entry *entry = store.entry(Alice);
    QCOMPARE(entry->state, PortfolioStore::RefreshState::Failed);
    // A failure keeps the last good holdings, marked stale, and the summary counts it.
    QVERIFY(entry->snapshot.isStale());
    QCOMPARE(entry->snapshot.assets.size(), 3);
    QCOMPARE(store.summary(QString()).staleCount, 1);
    store.setState(Alice, PortfolioStore::RefreshState::Cancelled);
    QVERIFY(entry->snapshot.isStale());
    store.setFetched(Alice, AllThree, threeChains(), Later);
    QCOMPARE(entry->state, PortfolioStore::RefreshState::Idle);
    QVERIFY(!entry->snapshot.isStale());
    // Unknown addresses are ignored (removed while their request ran).
    store.setFetched(Bob, AllThree, threeChains(), Later);
    store.setState(Bob, PortfolioStore::RefreshState::Failed, ApiError::timeout(1000));
    QVERIFY(!store.entry(Bob));
}

void TestPortfolioStore::summariesFollowHoldings()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree), watched(Bob, AllThree)});
    // Watched but not fetched yet: counted all the same ("2 addresses", not "0 addresses").
    QCOMPARE(store.summary(QString()).addressCount, 2);
    QCOMPARE(store.summary(QString()).staleCount, 0);
    QList<TokenAsset> withRisk = threeChains();
    withRisk.append(asset(QStringLiteral("1"), QStringLiteral("0xbad"), QStringLiteral("SCAM"), QStringLiteral("1"),
                          QStringLiteral("99999"), true));
    store.setFetched(Alice, AllThree, withRisk, Earlier);
    store.restore(Bob, Later, AllThree, threeChains(QStringLiteral("0.5")));
    for (const QString &address : {Alice, Bob}) {
        const HoldingsSummary kept = store.summary(address);
        const HoldingsSummary summed = HoldingsSummary::of({store.entry(address)->snapshot}, {});
        QCOMPARE(kept.total, summed.total);
        QCOMPARE(kept.riskCount, summed.riskCount);
        QCOMPARE(kept.tokenCount, summed.tokenCount);
    }
    const HoldingsSummary all = store.summary(QString());
    QCOMPARE(all.total, dec("28500"));
    QCOMPARE(all.riskCount, 1);
    QCOMPARE(all.addressCount, 2);
    QCOMPARE(all.oldestFetch, Earlier);
    QCOMPARE(all.newestFetch, Later);
    // A restore is no refresh: nothing to compare with.
    QVERIFY(!store.entry(Bob)->hasChanges);
    QCOMPARE(store.summary(QStringLiteral("0xunknown")).addressCount, 0);
}

void TestPortfolioStore::clearHoldingsForgetsEverything()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree)});
    store.setFetched(Alice, AllThree, threeChains(), Earlier);
    store.setFetched(Alice, AllThree, threeChains(QStringLiteral("2")), Later);
    QSignalSpy holdings(&store, &PortfolioStore::holdingsChanged);
    store.clearHoldings();
    QCOMPARE(holdings.count(), 1);
    QVERIFY(!store.entry(Alice)->snapshot.hasData());
    QVERIFY(store.changesInScope(QString()).isEmpty());
    QCOMPARE(store.summary(QString()).total, Decimal());
    // Holdings from the new source are compared with nothing.
    store.setFetched(Alice, AllThree, threeChains(), Later.addSecs(60));
    QVERIFY(!store.entry(Alice)->hasChanges);
}

void TestPortfolioStore::verdictsApplyToSummariesAndChanges()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree)});
    const TokenAsset scam = asset(QStringLiteral("1"), QStringLiteral("0xbad"), QStringLiteral("SCAM"), QStringLiteral("1"),
                                  QStringLiteral("99999"), true);
    const TokenAsset fake = asset(QStringLiteral("56"), QStringLiteral("0xfa4e"), QStringLiteral("FAKE"), QStringLiteral("1"),
                                  QStringLiteral("500"));
    store.setFetched(Alice, AllThree, threeChains() << scam << fake, Earlier);
    QList<TokenAsset> later = threeChains() << scam << fake;
    later[3].balance = dec("2");
    later[3].balanceText = QStringLiteral("2");
    later[4].balance = dec("3");
    later[4].balanceText = QStringLiteral("3");
    store.setFetched(Alice, AllThree, later, Later);
    QCOMPARE(store.summary(Alice).total, dec("16500"));
    QCOMPARE(store.changeInScope(Alice), dec("1000"));

    QSignalSpy verdictsChanged(&store, &PortfolioStore::verdictsChanged);
    QSignalSpy holdings(&store, &PortfolioStore::holdingsChanged);
    TokenVerdicts verdicts;
    verdicts.set(scam, TokenVerdict::Trusted);
    verdicts.set(fake, TokenVerdict::Spam);
    store.setVerdicts(verdicts);
    QCOMPARE(verdictsChanged.size(), 1);
    QCOMPARE(holdings.size(), 1);
    // The trusted risk token counts, then and now; the spam one counts nowhere.
    QCOMPARE(store.summary(Alice).total, dec("15000") + dec("199998"));
    QCOMPARE(store.summary(QString()).riskCount, 1);
    QCOMPARE(store.changeInScope(Alice), dec("99999"));
    // OKX's flag is kept as it was.
    QVERIFY(store.entry(Alice)->snapshot.assets.at(3).isRiskToken);

    store.setVerdicts(TokenVerdicts());
    QCOMPARE(store.summary(Alice).total, dec("16500"));
    QCOMPARE(store.changeInScope(Alice), dec("1000"));
    QCOMPARE(verdictsChanged.size(), 2);
}

void TestPortfolioStore::tokenRefreshReplacesOneHolding()
{
    PortfolioStore store;
    store.setWatched({watched(Alice, AllThree)});
    const TokenRef eth{QStringLiteral("1"), QString()};
    // Never fetched: one token has nothing to join.
    store.setTokenFetched(Alice, eth, threeChains().first());
    QVERIFY(store.entry(Alice)->snapshot.assets.isEmpty());

    store.setFetched(Alice, AllThree, threeChains(), Earlier);
    // Nothing compared yet, and the token did not move: no claim of "no change" for the address.
    store.setTokenFetched(Alice, eth, threeChains().first());
    QVERIFY(!store.entry(Alice)->hasChanges);
    store.setFetched(Alice, AllThree, onlyChains(threeChains(QStringLiteral("2")), {QStringLiteral("1"), QStringLiteral("8453")}), Later);
    QCOMPARE(store.entry(Alice)->changes.rows.size(), 2); // ETH moved, BNB went
    QSignalSpy holdings(&store, &PortfolioStore::holdingsChanged);
    QSignalSpy tokens(&store, &PortfolioStore::tokenFetched);
    QSignalSpy fetched(&store, &PortfolioStore::fetched);

    // ETH again, now 3: its place, its change against the 2 shown; BNB's change and the time stay.
    store.setTokenFetched(Alice, eth, asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("3"), QStringLiteral("3000")));
    const PortfolioStore::Entry *entry = store.entry(Alice);
    QCOMPARE(entry->snapshot.assets.size(), 2);
    QCOMPARE(entry->snapshot.assets.first().balanceText, QStringLiteral("3"));
    QCOMPARE(entry->snapshot.fetchedAt, Later);
    QCOMPARE(entry->summary.total, dec("15000"));
    QCOMPARE(entry->changes.rows.size(), 2);
    QCOMPARE(entry->changes.find(QStringLiteral("1"), QString())->balanceDelta(), dec("1"));
    QCOMPARE(entry->changes.find(QStringLiteral("56"), QString())->kind, HoldingChange::Kind::Disappeared);
    QCOMPARE(holdings.count(), 1);
    QCOMPARE(tokens.count(), 1);
    // Not a whole refresh: nothing for the value history.
    QCOMPARE(fetched.count(), 0);

    // BNB held again; then ETH no longer held.
    store.setTokenFetched(Alice, {QStringLiteral("56"), QString()}, threeChains().at(1));
    QCOMPARE(store.entry(Alice)->changes.find(QStringLiteral("56"), QString())->kind, HoldingChange::Kind::Appeared);
    store.setTokenFetched(Alice, eth, std::nullopt);
    entry = store.entry(Alice);
    QCOMPARE(entry->snapshot.assets.size(), 2);
    QCOMPARE(entry->changes.find(QStringLiteral("1"), QString())->kind, HoldingChange::Kind::Disappeared);
    QCOMPARE(entry->summary.total, dec("12000"));

    // A chain no longer watched: the answer is dropped.
    store.setWatched({watched(Alice, {QStringLiteral("8453")})});
    store.setTokenFetched(Alice, {QStringLiteral("56"), QString()}, threeChains().at(1));
    QCOMPARE(store.entry(Alice)->snapshot.assets.size(), 1);
}

QTEST_GUILESS_MAIN(TestPortfolioStore)
#include "tst_portfoliostore.moc"

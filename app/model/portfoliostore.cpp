#include "model/portfoliostore.h"

#include "api/assetkey.h"

#include <QSet>

#include <algorithm>

namespace {

/** @p assets without those on chains outside @p chains. */
QList<TokenAsset> onChains(QList<TokenAsset> assets, const QStringList &chains)
{
    assets.removeIf([&chains](const TokenAsset &asset) { return !chains.contains(asset.chainIndex); });
    return assets;
}

/** The chains of @p chains that @p among also has, in @p chains' order. */
QStringList intersection(const QStringList &chains, const QStringList &among)
{
    QStringList both;
    for (const QString &chain : chains) {
        if (among.contains(chain))
            both.append(chain);
    }
    return both;
}

} // namespace

PortfolioStore::PortfolioStore(QObject *parent)
    : QObject(parent)
{
}

PortfolioStore::~PortfolioStore() = default;

QStringList PortfolioStore::setWatched(const QList<WatchedAddress> &watched)
{
    const QStringList before = addresses();
    bool relabelled = false;
    QStringList toFetch;
    QStringList rechained;
    QList<Entry> entries;
    entries.reserve(watched.size());
    QSet<QString> seen;
    for (const WatchedAddress &item : watched) {
        // An address listed twice is shown once (and its entry can only be moved once).
        if (seen.contains(item.address))
            continue;
        seen.insert(item.address);
        Entry *held = find(item.address);
        if (!held) {
            Entry entry;
            entry.snapshot.address = item.address;
            entry.snapshot.label = item.label;
            entry.snapshot.chains = item.chainIndexes;
            // Counted as an address from the start, before anything is fetched for it.
            updateSummary(entry);
            entries.append(entry);
            toFetch.append(item.address);
            continue;
        }
        Entry entry = std::move(*held);
        relabelled = relabelled || entry.snapshot.label != item.label;
        entry.snapshot.label = item.label;
        if (entry.snapshot.chains != item.chainIndexes) {
            const bool gained = std::any_of(item.chainIndexes.cbegin(), item.chainIndexes.cend(),
                                            [&entry](const QString &chain) { return !entry.snapshot.chains.contains(chain); });
            entry.snapshot.chains = item.chainIndexes;
            entry.coveredChains = intersection(entry.coveredChains, item.chainIndexes);
            entry.snapshot.assets = onChains(entry.snapshot.assets, item.chainIndexes);
            if (entry.hasChanges)
                entry.changes = entry.changes.onChains(item.chainIndexes);
            updateSummary(entry);
            rechained.append(item.address);
            if (gained)
                toFetch.append(item.address);
        }
        entries.append(std::move(entry));
    }

    m_entries = std::move(entries);
    reindex();
    for (const QString &address : before) {
        if (!m_index.contains(address))
            emit addressRemoved(address);
    }
    if (relabelled || before != addresses())
        emit addressesChanged();
    for (const QString &address : std::as_const(rechained))
        emit holdingsChanged(address);
    return toFetch;
}

void PortfolioStore::restore(const QString &address, const QDateTime &fetchedAt, const QStringList &chains,
                             const QList<TokenAsset> &assets)
{
    Entry *entry = find(address);
    if (!entry)
        return;
    entry->snapshot.fetchedAt = fetchedAt;
    entry->coveredChains = intersection(chains, entry->snapshot.chains);
    entry->snapshot.assets = onChains(assets, entry->snapshot.chains);
    entry->hasChanges = false;
    updateSummary(*entry);
    emit holdingsChanged(address);
}

void PortfolioStore::setFetched(const QString &address, const QStringList &chains, QList<TokenAsset> assets,
                                const QDateTime &fetchedAt)
{
    // The address may have been removed while its request ran: then there is nothing to update.
    Entry *entry = find(address);
    if (!entry)
        return;
    // Chains edited while the request ran: only what is still watched counts.
    const QStringList covered = intersection(chains, entry->snapshot.chains);
    assets = onChains(std::move(assets), covered);
    // Without earlier holdings there is nothing to compare with: every token would look new. Only
    // chains both refreshes covered are compared: a chain just added is not a gain.
    entry->hasChanges = entry->snapshot.hasData();
    if (entry->hasChanges) {
        const QStringList both = intersection(covered, entry->coveredChains);
        entry->changes = HoldingsDiff::compare(address, onChains(entry->snapshot.assets, both), onChains(assets, both));
    }
    entry->snapshot.assets = std::move(assets);
    entry->snapshot.fetchedAt = fetchedAt;
    entry->snapshot.error = ApiError();
    entry->coveredChains = covered;
    entry->state = RefreshState::Idle;
    updateSummary(*entry);
    emit holdingsChanged(address);
    emit stateChanged(address);
    emit fetched(address);
}

void PortfolioStore::setTokenFetched(const QString &address, const TokenRef &token, std::optional<TokenAsset> holding)
{
    // The address or the chain may have gone while the request ran; without holdings there is
    // nothing for one token to join.
    Entry *entry = find(address);
    if (!entry || !entry->snapshot.hasData() || !entry->snapshot.chains.contains(token.chainIndex))
        return;
    const QString key = AssetKey::of(token.chainIndex, token.tokenContractAddress);
    QList<TokenAsset> &assets = entry->snapshot.assets;
    QList<TokenAsset> before;
    qsizetype at = -1;
    for (qsizetype i = 0; i < assets.size();) {
        if (AssetKey::of(assets.at(i)) != key) {
            ++i;
            continue;
        }
        // A holding listed twice becomes the one answer, in the place of the first.
        before.append(assets.at(i));
        if (at < 0)
            at = i++;
        else
            assets.removeAt(i);
    }
    const QList<TokenAsset> after = holding ? QList<TokenAsset>{*holding} : QList<TokenAsset>();
    if (holding && at >= 0)
        assets[at] = std::move(*holding);
    else if (holding)
        assets.append(std::move(*holding));
    else if (at >= 0)
        assets.removeAt(at);

    const AddressChanges tokenChanges = HoldingsDiff::compare(address, before, after);
    // Without a refresh compared before, an unchanged token makes no claim of "no change" for the rest.
    if (entry->hasChanges || !tokenChanges.rows.isEmpty()) {
        AddressChanges changes;
        changes.address = address;
        if (entry->hasChanges)
            changes = std::move(entry->changes);
        entry->changes = changes.replacing(key, tokenChanges);
        entry->hasChanges = true;
    }
    updateSummary(*entry);
    emit holdingsChanged(address);
    emit tokenFetched(address);
}

void PortfolioStore::setState(const QString &address, RefreshState state, const ApiError &error)
{
    Entry *entry = find(address);
    if (!entry)
        return;
    entry->state = state;
    if (state == RefreshState::Failed)
        entry->snapshot.error = error;
    // Only the state moved: a refresh sets every address fetching, which must not re-sum its assets.
    updateStateCounts(*entry);
    emit stateChanged(address);
}

void PortfolioStore::clearHoldings()
{
    for (Entry &entry : m_entries) {
        if (!entry.snapshot.hasData() && !entry.hasChanges)
            continue;
        entry.snapshot.assets.clear();
        entry.snapshot.fetchedAt = QDateTime();
        entry.snapshot.error = ApiError();
        entry.coveredChains.clear();
        entry.hasChanges = false;
        entry.changes = AddressChanges();
        updateSummary(entry);
        emit holdingsChanged(entry.snapshot.address);
    }
}

void PortfolioStore::setVerdicts(const TokenVerdicts &verdicts)
{
    if (verdicts == m_verdicts)
        return;
    m_verdicts = verdicts;
    for (Entry &entry : m_entries)
        updateSummary(entry);
    emit verdictsChanged();
    for (const Entry &entry : std::as_const(m_entries))
        emit holdingsChanged(entry.snapshot.address);
}

const PortfolioStore::Entry *PortfolioStore::entry(const QString &address) const
{
    const qsizetype at = m_index.value(address, -1);
    return at < 0 ? nullptr : &m_entries.at(at);
}

PortfolioStore::Entry *PortfolioStore::find(const QString &address)
{
    const qsizetype at = m_index.value(address, -1);
    return at < 0 ? nullptr : &m_entries[at];
}

QStringList PortfolioStore::addresses() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.snapshot.address);
    return result;
}

QList<PortfolioSnapshot> PortfolioStore::snapshotsInScope(const QString &address) const
{
    QList<PortfolioSnapshot> result;
    for (const Entry &entry : m_entries) {
        if (address.isEmpty() || entry.snapshot.address == address)
            result.append(entry.snapshot);
    }
    return result;
}

HoldingsSummary PortfolioStore::summary(const QString &address) const
{
    if (const Entry *single = address.isEmpty() ? nullptr : entry(address))
        return single->summary;
    HoldingsSummary all;
    if (address.isEmpty()) {
        for (const Entry &each : m_entries)
            all.add(each.summary);
    }
    return all;
}

QList<AddressChanges> PortfolioStore::changesInScope(const QString &address) const
{
    QList<AddressChanges> result;
    for (const Entry &entry : m_entries) {
        if (entry.hasChanges && (address.isEmpty() || entry.snapshot.address == address))
            result.append(entry.changes);
    }
    return result;
}

Decimal PortfolioStore::changeInScope(const QString &address) const
{
    Decimal total;
    for (const Entry &entry : m_entries) {
        if (entry.hasChanges && (address.isEmpty() || entry.snapshot.address == address))
            total += entry.changes.totalDeltaUsd(m_verdicts);
    }
    return total;
}

QList<SuspiciousHolding> PortfolioStore::suspiciousInScope(const QString &address) const
{
    QList<SuspiciousHolding> result;
    for (const Entry &entry : m_entries) {
        if (address.isEmpty() || entry.snapshot.address == address)
            result += entry.suspicious;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const SuspiciousHolding &a, const SuspiciousHolding &b) { return a.value > b.value; });
    return result;
}

void PortfolioStore::reindex()
{
    m_index.clear();
    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).snapshot.address, i);
}

void PortfolioStore::updateSummary(Entry &entry) const
{
    entry.summary = HoldingsSummary::of({entry.snapshot}, m_verdicts);
    entry.suspicious = SuspiciousHolding::findIn(entry.snapshot, entry.hasChanges ? &entry.changes : nullptr, m_verdicts);
    updateStateCounts(entry);
}

void PortfolioStore::updateStateCounts(Entry &entry)
{
    entry.summary.staleCount = entry.snapshot.isStale() ? 1 : 0;
    entry.summary.stoppedCount = entry.state == RefreshState::Cancelled && entry.snapshot.hasData() ? 1 : 0;
}

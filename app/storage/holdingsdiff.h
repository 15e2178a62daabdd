#pragma once

#include "api/tokenasset.h"
#include "money/decimal.h"
#include "storage/tokenverdicts.h"

#include <QHash>
#include <QList>
#include <QString>

/** How one holding (a token on a chain) changed between two refreshes of an address. */
struct HoldingChange
{
    enum class Kind {
        Unchanged,   ///< same balance and same value (only its risk flag may have changed)
        Changed,     ///< balance or value (price) moved
        Appeared,    ///< held now, not before
        Disappeared, ///< held before, not now
    };

    Kind kind = Kind::Unchanged;
    QString chainIndex;
    /** As the API spells it; "" is the native coin. */
    QString tokenContractAddress;
    QString symbol;
    /** OKX's risk flag now (before, for Disappeared). */
    bool isRiskToken = false;
    /** OKX's risk flag before (now, for Appeared). */
    bool wasRiskToken = false;

    /** Zero for Appeared. */
    Decimal previousBalance;
    /** Zero for Disappeared. */
    Decimal currentBalance;
    /** Exact USD values (zero when unpriced). */
    Decimal previousValueUsd;
    Decimal currentValueUsd;

    Decimal balanceDelta() const { return currentBalance - previousBalance; }
    Decimal valueDeltaUsd() const { return currentValueUsd - previousValueUsd; }
    /**
     * What this holding moved the address's total by: risk tokens count in no total, and the
     * user's @p verdict on the token overrides OKX's flag then and now alike.
     */
    Decimal totalDeltaUsd(TokenVerdict verdict) const;
};

/**
 * The changes of one address between two refreshes. Only holdings that changed are listed (a
 * holding whose balance, value and risk flag are all as before has no row): with 10,000 holdings,
 * a refresh that moved a few keeps a few rows, not 10,000.
 */
struct AddressChanges
{
    QString address;
    /** The current holdings that changed, in their order, then the disappeared ones. */
    QList<HoldingChange> rows;
    /** AssetKey::of() of each row to its place in rows: find() runs for every painted cell. */
    QHash<QString, qsizetype> rowByKey;

    /** How much the address's total (priced, non-risk holdings, as everywhere, under @p verdicts) moved. */
    Decimal totalDeltaUsd(const TokenVerdicts &verdicts) const;
    /** The row of (@p chainIndex, @p tokenContractAddress), or nullptr when it did not change. */
    const HoldingChange *find(const QString &chainIndex, const QString &tokenContractAddress) const;
    /** The row whose AssetKey::of() is @p key, or nullptr when it did not change. */
    const HoldingChange *find(const QString &key) const;
    /**
     * These changes without the rows of chains outside @p chainIndexes (the user stopped watching a
     * chain: its holdings neither were nor are part of the address's value).
     */
    AddressChanges onChains(const QStringList &chainIndexes) const;

    /**
     * These changes with the row of the holding @p key (AssetKey::of()) replaced by those of
     * @p token, the changes of that holding alone: after a refresh of one token.
     */
    AddressChanges replacing(const QString &key, const AddressChanges &token) const;

    /** Adds @p row under @p key. */
    void append(const QString &key, const HoldingChange &row);
};

/**
 * Exact comparison of two holdings lists of one address. Holdings are matched on chain and token
 * contract (EVM contracts without regard to case); a holding listed twice in one list counts with
 * its balances summed. Risk tokens get rows like any other but, as everywhere in the app, never
 * count in the totals.
 */
namespace HoldingsDiff {

AddressChanges compare(const QString &address, const QList<TokenAsset> &previous, const QList<TokenAsset> &current);

} // namespace HoldingsDiff

#pragma once

#include "api/tokenasset.h"
#include "money/decimal.h"

#include <QHash>
#include <QList>
#include <QString>

/** How one holding (a token on a chain) changed between two refreshes of an address. */
struct HoldingChange
{
    enum class Kind {
        Unchanged,   ///< same balance and same value
        Changed,     ///< balance or value (price) moved
        Appeared,    ///< held now, not before
        Disappeared, ///< held before, not now
    };

    Kind kind = Kind::Unchanged;
    QString chainIndex;
    /** As the API spells it; "" is the native coin. */
    QString tokenContractAddress;
    QString symbol;
    bool isRiskToken = false;

    /** Zero for Appeared. */
    Decimal previousBalance;
    /** Zero for Disappeared. */
    Decimal currentBalance;
    /** Exact USD values (zero when unpriced). */
    Decimal previousValueUsd;
    Decimal currentValueUsd;

    Decimal balanceDelta() const { return currentBalance - previousBalance; }
    Decimal valueDeltaUsd() const { return currentValueUsd - previousValueUsd; }
};

/** The changes of one address between two refreshes. */
struct AddressChanges
{
    QString address;
    /** Every holding of either list: the current ones in their order, then the disappeared ones. */
    QList<HoldingChange> rows;
    /** AssetKey::of() of each row to its place in rows: find() runs for every painted cell. */
    QHash<QString, qsizetype> rowByKey;
    /** Totals of the priced, non-risk holdings, as in every other total of the app. */
    Decimal previousTotalUsd;
    Decimal currentTotalUsd;

    Decimal totalDeltaUsd() const { return currentTotalUsd - previousTotalUsd; }
    /** Whether any row is not Unchanged. */
    bool hasChanges() const;
    /** The row of (@p chainIndex, @p tokenContractAddress), or nullptr. */
    const HoldingChange *find(const QString &chainIndex, const QString &tokenContractAddress) const;
    /** The row whose AssetKey::of() is @p key, or nullptr. */
    const HoldingChange *find(const QString &key) const;
    /**
     * These changes without the rows of chains outside @p chainIndexes, totals summed again (the
     * user stopped watching a chain: its holdings neither were nor are part of the address's value).
     */
    AddressChanges onChains(const QStringList &chainIndexes) const;
};

/** The changes of every refreshed address, with the exact grand total. */
struct ChangeSet
{
    QList<AddressChanges> addresses;

    Decimal totalDeltaUsd() const;
    bool hasChanges() const;
    /** The changes of @p address (EVM without regard to case), or nullptr. */
    const AddressChanges *find(const QString &address) const;
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

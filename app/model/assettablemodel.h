#pragma once

#include "api/assetkey.h"
#include "model/amountdisplay.h"
#include "model/portfoliostore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <functional>

/**
 * The holdings of every address of a PortfolioStore as one table: a row per (owner address, chain,
 * token), with the store's changes in the Change column.
 *
 * It follows the store address by address: when an address's holdings change, its rows are matched
 * by AssetKey::ofHolding() and updated in place: changed rows get dataChanged, new tokens are
 * inserted, vanished ones removed. It never resets on a refresh, so a view's selection, sort and
 * scroll position survive one.
 *
 * Views show DisplayRole (formatted through the current AmountDisplay: locale and privacy); sorting,
 * filtering, charts and exports read the typed roles below and never parse display text.
 */
class AssetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetTableModel)

public:
    enum Column {
        TokenColumn,    ///< symbol, with a warning icon for risk tokens and the user's verdict, if any
        ChainColumn,    ///< chain name
        BalanceColumn,  ///< token balance
        PriceColumn,    ///< USD per unit
        ValueColumn,    ///< USD value
        ChangeColumn,   ///< USD value change since the previous refresh; "New" for a token that appeared
        ShareColumn,    ///< percentage of the share scope's total
        AddressColumn,  ///< the owner's label (useful in the all-addresses view)
        ContractColumn, ///< token contract, shortened (full in the tooltip), or "Native coin"
        ColumnCount
    };
    Q_ENUM(Column)

    /** Typed data, the same for every column of a row. */
    enum Role {
        /** Decimal: the exact balance in token units. */
        BalanceRole = Qt::UserRole,
        /** Decimal: the exact USD price per unit (zero when unpriced). */
        PriceRole,
        /** Decimal: the exact USD value, balance × price (zero when unpriced). */
        ValueRole,
        /** Decimal: percent of the share scope's total, to 6 decimals; invalid when the row does not count. */
        ShareRole,
        /** bool: OKX flags the token as a risky airdrop or honeypot (OKX's flag, whatever the user's verdict). */
        IsRiskRole,
        /** int (TokenVerdict): the user's verdict on the token (spam, trusted), None without one. */
        VerdictRole,
        /** bool: the row is left out as a risk token: OKX flags it and the user does not trust it, or the user marked it as spam. */
        LeftOutAsRiskRole,
        /** bool: OKX has a price for the token. */
        IsPricedRole,
        /** bool: the row counts in totals, shares and the chart (TokenVerdicts::counts()). */
        CountsRole,
        /** QString: the token symbol as the API gave it. */
        SymbolRole,
        /** QString: the OKX chain index ("1", "501" …). */
        ChainIndexRole,
        /** QString: the chain's display name. */
        ChainNameRole,
        /** QString: the token contract; empty for the chain's native coin. */
        ContractRole,
        /** QString: the watched address that holds the token. */
        OwnerAddressRole,
        /** QString: the owner's label, or its short address when it has none. */
        OwnerLabelRole,
        /** QString: the API's balance text, verbatim. */
        BalanceTextRole,
        /** QString: the API's price text, verbatim. */
        PriceTextRole,
        /** QString: the API's base-unit balance, verbatim; often empty (unknown). */
        RawBalanceRole,
        /** QString: AssetKey::ofHolding(), owner + chain + contract; unique per row and stable across refreshes. */
        RowKeyRole,
        /** QDateTime: when the owner's holdings were fetched. */
        FetchedAtRole,
        /** TokenAsset: the holding as the API reported it (for exports). */
        AssetRole,
        /** int (HoldingChange::Kind): how the row changed in its address's latest refresh. */
        ChangeKindRole,
        /** Decimal: exact balance change since the previous refresh (zero when unchanged or unknown). */
        BalanceDeltaRole,
        /** Decimal: exact USD value change since the previous refresh (zero when unchanged or unknown). */
        ValueDeltaRole,
        /**
         * The exact key the cell's column sorts by, one role for every column so none can be
         * forgotten: a Decimal for a number (Change: the USD change, a new token's being its
         * value), a QString for text, or invalid where the row has no number (unpriced, a risk
         * token's value, a change not known yet), which sorts last either way.
         */
        SortKeyRole,
        /**
         * QString: an amount cell's text in a compact form that keeps its magnitude ("$45.6M",
         * "47.0M"), for where the whole text cannot be shown; other cells: their DisplayRole.
         */
        CompactTextRole,
        /**
         * QString: an amount cell's exact number in plain notation, as Copy gives it: the balance,
         * and the price and value in the currency shown (CNY: converted, unrounded); empty for
         * other cells and where there is no number.
         */
        ExactTextRole,
        /** QString: TokenIdentity::key, the same for every holding of the same token, across chains and addresses. */
        IdentityKeyRole,
        /** QString: TokenIdentity::symbol, the token's name across chains ("USDC" for USDC.e). */
        IdentitySymbolRole,
    };
    Q_ENUM(Role)

    /** Shows the holdings of @p store, which must outlive the model. */
    explicit AssetTableModel(const PortfolioStore *store, QObject *parent = nullptr);
    ~AssetTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const PortfolioStore *store() const { return m_store; }

    /** The address the Share column is relative to; empty for all addresses. */
    void setShareScope(const QString &address);
    QString shareScope() const { return m_shareScope; }
    /** The exact total of the priced, non-risk holdings in the share scope. */
    const Decimal &scopeTotal() const { return m_scopeTotal; }

    const AmountDisplay &display() const { return m_display; }
    /** Changes locale or privacy mode; every displayed text is refreshed. */
    void setDisplay(const AmountDisplay &display);
    /** Re-emits headers and texts after the UI language changed. */
    void retranslate();

signals:
    /** The AmountDisplay changed (locale or privacy). */
    void displayChanged();

private:
    struct Row
    {
        Row(QString owner, const TokenAsset &asset)
            : owner(std::move(owner)), asset(asset), value(asset.valueUsd()), key(AssetKey::of(asset))
        {
        }

        QString owner;
        TokenAsset asset;
        /** asset.valueUsd(), kept because sorting asks for it n log n times. */
        Decimal value;
        /** AssetKey::of(asset), the same across refreshes: the Change column looks it up per sort comparison. */
        QString key;
    };

    /** Brings @p address's rows in line with its holdings in the store, in place. */
    void updateRows(const QString &address);
    void removeRowsWhere(const std::function<bool(const Row &)> &predicate);
    void updateScopeTotal();
    void emitAllChanged(int firstColumn, int lastColumn);

    QVariant displayData(const Row &row, int column) const;
    QVariant compactData(const Row &row, int column) const;
    QString exactText(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    /**
     * A price's or value's tooltip: @p line with %1 the exact amount of @p usd in the currency shown,
     * then the other currency when known, and the rate in use.
     */
    QString exactTip(const QString &line, const Decimal &usd) const;
    QVariant foregroundData(const Row &row, int column) const;
    const HoldingChange *changeOf(const Row &row) const;
    QVariant changeData(const Row &row, int role) const;
    QVariant sortKey(const Row &row, int column) const;
    void emitOwnerChanged(const QString &owner, int firstColumn, int lastColumn);
    bool countsInTotal(const Row &row) const;
    TokenVerdict verdictOf(const Row &row) const;
    bool leftOutAsRisk(const Row &row) const;
    /** What the Token cell and the tooltips say of a row's risk flag and verdict; empty when neither. */
    QString riskStatus(const Row &row) const;
    QString riskExplanation(const Row &row) const;
    bool inShareScope(const Row &row) const;
    QString ownerLabel(const QString &owner) const;

    const PortfolioStore *m_store;
    QList<Row> m_rows;
    QString m_shareScope;
    Decimal m_scopeTotal;
    AmountDisplay m_display;
    QIcon m_warningIcon;
};

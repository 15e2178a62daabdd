#pragma once

#include "money/decimal.h"

#include <QAbstractTableModel>
#include <QPersistentModelIndex>

class AssetTableModel;

/**
 * Who holds a token: every watched address and chain whose holding is that token as TokenIdentity
 * has it (AssetTableModel::IdentityKeyRole), whatever the filters of the window, with its balance,
 * value and share of the token's whole balance, and their exact sums. Follows the table model: a
 * refresh, a verdict or privacy mode shows at once.
 */
class HoldersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldersModel)

public:
    enum Column {
        LabelColumn,   ///< the address's label, or its short form
        AddressColumn, ///< the whole address
        ChainColumn,   ///< the chain's name
        BalanceColumn, ///< the balance, in the token's units
        ValueColumn,   ///< its USD value
        ShareColumn,   ///< its share of the token's whole balance
        ColumnCount
    };
    Q_ENUM(Column)

    /** Roles beside AssetTableModel's own, which the rows answer as the table does (SortKeyRole per column here). */
    enum Role {
        /** QString: the cell as Copy puts it on the clipboard: exact plain numbers, or the mask in privacy mode. */
        CopyTextRole = Qt::UserRole + 500,
    };

    /** The holders of the token whose identity key is @p identityKey, in @p table (which must outlive the model). */
    HoldersModel(const AssetTableModel *table, const QString &identityKey, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The token's name across chains ("USDC"). */
    QString symbol() const { return m_symbol; }
    /** The exact sum of the holders' balances. */
    const Decimal &totalBalance() const { return m_totalBalance; }
    /** The exact sum of the priced holders' values. */
    const Decimal &totalValue() const { return m_totalValue; }
    /** Whether some holding is priced (else the value is unknown, not zero). */
    bool isPriced() const { return m_priced; }
    /** "Total: <balance> USDC · $<value>": exact, masked in privacy mode. */
    QString totalText() const;

signals:
    /** The rows or the totals changed. */
    void totalsChanged();

private:
    void reload();
    QVariant displayData(const QModelIndex &holding, int column, bool copy) const;
    QVariant sortKey(const QModelIndex &holding, int column) const;
    Decimal shareOf(const QModelIndex &holding) const;

    const AssetTableModel *m_table;
    QString m_key;
    QString m_symbol;
    /** The table's rows (column 0) that hold the token. */
    QList<QPersistentModelIndex> m_rows;
    Decimal m_totalBalance;
    Decimal m_totalValue;
    bool m_priced = false;
};

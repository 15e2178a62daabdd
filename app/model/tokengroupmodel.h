#pragma once

#include "model/assettablemodel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>

/**
 * The holdings of a source model (an AssetTableModel, or the filter proxy over it, so that the
 * search and the filters apply) folded by token: a top row per token as TokenIdentity tells them
 * apart (AssetTableModel::IdentityKeyRole), with the exact sums of its holdings' balances and
 * values, and the holdings themselves as its children, across chains and addresses.
 *
 * Columns and roles are AssetTableModel's. A child answers what its source row answers; a group
 * answers the sums (BalanceRole, ValueRole: Decimal, exact), its symbol, a SortKeyRole per column
 * and a RowKeyRole of its own, so HoldingSortProxy sorts both levels.
 *
 * It follows the source's signals in place: rows added, removed or changed move in and out of the
 * groups with row insertions and removals and the sums are emitted as dataChanged, so expanded
 * groups, the selection and the scroll position survive a refresh. Inactive (the flat table is
 * shown), it holds nothing and costs nothing.
 */
class TokenGroupModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenGroupModel)

public:
    enum Role {
        /** bool: the row is a token's group (not one holding). */
        IsGroupRole = AssetTableModel::IdentitySymbolRole + 1,
        /** int: how many holdings the group folds; 1 for a holding. */
        HoldingCountRole,
    };
    Q_ENUM(Role)

    /**
     * Groups the rows of @p source (AssetTableModel's rows and roles); @p table, the AssetTableModel
     * under it, gives the amount display and the share scope's total. Both must outlive the model.
     */
    TokenGroupModel(const AssetTableModel *table, QAbstractItemModel *source, QObject *parent = nullptr);
    ~TokenGroupModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The source row of a holding's @p index; invalid for a group. */
    QModelIndex mapToSource(const QModelIndex &index) const;

    bool isActive() const { return m_active; }
    /** Follows the source (active), or holds nothing and ignores it. */
    void setActive(bool active);

private:
    /** What a group sums up, computed whenever its holdings change. */
    struct Totals
    {
        Decimal balance;
        /** Of the priced holdings. */
        Decimal value;
        /** Of the holdings that count (TokenVerdicts::counts()). */
        Decimal counted;
        Decimal valueDelta;
        bool priced = false;
        bool counts = false;
        bool leftOutAsRisk = false;
        bool changeKnown = false;
        QStringList chains;
        QStringList owners;
        QStringList contracts;

        friend bool operator==(const Totals &a, const Totals &b)
        {
            return a.balance == b.balance && a.value == b.value && a.counted == b.counted
                && a.valueDelta == b.valueDelta && a.priced == b.priced && a.counts == b.counts
                && a.leftOutAsRisk == b.leftOutAsRisk && a.changeKnown == b.changeKnown && a.chains == b.chains
                && a.owners == b.owners && a.contracts == b.contracts;
        }
    };

    struct Group
    {
        /** Stable while the group lives: its children's internalId. */
        quintptr id = 0;
        QString key;
        QString symbol;
        /** The source rows (column 0) of its holdings, and their row keys, in the same order. */
        QList<QPersistentModelIndex> holdings;
        QStringList rowKeys;
        Totals totals;
    };

    /** A group as the source's rows make it now. */
    struct Wanted
    {
        QString key;
        QString symbol;
        QList<int> rows;
        QStringList rowKeys;
    };

    /** The groups the source's rows make, in the order of their first row. */
    QList<Wanted> wanted() const;
    /** Brings the groups in line with the source with row insertions and removals; @p changedRows changed their data. */
    void sync(const QSet<QString> &changedRows = {});
    /** Builds the groups anew (inside a reset). */
    void rebuild();
    Group makeGroup(const Wanted &wanted);
    Totals totalsOf(const Group &group) const;
    void reindex();

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant groupDisplay(const Group &group, int column, bool compact) const;
    QVariant groupSortKey(const Group &group, int column) const;
    /** How many of @p names: the name itself when there is one, else "%n chains" and the like. */
    QString countText(const QStringList &names, int column) const;

    const AssetTableModel *m_table;
    QAbstractItemModel *m_source;
    bool m_active = false;
    QList<Group> m_groups;
    /** Group id → its row, for parent(). */
    QHash<quintptr, int> m_rowOfId;
    quintptr m_nextId = 1;
};

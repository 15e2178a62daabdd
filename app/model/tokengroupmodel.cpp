#include "model/tokengroupmodel.h"

#include <QFont>
#include <QSet>

namespace {

using Table = AssetTableModel;

Decimal decimalOf(const QModelIndex &index, int role)
{
    return index.data(role).value<Decimal>();
}

void addDistinct(QStringList &names, const QString &name)
{
    if (!names.contains(name))
        names.append(name);
}

} // namespace

TokenGroupModel::TokenGroupModel(const AssetTableModel *table, QAbstractItemModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_table(table)
    , m_source(source)
{
    const auto follow = [this] {
        if (m_active)
            sync();
    };
    connect(source, &QAbstractItemModel::rowsInserted, this, follow);
    connect(source, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(source, &QAbstractItemModel::rowsMoved, this, follow);
    connect(source, &QAbstractItemModel::layoutChanged, this, follow);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_active)
            beginResetModel();
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_active)
            return;
        rebuild();
        endResetModel();
    });
    // A changed row may change its token's identity (a verdict), its group's sums, or only its texts.
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (!m_active)
            return;
        QSet<QString> changed;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            changed.insert(m_source->index(row, 0).data(Table::RowKeyRole).toString());
        sync(changed);
    });
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
}

TokenGroupModel::~TokenGroupModel() = default;

void TokenGroupModel::setActive(bool active)
{
    if (active == m_active)
        return;
    beginResetModel();
    m_active = active;
    if (active)
        rebuild();
    else
        m_groups.clear();
    reindex();
    endResetModel();
}

QList<TokenGroupModel::Wanted> TokenGroupModel::wanted() const
{
    QList<Wanted> groups;
    QHash<QString, qsizetype> byKey;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const QModelIndex index = m_source->index(row, 0);
        const QString key = index.data(Table::IdentityKeyRole).toString();
        auto found = byKey.constFind(key);
        if (found == byKey.cend()) {
            found = byKey.insert(key, groups.size());
            groups.append(Wanted{key, index.data(Table::IdentitySymbolRole).toString(), {}, {}});
        }
        Wanted &group = groups[*found];
        group.rows.append(row);
        group.rowKeys.append(index.data(Table::RowKeyRole).toString());
    }
    return groups;
}

TokenGroupModel::Group TokenGroupModel::makeGroup(const Wanted &wanted)
{
    Group group;
    group.id = m_nextId++;
    group.key = wanted.key;
    group.symbol = wanted.symbol;
    group.rowKeys = wanted.rowKeys;
    for (int row : wanted.rows)
        group.holdings.append(m_source->index(row, 0));
    group.totals = totalsOf(group);
    return group;
}

void TokenGroupModel::rebuild()
{
    m_groups.clear();
    const QList<Wanted> groups = wanted();
    for (const Wanted &group : groups)
        m_groups.append(makeGroup(group));
    reindex();
}

void TokenGroupModel::reindex()
{
    m_rowOfId.clear();
    for (int row = 0; row < m_groups.size(); ++row)
        m_rowOfId.insert(m_groups.at(row).id, row);
}

void TokenGroupModel::sync(const QSet<QString> &changedRows)
{
    const QList<Wanted> groups = wanted();
    QHash<QString, const Wanted *> byKey;
    for (const Wanted &group : groups)
        byKey.insert(group.key, &group);

    // Groups that are gone, from the last so that the rows before keep their numbers.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (byKey.contains(m_groups.at(row).key))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_groups.removeAt(row);
        reindex();
        endRemoveRows();
    }

    QSet<QString> known;
    for (int row = 0; row < m_groups.size(); ++row) {
        const Wanted &want = *byKey.value(m_groups.at(row).key);
        known.insert(want.key);
        const QModelIndex parent = index(row, 0);
        const QSet<QString> keep(want.rowKeys.cbegin(), want.rowKeys.cend());
        for (int child = int(m_groups.at(row).rowKeys.size()) - 1; child >= 0; --child) {
            if (keep.contains(m_groups.at(row).rowKeys.at(child)))
                continue;
            beginRemoveRows(parent, child, child);
            m_groups[row].rowKeys.removeAt(child);
            m_groups[row].holdings.removeAt(child);
            endRemoveRows();
        }
        Group &group = m_groups[row];
        // Every holding's source row as it is now (rows before it may have come or gone).
        QHash<QString, int> sourceRow;
        for (qsizetype i = 0; i < want.rowKeys.size(); ++i)
            sourceRow.insert(want.rowKeys.at(i), want.rows.at(i));
        bool childrenChanged = false;
        for (qsizetype child = 0; child < group.rowKeys.size(); ++child) {
            group.holdings[child] = m_source->index(sourceRow.value(group.rowKeys.at(child)), 0);
            childrenChanged = childrenChanged || changedRows.contains(group.rowKeys.at(child));
        }
        const QSet<QString> have(group.rowKeys.cbegin(), group.rowKeys.cend());
        QStringList added;
        for (const QString &rowKey : want.rowKeys) {
            if (!have.contains(rowKey))
                added.append(rowKey);
        }
        if (!added.isEmpty()) {
            beginInsertRows(parent, int(group.rowKeys.size()), int(group.rowKeys.size() + added.size()) - 1);
            for (const QString &rowKey : std::as_const(added)) {
                group.rowKeys.append(rowKey);
                group.holdings.append(m_source->index(sourceRow.value(rowKey), 0));
            }
            endInsertRows();
        }
        const Totals totals = totalsOf(group);
        const bool totalsChanged = !(totals == group.totals);
        group.totals = totals;
        if (totalsChanged || childrenChanged || !added.isEmpty())
            emit dataChanged(index(row, 0), index(row, Table::ColumnCount - 1));
        if (childrenChanged)
            emit dataChanged(index(0, 0, parent), index(int(group.rowKeys.size()) - 1, Table::ColumnCount - 1, parent));
    }

    QList<Group> fresh;
    for (const Wanted &want : groups) {
        if (!known.contains(want.key))
            fresh.append(makeGroup(want));
    }
    if (!fresh.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_groups.size()), int(m_groups.size() + fresh.size()) - 1);
        m_groups += fresh;
        reindex();
        endInsertRows();
    }
}

TokenGroupModel::Totals TokenGroupModel::totalsOf(const Group &group) const
{
    Totals totals;
    totals.leftOutAsRisk = !group.holdings.isEmpty();
    for (const QPersistentModelIndex &holding : group.holdings) {
        if (!holding.isValid())
            continue;
        const QModelIndex row = holding;
        totals.balance += decimalOf(row, Table::BalanceRole);
        if (row.data(Table::IsPricedRole).toBool()) {
            totals.priced = true;
            totals.value += decimalOf(row, Table::ValueRole);
        }
        if (row.data(Table::CountsRole).toBool()) {
            totals.counts = true;
            totals.counted += decimalOf(row, Table::ValueRole);
        }
        totals.leftOutAsRisk = totals.leftOutAsRisk && row.data(Table::LeftOutAsRiskRole).toBool();
        // The Change column's key is valid once the owner's changes are known.
        if (row.siblingAtColumn(Table::ChangeColumn).data(Table::SortKeyRole).isValid()) {
            totals.changeKnown = true;
            totals.valueDelta += decimalOf(row, Table::ValueDeltaRole);
        }
        addDistinct(totals.chains, row.data(Table::ChainNameRole).toString());
        addDistinct(totals.owners, row.data(Table::OwnerLabelRole).toString());
        addDistinct(totals.contracts, row.siblingAtColumn(Table::ContractColumn).data().toString());
    }
    return totals;
}

QModelIndex TokenGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= Table::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &group = m_groups.at(parent.row());
    return row < group.holdings.size() ? createIndex(row, column, group.id) : QModelIndex();
}

QModelIndex TokenGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_rowOfId.value(child.internalId(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int TokenGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).holdings.size());
}

int TokenGroupModel::columnCount(const QModelIndex &) const
{
    return Table::ColumnCount;
}

QModelIndex TokenGroupModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return {};
    const QModelIndex group = parent(index);
    if (!group.isValid())
        return {};
    const QPersistentModelIndex &holding = m_groups.at(group.row()).holdings.at(index.row());
    return holding.isValid() ? m_source->index(holding.row(), index.column()) : QModelIndex();
}

QVariant TokenGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups.at(index.row()), index.column(), role);
    switch (role) {
    case IsGroupRole:
        return false;
    case HoldingCountRole:
        return 1;
    default:
        return mapToSource(index).data(role);
    }
}

QVariant TokenGroupModel::groupData(const Group &group, int column, int role) const
{
    const Totals &totals = group.totals;
    switch (role) {
    case Qt::DisplayRole:
        return groupDisplay(group, column, false);
    case Table::CompactTextRole:
        return groupDisplay(group, column, true);
    case Qt::ToolTipRole:
        if (column == Table::TokenColumn)
            //: Tooltip of a token's group row: %1 is the token, %2 the chains it is held on.
            return tr("%1 in %n holding(s) on %2", nullptr, int(group.holdings.size()))
                .arg(group.symbol, totals.chains.join(QLatin1String(", ")));
        if (column == Table::BalanceColumn && !m_table->display().isPrivate())
            return tr("Exact balance: %1 %2").arg(totals.balance.toPlainString(), group.symbol);
        if (column == Table::ValueColumn && totals.priced && !m_table->display().isPrivate())
            //: Tooltip of a token's group row: %1 is the group's value with every decimal, in the currency shown.
            return tr("Exact value: %1").arg(m_table->display().amountExact(totals.value));
        return {};
    case Qt::TextAlignmentRole:
        return m_table->headerData(column, Qt::Horizontal, role);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // A group of risk tokens looks like its rows: tinted, with the warning.
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        return totals.leftOutAsRisk && !group.holdings.isEmpty()
            ? m_source->index(group.holdings.constFirst().row(), column).data(role)
            : QVariant();
    case Table::SortKeyRole:
        return groupSortKey(group, column);
    case Table::BalanceRole:
        return QVariant::fromValue(totals.balance);
    case Table::ValueRole:
        return QVariant::fromValue(totals.value);
    case Table::ExactTextRole:
        if (column == Table::BalanceColumn)
            return totals.balance.toPlainString();
        if (column == Table::ValueColumn && totals.priced)
            return m_table->display().fiat().convert(totals.value).toPlainString();
        return QString();
    case Table::IsPricedRole:
        return totals.priced;
    case Table::CountsRole:
        return totals.counts;
    case Table::LeftOutAsRiskRole:
        return totals.leftOutAsRisk;
    case Table::SymbolRole:
    case Table::IdentitySymbolRole:
        return group.symbol;
    case Table::IdentityKeyRole:
        return group.key;
    case Table::RowKeyRole:
        return QStringLiteral("group\n") + group.key;
    case IsGroupRole:
        return true;
    case HoldingCountRole:
        return int(group.holdings.size());
    default:
        return {};
    }
}

QString TokenGroupModel::countText(const QStringList &names, int column) const
{
    if (names.size() == 1)
        return names.constFirst();
    const int count = int(names.size());
    switch (column) {
    //: A token's group row, Chain column: on how many chains it is held.
    case Table::ChainColumn: return tr("%n chain(s)", nullptr, count);
    //: A token's group row, Address column: how many watched addresses hold it.
    case Table::AddressColumn: return tr("%n address(es)", nullptr, count);
    //: A token's group row, Contract column: how many contracts (or native coins) it folds.
    case Table::ContractColumn: return tr("%n contract(s)", nullptr, count);
    default: return {};
    }
}

QVariant TokenGroupModel::groupDisplay(const Group &group, int column, bool compact) const
{
    const Totals &totals = group.totals;
    const AmountDisplay &display = m_table->display();
    switch (column) {
    case Table::TokenColumn:
        return group.symbol;
    case Table::ChainColumn:
        return countText(totals.chains, column);
    case Table::BalanceColumn:
        return compact ? display.balanceCompact(totals.balance) : display.balance(totals.balance);
    case Table::PriceColumn:
        // Prices differ a little from chain to chain: the group has no one price.
        return QString();
    case Table::ValueColumn:
        if (!totals.priced)
            return AmountDisplay::none();
        return compact ? display.amountCompact(totals.value) : display.amount(totals.value);
    case Table::ChangeColumn:
        if (!totals.changeKnown)
            return QString();
        return compact ? display.changeCompact(totals.valueDelta) : display.change(totals.valueDelta);
    case Table::ShareColumn:
        return totals.counts && !m_table->scopeTotal().isZero() ? display.share(totals.counted, m_table->scopeTotal())
                                                                : AmountDisplay::none();
    case Table::AddressColumn:
        return countText(totals.owners, column);
    case Table::ContractColumn:
        return countText(totals.contracts, column);
    default:
        return {};
    }
}

QVariant TokenGroupModel::groupSortKey(const Group &group, int column) const
{
    const Totals &totals = group.totals;
    switch (column) {
    case Table::BalanceColumn:
        return QVariant::fromValue(totals.balance);
    case Table::PriceColumn:
        return {};
    // As in the flat table: what does not count sorts with the rows that have no number.
    case Table::ValueColumn:
    case Table::ShareColumn:
        return totals.counts ? QVariant::fromValue(totals.counted) : QVariant();
    case Table::ChangeColumn:
        return totals.changeKnown ? QVariant::fromValue(totals.valueDelta) : QVariant();
    default:
        return groupDisplay(group, column, false);
    }
}

QVariant TokenGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_table->headerData(section, orientation, role);
}

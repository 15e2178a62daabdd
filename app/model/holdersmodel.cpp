#include "model/holdersmodel.h"

#include "model/assettablemodel.h"

namespace {

using Table = AssetTableModel;

/** Percent digits of a holder's share, as the table's Share column keeps them. */
constexpr int ShareDecimals = 6;

/** The table's column whose texts (tooltips, colours) a holders column shows. */
int tableColumn(int column)
{
    switch (column) {
    case HoldersModel::LabelColumn:
    case HoldersModel::AddressColumn:
        return Table::AddressColumn;
    case HoldersModel::ChainColumn:
        return Table::ChainColumn;
    case HoldersModel::BalanceColumn:
        return Table::BalanceColumn;
    case HoldersModel::ValueColumn:
        return Table::ValueColumn;
    default:
        return Table::ShareColumn;
    }
}

bool isNumeric(int column)
{
    return column == HoldersModel::BalanceColumn || column == HoldersModel::ValueColumn
        || column == HoldersModel::ShareColumn;
}

} // namespace

HoldersModel::HoldersModel(const AssetTableModel *table, const QString &identityKey, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
    , m_key(identityKey)
{
    reload();
    // A dialog's few rows: read again whenever the table changes (a refresh, a verdict, privacy mode).
    const auto reloadAll = [this] {
        beginResetModel();
        reload();
        endResetModel();
    };
    connect(table, &QAbstractItemModel::rowsInserted, this, reloadAll);
    connect(table, &QAbstractItemModel::rowsRemoved, this, reloadAll);
    connect(table, &QAbstractItemModel::modelReset, this, reloadAll);
    connect(table, &QAbstractItemModel::dataChanged, this, reloadAll);
    connect(table, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
}

void HoldersModel::reload()
{
    m_rows.clear();
    m_totalBalance = Decimal();
    m_totalValue = Decimal();
    m_priced = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QModelIndex holding = m_table->index(row, 0);
        if (holding.data(Table::IdentityKeyRole).toString() != m_key)
            continue;
        m_rows.append(holding);
        m_symbol = holding.data(Table::IdentitySymbolRole).toString();
        m_totalBalance += holding.data(Table::BalanceRole).value<Decimal>();
        if (holding.data(Table::IsPricedRole).toBool()) {
            m_priced = true;
            m_totalValue += holding.data(Table::ValueRole).value<Decimal>();
        }
    }
    emit totalsChanged();
}

int HoldersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HoldersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex holding = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(holding, column, false);
    case CopyTextRole:
        return displayData(holding, column, true);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole:
        if (column == LabelColumn || column == AddressColumn)
            return holding.data(Table::OwnerAddressRole);
        if (column == ShareColumn)
            return tr("Share of the whole balance of %1 held by the watched addresses").arg(m_symbol);
        return holding.siblingAtColumn(tableColumn(column)).data(role);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return holding.siblingAtColumn(tableColumn(column)).data(role);
    case Table::SortKeyRole:
        return sortKey(holding, column);
    default:
        // The table's typed roles: balance, value, symbol, row key …
        return holding.data(role);
    }
}

Decimal HoldersModel::shareOf(const QModelIndex &holding) const
{
    return holding.data(Table::BalanceRole).value<Decimal>().percentOf(m_totalBalance, ShareDecimals);
}

QVariant HoldersModel::displayData(const QModelIndex &holding, int column, bool copy) const
{
    const AmountDisplay &display = m_table->display();
    const bool masked = display.isPrivate();
    switch (column) {
    case LabelColumn:
        return holding.data(Table::OwnerLabelRole);
    case AddressColumn:
        return holding.data(Table::OwnerAddressRole);
    case ChainColumn:
        return holding.data(Table::ChainNameRole);
    case BalanceColumn:
        if (copy && !masked)
            return holding.data(Table::BalanceRole).value<Decimal>().toPlainString();
        return display.balance(holding.data(Table::BalanceRole).value<Decimal>());
    case ValueColumn: {
        if (!holding.data(Table::IsPricedRole).toBool())
            return AmountDisplay::none();
        const Decimal value = holding.data(Table::ValueRole).value<Decimal>();
        return copy && !masked ? display.fiat().convert(value).toPlainString() : display.amount(value);
    }
    case ShareColumn:
        if (m_totalBalance.isZero())
            return AmountDisplay::none();
        if (copy && !masked)
            return shareOf(holding).toPlainString();
        return display.share(holding.data(Table::BalanceRole).value<Decimal>(), m_totalBalance);
    default:
        return {};
    }
}

QVariant HoldersModel::sortKey(const QModelIndex &holding, int column) const
{
    switch (column) {
    case BalanceColumn:
    case ShareColumn:
        return holding.data(Table::BalanceRole);
    case ValueColumn:
        return holding.data(Table::IsPricedRole).toBool() ? holding.data(Table::ValueRole) : QVariant();
    default:
        return displayData(holding, column, false);
    }
}

QVariant HoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Holders of a token: the column of the addresses' labels.
    case LabelColumn: return tr("Label");
    case AddressColumn: return tr("Address");
    case ChainColumn: return tr("Chain");
    //: Holders of a token: %1 is the token's symbol.
    case BalanceColumn: return tr("Balance (%1)").arg(m_symbol);
    //: Holders of a token: %1 is the currency values are shown in, USD or CNY.
    case ValueColumn: return tr("Value (%1)").arg(FiatCurrencies::code(m_table->display().currency()));
    //: Holders of a token: each holder's percentage of the token's whole balance.
    case ShareColumn: return tr("Share");
    default: return {};
    }
}

QString HoldersModel::totalText() const
{
    const AmountDisplay &display = m_table->display();
    const QString balance = display.isPrivate() ? AmountDisplay::mask() : m_totalBalance.toPlainString();
    const QString value = m_priced ? display.amountExact(m_totalValue) : AmountDisplay::none();
    //: Under a token's holders: %1 the exact sum of their balances, %2 the token, %3 the exact sum of their values.
    return tr("Total of %n holding(s): %1 %2 · %3", nullptr, int(m_rows.size())).arg(balance, m_symbol, value);
}

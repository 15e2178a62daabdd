#include "model/addresslistmodel.h"

#include "model/assettablemodel.h"
#include "model/portfoliostore.h"

#include <QLocale>

AddressListModel::AddressListModel(const PortfolioStore *store, const AssetTableModel *table, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_table(table)
    , m_staleIcon(QStringLiteral(":/icons/stale.png"))
{
    // Addresses come and go rarely and the list is short: a reset is simplest, and the sidebar
    // restores its selection by address afterwards.
    connect(m_store, &PortfolioStore::addressesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_store, &PortfolioStore::holdingsChanged, this, &AddressListModel::addressChanged);
    connect(m_store, &PortfolioStore::stateChanged, this, &AddressListModel::addressChanged);
    connect(m_table, &AssetTableModel::displayChanged, this, &AddressListModel::retranslate);
}

int AddressListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count() + 1;
}

void AddressListModel::addressChanged(const QString &address)
{
    const int row = rowOf(address);
    if (row > 0)
        emit dataChanged(index(row), index(row));
    emit dataChanged(index(0), index(0));
}

void AddressListModel::retranslate()
{
    emit dataChanged(index(0), index(m_store->count()));
}

int AddressListModel::rowOf(const QString &address) const
{
    if (address.isEmpty())
        return 0;
    const int at = m_store->indexOf(address);
    return at < 0 ? -1 : at + 1;
}

Qt::ItemFlags AddressListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() && index.row() > 0 ? flags | Qt::ItemIsDragEnabled : flags;
}

QVariant AddressListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0)
        return allData(role);
    const PortfolioStore::Entry &entry = m_store->at(index.row() - 1);
    const PortfolioSnapshot &snapshot = entry.snapshot;
    const AmountDisplay &display = m_table->display();
    switch (role) {
    case Qt::DisplayRole:
        return snapshot.displayName();
    case Qt::ToolTipRole: {
        QString tip = snapshot.address;
        if (snapshot.hasData())
            tip += QLatin1Char('\n') + tr("Fetched %1").arg(display.locale().toString(snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat));
        if (snapshot.isStale())
            tip += QLatin1Char('\n') + tr("The latest refresh failed: %1").arg(snapshot.error.message());
        const QString exact = exactTotalLine(entry.summary.total, snapshot.hasData());
        return exact.isEmpty() ? tip : tip + QLatin1Char('\n') + exact;
    }
    case Qt::DecorationRole:
        return snapshot.isStale() ? QVariant(m_staleIcon) : QVariant();
    case AddressRole:
        return snapshot.address;
    case ChainsRole:
        return snapshot.chains;
    case SubtitleRole:
        // An address without a label already shows as its short form on the first line.
        return snapshot.label.isEmpty() ? QString() : PortfolioSnapshot::shortAddress(snapshot.address);
    case TotalRole:
        return QVariant::fromValue(entry.summary.total);
    case TotalTextRole:
    case TotalCompactTextRole:
        return totalText(entry.summary.total, snapshot.hasData(), role);
    case StaleRole:
        return snapshot.isStale();
    case ChangeRole:
    case ChangeTextRole:
    case ChangeCompactTextRole:
        return changeData(snapshot.address, role);
    default:
        return {};
    }
}

QVariant AddressListModel::allData(int role) const
{
    const HoldingsSummary summary = m_store->summary(QString());
    switch (role) {
    case Qt::DisplayRole:
        return tr("All addresses");
    case Qt::ToolTipRole: {
        const QString tip = tr("The holdings of every watched address together");
        const QString exact = exactTotalLine(summary.total, summary.newestFetch.isValid());
        return exact.isEmpty() ? tip : tip + QLatin1Char('\n') + exact;
    }
    case AddressRole:
        return QString();
    case SubtitleRole:
        return tr("%n address(es)", nullptr, summary.addressCount);
    case TotalRole:
        return QVariant::fromValue(summary.total);
    case TotalTextRole:
    case TotalCompactTextRole:
        return totalText(summary.total, summary.newestFetch.isValid(), role);
    case StaleRole:
        return summary.staleCount > 0;
    case ChangeRole:
    case ChangeTextRole:
    case ChangeCompactTextRole:
        return changeData(QString(), role);
    default:
        return {};
    }
}

QString AddressListModel::totalText(const Decimal &total, bool fetched, int role) const
{
    if (!fetched)
        return AmountDisplay::none();
    const AmountDisplay &display = m_table->display();
    return role == TotalCompactTextRole ? display.amountCompact(total) : display.amount(total);
}

QString AddressListModel::exactTotalLine(const Decimal &total, bool fetched) const
{
    const AmountDisplay &display = m_table->display();
    if (!fetched || display.isPrivate())
        return {};
    //: In the tooltip of an address (or of all addresses) in the sidebar; %1 is a USD amount with every decimal.
    return tr("Exact total: %1").arg(display.amountExact(total));
}

QVariant AddressListModel::changeData(const QString &address, int role) const
{
    const Decimal change = m_store->changeInScope(address);
    if (role == ChangeRole)
        return QVariant::fromValue(change);
    if (change.isZero())
        return QString();
    const AmountDisplay &display = m_table->display();
    return role == ChangeCompactTextRole ? display.changeCompact(change) : display.change(change);
}

QHash<int, QByteArray> AddressListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AddressRole, "address"}, {SubtitleRole, "subtitle"}, {TotalRole, "total"},
                  {TotalTextRole, "totalText"}, {StaleRole, "stale"},
                  {ChangeRole, "change"}, {ChangeTextRole, "changeText"},
                  {TotalCompactTextRole, "totalCompactText"}, {ChangeCompactTextRole, "changeCompactText"}});
    return names;
}

#include "model/addresslistmodel.h"

#include "model/assettablemodel.h"

#include <QLocale>

AddressListModel::AddressListModel(AssetTableModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_staleIcon(QStringLiteral(":/icons/stale.png"))
{
    recomputeTotals(true);
    connect(m_source, &AssetTableModel::snapshotChanged, this, [this](const QString &address) { m_dirty.insert(address); });
    connect(m_source, &AssetTableModel::snapshotsChanged, this, &AddressListModel::sourceChanged);
    connect(m_source, &AssetTableModel::changesChanged, this, &AddressListModel::onChangesChanged);
    connect(m_source, &AssetTableModel::displayChanged, this, &AddressListModel::retranslate);
}

int AddressListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count + 1;
}

void AddressListModel::recomputeTotals(bool all)
{
    const QList<PortfolioSnapshot> &snapshots = m_source->snapshots();
    if (all)
        m_summaries.clear();
    m_all = HoldingsSummary();
    for (const PortfolioSnapshot &snapshot : snapshots) {
        auto it = m_summaries.find(snapshot.address);
        if (it == m_summaries.end() || m_dirty.contains(snapshot.address))
            it = m_summaries.insert(snapshot.address, HoldingsSummary::of({snapshot}));
        m_all.add(*it);
    }
    m_dirty.clear();
    m_count = int(snapshots.size());
}

void AddressListModel::onChangesChanged(const QString &address)
{
    const int row = rowOf(address);
    if (row > 0)
        emit dataChanged(index(row), index(row));
    emit dataChanged(index(0), index(0));
}

void AddressListModel::sourceChanged()
{
    if (m_source->snapshots().size() == m_count) {
        recomputeTotals(false);
        retranslate();
        return;
    }
    // Addresses come and go rarely and the list is short: a reset is simplest, and the sidebar
    // restores its selection by address afterwards.
    beginResetModel();
    recomputeTotals(true);
    endResetModel();
}

void AddressListModel::retranslate()
{
    emit dataChanged(index(0), index(m_count));
}

int AddressListModel::rowOf(const QString &address) const
{
    if (address.isEmpty())
        return 0;
    const QList<PortfolioSnapshot> &snapshots = m_source->snapshots();
    for (int i = 0; i < snapshots.size(); ++i) {
        if (snapshots.at(i).address == address)
            return i + 1;
    }
    return -1;
}

QVariant AddressListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0)
        return allData(role);
    const PortfolioSnapshot &snapshot = m_source->snapshots().at(index.row() - 1);
    const AmountDisplay &display = m_source->display();
    switch (role) {
    case Qt::DisplayRole:
        return snapshot.displayName();
    case Qt::ToolTipRole: {
        QString tip = snapshot.address;
        if (snapshot.hasData())
            tip += QLatin1Char('\n') + tr("Fetched %1").arg(display.locale().toString(snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat));
        if (snapshot.isStale())
            tip += QLatin1Char('\n') + tr("The latest refresh failed: %1").arg(snapshot.error.message());
        return tip;
    }
    case Qt::DecorationRole:
        return snapshot.isStale() ? QVariant(m_staleIcon) : QVariant();
    case AddressRole:
        return snapshot.address;
    case SubtitleRole:
        // An address without a label already shows as its short form on the first line.
        return snapshot.label.isEmpty() ? QString() : PortfolioSnapshot::shortAddress(snapshot.address);
    case TotalRole:
        return QVariant::fromValue(m_summaries.value(snapshot.address).total);
    case TotalTextRole:
        return snapshot.hasData() ? display.usd(m_summaries.value(snapshot.address).total) : AmountDisplay::none();
    case StaleRole:
        return snapshot.isStale();
    case ChangeRole:
    case ChangeTextRole:
        return changeData(snapshot.address, role);
    default:
        return {};
    }
}

QVariant AddressListModel::allData(int role) const
{
    const HoldingsSummary &summary = m_all;
    switch (role) {
    case Qt::DisplayRole:
        return tr("All addresses");
    case Qt::ToolTipRole:
        return tr("The holdings of every watched address together");
    case AddressRole:
        return QString();
    case SubtitleRole:
        return tr("%n address(es)", nullptr, summary.addressCount);
    case TotalRole:
        return QVariant::fromValue(summary.total);
    case TotalTextRole:
        return summary.newestFetch.isValid() ? m_source->display().usd(summary.total) : AmountDisplay::none();
    case StaleRole:
        return summary.staleCount > 0;
    case ChangeRole:
    case ChangeTextRole:
        return changeData(QString(), role);
    default:
        return {};
    }
}

QVariant AddressListModel::changeData(const QString &address, int role) const
{
    const Decimal change = m_source->changeInScope(address);
    if (role == ChangeRole)
        return QVariant::fromValue(change);
    return change.isZero() ? QString() : m_source->display().usdChange(change);
}

QHash<int, QByteArray> AddressListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AddressRole, "address"}, {SubtitleRole, "subtitle"}, {TotalRole, "total"},
                  {TotalTextRole, "totalText"}, {StaleRole, "stale"},
                  {ChangeRole, "change"}, {ChangeTextRole, "changeText"}});
    return names;
}

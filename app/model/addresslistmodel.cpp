#include "model/addresslistmodel.h"

#include "model/assettablemodel.h"

#include <QLocale>

AddressListModel::AddressListModel(AssetTableModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_staleIcon(QStringLiteral(":/icons/stale.png"))
{
    recomputeTotals();
    connect(m_source, &AssetTableModel::snapshotsChanged, this, &AddressListModel::sourceChanged);
    connect(m_source, &AssetTableModel::displayChanged, this, &AddressListModel::retranslate);
}

int AddressListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size()) + 1;
}

void AddressListModel::recomputeTotals()
{
    const QList<PortfolioSnapshot> &snapshots = m_source->snapshots();
    m_totals.clear();
    m_totals.reserve(snapshots.size());
    for (const PortfolioSnapshot &snapshot : snapshots)
        m_totals.append(HoldingsSummary::of({snapshot}).total);
    m_all = HoldingsSummary::of(snapshots);
}

void AddressListModel::sourceChanged()
{
    if (m_source->snapshots().size() == m_totals.size()) {
        recomputeTotals();
        retranslate();
        return;
    }
    // Addresses come and go rarely and the list is short: a reset is simplest, and the sidebar
    // restores its selection by address afterwards.
    beginResetModel();
    recomputeTotals();
    endResetModel();
}

void AddressListModel::retranslate()
{
    emit dataChanged(index(0), index(int(m_totals.size())));
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
        return QVariant::fromValue(m_totals.at(index.row() - 1));
    case TotalTextRole:
        return snapshot.hasData() ? display.usd(m_totals.at(index.row() - 1)) : AmountDisplay::none();
    case StaleRole:
        return snapshot.isStale();
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
    default:
        return {};
    }
}

QHash<int, QByteArray> AddressListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AddressRole, "address"}, {SubtitleRole, "subtitle"}, {TotalRole, "total"},
                  {TotalTextRole, "totalText"}, {StaleRole, "stale"}});
    return names;
}

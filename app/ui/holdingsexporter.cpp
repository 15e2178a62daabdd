#include "ui/holdingsexporter.h"

#include "api/chainregistry.h"
#include "model/assettablemodel.h"
#include "storage/safefilewriter.h"

QList<HoldingRow> HoldingsExporter::rowsOfView(const QAbstractItemModel &view)
{
    QList<HoldingRow> rows;
    rows.reserve(view.rowCount());
    for (int r = 0; r < view.rowCount(); ++r) {
        const QModelIndex index = view.index(r, 0);
        rows.append(HoldingRow{index.data(AssetTableModel::OwnerAddressRole).toString(),
                               index.data(AssetTableModel::ChainNameRole).toString(),
                               index.data(AssetTableModel::AssetRole).value<TokenAsset>()});
    }
    return rows;
}

QList<HoldingRow> HoldingsExporter::allRows(const AssetTableModel &model)
{
    QList<HoldingRow> rows;
    for (const PortfolioSnapshot &snapshot : model.snapshots()) {
        for (const TokenAsset &asset : snapshot.assets)
            rows.append(HoldingRow{snapshot.address, ChainRegistry::displayName(asset.chainIndex), asset});
    }
    HoldingsCsv::sortByValue(rows);
    return rows;
}

bool HoldingsExporter::write(const QString &filePath, const QList<HoldingRow> &rows, QString *error)
{
    SafeFileWriter file(filePath);
    QString writeError;
    if (file.open() && HoldingsCsv::write(file.device(), rows, &writeError) && file.commit())
        return true;
    if (error)
        *error = file.errorString().isEmpty() ? tr("Cannot write %1: %2").arg(filePath, writeError) : file.errorMessage();
    return false;
}

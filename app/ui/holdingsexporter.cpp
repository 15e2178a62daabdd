#include "ui/holdingsexporter.h"

#include "api/chainnames.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "storage/appsettings.h"
#include "storage/chainlistcache.h"
#include "storage/safefilewriter.h"

#include <QFileInfo>

namespace {


int countRows(const PortfolioStore &store, bool includeRiskTokens)
{
    const HoldingsSummary all = store.summary(QString());
    return includeRiskTokens ? all.tokenCount : all.tokenCount - all.riskCount;
}

} // namespace

HoldingsExporter::HoldingsExporter(const PortfolioStore *store, const QAbstractItemModel *view, AppSettings *settings,
                                   QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_view(view)
    , m_settings(settings)
    , m_dialogParent(parent)
{
}

QList<HoldingRow> HoldingsExporter::rowsOfView(const QAbstractItemModel &view, const ChainNames &names,
                                               const std::optional<UsdCnyRate> &usdCny)
{
    QList<HoldingRow> rows;
    rows.reserve(view.rowCount());
    for (int r = 0; r < view.rowCount(); ++r) {
        const QModelIndex index = view.index(r, 0);
        // The view's filters decide which risk tokens are in it; the verdict column is never written here.
        HoldingsCsv::appendRows(rows, index.data(AssetTableModel::OwnerAddressRole).toString(),
                                {index.data(AssetTableModel::AssetRole).value<TokenAsset>()}, names, true, {}, usdCny);
    }
    return rows;
}

QList<HoldingRow> HoldingsExporter::allRows(const PortfolioStore &store, const ChainNames &names, bool includeRiskTokens,
                                            const std::optional<UsdCnyRate> &usdCny)
{
    QList<HoldingRow> rows;
    for (int i = 0; i < store.count(); ++i) {
        const PortfolioSnapshot &snapshot = store.at(i).snapshot;
        HoldingsCsv::appendRows(rows, snapshot.address, snapshot.assets, names, includeRiskTokens, store.verdicts(), usdCny);
    }
    HoldingsCsv::sortByValue(rows);
    return rows;
}

void HoldingsExporter::run()
{
    ExportDialog dialog(m_view->rowCount(), countRows(*m_store, false), countRows(*m_store, true),
                        m_settings->exportDirectory(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportTo(dialog.filePath(), dialog.scope(), dialog.includeRiskTokens(), &error))
        emit failed(error);
}

bool HoldingsExporter::exportTo(const QString &filePath, ExportDialog::Scope scope, bool includeRiskTokens,
                                QString *error)
{
    const ChainNames names = ChainListCache().chainNames();
    const QList<HoldingRow> rows = scope == ExportDialog::Scope::AllAddresses
        ? allRows(*m_store, names, includeRiskTokens, m_usdCny)
        : rowsOfView(*m_view, names, m_usdCny);
    SafeFileWriter file(filePath);
    QString writeError;
    if (!file.open() || !HoldingsCsv::write(file.device(), rows, &writeError, HoldingsCsv::Columns{m_usdCny.has_value(), false}) || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? tr("Cannot write %1: %2").arg(filePath, writeError) : file.errorMessage();
        return false;
    }
    m_settings->setExportDirectory(QFileInfo(filePath).absolutePath());
    emit settingsChanged();
    emit exported(tr("Exported %n row(s) to %1", nullptr, int(rows.size())).arg(filePath));
    return true;
}

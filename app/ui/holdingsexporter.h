#pragma once

#include "export/holdingscsv.h"
#include "ui/exportdialog.h"

#include <QList>
#include <QObject>

class AppSettings;
class ChainNames;
class PortfolioStore;
class QAbstractItemModel;

/**
 * The window's CSV export, on the same rows, order and writer as the command line's (HoldingsCsv):
 * either the rows of the current view in the view's order, or every address's holdings sorted by
 * value, risk tokens only when asked, as `export --all` writes them: for the same holdings the two
 * files are byte-identical. Chain names come from OKX's list as last cached, else the built-in
 * table, as on the command line. While values are shown in CNY the files carry `usdCny,valueCny`
 * at the rate in use, as `export --fiat CNY` writes them. Files are written atomically; a failure
 * leaves the old file as it was.
 */
class HoldingsExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldingsExporter)

public:
    /** @p store, @p view (the proxy the table shows) and @p settings must outlive the exporter. */
    HoldingsExporter(const PortfolioStore *store, const QAbstractItemModel *view, AppSettings *settings,
                     QWidget *parent);

    /** Adds the CNY columns at @p usdCny to the files written from now on; nothing: USD only. */
    void setUsdCny(std::optional<UsdCnyRate> usdCny) { m_usdCny = std::move(usdCny); }
    /** Asks what and where (ExportDialog), then writes. */
    void run();
    /** Writes the CSV without asking (the dialog's last step); false with a translated @p error. */
    bool exportTo(const QString &filePath, ExportDialog::Scope scope, bool includeRiskTokens, QString *error);

    /** The rows of @p view (an AssetTableModel or a proxy over one), top to bottom, at @p usdCny. */
    static QList<HoldingRow> rowsOfView(const QAbstractItemModel &view, const ChainNames &names,
                                        const std::optional<UsdCnyRate> &usdCny = std::nullopt);
    /**
     * Every holding of every address of @p store, by value; risk tokens (under the store's verdicts:
     * spam included, trusted ones not) only with @p includeRiskTokens, at @p usdCny.
     */
    static QList<HoldingRow> allRows(const PortfolioStore &store, const ChainNames &names, bool includeRiskTokens,
                                     const std::optional<UsdCnyRate> &usdCny = std::nullopt);

signals:
    /** A file was written: a line for the status bar. */
    void exported(const QString &message);
    /** A file could not be written: why (the old file is as it was). */
    void failed(const QString &message);
    /** The folder to start in next time changed in the settings, which want saving. */
    void settingsChanged();

private:
    const PortfolioStore *m_store;
    const QAbstractItemModel *m_view;
    AppSettings *m_settings;
    QWidget *m_dialogParent;
    std::optional<UsdCnyRate> m_usdCny;
};

#pragma once

#include "export/holdingscsv.h"

#include <QCoreApplication>
#include <QList>

class AssetTableModel;
class QAbstractItemModel;

/**
 * The window's CSV export, on the same writer and columns as the command line (HoldingsCsv): either
 * the rows of the current view in the view's order, or every address's holdings sorted by value as
 * "export --all" sorts them. Files are written atomically.
 */
class HoldingsExporter final
{
    Q_DECLARE_TR_FUNCTIONS(HoldingsExporter)

public:
    HoldingsExporter() = delete;

    /** The rows of @p view (an AssetTableModel or a proxy over one), top to bottom. */
    static QList<HoldingRow> rowsOfView(const QAbstractItemModel &view);
    /** Every holding of every address of @p model, by value. */
    static QList<HoldingRow> allRows(const AssetTableModel &model);

    /** Writes @p rows to @p filePath through SafeFileWriter; false with a translated @p error on failure. */
    static bool write(const QString &filePath, const QList<HoldingRow> &rows, QString *error);
};

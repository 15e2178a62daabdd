#include "ui/watchlistfileactions.h"

#include "storage/addressbatch.h"
#include "storage/appsettings.h"
#include "storage/safefilewriter.h"
#include "storage/watchlist.h"
#include "storage/watchlistcsv.h"
#include "ui/mainactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace {

QString csvFilter()
{
    //: File type filter of the file dialogs; keep the patterns
    return WatchListFileActions::tr("CSV files (*.csv);;All files (*)");
}

} // namespace

WatchListFileActions::WatchListFileActions(WatchList *list, MainActions *actions, AppSettings *settings,
                                           QWidget *dialogParent)
    : QObject(dialogParent), m_list(list), m_settings(settings), m_dialogParent(dialogParent)
{
    connect(actions->importWatchList, &QAction::triggered, this, &WatchListFileActions::importFile);
    connect(actions->exportWatchList, &QAction::triggered, this, &WatchListFileActions::exportFile);
}

void WatchListFileActions::importFile()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Import Watch List"),
                                                      m_settings->exportDirectory(), csvFilter());
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<QList<AddressBatch::Line>> lines = WatchListCsv::readFile(path, &error);
    if (!lines) {
        emit failed(error);
        return;
    }
    rememberFolder(path);
    const AddressBatch batch(*lines, *m_list);
    // All or nothing, as on the command line: a list half imported would leave the user to find which half.
    if (const AddressBatch::Line *refused = batch.firstRefused()) {
        //: %1 is the file, %2 a line number, %3 why that line is refused
        emit failed(tr("Nothing was imported: %1, line %2: %3").arg(QDir::toNativeSeparators(path), QString::number(refused->number), refused->reason));
        return;
    }
    const QString problem = m_list->addAll(batch.entriesToAdd());
    if (!problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    //: %1 is the file, %2 what was added and skipped
    emit reported(tr("Imported %1: %2").arg(QFileInfo(path).fileName(), batch.outcome()));
}

void WatchListFileActions::exportFile()
{
    const QString suggested = QDir(m_settings->exportDirectory()).filePath(QStringLiteral("watchlist.csv"));
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Watch List"), suggested, csvFilter());
    if (path.isEmpty())
        return;
    SafeFileWriter file(path);
    const bool opened = file.open();
    const bool written = opened && WatchListCsv::write(file.device(), m_list->entries(), nullptr);
    // Committed even after a failed write, to learn the system's reason: commit() checks the
    // device's error and then keeps the old file.
    const bool committed = opened && file.commit();
    if (!written || !committed) {
        emit failed(file.errorMessage());
        return;
    }
    rememberFolder(path);
    //: %n is the number of addresses, %1 the file
    emit reported(tr("Exported %n watched address(es) to %1", nullptr, m_list->size()).arg(QDir::toNativeSeparators(path)));
}

void WatchListFileActions::rememberFolder(const QString &filePath)
{
    m_settings->setExportDirectory(QFileInfo(filePath).absolutePath());
    emit settingsChanged();
}

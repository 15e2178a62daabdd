#pragma once

#include <QObject>

class AppSettings;
class MainActions;
class QWidget;
class WatchList;

/**
 * File → Import Watch List… and Export Watch List…: the watch list as a CSV file (WatchListCsv), the
 * same file `watch import` and `watch export` read and write. Import adds every address of the file
 * in one step, skipping those already watched or repeated, or nothing when a line is refused;
 * export writes atomically, and a failure leaves the old file as it was.
 */
class WatchListFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListFileActions)

public:
    /** Every pointer must outlive this object; @p settings keeps the folder the dialogs start in. */
    WatchListFileActions(WatchList *list, MainActions *actions, AppSettings *settings, QWidget *dialogParent);

    /** Asks for a file, then imports it. */
    void importFile();
    /** Asks where, then exports. */
    void exportFile();

signals:
    /** What a step did, for the status bar (translated). */
    void reported(const QString &message);
    /** Why a step failed, for the notice bar (translated); the list and the files are as they were. */
    void failed(const QString &message);
    /** The folder to start in next time changed in the settings, which want saving. */
    void settingsChanged();

private:
    void rememberFolder(const QString &filePath);

    WatchList *m_list;
    AppSettings *m_settings;
    QWidget *m_dialogParent;
};

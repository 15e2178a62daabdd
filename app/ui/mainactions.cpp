#include "ui/mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QKeySequence &shortcut = QKeySequence())
{
    auto *action = new QAction(parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    return action;
}

QIcon themed(const QMainWindow *window, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), window->style()->standardIcon(fallback));
}

/** The desktop theme's icon, else ours from the resources. */
QIcon themed(const char *name, const char *resource)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QIcon(QString::fromLatin1(resource)));
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , refresh(makeAction(window, "actionRefresh", QKeySequence::Refresh))
    , stop(makeAction(window, "actionStop", QKeySequence(Qt::Key_Escape)))
    , exportCsv(makeAction(window, "actionExport", QKeySequence(Qt::CTRL | Qt::Key_E)))
    , copy(makeAction(window, "actionCopy", QKeySequence::Copy))
    , find(makeAction(window, "actionFind", QKeySequence::Find))
    , privacy(makeAction(window, "actionPrivacy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)))
    , settings(makeAction(window, "actionSettings", QKeySequence::Preferences))
    , english(makeAction(window, "actionEnglish"))
    , chinese(makeAction(window, "actionChinese"))
    , about(makeAction(window, "actionAbout"))
    , quit(makeAction(window, "actionQuit", QKeySequence::Quit))
    , m_languages(new QActionGroup(this))
{
    // F5 whatever the platform's Refresh key is.
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    refresh->setIcon(themed(window, "view-refresh", QStyle::SP_BrowserReload));
    stop->setIcon(themed(window, "process-stop", QStyle::SP_BrowserStop));
    stop->setEnabled(false);
    exportCsv->setIcon(themed(window, "document-save-as", QStyle::SP_DialogSaveButton));
    privacy->setCheckable(true);
    privacy->setIcon(themed("view-private", ":/icons/privacy.png"));
    settings->setIcon(themed("configure", ":/icons/settings.png"));
    about->setMenuRole(QAction::AboutRole);
    quit->setMenuRole(QAction::QuitRole);
    settings->setMenuRole(QAction::PreferencesRole);
    english->setCheckable(true);
    chinese->setCheckable(true);
    m_languages->addAction(english);
    m_languages->addAction(chinese);
    // The languages' own names, never translated: a reader of the other language must find theirs.
    english->setText(QStringLiteral("English"));
    chinese->setText(QStringLiteral("中文"));
    for (QAction *action : {refresh, stop, exportCsv, copy, find, privacy})
        window->addAction(action);

    buildMenus(window);
    retranslate();
}

void MainActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addAction(exportCsv);
    m_file->addSeparator();
    m_file->addAction(quit);

    m_edit = bar->addMenu(QString());
    m_edit->addAction(copy);
    m_edit->addAction(find);

    m_view = bar->addMenu(QString());
    m_view->addAction(refresh);
    m_view->addAction(stop);
    m_view->addSeparator();
    m_view->addAction(privacy);

    m_settings = bar->addMenu(QString());
    m_settings->addAction(settings);
    m_language = m_settings->addMenu(QString());
    m_language->addAction(english);
    m_language->addAction(chinese);

    m_help = bar->addMenu(QString());
    m_help->addAction(about);

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(refresh);
    m_toolBar->addAction(stop);
    m_toolBar->addSeparator();
    m_toolBar->addAction(exportCsv);
    m_toolBar->addAction(privacy);
    m_toolBar->addSeparator();
    m_toolBar->addAction(settings);
}

void MainActions::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_settings->setTitle(tr("&Settings"));
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(tr("Fetch the latest holdings of every address (F5)"));
    stop->setText(tr("&Stop"));
    stop->setToolTip(tr("Cancel the refresh in progress (Esc)"));
    exportCsv->setText(tr("&Export CSV…"));
    exportCsv->setToolTip(tr("Save the holdings as a CSV file (Ctrl+E)"));
    copy->setText(tr("&Copy"));
    copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    find->setText(tr("&Find…"));
    privacy->setText(tr("&Privacy mode"));
    privacy->setToolTip(tr("Hide every amount behind dots (Ctrl+Shift+M)"));
    settings->setText(tr("S&ettings…"));
    about->setText(tr("&About OKX Wallet Viewer"));
    quit->setText(tr("&Quit"));
}

#include "ui/mainactions.h"

#include "storage/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStyle>
#include <QToolBar>

#include <utility>

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

/**
 * A menu text as a toolbar button shows it: without its access key, which a button does not
 * take, whether it is marked inside the word ("&Refresh") or after it as Chinese does
 * ("设置(&E)…"), and without the ellipsis that promises a dialog.
 */
QString toolButtonText(QString menuText)
{
    static const QRegularExpression trailingAccessKey(QStringLiteral("\\(&[^)]\\)"));
    menuText.remove(trailingAccessKey);
    menuText.remove(u'&');
    if (menuText.endsWith(u'…'))
        menuText.chop(1);
    return menuText.trimmed();
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
    , history(makeAction(window, "actionHistory", QKeySequence(Qt::CTRL | Qt::Key_H)))
    , groupByToken(makeAction(window, "actionGroupByToken", QKeySequence(Qt::CTRL | Qt::Key_G)))
    , privacy(makeAction(window, "actionPrivacy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)))
    , inUsd(makeAction(window, "actionValuesInUsd"))
    , inCny(makeAction(window, "actionValuesInCny"))
    , schemeSystem(makeAction(window, "actionSchemeSystem"))
    , schemeLight(makeAction(window, "actionSchemeLight"))
    , schemeDark(makeAction(window, "actionSchemeDark"))
    , tokenVerdicts(makeAction(window, "actionTokenVerdicts", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)))
    // QKeySequence::Preferences is Cmd+, on macOS and nothing on Linux or Windows: Ctrl+, everywhere.
    , settings(makeAction(window, "actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma)))
    , english(makeAction(window, "actionEnglish"))
    , chinese(makeAction(window, "actionChinese"))
    , userGuide(makeAction(window, "actionUserGuide", QKeySequence::HelpContents))
    , about(makeAction(window, "actionAbout"))
    , aboutQt(makeAction(window, "actionAboutQt"))
    , quit(makeAction(window, "actionQuit", QKeySequence::Quit))
    , addAddress(makeAction(window, "actionAddAddress", QKeySequence::New))
    , addAddresses(makeAction(window, "actionAddAddresses", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)))
    , importWatchList(makeAction(window, "actionImportWatchList"))
    , exportWatchList(makeAction(window, "actionExportWatchList"))
    , editAddress(makeAction(window, "actionEditAddress", QKeySequence(Qt::Key_F2)))
    , removeAddress(makeAction(window, "actionRemoveAddress", QKeySequence::Delete))
    , moveUp(makeAction(window, "actionMoveUp", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)))
    , moveDown(makeAction(window, "actionMoveDown", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)))
    , undoRemove(makeAction(window, "actionUndoRemove", QKeySequence::Undo))
    , m_languages(new QActionGroup(this))
    , m_autoRefresh(new QActionGroup(this))
    , m_currencies(new QActionGroup(this))
    , m_schemes(new QActionGroup(this))
{
    addAddress->setIcon(themed(window, "list-add", QStyle::SP_FileDialogNewFolder));
    removeAddress->setIcon(themed(window, "list-remove", QStyle::SP_TrashIcon));
    moveUp->setIcon(themed(window, "go-up", QStyle::SP_ArrowUp));
    moveDown->setIcon(themed(window, "go-down", QStyle::SP_ArrowDown));
    editAddress->setIcon(themed(window, "document-edit", QStyle::SP_FileDialogDetailedView));
    undoRemove->setEnabled(false);
    for (int minutes : AppSettings::autoRefreshChoices()) {
        QAction *choice = m_autoRefresh->addAction(QString());
        choice->setObjectName(QStringLiteral("actionAutoRefresh%1").arg(minutes));
        choice->setCheckable(true);
        choice->setData(minutes);
    }
    connect(m_autoRefresh, &QActionGroup::triggered, this, [this](QAction *choice) { emit autoRefreshChosen(choice->data().toInt()); });
    // F5 whatever the platform's Refresh keys are, each sequence once: a sequence listed twice,
    // even for the same action, is an ambiguous shortcut and does nothing.
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys.append(key);
    }
    refresh->setShortcuts(refreshKeys);
    refresh->setIcon(themed(window, "view-refresh", QStyle::SP_BrowserReload));
    stop->setIcon(themed(window, "process-stop", QStyle::SP_BrowserStop));
    stop->setEnabled(false);
    exportCsv->setIcon(themed(window, "document-save-as", QStyle::SP_DialogSaveButton));
    history->setCheckable(true);
    history->setIcon(themed(window, "view-history", QStyle::SP_FileDialogContentsView));
    groupByToken->setCheckable(true);
    privacy->setCheckable(true);
    privacy->setIcon(themed("view-private", ":/icons/privacy.png"));
    settings->setIcon(themed("configure", ":/icons/settings.png"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    quit->setMenuRole(QAction::QuitRole);
    settings->setMenuRole(QAction::PreferencesRole);
    for (QAction *currency : {inUsd, inCny}) {
        currency->setCheckable(true);
        m_currencies->addAction(currency);
    }
    connect(inUsd, &QAction::triggered, this, [this] { emit currencyChosen(FiatCurrency::Usd); });
    connect(inCny, &QAction::triggered, this, [this] { emit currencyChosen(FiatCurrency::Cny); });
    using Scheme = AppSettings::ColorScheme;
    for (const auto &[action, scheme] : {std::pair{schemeSystem, Scheme::System}, std::pair{schemeLight, Scheme::Light},
                                         std::pair{schemeDark, Scheme::Dark}}) {
        action->setCheckable(true);
        action->setData(int(scheme));
        m_schemes->addAction(action);
    }
    connect(m_schemes, &QActionGroup::triggered, this,
            [this](QAction *choice) { emit colorSchemeChosen(Scheme(choice->data().toInt())); });
    english->setCheckable(true);
    chinese->setCheckable(true);
    m_languages->addAction(english);
    m_languages->addAction(chinese);
    // The languages' own names, never translated: a reader of the other language must find theirs.
    english->setText(QStringLiteral("English"));
    chinese->setText(QStringLiteral("中文"));
    userGuide->setIcon(themed(window, "help-contents", QStyle::SP_DialogHelpButton));
    for (QAction *action : {refresh, stop, exportCsv, copy, find, history, groupByToken, privacy, tokenVerdicts, addAddress,
                            addAddresses, undoRemove})
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
    m_file->addActions({importWatchList, exportWatchList});
    m_file->addSeparator();
    m_file->addAction(quit);

    m_edit = bar->addMenu(QString());
    m_edit->addAction(undoRemove);
    m_edit->addSeparator();
    m_edit->addAction(copy);
    m_edit->addAction(find);

    m_addresses = bar->addMenu(QString());
    m_addresses->addActions({addAddress, addAddresses, editAddress, removeAddress});
    m_addresses->addSeparator();
    m_addresses->addActions({moveUp, moveDown});

    m_view = bar->addMenu(QString());
    m_view->addAction(refresh);
    m_view->addAction(stop);
    m_autoRefreshMenu = m_view->addMenu(QString());
    m_autoRefreshMenu->addActions(m_autoRefresh->actions());
    m_view->addSeparator();
    m_view->addAction(history);
    m_view->addSeparator();
    m_view->addAction(groupByToken);
    m_view->addAction(privacy);
    m_currencyMenu = m_view->addMenu(QString());
    m_currencyMenu->addActions({inUsd, inCny});
    m_schemeMenu = m_view->addMenu(QString());
    m_schemeMenu->addActions(m_schemes->actions());
    m_view->addAction(tokenVerdicts);

    m_settings = bar->addMenu(QString());
    m_settings->addAction(settings);
    m_language = m_settings->addMenu(QString());
    m_language->addAction(english);
    m_language->addAction(chinese);

    m_help = bar->addMenu(QString());
    m_help->addAction(userGuide);
    m_help->addSeparator();
    m_help->addAction(about);
    m_help->addAction(aboutQt);

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(refresh);
    m_toolBar->addAction(stop);
    m_toolBar->addSeparator();
    m_toolBar->addAction(addAddress);
    m_toolBar->addSeparator();
    m_toolBar->addAction(exportCsv);
    m_toolBar->addAction(history);
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
    m_addresses->setTitle(tr("&Addresses"));
    m_autoRefreshMenu->setTitle(tr("&Auto-refresh"));
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
    //: View menu: shows the value of the addresses over time (checked while it is shown).
    history->setText(tr("&History"));
    history->setToolTip(tr("The value of your addresses over time, and the holdings recorded at each refresh (Ctrl+H)"));
    //: View menu: folds the same token across chains and addresses into one expandable row (checked while grouped).
    groupByToken->setText(tr("&Group by Token"));
    groupByToken->setToolTip(tr("One row per token across chains and addresses, with exact sums (Ctrl+G)"));
    privacy->setText(tr("&Privacy mode"));
    privacy->setToolTip(tr("Hide every amount behind dots (Ctrl+Shift+M)"));
    //: View menu: the currency every value is shown in.
    m_currencyMenu->setTitle(tr("&Currency"));
    inUsd->setText(tr("&US Dollar (USD)"));
    //: Values converted at OKX's published USD/CNY rate.
    inCny->setText(tr("Chinese &Yuan (CNY)"));
    //: View menu: the window's colours, light or dark.
    m_schemeMenu->setTitle(tr("Color sch&eme"));
    //: Color scheme: follow the desktop's light or dark setting.
    schemeSystem->setText(tr("&System"));
    schemeLight->setText(tr("&Light"));
    schemeDark->setText(tr("&Dark"));
    //: The list of tokens the user marked as spam or chose to trust.
    tokenVerdicts->setText(tr("&Token Verdicts…"));
    tokenVerdicts->setToolTip(tr("The tokens you marked as spam or chose to trust (Ctrl+Shift+T)"));
    settings->setText(tr("S&ettings…"));
    userGuide->setText(tr("&User Guide"));
    about->setText(tr("&About OKX Wallet Viewer"));
    aboutQt->setText(tr("About &Qt"));
    quit->setText(tr("&Quit"));
    addAddress->setText(tr("&Add Address…"));
    addAddress->setToolTip(tr("Watch another address (Ctrl+N)"));
    addAddresses->setText(tr("Add Addre&sses…"));
    addAddresses->setToolTip(tr("Watch a pasted list of addresses (Ctrl+Shift+N)"));
    importWatchList->setText(tr("&Import Watch List…"));
    importWatchList->setToolTip(tr("Add the addresses of a CSV file (address,chains,label)"));
    exportWatchList->setText(tr("Export &Watch List…"));
    exportWatchList->setToolTip(tr("Save the watched addresses as a CSV file (address,chains,label)"));
    editAddress->setText(tr("&Edit Address…"));
    removeAddress->setText(tr("&Remove Address"));
    moveUp->setText(tr("Move &Up"));
    moveDown->setText(tr("Move &Down"));
    undoRemove->setText(tr("&Undo Remove"));
    const QList<QAction *> choices = m_autoRefresh->actions();
    for (QAction *choice : choices) {
        const int minutes = choice->data().toInt();
        choice->setText(minutes == 0 ? tr("&Off") : tr("Every %n minute(s)", nullptr, minutes));
    }
    const QList<QAction *> buttons = m_toolBar->actions();
    for (QAction *button : buttons) {
        if (!button->isSeparator())
            button->setIconText(toolButtonText(button->text()));
    }
}

int MainActions::autoRefreshMinutes() const
{
    const QAction *checked = m_autoRefresh->checkedAction();
    return checked ? checked->data().toInt() : 0;
}

void MainActions::setAutoRefreshMinutes(int minutes)
{
    const QList<QAction *> choices = m_autoRefresh->actions();
    for (QAction *choice : choices)
        choice->setChecked(choice->data().toInt() == minutes);
    if (!m_autoRefresh->checkedAction())
        choices.constFirst()->setChecked(true);
}

void MainActions::setCurrency(FiatCurrency currency)
{
    (currency == FiatCurrency::Cny ? inCny : inUsd)->setChecked(true);
}

void MainActions::setColorScheme(AppSettings::ColorScheme scheme)
{
    const QList<QAction *> choices = m_schemes->actions();
    for (QAction *choice : choices)
        choice->setChecked(choice->data().toInt() == int(scheme));
}

void MainActions::setWatchListEditable(bool editable)
{
    for (QAction *action : {addAddress, addAddresses, importWatchList, exportWatchList, editAddress, removeAddress,
                            moveUp, moveDown, undoRemove})
        action->setEnabled(editable);
}

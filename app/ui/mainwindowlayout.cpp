#include "ui/mainwindowlayout.h"

#include "model/assetfilterproxy.h"
#include "storage/appsettings.h"
#include "ui/addresssidebar.h"
#include "ui/allocationchartview.h"
#include "ui/filterbar.h"
#include "ui/firstrunprompt.h"
#include "ui/groupedholdingsview.h"
#include "ui/historyview.h"
#include "ui/holdingmenu.h"
#include "ui/holdingssplitter.h"
#include "ui/holdingsview.h"
#include "ui/mainactions.h"
#include "ui/messagebar.h"
#include "ui/refreshstatus.h"
#include "ui/summaryheader.h"
#include "ui/viewpreferences.h"

#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString WindowStateKey = QStringLiteral("mainWindow/state");
const QString OuterSplitterKey = QStringLiteral("mainWindow/sidebarSplitter");
const QString ContentSplitterKey = QStringLiteral("mainWindow/contentSplitter");
const QString HeaderKey = QStringLiteral("holdings/header");
const QString PreferencesKey = QStringLiteral("holdings/preferences");

MessageBar *messageBar(MessageBar::Kind kind, const char *name, bool closable, QWidget *parent)
{
    auto *bar = new MessageBar(kind, parent);
    bar->setObjectName(QLatin1String(name));
    bar->setClosable(closable);
    bar->hide();
    return bar;
}

} // namespace

MainWindowLayout::MainWindowLayout(QMainWindow *window, const MainActions *actions, AddressListModel *addresses,
                                   AssetFilterProxy *proxy, QAbstractItemModel *groupedHoldings, const QUrl &baseUrl,
                                   bool demo)
    : window(window)
    , proxy(proxy)
    , credentialsBanner(messageBar(MessageBar::Kind::Information, "credentialsBanner", false, window))
    , errorBar(messageBar(MessageBar::Kind::Error, "errorBar", true, window))
    // What goes wrong beside the refreshes (files, the keychain, an export): a warning, not news.
    , noticeBar(messageBar(MessageBar::Kind::Error, "noticeBar", true, window))
    , undoBar(messageBar(MessageBar::Kind::Information, "undoBar", false, window))
    , sidebar(new AddressSidebar(addresses, window))
    , summary(new SummaryHeader(window))
    , filters(new FilterBar(proxy, window))
    , table(new HoldingsView(window))
    , groupedTable(new GroupedHoldingsView(window))
    , tableStack(new QStackedWidget(window))
    , holdingMenu(new HoldingMenu(window))
    , chart(new AllocationChartView(window))
    , contentSplitter(new HoldingsSplitter(table, tableStack, chart, window))
    , firstRunPrompt(new FirstRunPrompt(actions->addAddress, window))
    , history(new HistoryView(window))
    , contentStack(new QStackedWidget(window))
    , outerSplitter(new QSplitter(Qt::Horizontal, window))
    , status(new RefreshStatus(window))
    , rateNotice(new QLabel(window))
    , connection(new ConnectionIndicator(baseUrl, demo, window))
{
    sidebar->setActions({actions->addAddress, actions->editAddress, actions->removeAddress, actions->moveUp,
                         actions->moveDown},
                        {actions->addAddress, actions->removeAddress, actions->moveUp, actions->moveDown});
    table->setModel(proxy);
    groupedTable->setModel(groupedHoldings);
    table->setHoldingMenu(holdingMenu);
    groupedTable->setHoldingMenu(holdingMenu);
    tableStack->setObjectName(QStringLiteral("holdingsTableStack"));
    tableStack->addWidget(table);
    tableStack->addWidget(groupedTable);
    // The grouped tree shows the columns the table shows (chosen, and those with something to say).
    // The widgets alone, never this layout: the header signals while the window's widgets are
    // destroyed, after the layout is gone.
    QObject::connect(table, &HoldingsView::widthThroughValueChanged, groupedTable,
                     [table = table, grouped = groupedTable, stack = tableStack] {
                         if (stack->currentWidget() == grouped)
                             grouped->showColumnsOf(*table);
                     });

    contentSplitter->setObjectName(QStringLiteral("contentSplitter"));

    // The holdings: summary, filters, table and chart; the first-run prompt takes their place while
    // the watch list is empty. The message bars stay above both (the undo of the last removal too).
    auto *holdings = new QWidget(window);
    auto *holdingsLayout = new QVBoxLayout(holdings);
    holdingsLayout->setContentsMargins(0, 0, 0, 0);
    holdingsLayout->addWidget(summary);
    holdingsLayout->addWidget(filters);
    holdingsLayout->addWidget(contentSplitter, 1);
    contentStack->setObjectName(QStringLiteral("contentStack"));
    contentStack->addWidget(holdings);
    contentStack->addWidget(firstRunPrompt);
    contentStack->addWidget(history);

    auto *content = new QWidget(window);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    for (MessageBar *bar : {errorBar, noticeBar, undoBar})
        contentLayout->addWidget(bar);
    contentLayout->addWidget(contentStack, 1);

    outerSplitter->setObjectName(QStringLiteral("sidebarSplitter"));
    outerSplitter->addWidget(sidebar);
    outerSplitter->addWidget(content);
    outerSplitter->setStretchFactor(1, 1);
    outerSplitter->setChildrenCollapsible(false);
    // The sidebar may be dragged wider only as far as the holdings keep their Value column in view.
    QObject::connect(outerSplitter, &QSplitter::splitterMoved, outerSplitter, [this] {
        QList<int> widths = outerSplitter->sizes();
        const int excess = contentSplitter->leastWidthWithValueInView() - widths.at(1);
        const int given = qMin(excess, widths.at(0) - sidebar->minimumSizeHint().width());
        if (given > 0) {
            widths[0] -= given;
            widths[1] += given;
            outerSplitter->setSizes(widths);
        }
    });

    auto *central = new QWidget(window);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addWidget(credentialsBanner);
    layout->addWidget(outerSplitter, 1);
    window->setCentralWidget(central);

    window->statusBar()->addWidget(status);
    window->statusBar()->addPermanentWidget(filters->rowCountLabel());
    filters->rowCountLabel()->show();
    rateNotice->setObjectName(QStringLiteral("rateNotice"));
    window->statusBar()->addPermanentWidget(rateNotice);
    window->statusBar()->addPermanentWidget(connection);
}

QString MainWindowLayout::restore(const AppSettings &settings)
{
    if (window->restoreGeometry(settings.stateBlob(GeometryKey))) {
        // Saved on a larger screen, or before the resolution went down: never larger than this one.
        const QRect available = window->screen()->availableGeometry();
        const QSize frame = window->frameGeometry().size() - window->size();
        window->resize(window->size().boundedTo(available.size() - frame));
        const QSize outer = window->frameGeometry().size();
        window->move(qBound(available.left(), window->x(), available.right() + 1 - outer.width()),
                     qBound(available.top(), window->y(), available.bottom() + 1 - outer.height()));
    } else {
        // First start: most of the screen, leaving room for the desktop's panels; on a small
        // screen every pixel, since the table, the sidebar and the chart all need the width.
        const QSize available = window->screen()->availableSize();
        if (available.width() < 1280 || available.height() < 800)
            window->resize(available);
        else
            window->resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    window->restoreState(settings.stateBlob(WindowStateKey));
    if (!outerSplitter->restoreState(settings.stateBlob(OuterSplitterKey)))
        outerSplitter->setSizes({sidebar->minimumWidth(), window->width()});
    if (!contentSplitter->restoreState(settings.stateBlob(ContentSplitterKey))) {
        // A quarter for the chart, but no less than it needs: in a narrow window the table needs the rest.
        const int content = window->width() - sidebar->minimumWidth();
        const int chartWidth = qMax(chart->minimumSizeHint().width(), content / 4);
        contentSplitter->setSizes({content - chartWidth, chartWidth});
    }
    table->restoreViewState(settings.stateBlob(HeaderKey));
    const ViewPreferences preferences = ViewPreferences::fromBlob(settings.stateBlob(PreferencesKey));
    preferences.applyTo(*proxy, *chart);
    showGroupedByToken(preferences.groupByToken);
    return preferences.scope;
}

void MainWindowLayout::showFirstRunPrompt(bool watchListEmpty)
{
    m_watchListEmpty = watchListEmpty;
    showContent();
}

void MainWindowLayout::showHistory(bool shown)
{
    m_historyShown = shown;
    showContent();
}

void MainWindowLayout::showGroupedByToken(bool grouped)
{
    m_groupedByToken = grouped;
    if (grouped)
        groupedTable->showColumnsOf(*table);
    tableStack->setCurrentWidget(holdingsOnScreen());
}

QWidget *MainWindowLayout::holdingsOnScreen() const
{
    return m_groupedByToken ? static_cast<QWidget *>(groupedTable) : table;
}

void MainWindowLayout::showContent()
{
    // The history outlives the watch list's addresses: it is shown whenever asked for.
    if (m_historyShown)
        contentStack->setCurrentWidget(history);
    else
        contentStack->setCurrentWidget(m_watchListEmpty ? static_cast<QWidget *>(firstRunPrompt) : contentStack->widget(0));
    // The count is of the holdings table's rows: said only while that table is what is shown.
    filters->rowCountLabel()->setVisible(contentStack->currentIndex() == 0);
}

void MainWindowLayout::save(AppSettings &settings) const
{
    settings.setStateBlob(GeometryKey, window->saveGeometry());
    settings.setStateBlob(WindowStateKey, window->saveState());
    settings.setStateBlob(OuterSplitterKey, outerSplitter->saveState());
    settings.setStateBlob(ContentSplitterKey, contentSplitter->saveState());
    settings.setStateBlob(HeaderKey, table->saveViewState());
    settings.setStateBlob(PreferencesKey, ViewPreferences::of(*proxy, *chart, m_groupedByToken).toBlob());
}

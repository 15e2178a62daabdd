#include "ui/historyview.h"

#include "model/historysortproxy.h"
#include "model/historytablemodel.h"
#include "model/portfoliosnapshot.h"
#include "model/themecolors.h"
#include "storage/watchedaddress.h"
#include "ui/historychartview.h"
#include "ui/holdingsview.h"
#include "ui/recordedholdingsview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr HistorySpan Spans[] = {HistorySpan::Day, HistorySpan::Week, HistorySpan::Month, HistorySpan::Year, HistorySpan::All};

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryTableModel(this))
    , m_proxy(new HistorySortProxy(this))
    , m_pages(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_spans(new QButtonGroup(this))
    , m_live(new QPushButton(this))
    , m_content(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chart(new HistoryChartView(this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_showHoldings(new QPushButton(this))
    , m_recorded(new RecordedHoldingsView(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_scope->setObjectName(QStringLiteral("historyScope"));
    m_live->setObjectName(QStringLiteral("historyToLiveHoldings"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_showHoldings->setObjectName(QStringLiteral("showHoldingsAt"));
    m_splitter->setObjectName(QStringLiteral("historySplitter"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setMinimumContentsLength(12);
    connect(m_scope, &QComboBox::activated, this, [this] { emit scopeChosen(scopeAddress()); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_scope);
    header->addStretch(1);
    for (HistorySpan span : Spans) {
        // Push buttons, not tool buttons: those are left out of the Tab chain. Reached with Tab (and
        // Space), and from anywhere in the view with Alt+1 … Alt+5 (retranslateUi()).
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("historySpan%1").arg(int(span)));
        button->setCheckable(true);
        button->setFlat(true);
        button->setAutoDefault(false);
        m_spans->addButton(button, int(span));
        header->addWidget(button);
    }
    m_spans->button(int(m_span))->setChecked(true);
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) {
        if (HistorySpan(id) == m_span)
            return;
        m_span = HistorySpan(id);
        emit spanChosen(m_span);
    });
    header->addSpacing(8);
    header->addWidget(m_live);
    connect(m_live, &QPushButton::clicked, this, &HistoryView::liveHoldingsRequested);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    applyMutedText();
    m_hint->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_chart->setModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setHighlightSections(false);
    // Amounts whole at any width (the table scrolls sideways instead); the addresses take the rest.
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(HistoryTableModel::AddressColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::requestHoldings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_showHoldings->setEnabled(currentRow() >= 0);
        m_chart->showPoint(currentRow());
    });
    connect(m_showHoldings, &QPushButton::clicked, this, &HistoryView::requestHoldings);
    m_showHoldings->setEnabled(false);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_hint, 1);
    actions->addWidget(m_showHoldings);
    tableLayout->addLayout(actions);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(tablePane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_content->addWidget(m_splitter);
    m_content->addWidget(m_message);

    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addLayout(header);
    historyLayout->addWidget(m_content, 1);
    m_pages->addWidget(historyPage);
    m_pages->addWidget(m_recorded);
    connect(m_recorded, &RecordedHoldingsView::backToHistoryRequested, this, [this] { showRecordedHoldings(false); });
    connect(m_recorded, &RecordedHoldingsView::liveHoldingsRequested, this, &HistoryView::liveHoldingsRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Ctrl+H lands on the points: the arrows choose one, Enter shows its holdings.
    setFocusProxy(m_table);
    // Tab in reading order (the layouts reparented the widgets in another): scope, spans, the way
    // back, the points, their holdings.
    QList<QWidget *> chain{m_scope};
    for (QAbstractButton *button : m_spans->buttons())
        chain.append(button);
    chain << m_live << m_table << m_showHoldings;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    retranslateUi();
}

QString HistoryView::scopeAddress() const
{
    return m_scope->currentData().toString();
}

QString HistoryView::scopeName() const
{
    const QString address = scopeAddress();
    for (const HistoryAddress &recorded : m_addresses) {
        if (recorded.address == address)
            return recorded.label.isEmpty() ? PortfolioSnapshot::shortAddress(address) : recorded.label;
    }
    return tr("All addresses");
}

void HistoryView::setAddresses(const QList<HistoryAddress> &addresses)
{
    const QString chosen = scopeAddress();
    m_addresses = addresses;
    m_scope->clear();
    m_scope->addItem(tr("All addresses"), QString());
    for (const HistoryAddress &address : addresses) {
        const QString shortAddress = PortfolioSnapshot::shortAddress(address.address);
        //: A choice of the value history's scope: %1 an address's label, %2 the address shortened.
        m_scope->addItem(address.label.isEmpty() ? shortAddress : tr("%1 (%2)").arg(address.label, shortAddress),
                         address.address);
        m_scope->setItemData(m_scope->count() - 1, address.address, Qt::ToolTipRole);
    }
    setScopeAddress(chosen);
}

void HistoryView::setScopeAddress(const QString &address)
{
    int index = 0;
    for (int i = 1; i < m_scope->count() && !address.isEmpty(); ++i) {
        if (WatchedAddress::sameAddress(m_scope->itemData(i).toString(), address))
            index = i;
    }
    m_scope->setCurrentIndex(index);
}

void HistoryView::showPoints(const QList<HistorySeriesPoint> &points, const QDateTime &since, const QDateTime &until)
{
    m_chart->setSpan(since, until);
    m_model->setPoints(points);
    m_showHoldings->setEnabled(false);
    if (!points.isEmpty())
        showMessage(Message::None);
    else
        showMessage(m_addresses.isEmpty() ? Message::NoHistory : Message::NothingInSpan);
}

void HistoryView::showError(const QString &error)
{
    m_model->setPoints({});
    showMessage(Message::Error, error);
}

void HistoryView::showMessage(Message message, const QString &error)
{
    m_shownMessage = message;
    m_error = error;
    switch (message) {
    case Message::None:
        m_message->clear();
        break;
    case Message::NoHistory:
        // The demo portfolios are never recorded: say so, or a user waits for a history that cannot come.
        m_message->setText(tr("No history yet: every refresh of your own addresses is recorded (the demo portfolios "
                              "are not), and their value over time shows here from the first one on."));
        break;
    case Message::NothingInSpan:
        m_message->setText(tr("Nothing was recorded in this period. Choose a longer one, or All."));
        break;
    case Message::Error:
        m_message->setText(error);
        break;
    }
    m_content->setCurrentWidget(message == Message::None ? static_cast<QWidget *>(m_splitter) : m_message);
}

void HistoryView::showRecordedHoldings(bool shown)
{
    m_pages->setCurrentWidget(shown ? static_cast<QWidget *>(m_recorded) : m_pages->widget(0));
    if (shown)
        m_recorded->table()->setFocus();
    else if (isVisible())
        m_table->setFocus();
}

bool HistoryView::showsRecordedHoldings() const
{
    return m_pages->currentWidget() == m_recorded;
}

void HistoryView::setDisplay(const AmountDisplay &display)
{
    m_model->setDisplay(display);
    m_recorded->setDisplay(display);
}

int HistoryView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void HistoryView::requestHoldings()
{
    const int row = currentRow();
    if (row >= 0)
        emit holdingsAtRequested(m_model->points().at(row).time);
}

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a point opens its holdings, as a double click does.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            requestHoldings();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applyMutedText();
    }
}

void HistoryView::applyMutedText()
{
    const QPalette muted = ThemeColors::mutedPalette(palette());
    m_message->setPalette(muted);
    m_hint->setPalette(muted);
}

void HistoryView::retranslateUi()
{
    //: Title of the window's History view.
    m_title->setText(tr("Value History"));
    m_scope->setToolTip(tr("Whose value: all addresses together, or one"));
    if (m_scope->count() > 0)
        m_scope->setItemText(0, tr("All addresses"));
    //: The History view's span buttons: the last day, week, month, year, or all time.
    const QStringList texts{tr("1D"), tr("1W"), tr("1M"), tr("1Y"), tr("All")};
    const QStringList tips{tr("The last day"), tr("The last week"), tr("The last month"), tr("The last year"),
                           tr("Everything recorded")};
    for (int i = 0; i < texts.size(); ++i) {
        QAbstractButton *button = m_spans->button(int(Spans[i]));
        button->setText(texts.at(i));
        // As wide as the text needs: a push button's least width (80 px in most styles) is meant for words.
        button->setFixedWidth(button->fontMetrics().horizontalAdvance(texts.at(i)) + 4 * button->fontMetrics().averageCharWidth());
        // After the text, which sets a button's shortcut to its mnemonic (none here).
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        //: %1 is a period ("The last week"), %2 its shortcut (Alt+2).
        button->setToolTip(tr("%1 (%2)").arg(tips.at(i), button->shortcut().toString(QKeySequence::NativeText)));
    }
    m_live->setText(tr("&Live Holdings"));
    m_live->setToolTip(tr("Leave the history for the holdings of the latest refresh (Ctrl+H)"));
    m_hint->setText(tr("Choose a point and press Enter to see the holdings recorded then."));
    m_showHoldings->setText(tr("&Show Holdings at This Time"));
    showMessage(m_shownMessage, m_error);
}

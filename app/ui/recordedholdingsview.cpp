#include "ui/recordedholdingsview.h"

#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "model/themecolors.h"
#include "ui/holdingsview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RecordedHoldingsView::RecordedHoldingsView(QWidget *parent)
    : QWidget(parent)
    , m_store(new PortfolioStore(this))
    , m_model(new AssetTableModel(m_store, this))
    , m_proxy(new AssetFilterProxy(this))
    , m_title(new QLabel(this))
    , m_total(new QLabel(this))
    , m_note(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_live(new QPushButton(this))
    , m_table(new HoldingsView(this))
{
    setObjectName(QStringLiteral("recordedHoldings"));
    m_title->setObjectName(QStringLiteral("recordedHoldingsTitle"));
    m_total->setObjectName(QStringLiteral("recordedHoldingsTotal"));
    m_export->setObjectName(QStringLiteral("exportRecordedHoldings"));
    m_back->setObjectName(QStringLiteral("backToHistory"));
    m_live->setObjectName(QStringLiteral("recordedToLiveHoldings"));
    // Not the live table's name: the window's tests and state find that one by it.
    m_table->setObjectName(QStringLiteral("recordedHoldingsView"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setPalette(ThemeColors::mutedPalette(palette()));

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setChangesShown(false);
    // The live table's defaults (by value, highest first), not its saved layout.
    m_table->restoreViewState({});
    connect(m_export, &QPushButton::clicked, this, &RecordedHoldingsView::exportRequested);
    connect(m_back, &QPushButton::clicked, this, &RecordedHoldingsView::backToHistoryRequested);
    connect(m_live, &QPushButton::clicked, this, &RecordedHoldingsView::liveHoldingsRequested);

    auto *heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_total);
    auto *header = new QHBoxLayout;
    header->addLayout(heading, 1);
    for (QPushButton *button : {m_export, m_back, m_live})
        header->addWidget(button, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

RecordedHoldingsView::~RecordedHoldingsView() = default;

void RecordedHoldingsView::setHoldings(const QDateTime &time, const QString &scopeName,
                                       const QList<RecordedHoldings> &holdings, const TokenVerdicts &verdicts)
{
    m_time = time;
    m_scopeName = scopeName;
    m_addressCount = int(holdings.size());
    QList<WatchedAddress> watched;
    for (const RecordedHoldings &recorded : holdings) {
        // Every chain of the record: the store keeps only the holdings of watched chains.
        QStringList chains = recorded.chainIndexes;
        for (const TokenAsset &asset : recorded.assets) {
            if (!chains.contains(asset.chainIndex))
                chains.append(asset.chainIndex);
        }
        watched.append(WatchedAddress{recorded.address, recorded.label, chains});
    }
    m_store->setVerdicts(verdicts);
    m_store->setWatched(watched);
    for (qsizetype i = 0; i < holdings.size(); ++i)
        m_store->restore(holdings.at(i).address, holdings.at(i).time, watched.at(i).chainIndexes, holdings.at(i).assets);
    m_table->setAllAddresses(holdings.size() > 1);
    retranslateUi();
    if (!m_model->display().isPrivate())
        m_table->fitColumnsToContents();
}

void RecordedHoldingsView::setDisplay(const AmountDisplay &display)
{
    m_model->setDisplay(display);
    retranslateUi();
}

QString RecordedHoldingsView::title() const
{
    return m_title->text();
}

void RecordedHoldingsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        // Muted again from the new palette (a switch to dark or light).
        m_note->setPalette(ThemeColors::mutedPalette(palette()));
    }
}

void RecordedHoldingsView::retranslateUi()
{
    const AmountDisplay &display = m_model->display();
    //: Heading of the holdings recorded in the past: %1 is a date and time, %2 "All addresses" or an address's name.
    m_title->setText(tr("As of %1 (recorded) · %2").arg(display.recordTime(m_time), m_scopeName));
    //: Under the heading of recorded holdings: %1 is the exact total value of the holdings shown.
    m_total->setText(tr("Total then: %1").arg(display.amountExact(m_store->summary(QString()).total)));
    m_note->setText(tr("For each address, the holdings last recorded at or before this time (%n address(es)). "
                       "Read-only: the live holdings are unchanged.",
                       nullptr, m_addressCount));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save these recorded holdings as a CSV file, as 'export --at' writes them"));
    m_back->setText(tr("&Back to History"));
    m_live->setText(tr("&Live Holdings"));
    m_live->setToolTip(tr("Leave the history for the holdings of the latest refresh"));
}

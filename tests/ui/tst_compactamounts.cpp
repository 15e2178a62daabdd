#include "model/addresslistmodel.h"
#include "model/allocationbuilder.h"
#include "model/amountdisplay.h"
#include "model/assettablemodel.h"
#include "model/holdingssummary.h"
#include "model/portfoliostore.h"
#include "support/testassets.h"
#include "support/widgetlookup.h"
#include "ui/addresssidebar.h"
#include "ui/holdingsview.h"
#include "ui/allocationchartview.h"
#include "ui/summaryheader.h"
#include "paintedtext.h"

#include <QLabel>
#include <QListView>
#include <QPieSeries>
#include <QPieSlice>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace TestAssets;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QString Whale = QStringLiteral("0x3333333333333333333333333333333333333333");

/** 10^21 dollars and a wei's worth over, in four tokens: more digits than any double holds. */
PortfolioSnapshot whale()
{
    const auto token = [](const QString &symbol, const QString &balance) {
        return asset(QStringLiteral("1"), QStringLiteral("0x") + symbol, symbol, balance, QStringLiteral("1"));
    };
    return snapshot(Whale, QStringLiteral("Whale"),
                    {token(QStringLiteral("TKN0"), QStringLiteral("400000000000000000000.000000000000000001")),
                     token(QStringLiteral("TKN1"), QStringLiteral("300000000000000000000")),
                     token(QStringLiteral("TKN2"), QStringLiteral("200000000000000000000")),
                     token(QStringLiteral("TKN3"), QStringLiteral("100000000000000000000"))});
}

const QString ExactTotal = QStringLiteral("$1,000,000,000,000,000,000,000.000000000000000001");
const QString FullTotal = QStringLiteral("$1,000,000,000,000,000,000,000.00");
const QString CompactTotal = QStringLiteral("$1.00\u00a0×\u00a010²¹");

QStringList textsOf(const QList<PaintedText> &painted)
{
    QStringList texts;
    for (const PaintedText &text : painted)
        texts << text.text;
    return texts;
}

/** The painted texts that hold an amount (a "$") or a share (a "%"). */
QList<PaintedText> numbers(const QList<PaintedText> &painted)
{
    QList<PaintedText> found;
    for (const PaintedText &text : painted) {
        if (text.text.contains(u'$') || text.text.contains(u'%'))
            found << text;
    }
    return found;
}

/**
 * Every amount and share whole: not elided, inside @p widget, and overlapping no other text of its
 * line (a text drawn over another is as cut as an elided one).
 */
bool numbersAreWhole(const QList<PaintedText> &painted, const QWidget *widget, QString *problem)
{
    for (const PaintedText &number : numbers(painted)) {
        if (number.text.contains(QChar(0x2026))) {
            *problem = QStringLiteral("elided: ") + number.text;
            return false;
        }
        if (number.rect.left() < 0 || number.rect.right() > widget->width()) {
            *problem = QStringLiteral("outside the widget's %1 px: %2").arg(widget->width()).arg(number.text);
            return false;
        }
        for (const PaintedText &other : painted) {
            const bool sameLine = other.rect.top() < number.rect.bottom() && number.rect.top() < other.rect.bottom();
            const bool overlap = other.rect.left() < number.rect.right() && number.rect.left() < other.rect.right();
            if (&other != &number && other.text != number.text && sameLine && overlap) {
                *problem = number.text + QStringLiteral(" overlaps ") + other.text;
                return false;
            }
        }
    }
    return true;
}

} // namespace

/**
 * No amount is ever elided or cut: the sidebar, the chart's legend and the summary show a huge
 * amount in full when it fits and compact when it does not, exactly in the tooltip. Real widgets,
 * offscreen; what they paint is read from their paint calls.
 */
class TestCompactAmounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sidebarShowsAHugeTotalCompactWhenNarrow();
    void sidebarShowsTheFullTotalWhenItFits();
    void sidebarPrivacyHidesEveryAmount();
    void legendShowsEverySymbolAndCompactValues();
    void legendPrivacyHidesValuesAndShares();
    void summaryTotalIsCompactWhenNarrow();
    void tableCellAtTheEdgeIsWholeCompactOrBlank();

private:
    /** The sidebar over the whale's holdings, @p width wide, shown; its list's viewport. */
    QWidget *showSidebar(int width);
    /** The allocation chart of the whale's holdings by token, @p width wide, shown. */
    AllocationChartView *showChart(int width, const AmountDisplay &display);

    PortfolioStore *m_store = nullptr;
    AssetTableModel *m_table = nullptr;
    AddressListModel *m_model = nullptr;
    std::unique_ptr<QWidget> m_widget;
};

void TestCompactAmounts::init()
{
    m_store = new PortfolioStore(this);
    m_table = new AssetTableModel(m_store, this);
    m_table->setDisplay(AmountDisplay(english, false));
    put(*m_store, whale());
    m_model = new AddressListModel(m_store, m_table, this);
}

void TestCompactAmounts::cleanup()
{
    m_widget.reset();
    delete m_model;
    delete m_table;
    delete m_store;
}

QWidget *TestCompactAmounts::showSidebar(int width)
{
    auto *sidebar = new AddressSidebar(m_model);
    m_widget.reset(sidebar);
    sidebar->resize(width, 300);
    sidebar->show();
    if (!QTest::qWaitForWindowExposed(sidebar))
        qFatal("the sidebar was never shown");
    return child<QListView>(*sidebar, "addressList")->viewport();
}

AllocationChartView *TestCompactAmounts::showChart(int width, const AmountDisplay &display)
{
    auto *chart = new AllocationChartView;
    m_widget.reset(chart);
    chart->setAllocation(AllocationBuilder::build({whale()}, {}, AllocationGrouping::Token), display);
    chart->resize(width, 520);
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart))
        qFatal("the chart was never shown");
    return chart;
}

void TestCompactAmounts::sidebarShowsAHugeTotalCompactWhenNarrow()
{
    QWidget *viewport = showSidebar(240);
    const QList<PaintedText> painted = PaintedText::of(viewport);
    const QStringList texts = textsOf(painted);
    QVERIFY2(texts.contains(QStringLiteral("All addresses")) && texts.contains(QStringLiteral("Whale")), qPrintable(texts.join(u'|')));
    // Both rows, all addresses and the whale, in the compact form; never the full one cut short.
    QCOMPARE(texts.count(CompactTotal), 2);
    QVERIFY(!texts.contains(FullTotal));
    QString problem;
    QVERIFY2(numbersAreWhole(painted, viewport, &problem), qPrintable(problem));
    // The exact amount, to the last wei, in the tooltip.
    for (int row : {0, 1}) {
        const QString tip = m_model->index(row).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Exact total: ") + ExactTotal), qPrintable(tip));
    }
}

void TestCompactAmounts::sidebarShowsTheFullTotalWhenItFits()
{
    QWidget *viewport = showSidebar(640);
    const QList<PaintedText> painted = PaintedText::of(viewport);
    const QStringList texts = textsOf(painted);
    QCOMPARE(texts.count(FullTotal), 2);
    QVERIFY(!texts.contains(CompactTotal));
    QString problem;
    QVERIFY2(numbersAreWhole(painted, viewport, &problem), qPrintable(problem));
}

void TestCompactAmounts::sidebarPrivacyHidesEveryAmount()
{
    m_table->setDisplay(AmountDisplay(english, true));
    QWidget *viewport = showSidebar(240);
    const QStringList texts = textsOf(PaintedText::of(viewport));
    QCOMPARE(texts.count(AmountDisplay::mask()), 2);
    QVERIFY2(numbers(PaintedText::of(viewport)).isEmpty(), qPrintable(texts.join(u'|')));
    QVERIFY(!m_model->index(1).data(Qt::ToolTipRole).toString().contains(u'$'));
}

void TestCompactAmounts::legendShowsEverySymbolAndCompactValues()
{
    AllocationChartView *chart = showChart(300, AmountDisplay(english, false));
    auto *legend = child<QTreeWidget>(*chart, "chartLegend");
    const QList<PaintedText> painted = PaintedText::of(legend->viewport());
    const QStringList texts = textsOf(painted);
    // Each symbol whole (not "TKN0…" four times), its share and its value in the compact form.
    for (const char *symbol : {"TKN0", "TKN1", "TKN2", "TKN3"})
        QVERIFY2(texts.contains(QLatin1String(symbol)), qPrintable(texts.join(u'|')));
    for (const char *share : {"40.0 %", "30.0 %", "20.0 %", "10.0 %"})
        QVERIFY2(texts.contains(QLatin1String(share)), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("$4.00\u00a0×\u00a010²⁰")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("$1.00\u00a0×\u00a010²⁰")), qPrintable(texts.join(u'|')));
    QString problem;
    QVERIFY2(numbersAreWhole(painted, legend->viewport(), &problem), qPrintable(problem));
    // The exact value in the tooltips.
    QTreeWidgetItem *first = legend->topLevelItem(0);
    const QString exact = QStringLiteral("Exact value: $400,000,000,000,000,000,000.000000000000000001");
    QCOMPARE(first->toolTip(2), exact);
    QCOMPARE(first->toolTip(0), QStringLiteral("TKN0\n") + exact);

    // Wide enough, every value in full.
    chart->resize(900, 520);
    const QStringList wide = textsOf(PaintedText::of(legend->viewport()));
    QVERIFY2(wide.contains(QStringLiteral("$400,000,000,000,000,000,000.00")), qPrintable(wide.join(u'|')));
    QVERIFY2(numbersAreWhole(PaintedText::of(legend->viewport()), legend->viewport(), &problem), qPrintable(problem));
}

void TestCompactAmounts::legendPrivacyHidesValuesAndShares()
{
    AllocationChartView *chart = showChart(300, AmountDisplay(english, true));
    auto *legend = child<QTreeWidget>(*chart, "chartLegend");
    const QList<PaintedText> painted = PaintedText::of(legend->viewport());
    const QStringList texts = textsOf(painted);
    QVERIFY2(numbers(painted).isEmpty(), qPrintable(texts.join(u'|')));
    QCOMPARE(texts.count(AmountDisplay::mask()), 4);
    QVERIFY(texts.contains(QStringLiteral("TKN0")));
    QVERIFY(!legend->topLevelItem(0)->toolTip(0).contains(u'$'));
    // The donut keeps its shape, not its percentages.
    QCOMPARE(chart->series()->count(), 4);
    for (const QPieSlice *slice : chart->series()->slices())
        QVERIFY(!slice->isLabelVisible());
    QVERIFY(!chart->centerText().contains(u'%'));
}

void TestCompactAmounts::summaryTotalIsCompactWhenNarrow()
{
    auto *header = new SummaryHeader;
    m_widget.reset(header);
    header->setSummary(QStringLiteral("Whale"), Whale, HoldingsSummary::of({whale()}, {}), AmountDisplay(english, false));
    header->resize(640, 120);
    header->show();
    QVERIFY(QTest::qWaitForWindowExposed(header));
    auto *total = child<QLabel>(*header, "summaryTotal");
    QCOMPARE(total->text(), CompactTotal);
    QCOMPARE(total->toolTip(), QStringLiteral("Exact total: ") + ExactTotal);
    QString problem;
    QVERIFY2(numbersAreWhole(PaintedText::of(total), total, &problem), qPrintable(problem));

    header->resize(1600, 120);
    QCOMPARE(total->text(), FullTotal);
    QTRY_VERIFY(total->width() >= total->fontMetrics().horizontalAdvance(FullTotal));

    header->setSummary(QStringLiteral("Whale"), Whale, HoldingsSummary::of({whale()}, {}), AmountDisplay(english, true));
    QCOMPARE(total->text(), AmountDisplay::mask());
    QVERIFY(total->toolTip().isEmpty());
}

void TestCompactAmounts::tableCellAtTheEdgeIsWholeCompactOrBlank()
{
    auto *view = new HoldingsView;
    m_widget.reset(view);
    view->setModel(m_table);
    view->resize(700, 300);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    // The Value column straddles the viewport's right edge, 120 px of it in view: too little for
    // "$400,000,000,000,000,000,000.00", enough for its compact form.
    const int value = AssetTableModel::ValueColumn;
    const int others = view->columnViewportPosition(value);
    view->setColumnWidth(AssetTableModel::TokenColumn,
                         view->columnWidth(AssetTableModel::TokenColumn) + view->viewport()->width() - 120 - others);
    QCOMPARE(view->viewport()->width() - view->columnViewportPosition(value), 120);

    QStringList shown;
    for (const PaintedText &text : numbers(PaintedText::of(view->viewport()))) {
        QVERIFY2(text.rect.right() <= view->viewport()->width(), qPrintable(text.text));
        shown << text.text;
    }
    QStringList compact;
    for (int row = 0; row < m_table->rowCount(); ++row)
        compact << view->model()->index(row, value).data(AssetTableModel::CompactTextRole).toString();
    // Every value in view reads whole in its compact form: no "$400,0" of "$400,000,…".
    QVERIFY2(!compact.isEmpty() && std::all_of(compact.cbegin(), compact.cend(), [&shown](const QString &text) {
                 return shown.contains(text);
             }),
             qPrintable(shown.join(u" | ") + QStringLiteral(" / ") + compact.join(u" | ")));

    // With 4 px in view, nothing at all: not a digit that would read as another number.
    view->setColumnWidth(AssetTableModel::TokenColumn, view->columnWidth(AssetTableModel::TokenColumn) + 116);
    for (const PaintedText &text : numbers(PaintedText::of(view->viewport())))
        QVERIFY2(!compact.contains(text.text) && text.rect.right() <= view->viewport()->width(), qPrintable(text.text));
}

QTEST_MAIN(TestCompactAmounts)
#include "tst_compactamounts.moc"

#include "model/themecolors.h"
#include "ui/colorscheme.h"

#include <QApplication>
#include <QMetaEnum>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

/** WCAG 2.x relative luminance of an opaque sRGB colour. */
double relativeLuminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

/** WCAG 2.x contrast ratio of two colours, 1 to 21. */
double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** WCAG 2.x AA for normal text. */
constexpr double MinTextContrast = 4.5;

} // namespace

/**
 * Every text colour of ThemeColors is readable (WCAG AA, 4.5:1) on the backgrounds it is drawn on,
 * in our light and dark palettes and in Fusion's own (what System keeps on a light desktop).
 */
class TestThemeContrast final : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula();
    void textIsReadable_data();
    void textIsReadable();
    void schemesAreWhatTheySay();
};

void TestThemeContrast::contrastFormula()
{
    // The extremes and WCAG's own example values.
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    QVERIFY(std::abs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestThemeContrast::textIsReadable_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");

    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const std::pair<const char *, QPalette> palettes[] = {
        {"light", ColorScheme::palette(false)},
        {"dark", ColorScheme::palette(true)},
        {"fusion", fusion->standardPalette()},
    };
    for (const auto &[name, palette] : palettes) {
        const auto row = [name = name](const QString &what) -> QTestData & {
            return QTest::addRow("%s: %s", name, qPrintable(what));
        };
        row(QStringLiteral("risk text on its row")) << ThemeColors::riskForeground(palette) << ThemeColors::riskBackground(palette);
        const std::pair<const char *, QPalette::ColorRole> backgrounds[] = {
            {"base", QPalette::Base}, {"alternate base", QPalette::AlternateBase}, {"window", QPalette::Window}};
        for (const auto &[backgroundName, role] : backgrounds) {
            const QColor background = palette.color(role);
            row(QStringLiteral("gain on %1").arg(QLatin1String(backgroundName))) << ThemeColors::gain(palette) << background;
            row(QStringLiteral("loss on %1").arg(QLatin1String(backgroundName))) << ThemeColors::loss(palette) << background;
            row(QStringLiteral("muted on %1").arg(QLatin1String(backgroundName))) << ThemeColors::mutedText(palette) << background;
        }
        // The summary's warnings are in the risk colour on the window.
        row(QStringLiteral("risk text on window")) << ThemeColors::riskForeground(palette) << palette.color(QPalette::Window);
        row(QStringLiteral("error bar")) << palette.color(QPalette::WindowText) << ThemeColors::errorBackground(palette);
        row(QStringLiteral("info bar")) << palette.color(QPalette::WindowText) << ThemeColors::infoBackground(palette);
    }
    // Our palettes' own text roles too (Fusion's selection is its own business).
    const QMetaEnum roles = QMetaEnum::fromType<QPalette::ColorRole>();
    for (const bool dark : {false, true}) {
        const QPalette palette = ColorScheme::palette(dark);
        const char *name = dark ? "dark" : "light";
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::Text, QPalette::Base}, {QPalette::Text, QPalette::AlternateBase},
            {QPalette::WindowText, QPalette::Window}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Link, QPalette::Base}};
        for (const auto &[text, background] : pairs)
            QTest::addRow("%s: %s on %s", name, roles.valueToKey(text), roles.valueToKey(background))
                << palette.color(text) << palette.color(background);
    }
}

void TestThemeContrast::textIsReadable()
{
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    const double ratio = contrastRatio(text, background);
    QVERIFY2(ratio >= MinTextContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

void TestThemeContrast::schemesAreWhatTheySay()
{
    QVERIFY(!ThemeColors::isDark(ColorScheme::palette(false)));
    QVERIFY(ThemeColors::isDark(ColorScheme::palette(true)));
}

QTEST_MAIN(TestThemeContrast)

#include "tst_themecontrast.moc"

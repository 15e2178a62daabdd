#include "ui/summaryheader.h"

#include "api/chainregistry.h"
#include "model/themecolors.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

SummaryHeader::SummaryHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_address(new QLabel(this))
    , m_total(new QLabel(this))
    , m_details(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_change(new QLabel(this))
    , m_suspicious(new QLabel(this))
    , m_markAsSpam(new QPushButton(this))
{
    m_suspicious->setObjectName(QStringLiteral("summarySuspicious"));
    m_suspicious->setWordWrap(true);
    m_suspicious->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_markAsSpam->setObjectName(QStringLiteral("markSuspiciousAsSpam"));
    connect(m_markAsSpam, &QPushButton::clicked, this, [this] {
        if (!m_suspiciousHoldings.isEmpty())
            emit markAsSpamRequested(m_suspiciousHoldings.constFirst().asset);
    });
    m_name->setObjectName(QStringLiteral("summaryName"));
    m_change->setObjectName(QStringLiteral("summaryChange"));
    m_change->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    // However long the line, it wraps in the width there is: no text may widen the window.
    m_change->setWordWrap(true);
    m_change->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_total->setObjectName(QStringLiteral("summaryTotal"));
    m_details->setObjectName(QStringLiteral("summaryDetails"));
    m_updated->setObjectName(QStringLiteral("summaryUpdated"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // A label can be as long as the user likes: it is elided (fitName()), never a reason to widen the window.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.9);
    m_total->setFont(totalFont);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    // The name takes the row's room (elided to it by fitName()), its address right after it.
    auto *title = new QHBoxLayout;
    title->setSpacing(layout->horizontalSpacing());
    title->addWidget(m_name, 1);
    title->addWidget(m_address);
    layout->addLayout(title, 0, 0, 1, 2);
    layout->addWidget(m_updated, 0, 2);
    layout->addWidget(m_total, 1, 0);
    // Beside the total, all the width the total leaves: the line does not rewrap when the time
    // above it changes length.
    layout->addWidget(m_change, 1, 1, 1, 2);
    layout->addWidget(m_details, 2, 0, 1, 3);
    auto *suspicious = new QHBoxLayout;
    suspicious->setSpacing(layout->horizontalSpacing());
    suspicious->addWidget(m_suspicious, 1);
    suspicious->addWidget(m_markAsSpam);
    layout->addLayout(suspicious, 3, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    render();
}

void SummaryHeader::setSummary(const QString &name, const QString &address, const HoldingsSummary &summary,
                               const AmountDisplay &display)
{
    m_scopeName = name;
    m_scopeAddress = address;
    m_summary = summary;
    m_display = display;
    render();
}

void SummaryHeader::setChanges(const QList<AddressChanges> &changes, const Decimal &totalDelta)
{
    m_changes = changes;
    m_totalDelta = totalDelta;
    render();
}

void SummaryHeader::setSuspicious(const QList<SuspiciousHolding> &suspicious)
{
    m_suspiciousHoldings = suspicious;
    render();
}

void SummaryHeader::setFromCache(bool fromCache)
{
    m_fromCache = fromCache;
    render();
}

void SummaryHeader::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    render();
}

void SummaryHeader::fitName()
{
    const QString name = m_scopeAddress.isEmpty() ? tr("All addresses") : m_scopeName;
    const QGridLayout *grid = static_cast<const QGridLayout *>(layout());
    const QMargins margins = grid->contentsMargins();
    const int room = width() - margins.left() - margins.right() - 2 * grid->horizontalSpacing()
        - m_address->sizeHint().width() - m_updated->sizeHint().width();
    const QString shown = m_name->fontMetrics().elidedText(name, Qt::ElideRight, qMax(room, 0));
    m_name->setText(shown);
    m_name->setToolTip(shown == name ? QString() : name);
}

void SummaryHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The amounts' forms depend on the width as much as the name does.
    render();
}

QString SummaryHeader::fittingAmount(const QString &full, const QString &compact, const QLabel *label) const
{
    return label->fontMetrics().horizontalAdvance(full) <= width() / 2 ? full : compact;
}

void SummaryHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
}

void SummaryHeader::render()
{
    m_address->setText(m_scopeAddress);
    const QPalette muted = ThemeColors::mutedPalette(palette());
    m_address->setPalette(muted);
    m_details->setPalette(muted);

    const bool hasData = m_summary.newestFetch.isValid();
    m_total->setText(hasData ? fittingAmount(m_display.amount(m_summary.total), m_display.amountCompact(m_summary.total), m_total)
                             : AmountDisplay::none());
    QStringList totalTip;
    if (hasData && !m_display.isPrivate()) {
        //: %1 is an amount with every decimal, such as $1,000,000,000,000,000,000,000.00.
        totalTip << tr("Exact total: %1").arg(m_display.amountExact(m_summary.total));
        if (const QString other = m_display.otherCurrencyExact(m_summary.total); !other.isEmpty())
            //: %1 is the same total in the other currency (USD, or CNY at OKX's rate).
            totalTip << tr("In the other currency: %1").arg(other);
        totalTip << m_display.fiat().notice(m_display.locale());
    }
    totalTip.removeAll(QString());
    m_total->setToolTip(totalTip.join(QLatin1Char('\n')));

    QStringList details;
    if (const QString other = hasData ? m_display.otherCurrency(m_summary.total) : QString(); !other.isEmpty())
        //: The summary's total in the other currency (USD, or CNY at OKX's rate); %1 is that amount.
        details << tr("≈ %1").arg(other);
    details << tr("%n token(s)", nullptr, m_summary.tokenCount);
    QString detailsTip;
    if (m_summary.riskCount > 0) {
        const Decimal &claimed = m_summary.riskClaimedValue;
        //: %1 is the USD value the risk tokens claim to be worth.
        details << tr("%n risk token(s) left out of the total (claiming %1)", nullptr, m_summary.riskCount)
                       .arg(fittingAmount(m_display.amount(claimed), m_display.amountCompact(claimed), m_details));
        if (!m_display.isPrivate())
            //: %1 is a USD amount with every decimal.
            detailsTip = tr("Value claimed by risk tokens: %1").arg(m_display.amountExact(claimed));
    }
    if (m_summary.unpricedCount > 0)
        details << tr("%n unpriced token(s) left out of the total", nullptr, m_summary.unpricedCount);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_details->setToolTip(detailsTip);

    QPalette updatedPalette = palette();
    if (!hasData) {
        m_updated->setText(tr("Not refreshed yet"));
    } else if (m_summary.staleCount > 0) {
        //: %1 is the time of the oldest data shown.
        m_updated->setText(tr("As of %1 — the latest refresh failed").arg(m_display.fetchTime(m_summary.oldestFetch)));
        updatedPalette.setColor(QPalette::WindowText, ThemeColors::riskForeground(palette()));
    } else if (m_fromCache && m_refreshing) {
        //: %1 is the time the saved holdings were fetched, in an earlier run of the app.
        m_updated->setText(tr("As of %1 (saved) — refreshing…").arg(m_display.fetchTime(m_summary.oldestFetch)));
    } else if (m_fromCache) {
        //: %1 is the time the saved holdings were fetched, in an earlier run of the app (no refresh running).
        m_updated->setText(tr("As of %1 (saved)").arg(m_display.fetchTime(m_summary.oldestFetch)));
    } else if (m_summary.stoppedCount > 0 && !m_refreshing) {
        //: %1 is the time of the oldest data shown; a refresh was stopped before it fetched every address.
        m_updated->setText(tr("As of %1 — the latest refresh was stopped").arg(m_display.fetchTime(m_summary.oldestFetch)));
    } else if (m_display.fetchTime(m_summary.oldestFetch) == m_display.fetchTime(m_summary.newestFetch)) {
        m_updated->setText(tr("Updated %1").arg(m_display.fetchTime(m_summary.newestFetch)));
    } else {
        //: %1 and %2 are the times of the oldest and the newest data shown (addresses refreshed apart).
        m_updated->setText(tr("Updated between %1 and %2")
                               .arg(m_display.fetchTime(m_summary.oldestFetch), m_display.fetchTime(m_summary.newestFetch)));
    }
    m_updated->setPalette(updatedPalette);
    fitName();
    renderChanges();
    renderSuspicious();
}

void SummaryHeader::renderSuspicious()
{
    m_suspicious->setVisible(!m_suspiciousHoldings.isEmpty());
    m_markAsSpam->setVisible(!m_suspiciousHoldings.isEmpty());
    if (m_suspiciousHoldings.isEmpty())
        return;
    const SuspiciousHolding &first = m_suspiciousHoldings.constFirst();
    const QString symbol = first.asset.symbol.isEmpty() ? tr("(no symbol)") : first.asset.symbol;
    //: A holding whose value looks wrong. %1 is a USD amount, %2 a token symbol, %3 a chain name.
    QString text = tr("%1 from %2 on %3 — mark as spam?")
                       .arg(m_display.amountCompact(first.value), symbol, ChainRegistry::displayName(first.asset.chainIndex));
    if (m_suspiciousHoldings.size() > 1)
        //: After a suspicious holding: how many others look suspicious too.
        text += QLatin1Char(' ') + tr("(%n more look suspicious)", nullptr, int(m_suspiciousHoldings.size() - 1));
    m_suspicious->setText(text);
    const QString why = first.reason == SuspiciousHolding::Reason::Outweighs
        //: %1 is a factor, such as 100.
        ? tr("It is worth more than %1 times everything else this address holds.").arg(SuspiciousHolding::Factor)
        //: %1 is a factor, such as 100.
        : tr("Its price changed more than %1-fold since the previous refresh.").arg(SuspiciousHolding::Factor);
    QStringList tip{why, tr("It still counts in the total until you mark it as spam (or trust it, from the table's "
                            "context menu).")};
    if (!m_display.isPrivate())
        tip.prepend(tr("Exact value: %1").arg(m_display.amountExact(first.value)));
    m_suspicious->setToolTip(tip.join(QLatin1Char('\n')));
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, ThemeColors::riskForeground(palette()));
    m_suspicious->setPalette(warning);
    //: The button beside a suspicious holding: marks its token as spam (left out of totals).
    m_markAsSpam->setText(tr("Mark as Spam"));
}

void SummaryHeader::renderChanges()
{
    const Decimal &delta = m_totalDelta;
    QStringList appeared;
    QStringList gone;
    for (const AddressChanges &address : std::as_const(m_changes)) {
        for (const HoldingChange &row : address.rows) {
            if (row.kind == HoldingChange::Kind::Appeared)
                appeared << row.symbol;
            else if (row.kind == HoldingChange::Kind::Disappeared)
                gone << row.symbol;
        }
    }
    if (m_changes.isEmpty()) {
        m_change->clear();
        m_change->setToolTip(QString());
        return;
    }
    const bool unchanged = std::all_of(m_changes.cbegin(), m_changes.cend(),
                                       [](const AddressChanges &address) { return address.rows.isEmpty(); });
    if (unchanged) {
        // Said in words: "+$0.00" beside an empty Change column would look like a change gone missing.
        m_change->setText(tr("No change since the previous refresh"));
        m_change->setToolTip(QString());
        return;
    }
    QStringList parts;
    //: %1 is a signed USD amount such as +$12.30.
    parts << tr("%1 since the previous refresh").arg(fittingAmount(m_display.change(delta), m_display.changeCompact(delta), m_change));
    if (!appeared.isEmpty())
        parts << tr("%n new token(s)", nullptr, int(appeared.size()));
    // A few names on the line, every one in the tooltip.
    constexpr qsizetype GoneShown = 3;
    if (gone.size() > GoneShown)
        //: %1 lists the first symbols of tokens no longer held; %n how many more there are.
        parts << tr("gone: %1 and %n more", nullptr, int(gone.size() - GoneShown))
                     .arg(gone.mid(0, GoneShown).join(QStringLiteral(", ")));
    else if (!gone.isEmpty())
        //: %1 lists the symbols of tokens no longer held.
        parts << tr("gone: %1").arg(gone.join(QStringLiteral(", ")));
    m_change->setText(parts.join(QStringLiteral("  ·  ")));
    QStringList tip;
    if (!m_display.isPrivate())
        //: %1 is a USD amount with every decimal, with a minus sign for a loss.
        tip << tr("Exact change: %1").arg(m_display.amountExact(delta));
    if (!appeared.isEmpty())
        tip << tr("New: %1").arg(appeared.join(QStringLiteral(", ")));
    if (gone.size() > GoneShown)
        tip << tr("Gone: %1").arg(gone.join(QStringLiteral(", ")));
    m_change->setToolTip(tip.join(QLatin1Char('\n')));
    QPalette changePalette = palette();
    const QColor colour = delta.isZero() ? ThemeColors::mutedText(palette())
                        : delta.isNegative() ? ThemeColors::loss(palette()) : ThemeColors::gain(palette());
    changePalette.setColor(QPalette::WindowText, colour);
    m_change->setPalette(changePalette);
}

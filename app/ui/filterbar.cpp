#include "ui/filterbar.h"

#include "model/assetfilterproxy.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FilterBar::FilterBar(AssetFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_hideRisk(new QCheckBox(this))
    , m_hideSmall(new QCheckBox(this))
    , m_hideUnpriced(new QCheckBox(this))
    , m_slice(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_hideRisk->setObjectName(QStringLiteral("hideRisk"));
    m_hideSmall->setObjectName(QStringLiteral("hideSmall"));
    m_hideUnpriced->setObjectName(QStringLiteral("hideUnpriced"));
    m_slice->setObjectName(QStringLiteral("sliceFilter"));
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_slice->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_slice->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_slice->setLayoutDirection(Qt::RightToLeft); // the close icon after the text, like a chip
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->hide(); // until the owner places it (the status bar)

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_hideRisk);
    layout->addWidget(m_hideSmall);
    layout->addWidget(m_hideUnpriced);
    layout->addWidget(m_slice);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, proxy, &AssetFilterProxy::setSearchText);
    connect(m_hideRisk, &QCheckBox::toggled, proxy, &AssetFilterProxy::setHideRisk);
    connect(m_hideSmall, &QCheckBox::toggled, proxy, &AssetFilterProxy::setHideSmall);
    connect(m_hideUnpriced, &QCheckBox::toggled, proxy, &AssetFilterProxy::setHideUnpriced);
    connect(m_slice, &QToolButton::clicked, proxy, &AssetFilterProxy::clearSliceFilter);
    connect(proxy, &AssetFilterProxy::filtersChanged, this, &FilterBar::syncFromProxy);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    retranslateUi();
    syncFromProxy();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a search with text clears it; only an empty search lets Esc through to Stop.
    if (watched == m_search && !m_search->text().isEmpty()) {
        const auto isEscape = [event] { return static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape; };
        if (event->type() == QEvent::ShortcutOverride && isEscape()) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && isEscape()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::syncFromProxy()
{
    // The proxy may be changed from elsewhere (restored settings, a chart click): mirror it.
    const QSignalBlocker blockSearch(m_search);
    if (m_search->text().trimmed() != m_proxy->searchText())
        m_search->setText(m_proxy->searchText());
    const QSignalBlocker blockRisk(m_hideRisk);
    m_hideRisk->setChecked(m_proxy->hidesRisk());
    const QSignalBlocker blockSmall(m_hideSmall);
    m_hideSmall->setChecked(m_proxy->hidesSmall());
    const QSignalBlocker blockUnpriced(m_hideUnpriced);
    m_hideUnpriced->setChecked(m_proxy->hidesUnpriced());
    m_slice->setVisible(m_proxy->hasSliceFilter());
    retranslateUi();
}

void FilterBar::updateCount()
{
    // Holdings, whichever view shows them: the grouped view's rows are tokens, each of one or more holdings.
    m_count->setText(tr("%n holding(s) shown", nullptr, m_proxy->rowCount()));
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FilterBar::setCurrency(const FiatConversion &fiat)
{
    m_fiat = fiat;
    retranslateUi();
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search token, contract or chain"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_hideRisk->setText(tr("Hide risk tokens"));
    m_hideRisk->setToolTip(tr("Hide the tokens OKX flags as risky airdrops or honeypots"));
    // The limit is one US dollar, said in the currency shown. Not the user's data: never masked.
    //: %1 is the limit, one US dollar in the currency shown: "$1.00", or "¥7.15" at OKX's rate.
    m_hideSmall->setText(tr("Hide small balances (< %1)").arg(m_fiat.amount(Decimal::fromInteger(1), QLocale())));
    m_hideUnpriced->setText(tr("Hide unpriced"));
    m_hideUnpriced->setToolTip(tr("Hide the tokens OKX has no price for"));
    //: The chart slice the table is filtered to; clicking clears the filter.
    m_slice->setText(tr("Chart: %1").arg(m_proxy->sliceLabel()));
    m_slice->setToolTip(tr("Show every row again"));
    updateCount();
}

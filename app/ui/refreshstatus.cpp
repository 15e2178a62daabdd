#include "ui/refreshstatus.h"

#include "model/themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>

RefreshStatus::RefreshStatus(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_text->setObjectName(QStringLiteral("refreshStatusText"));
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    render();
}

void RefreshStatus::setProgress(int completed, int total)
{
    m_state = State::Running;
    m_completed = completed;
    m_total = total;
    render();
}

void RefreshStatus::setFinished(bool cancelled, int failures, int addresses)
{
    m_state = cancelled ? State::Cancelled : State::Done;
    m_failures = failures;
    m_addresses = addresses;
    render();
}

void RefreshStatus::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        render();
}

void RefreshStatus::render()
{
    m_bar->setVisible(m_state == State::Running);
    m_bar->setRange(0, qMax(m_total, 1));
    m_bar->setValue(m_completed);
    switch (m_state) {
    case State::Idle:
        m_text->clear();
        break;
    case State::Running:
        //: Status bar during a refresh: HTTP requests completed and in all.
        m_text->setText(tr("Refreshing… %1 of %2 requests").arg(m_completed).arg(m_total));
        break;
    case State::Cancelled:
        m_text->setText(tr("Refresh cancelled"));
        break;
    case State::Done:
        if (m_addresses == 0)
            m_text->clear(); // nothing was there to refresh
        else if (m_failures == 0)
            m_text->setText(tr("Refreshed"));
        else if (m_failures >= m_addresses)
            //: Status bar: the refresh ended and not one address could be updated (the message bar says why).
            m_text->setText(tr("Refresh failed"));
        else
            m_text->setText(tr("Refreshed with %n address(es) not updated", nullptr, m_failures));
        break;
    }
}

ConnectionIndicator::ConnectionIndicator(const QUrl &baseUrl, bool demo, QWidget *parent)
    : QLabel(parent)
    , m_baseUrl(baseUrl)
    , m_demo(demo)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    render();
}

void ConnectionIndicator::setConnection(RefreshController::Connection connection)
{
    m_connection = connection;
    render();
}

void ConnectionIndicator::setServer(const QUrl &baseUrl, bool demo)
{
    m_baseUrl = baseUrl;
    m_demo = demo;
    m_connection = RefreshController::Connection::Unknown;
    render();
}

void ConnectionIndicator::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    render();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
}

void ConnectionIndicator::render()
{
    const QString host = m_baseUrl.port() > 0 ? QStringLiteral("%1:%2").arg(m_baseUrl.host()).arg(m_baseUrl.port())
                                              : m_baseUrl.host();
    QString text;
    QColor dot;
    switch (m_connection) {
    case RefreshController::Connection::Unknown:
        // No answer yet: either one is awaited, or the refresh was stopped before it came.
        text = m_refreshing ? tr("Connecting to %1").arg(host) : tr("Not connected to %1").arg(host);
        dot = ThemeColors::mutedText(palette());
        break;
    case RefreshController::Connection::Online:
        text = tr("Connected to %1").arg(host);
        dot = ThemeColors::online(palette());
        break;
    case RefreshController::Connection::Unreachable:
        text = tr("Cannot reach %1").arg(host);
        dot = ThemeColors::riskForeground(palette());
        break;
    }
    if (m_demo)
        //: Appended to the connection state while the built-in demo server is used.
        text += QLatin1Char(' ') + tr("(demo server)");
    setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2").arg(dot.name(), text.toHtmlEscaped()));
    setToolTip(tr("The only host this app talks to: %1").arg(m_baseUrl.toString()));
}

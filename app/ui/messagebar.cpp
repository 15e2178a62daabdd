#include "ui/messagebar.h"

#include "model/themecolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->hide();

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hide);
    applyPalette();
    hide();
}

void MessageBar::showMessage(const QString &text)
{
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void MessageBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
    m_close->setToolTip(tr("Close"));
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Close"));
}

void MessageBar::applyPalette()
{
    // Derived from the application's palette, not our own, which this very call changes.
    m_applyingPalette = true;
    QPalette tinted = QApplication::palette(this);
    tinted.setColor(QPalette::Window, m_kind == Kind::Error ? ThemeColors::errorBackground(tinted)
                                                             : ThemeColors::infoBackground(tinted));
    setPalette(tinted);
    m_applyingPalette = false;
}

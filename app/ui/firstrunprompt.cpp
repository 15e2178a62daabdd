#include "ui/firstrunprompt.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPrompt::FirstRunPrompt(QAction *addAddress, QWidget *parent)
    : QWidget(parent)
    , m_addAddress(addAddress)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstRunPrompt"));
    m_button->setObjectName(QStringLiteral("firstRunAddButton"));
    m_text->setObjectName(QStringLiteral("firstRunText"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_button->setIcon(addAddress->icon());
    m_button->setDefault(true);
    connect(m_button, &QPushButton::clicked, addAddress, &QAction::trigger);
    connect(addAddress, &QAction::changed, this, [this] { m_button->setEnabled(m_addAddress->isEnabled()); });

    // A column of readable width in the middle. The wrapped text takes the column's full width (no
    // alignment flag of its own), so that the layout asks it for its height at that width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 70);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_button, 0, Qt::AlignHCenter);
    auto *layout = new QGridLayout(this);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    // The column as wide as its maximum allows, the sides share the rest.
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 100);
    layout->setColumnStretch(2, 1);
    layout->addWidget(column, 1, 1);
    retranslate();
}

void FirstRunPrompt::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FirstRunPrompt::retranslate()
{
    m_title->setText(tr("No addresses watched yet"));
    m_text->setText(tr("Add a wallet address (EVM, Solana, Tron, Bitcoin and more) to see what it holds on every "
                       "chain, priced in USD. Addresses are only read: no private key is ever asked for."));
    //: %1 is the shortcut of Add Address, e.g. Ctrl+N
    m_button->setText(tr("Add Address… (%1)")
                          .arg(m_addAddress->shortcut().toString(QKeySequence::NativeText)));
}

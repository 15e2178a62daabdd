#include "ui/holdersdialog.h"

#include "model/holdersmodel.h"
#include "model/holdingsortproxy.h"
#include "ui/tsvtext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

HoldersDialog::HoldersDialog(const AssetTableModel *table, const QString &identityKey, QWidget *parent)
    : QDialog(parent)
    , m_holders(new HoldersModel(table, identityKey, this))
    , m_proxy(new HoldingSortProxy(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("holdersDialog"));
    m_heading->setObjectName(QStringLiteral("holdersHeading"));
    m_table->setObjectName(QStringLiteral("holdersTable"));
    m_total->setObjectName(QStringLiteral("holdersTotal"));
    m_heading->setWordWrap(true);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    m_proxy->setSourceModel(m_holders);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HoldersModel::BalanceColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Every column as wide as its content: an address or an amount is never cut; the table scrolls instead.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &HoldersDialog::copySelection);
    m_table->addAction(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the table must not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);

    connect(m_holders, &HoldersModel::totalsChanged, this, &HoldersDialog::retranslateUi);
    retranslateUi();
    fitWidth();
}

HoldersDialog::~HoldersDialog() = default;

void HoldersDialog::fitWidth()
{
    m_table->resizeColumnsToContents();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < HoldersModel::ColumnCount; ++column)
        width += m_table->columnWidth(column);
    const QMargins margins = layout()->contentsMargins();
    const QRect screen = (parentWidget() ? parentWidget()->screen() : QApplication::primaryScreen())->availableGeometry();
    resize(qMin(width + margins.left() + margins.right(), screen.width() * 9 / 10),
           qMin(sizeHint().height() + m_table->verticalHeader()->length(), screen.height() * 3 / 4));
}

QString HoldersDialog::selectionAsTsv() const
{
    return TsvText::ofSelection(*m_table, *m_table->horizontalHeader(), [](const QModelIndex &index) {
        return index.data(HoldersModel::CopyTextRole).toString();
    });
}

void HoldersDialog::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void HoldersDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HoldersDialog::retranslateUi()
{
    const QString symbol = m_holders->symbol();
    //: Title of the dialog listing who holds a token; %1 is the token's symbol.
    setWindowTitle(tr("Holders of %1").arg(symbol));
    m_heading->setText(tr("Every watched address and chain that holds %1, the same token across chains. "
                          "A token at an unknown contract with the same symbol is not counted here.")
                           .arg(symbol));
    m_total->setText(m_holders->totalText());
}

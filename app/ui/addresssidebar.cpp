#include "ui/addresssidebar.h"

#include "api/chainregistry.h"
#include "model/addresslistmodel.h"
#include "model/themecolors.h"
#include "money/decimal.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDropEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/**
 * The full amount when it fits in @p room, else its compact form ("$907.7T"): an amount is never
 * elided nor cut, whatever the width.
 */
QString fittingAmount(const QString &full, const QString &compact, const QFontMetrics &metrics, int room)
{
    return metrics.horizontalAdvance(full) <= room ? full : compact;
}

/**
 * Two lines per address: the name on the first with the latest change at its right, the short
 * address (muted) and the total on the second. An amount shows in full when it fits beside the
 * whole text next to it, else compact; only the name and the address give way (elided).
 */
class AddressItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        // The item's panel (selection, hover) from the style; the texts ourselves.
        opt.text.clear();
        opt.icon = QIcon();
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : ThemeColors::mutedText(opt.palette);
        const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
        const int lineHeight = area.height() / 2;
        const QRect top(area.left(), area.top(), area.width(), lineHeight);
        const QRect bottom(area.left(), area.top() + lineHeight, area.width(), area.height() - lineHeight);

        painter->save();
        // Line 1: the name, and the change of the latest refresh at its right.
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        QRect nameRect = top;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        if (!icon.isNull()) {
            const int size = qMin(lineHeight, 16);
            icon.paint(painter, QRect(nameRect.left(), nameRect.center().y() - size / 2, size, size));
            nameRect.setLeft(nameRect.left() + size + 4);
        }
        const QString name = index.data(Qt::DisplayRole).toString();
        const QString change = fittingAmount(index.data(AddressListModel::ChangeTextRole).toString(),
                                             index.data(AddressListModel::ChangeCompactTextRole).toString(), opt.fontMetrics,
                                             nameRect.width() - Margin - boldMetrics.horizontalAdvance(name));
        if (!change.isEmpty()) {
            const bool down = index.data(AddressListModel::ChangeRole).value<Decimal>().isNegative();
            painter->setFont(opt.font);
            painter->setPen(selected ? text : down ? ThemeColors::loss(opt.palette) : ThemeColors::gain(opt.palette));
            painter->drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter, change);
            nameRect.setRight(nameRect.right() - opt.fontMetrics.horizontalAdvance(change) - Margin);
        }
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));

        // Line 2: the short address (or the number of addresses), and the total at the right.
        const QString subtitle = index.data(AddressListModel::SubtitleRole).toString();
        const int subtitleWidth = subtitle.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(subtitle) + Margin;
        const QString total = fittingAmount(index.data(AddressListModel::TotalTextRole).toString(),
                                            index.data(AddressListModel::TotalCompactTextRole).toString(), boldMetrics,
                                            bottom.width() - subtitleWidth);
        const int totalWidth = boldMetrics.horizontalAdvance(total);
        painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, total);

        painter->setFont(opt.font);
        painter->setPen(muted);
        const QRect subtitleRect = bottom.adjusted(0, 0, -(totalWidth + Margin), 0);
        painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(subtitle, Qt::ElideMiddle, subtitleRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        Q_UNUSED(index)
        const int line = option.fontMetrics.height() + 2;
        return QSize(200, 2 * line + 2 * Margin);
    }

private:
    static constexpr int Margin = 6;
};

} // namespace

AddressSidebar::AddressSidebar(AddressListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_layout(new QVBoxLayout(this))
{
    m_list->setObjectName(QStringLiteral("addressList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new AddressItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AddressSidebar::showContextMenu);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDropIndicatorShown(true);
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_list, 1);
    // Room for a label and a compact total ("$233.5M") side by side: the holdings need the rest.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 25);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AddressSidebar::onCurrentChanged);
    // After a reset (addresses added or removed), select the same address again.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentAddress(m_current); });
    selectRow(0);
    retranslateUi();
}

void AddressSidebar::setCurrentAddress(const QString &address)
{
    const int row = m_model->rowOf(address);
    selectRow(row < 0 ? 0 : row);
}

void AddressSidebar::setActions(const QList<QAction *> &contextActions, const QList<QAction *> &buttons)
{
    m_contextActions = contextActions;
    // Their shortcuts (F2, Del) work in the list as in the menu bar.
    m_list->addActions(contextActions);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    for (QAction *action : buttons) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    row->addStretch(1);
    m_layout->addLayout(row);
}

void AddressSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex clicked = m_list->indexAt(pos);
    if (clicked.isValid())
        selectRow(clicked.row());
    const QString address = m_current;
    QMenu menu(this);
    if (!address.isEmpty()) {
        menu.addAction(tr("&Copy Address"), this, [address] { QGuiApplication::clipboard()->setText(address); });
        // One entry per watched chain with an explorer: an EVM address may be watched on thirty.
        QMenu *explorers = menu.addMenu(tr("&Open in Explorer"));
        const QStringList chains = m_list->currentIndex().data(AddressListModel::ChainsRole).toStringList();
        for (const QString &chain : chains) {
            const QUrl url = ChainRegistry::addressUrl(chain, address);
            if (url.isEmpty())
                continue;
            explorers->addAction(ChainRegistry::displayName(chain), this, [this, url] {
                if (!QDesktopServices::openUrl(url))
                    //: %1 is a web address.
                    emit notice(tr("No web browser could open %1.").arg(url.toDisplayString()));
            });
        }
        explorers->setEnabled(!explorers->isEmpty());
        menu.addAction(tr("Re&fresh This Address"), this, [this, address] { emit refreshRequested(address); });
        menu.addSeparator();
    }
    menu.addActions(m_contextActions);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool AddressSidebar::isRowDrag(const QDropEvent *event) const
{
    // The list's own rows, as the model packs them: text dropped from elsewhere is not an address to move.
    return event->mimeData() && event->mimeData()->hasFormat(m_model->mimeTypes().constFirst());
}

QModelIndex AddressSidebar::dropTarget(const QPoint &pos) const
{
    const QModelIndex target = m_list->indexAt(pos);
    return target.isValid() && target.row() > 0 && !m_current.isEmpty() ? target : QModelIndex();
}

bool AddressSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        // The shortcut of a disabled action (Ctrl+Shift+Up on the first address) reaches the view
        // as a key press: it must not move the selection instead, as the view's own keys would.
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        const QList<QAction *> actions = m_list->actions();
        return std::any_of(actions.cbegin(), actions.cend(),
                           [&pressed](const QAction *action) { return action->shortcuts().contains(pressed); });
    }
    if (watched != m_list->viewport())
        return QWidget::eventFilter(watched, event);
    // A drag within the list moves the address in the watch list, which then reorders the model;
    // the view's own move would reorder rows the model does not own.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (isRowDrag(drag) && dropTarget(drag->position().toPoint()).isValid())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex target = dropTarget(drop->position().toPoint());
        if (!isRowDrag(drop) || !target.isValid())
            return true;
        drop->setDropAction(Qt::IgnoreAction);
        drop->accept();
        const QString targetAddress = target.data(AddressListModel::AddressRole).toString();
        if (targetAddress != m_current)
            emit moveRequested(m_current, targetAddress);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void AddressSidebar::selectRow(int row)
{
    m_list->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
}

void AddressSidebar::onCurrentChanged()
{
    const QString address = m_list->currentIndex().data(AddressListModel::AddressRole).toString();
    if (address == m_current)
        return;
    m_current = address;
    emit currentAddressChanged(address);
}

void AddressSidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AddressSidebar::retranslateUi()
{
    m_title->setText(tr("Addresses"));
    m_model->retranslate();
}

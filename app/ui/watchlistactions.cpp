#include "ui/watchlistactions.h"

#include "storage/watchlist.h"
#include "ui/addressbatchdialog.h"
#include "ui/addressdialog.h"
#include "ui/addresssidebar.h"
#include "ui/mainactions.h"
#include "ui/messagebar.h"

#include <QAction>
#include <QMessageBox>

WatchListActions::WatchListActions(WatchList *list, MainActions *actions, AddressSidebar *sidebar, MessageBar *undoBar,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_list(list)
    , m_actions(actions)
    , m_sidebar(sidebar)
    , m_undoBar(undoBar)
    , m_dialogParent(dialogParent)
{
    connect(actions->addAddress, &QAction::triggered, this, &WatchListActions::addAddress);
    connect(actions->addAddresses, &QAction::triggered, this, &WatchListActions::addAddresses);
    connect(actions->editAddress, &QAction::triggered, this, &WatchListActions::editAddress);
    connect(actions->removeAddress, &QAction::triggered, this, &WatchListActions::removeAddress);
    connect(actions->undoRemove, &QAction::triggered, this, &WatchListActions::undoRemove);
    connect(actions->moveUp, &QAction::triggered, this, [this] { move(-1); });
    connect(actions->moveDown, &QAction::triggered, this, [this] { move(1); });
    connect(sidebar, &AddressSidebar::moveRequested, this, &WatchListActions::moveOnto);
    connect(undoBar, &MessageBar::actionTriggered, this, &WatchListActions::undoRemove);
    connect(list, &WatchList::changed, this, &WatchListActions::updateEnabled);
    connect(sidebar, &AddressSidebar::currentAddressChanged, this, &WatchListActions::updateEnabled);
    undoBar->setClosable(true);
    undoBar->hide();
    updateEnabled();
    retranslate();
}

int WatchListActions::selectedIndex() const
{
    const QString address = m_sidebar->currentAddress();
    return address.isEmpty() ? -1 : m_list->indexOf(address);
}

void WatchListActions::updateEnabled()
{
    const int index = selectedIndex();
    m_actions->editAddress->setEnabled(index >= 0);
    m_actions->removeAddress->setEnabled(index >= 0);
    m_actions->moveUp->setEnabled(index > 0);
    m_actions->moveDown->setEnabled(index >= 0 && index + 1 < m_list->size());
    m_actions->undoRemove->setEnabled(m_list->canUndoRemove());
    if (!m_list->canUndoRemove())
        m_undoBar->hide();
}

bool WatchListActions::runDialog(AddressDialog &dialog)
{
    if (m_dialogHook)
        m_dialogHook(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void WatchListActions::addAddress()
{
    AddressDialog dialog(*m_list, -1, m_dialogParent);
    // Said before the user commits to it: the demo portfolios go once their own address is added.
    dialog.setDemoPortfoliosShown(m_demoPortfoliosShown && m_demoPortfoliosShown());
    if (!runDialog(dialog))
        return;
    const WatchedAddress entry = dialog.entry();
    const QString problem = m_list->add(entry);
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Add Address"), problem);
        return;
    }
    m_sidebar->setCurrentAddress(m_list->at(m_list->size() - 1).address);
}

void WatchListActions::addAddresses()
{
    AddressBatchDialog dialog(*m_list, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString problem = m_list->addAll(dialog.batch().entriesToAdd());
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Add Addresses"), problem);
        return;
    }
    emit reported(dialog.batch().outcome());
}

void WatchListActions::editAddress()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    AddressDialog dialog(*m_list, index, m_dialogParent);
    if (!runDialog(dialog))
        return;
    const QString problem = m_list->update(index, dialog.entry());
    if (!problem.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Edit Address"), problem);
    else
        m_sidebar->setCurrentAddress(m_list->at(index).address);
}

void WatchListActions::removeAddress()
{
    const int index = selectedIndex();
    if (index < 0 || !m_list->remove(index))
        return;
    // The next address takes its place, so that Del again removes the next one.
    if (!m_list->isEmpty()) {
        const int last = int(m_list->size()) - 1;
        const QString next = m_list->at(index < last ? index : last).address;
        m_sidebar->setCurrentAddress(next);
    }
    retranslate();
    m_undoBar->show();
}

void WatchListActions::undoRemove()
{
    if (!m_list->canUndoRemove())
        return;
    const QString address = m_list->lastRemoved().address;
    const QString problem = m_list->undoRemove();
    if (!problem.isEmpty()) {
        m_undoBar->showMessage(problem);
        return;
    }
    m_undoBar->hide();
    m_sidebar->setCurrentAddress(address);
}

void WatchListActions::move(int step)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const QString address = m_list->at(index).address;
    if (m_list->move(index, index + step))
        m_sidebar->setCurrentAddress(address);
}

void WatchListActions::moveOnto(const QString &address, const QString &target)
{
    const int from = m_list->indexOf(address);
    const int to = m_list->indexOf(target);
    // Session-only addresses (the demo's, --address) are not in the list and keep their place.
    if (from >= 0 && to >= 0 && m_list->move(from, to))
        m_sidebar->setCurrentAddress(address);
}

bool WatchListActions::mayClose()
{
    QString error;
    while (m_list->hasUnsavedChanges() && !m_list->save(&error)) {
        const QMessageBox::StandardButton answer = QMessageBox::warning(
            m_dialogParent, tr("Watch list not saved"),
            //: %1 says why, e.g. "Cannot write …/watchlist.json: No space left on device."
            tr("The watch list could not be saved: %1\n\nFree some space and try again, or quit and lose the "
               "changes made since it was last saved.")
                .arg(error),
            QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer == QMessageBox::Discard)
            return true;
        if (answer != QMessageBox::Retry)
            return false;
    }
    return true;
}

void WatchListActions::retranslate()
{
    m_undoBar->setActionText(tr("Undo"));
    if (!m_list->canUndoRemove())
        return;
    const bool shown = !m_undoBar->isHidden();
    //: %1 is the removed address's label (or the address).
    m_undoBar->showMessage(tr("Removed %1 from the watch list.").arg(m_list->lastRemoved().displayName()));
    m_undoBar->setVisible(shown);
}

#pragma once

#include <QObject>

#include <functional>

class AddressDialog;
class AddressSidebar;
class MainActions;
class MessageBar;
class QWidget;
class WatchList;

/**
 * What the address actions do to the watch list: Add and Edit open the AddressDialog, Add Addresses
 * the AddressBatchDialog (a pasted list, added in one step), Remove takes the selected address out
 * and offers Undo in a message bar (and Ctrl+Z), Move up / down reorder. The actions are enabled
 * only where they apply to the sidebar's selection.
 */
class WatchListActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListActions)

public:
    /** Every pointer must outlive this object; @p undoBar is shown after a removal. */
    WatchListActions(WatchList *list, MainActions *actions, AddressSidebar *sidebar, MessageBar *undoBar,
                     QWidget *dialogParent);

    /** Lets the caller (tests, the supported-chain list) prepare each dialog before it runs. */
    void setDialogHook(std::function<void(AddressDialog &)> hook) { m_dialogHook = std::move(hook); }
    /** Tells whether the window shows the demo portfolios now, which the user's first address replaces. */
    void setDemoPortfoliosShown(std::function<bool()> shown) { m_demoPortfoliosShown = std::move(shown); }

    void addAddress();
    void addAddresses();
    void editAddress();
    void removeAddress();
    void undoRemove();
    void move(int step);
    /** Moves @p address to @p target's place in the list (a drag in the sidebar). */
    void moveOnto(const QString &address, const QString &target);

    /** Re-applies the texts after a language change. */
    void retranslate();

    /**
     * Before the window closes: saves a list a full disk kept in memory only. When that still
     * fails, asks whether to try again, quit without the changes, or stay; false means stay.
     */
    bool mayClose();

signals:
    /** What a step did, for the status bar (translated). */
    void reported(const QString &message);

private:
    /** The watch-list index of the sidebar's selection, or -1 (All, or a session-only address). */
    int selectedIndex() const;
    void updateEnabled();
    bool runDialog(AddressDialog &dialog);

    WatchList *m_list;
    MainActions *m_actions;
    AddressSidebar *m_sidebar;
    MessageBar *m_undoBar;
    QWidget *m_dialogParent;
    std::function<void(AddressDialog &)> m_dialogHook;
    std::function<bool()> m_demoPortfoliosShown;
};

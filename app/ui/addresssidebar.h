#pragma once

#include <QWidget>

class AddressListModel;
class QAction;
class QDropEvent;
class QLabel;
class QListView;
class QVBoxLayout;

/**
 * The list of watched addresses on the left: "All addresses" on top, then each address with its
 * label, short address and total. Selecting one changes the scope of the whole window. The
 * selection is kept by address when the list changes.
 */
class AddressSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressSidebar)

public:
    explicit AddressSidebar(AddressListModel *model, QWidget *parent = nullptr);

    /** The selected address; empty for all addresses. */
    QString currentAddress() const { return m_current; }
    /** Selects @p address (empty: all addresses); unknown addresses select all. */
    void setCurrentAddress(const QString &address);
    /**
     * Puts @p contextActions in the list's context menu, after the sidebar's own (copy the address,
     * open it in a block explorer, refresh it), and @p buttons as tool buttons under it.
     */
    void setActions(const QList<QAction *> &contextActions, const QList<QAction *> &buttons);

signals:
    void currentAddressChanged(const QString &address);
    /** The user asked to refresh @p address alone. */
    void refreshRequested(const QString &address);
    /** @p address was dragged onto @p target's place. */
    void moveRequested(const QString &address, const QString &target);
    /** Something the user asked for could not be done (no browser opened the explorer). */
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    /** The context menu of the row at @p pos (in the list's viewport). */
    void showContextMenu(const QPoint &pos);
    /** Whether @p event carries rows of this list (a drag of the selected address). */
    bool isRowDrag(const QDropEvent *event) const;
    /** The address row under @p pos for a drop of the dragged address, or an invalid index. */
    QModelIndex dropTarget(const QPoint &pos) const;
    void selectRow(int row);
    void onCurrentChanged();

    AddressListModel *m_model;
    QLabel *m_title;
    QListView *m_list;
    QVBoxLayout *m_layout;
    QString m_current;
    QList<QAction *> m_contextActions;
};

#pragma once

#include <QWidget>

class AddressListModel;
class QAction;
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
    /** Puts @p contextActions in the list's context menu and @p buttons as tool buttons under it. */
    void setActions(const QList<QAction *> &contextActions, const QList<QAction *> &buttons);

signals:
    void currentAddressChanged(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void selectRow(int row);
    void onCurrentChanged();

    AddressListModel *m_model;
    QLabel *m_title;
    QListView *m_list;
    QVBoxLayout *m_layout;
    QString m_current;
};

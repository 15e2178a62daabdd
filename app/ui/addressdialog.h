#pragma once

#include "api/tokenasset.h"
#include "storage/watchedaddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class WatchList;

/**
 * Adds or edits one watched address: the address, a label and the chains to ask about (a checkable
 * list of the supported chains with presets: all EVM chains, Solana, Tron, Bitcoin). The entry is
 * validated on every keystroke by WatchList::validate() — format for the chosen chains' families,
 * at least one chain, no duplicate — with the reason shown under the address; OK stays disabled
 * until the entry is valid. The dialog changes nothing itself: the caller stores entry().
 */
class AddressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressDialog)

public:
    /**
     * A dialog for a new entry of @p list, or for editing its entry @p editIndex. @p list must
     * outlive the dialog.
     */
    explicit AddressDialog(const WatchList &list, int editIndex = -1, QWidget *parent = nullptr);
    ~AddressDialog() override;

    /**
     * Adds the API's chain names (from the supported-chain endpoint): they replace the built-in
     * names, and chains the built-in table lacks are added to the list.
     */
    void setSupportedChains(const QList<ChainInfo> &chains);

    /** The entry as entered (address and label trimmed, chains in list order). */
    WatchedAddress entry() const;
    /** Why the entry cannot be stored yet, or empty. */
    QString problem() const { return m_problem; }

private:
    void buildUi();
    void addChainItem(const QString &chainIndex, const QString &name);
    void fitChainColumns();
    QListWidgetItem *chainItem(const QString &chainIndex) const;
    void checkOnly(const QStringList &chainIndexes);
    void suggestChains();
    void filterChains(const QString &text);
    void revalidate();

    const WatchList &m_list;
    const int m_editIndex;
    QLineEdit *m_address = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_chainFilter = nullptr;
    QListWidget *m_chains = nullptr;
    QLabel *m_chainCount = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    /** Once the user picks chains, typing an address no longer picks them. */
    bool m_chainsChosenByUser = false;
    bool m_settingChains = false;
};

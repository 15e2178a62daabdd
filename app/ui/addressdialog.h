#pragma once

#include "api/chainregistry.h"
#include "api/tokenasset.h"
#include "storage/watchedaddress.h"

#include <QDialog>
#include <QHash>

#include <optional>

class ElidedTextLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class WatchList;

/**
 * Adds or edits one watched address: the address, a label and the chains to ask about (a checkable
 * list of the supported chains with presets: all EVM chains, Solana, Tron, Bitcoin). The entry is
 * validated on every keystroke by WatchList::validate() — format for the chosen chains' families,
 * at least one chain, no duplicate — with the reason shown under the address; OK stays disabled
 * until the entry is valid. The dialog changes nothing itself: the caller stores entry().
 *
 * The address's family (AddressValidator::familyOf()) ticks that family's chains whenever it
 * changes, unless the chains the user picked (a preset, or by hand) are all of the new family.
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

    /** Says, when @p shown, that the demo portfolios the window shows make way for the user's own addresses. */
    void setDemoPortfoliosShown(bool shown);

    /** The entry as entered (address and label trimmed, chains in list order). */
    WatchedAddress entry() const;
    /** Why the entry cannot be stored yet, or empty. */
    QString problem() const { return m_problem; }

private:
    void buildUi();
    void addChainItem(const QString &chainIndex, const QString &name);
    /** Names @p item's chain @p name, in the list and on its preset if it has one. */
    void nameChainItem(QListWidgetItem *item, const QString &name);
    void fitChainColumns();
    QListWidgetItem *chainItem(const QString &chainIndex) const;
    void checkOnly(const QStringList &chainIndexes);
    void suggestChains();
    /** Whether chains are ticked and all of them are of @p family. */
    bool checksOnlyFamily(ChainFamily family) const;
    void filterChains(const QString &text);
    void revalidate();

    const WatchList &m_list;
    const int m_editIndex;
    QLineEdit *m_address = nullptr;
    QLabel *m_problemIcon = nullptr;
    ElidedTextLabel *m_problemLabel = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_chainFilter = nullptr;
    QListWidget *m_chains = nullptr;
    QLabel *m_chainCount = nullptr;
    ElidedTextLabel *m_demoNotice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    /** The presets of one chain, by chain index: named as the chain in the list. */
    QHash<QString, QPushButton *> m_chainPresets;
    QString m_problem;
    /** The family of the address when its chains were last picked for it. */
    std::optional<ChainFamily> m_detectedFamily;
    /** Whether the user picked the ticked chains (a preset, or by hand) rather than the address's family. */
    bool m_chainsChosenByUser = false;
    bool m_settingChains = false;
};

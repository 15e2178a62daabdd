#include "ui/holdingmenu.h"

#include "api/chainregistry.h"
#include "model/assettablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>

HoldingMenu::HoldingMenu(QObject *parent)
    : QObject(parent)
{
}

void HoldingMenu::showHolders(const QModelIndex &row)
{
    const QString key = row.siblingAtColumn(0).data(AssetTableModel::IdentityKeyRole).toString();
    if (m_holdersOffered && !key.isEmpty())
        emit holdersRequested(key);
}

void HoldingMenu::exec(const QModelIndex &clicked, const QPoint &globalPos, QWidget *parent,
                       const std::function<void()> &copy)
{
    QModelIndex row = clicked.siblingAtColumn(0);
    // A token's group row of one holding stands for that holding: its whole menu.
    if (row.model() && row.model()->rowCount(row) == 1 && row.data(AssetTableModel::OwnerAddressRole).toString().isEmpty())
        row = row.model()->index(0, 0, row);
    QMenu menu(parent);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, copy);
    const auto addShowHolders = [&] {
        if (!m_holdersOffered)
            return;
        menu.addSeparator();
        //: Context menu of a holding: every watched address and chain that holds this token.
        menu.addAction(tr("Show &Holders…"), this, [this, row = QPersistentModelIndex(row)] { showHolders(row); });
    };
    const QString owner = row.data(AssetTableModel::OwnerAddressRole).toString();
    // A token's group row (the grouped view) stands for holdings in several places: no one address or contract.
    if (owner.isEmpty()) {
        addShowHolders();
        menu.exec(globalPos);
        return;
    }
    const QString chain = row.data(AssetTableModel::ChainIndexRole).toString();
    const QString contract = row.data(AssetTableModel::ContractRole).toString();
    const QString chainName = row.data(AssetTableModel::ChainNameRole).toString();
    const QUrl addressUrl = ChainRegistry::addressUrl(chain, owner);
    const QUrl tokenUrl = ChainRegistry::tokenUrl(chain, contract);

    menu.addSeparator();
    menu.addAction(tr("Copy address"), this, [owner] { QApplication::clipboard()->setText(owner); });
    QAction *copyContract = menu.addAction(tr("Copy contract"), this, [contract] { QApplication::clipboard()->setText(contract); });
    copyContract->setEnabled(!contract.isEmpty());
    menu.addSeparator();
    //: %1 is a chain name; opens the address's page on that chain's block explorer.
    QAction *openAddress = menu.addAction(tr("Open address in %1 explorer").arg(chainName), this,
                                          [addressUrl] { QDesktopServices::openUrl(addressUrl); });
    openAddress->setEnabled(!addressUrl.isEmpty());
    QAction *openToken = menu.addAction(tr("Open token contract in %1 explorer").arg(chainName), this,
                                        [tokenUrl] { QDesktopServices::openUrl(tokenUrl); });
    openToken->setEnabled(!tokenUrl.isEmpty());
    const TokenAsset asset = row.data(AssetTableModel::AssetRole).value<TokenAsset>();
    if (m_refreshOffered) {
        menu.addSeparator();
        //: Context menu of a holding: fetch this token's balance and price of this address again, alone.
        menu.addAction(tr("&Refresh This Token"), this, [this, owner, asset] { emit tokenRefreshRequested(owner, asset); });
    }
    addShowHolders();
    menu.addSeparator();
    // A verdict is about the token (chain and contract), in every address that holds it.
    const auto verdict = TokenVerdict(row.data(AssetTableModel::VerdictRole).toInt());
    const auto addVerdict = [&](const QString &text, TokenVerdict given) {
        QAction *action = menu.addAction(text, this, [this, asset, given](bool checked) {
            emit verdictChosen(asset, checked ? given : TokenVerdict::None);
        });
        action->setCheckable(true);
        action->setChecked(verdict == given);
        action->setEnabled(m_verdictsEnabled);
    };
    //: Context menu of a holding: count the token like one OKX flags as risky (left out of totals).
    addVerdict(tr("Mark as &Spam"), TokenVerdict::Spam);
    //: Context menu of a holding: count the token in totals even though OKX flags it as risky.
    addVerdict(tr("&Trust This Token"), TokenVerdict::Trusted);
    menu.exec(globalPos);
}

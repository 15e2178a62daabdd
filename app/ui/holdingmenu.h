#pragma once

#include "storage/tokenverdicts.h"

#include <QObject>

#include <functional>

class QModelIndex;
class QPoint;
class QWidget;

/**
 * The one context menu of a holding, whichever view shows it (the flat table, the grouped tree, the
 * holdings recorded in the past): Copy; copy the owner address or the token contract; open either in
 * the chain's block explorer; Refresh This Token; Show Holders; Mark as Spam and Trust This Token.
 * A token's group row offers Copy and Show Holders. It reads AssetTableModel's roles of the row and
 * says what was chosen through its signals; the window connects those once for every view.
 *
 * The entries that need somewhere to go are offered only where they have it: Refresh This Token and
 * Show Holders for the live holdings, the verdicts (enabled) where they can be kept.
 */
class HoldingMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldingMenu)

public:
    explicit HoldingMenu(QObject *parent = nullptr);

    void setRefreshOffered(bool offered) { m_refreshOffered = offered; }
    void setHoldersOffered(bool offered) { m_holdersOffered = offered; }
    void setVerdictsEnabled(bool enabled) { m_verdictsEnabled = enabled; }

    /** Shows the menu of the holding or group @p row (any column) at @p globalPos over @p parent; Copy calls @p copy. */
    void exec(const QModelIndex &row, const QPoint &globalPos, QWidget *parent, const std::function<void()> &copy);
    /** Asks for the holders of @p row's token, where they are offered (a double click, Enter). */
    void showHolders(const QModelIndex &row);

signals:
    /** The user gave @p asset's token @p verdict (None: took their verdict back). */
    void verdictChosen(const TokenAsset &asset, TokenVerdict verdict);
    /** The user asked for the holding @p asset of @p owner to be refreshed alone. */
    void tokenRefreshRequested(const QString &owner, const TokenAsset &asset);
    /** The user asked who holds the token whose TokenIdentity key is @p identityKey. */
    void holdersRequested(const QString &identityKey);

private:
    bool m_refreshOffered = false;
    bool m_holdersOffered = false;
    bool m_verdictsEnabled = false;
};

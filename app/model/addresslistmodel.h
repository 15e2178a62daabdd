#pragma once

#include <QAbstractListModel>
#include <QIcon>

class AssetTableModel;
class Decimal;
class PortfolioStore;

/**
 * The sidebar's list: "All addresses" first, then every address of a PortfolioStore in its order,
 * each with the store's exact total of priced, non-risk holdings formatted through the table
 * model's AmountDisplay (so privacy mode hides the totals too): in full and in a compact form for a
 * narrow sidebar, and exactly in the tooltip.
 */
class AddressListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressListModel)

public:
    enum Role {
        /** QString: the address; empty for the "All addresses" row. */
        AddressRole = Qt::UserRole,
        /** QStringList: the chain indexes the address is watched on (empty for "All addresses"). */
        ChainsRole,
        /** QString: the second line: the short address of a labelled address, the number of addresses for "All". */
        SubtitleRole,
        /** Decimal: the exact total of the priced, non-risk holdings. */
        TotalRole,
        /** QString: the total as shown (masked in privacy mode, "—" before the first fetch). */
        TotalTextRole,
        /** bool: the latest refresh failed and older holdings are shown. */
        StaleRole,
        /** Decimal: the exact change of the total in the latest refresh (zero when none is known). */
        ChangeRole,
        /** QString: that change as shown ("+$12.30"); empty when the latest refresh changed nothing. */
        ChangeTextRole,
        /** QString: the total in the compact form ("$907.7T"), for a row too narrow for TotalTextRole. */
        TotalCompactTextRole,
        /** QString: the change in the compact form ("+$1.2M"), for a row too narrow for ChangeTextRole. */
        ChangeCompactTextRole,
    };
    Q_ENUM(Role)

    /** Lists the addresses of @p store, formatted like @p table's amounts; both must outlive this model. */
    AddressListModel(const PortfolioStore *store, const AssetTableModel *table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /** Address rows can be dragged (to reorder them); "All addresses" stays on top. */
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row of @p address (0 for empty, "All addresses"), or -1. */
    int rowOf(const QString &address) const;
    /** Re-emits the texts after the UI language changed. */
    void retranslate();

private:
    /** Re-emits the row of @p address and the "All addresses" row. */
    void addressChanged(const QString &address);
    QVariant allData(int role) const;
    /** TotalTextRole or TotalCompactTextRole of a scope with @p total; "—" before its first fetch. */
    QString totalText(const Decimal &total, bool fetched, int role) const;
    /** The tooltip's line with the exact @p total; empty before the first fetch and in privacy mode. */
    QString exactTotalLine(const Decimal &total, bool fetched) const;
    /** ChangeRole, ChangeTextRole and ChangeCompactTextRole for @p address (empty: all addresses). */
    QVariant changeData(const QString &address, int role) const;

    const PortfolioStore *m_store;
    const AssetTableModel *m_table;
    QIcon m_staleIcon;
};

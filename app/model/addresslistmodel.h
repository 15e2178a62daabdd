#pragma once

#include "model/holdingssummary.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QHash>
#include <QList>
#include <QSet>

class AssetTableModel;

/**
 * The sidebar's list: "All addresses" first, then every address of an AssetTableModel in its
 * snapshot order, each with its exact total of priced, non-risk holdings formatted through the
 * table model's AmountDisplay (so privacy mode hides the totals too).
 */
class AddressListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressListModel)

public:
    enum Role {
        /** QString: the address; empty for the "All addresses" row. */
        AddressRole = Qt::UserRole,
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
    };
    Q_ENUM(Role)

    /** Lists the addresses of @p source, which must outlive this model. */
    explicit AddressListModel(AssetTableModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row of @p address (0 for empty, "All addresses"), or -1. */
    int rowOf(const QString &address) const;
    /** Re-emits the texts after the UI language changed. */
    void retranslate();

private:
    void sourceChanged();
    /** Sums again the addresses in m_dirty (every one when @p all), then the whole. */
    void recomputeTotals(bool all);
    void onChangesChanged(const QString &address);
    QVariant allData(int role) const;
    /** ChangeRole and ChangeTextRole for @p address (empty: all addresses). */
    QVariant changeData(const QString &address, int role) const;

    AssetTableModel *m_source;
    /**
     * Cached because painting asks for them often: the summary of everything and each address's.
     * Only the addresses that changed are summed again, so a refresh of n addresses stays O(n).
     */
    HoldingsSummary m_all;
    QHash<QString, HoldingsSummary> m_summaries;
    QSet<QString> m_dirty;
    /** The addresses listed (rows after "All addresses"). */
    int m_count = 0;
    QIcon m_staleIcon;
};

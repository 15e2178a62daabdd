#pragma once

#include "model/amountdisplay.h"
#include "model/holdingssummary.h"
#include "model/suspiciousholding.h"
#include "storage/holdingsdiff.h"

#include <QWidget>

class QLabel;
class QPushButton;

/**
 * The headline of the selected scope: its name, the exact total of its priced, non-risk holdings,
 * how many tokens it holds and how many risk and unpriced tokens were left out of the total (with
 * the value the risk tokens claim), and when the data was fetched, marked "as of" when the latest
 * refresh failed. An amount too wide for the header shows in its compact form ("$907.7T"), exactly
 * in the tooltip. A holding whose value looks wrong is pointed out on a line of its own, with a
 * button that marks it as spam.
 */
class SummaryHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryHeader)

public:
    explicit SummaryHeader(QWidget *parent = nullptr);

    /** Shows @p summary of the scope @p name (@p address empty for all addresses). */
    void setSummary(const QString &name, const QString &address, const HoldingsSummary &summary,
                    const AmountDisplay &display);

    /**
     * Shows what the latest refresh changed in the scope: the exact total change @p totalDelta
     * (coloured), the tokens that appeared and those that disappeared. Empty @p changes hides the line.
     */
    void setChanges(const QList<AddressChanges> &changes, const Decimal &totalDelta);
    /** Points out the first of @p suspicious (largest value first) and how many more; empty hides the line. */
    void setSuspicious(const QList<SuspiciousHolding> &suspicious);
    /** Marks the data as the saved holdings of an earlier run, shown until the first refresh ends. */
    void setFromCache(bool fromCache);
    /** Whether a refresh is in flight, said beside saved holdings. */
    void setRefreshing(bool refreshing);

signals:
    /** The user asked to mark the suspicious holding's token as spam. */
    void markAsSpamRequested(const TokenAsset &asset);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void renderChanges();
    void renderSuspicious();
    /** Shows the scope's name in the width left beside the address and the time, elided if it must be. */
    void fitName();
    /**
     * @p full when it takes at most half the header's width in @p label's font, else @p compact
     * ("$907.7T"): an amount is never cut, and one beside the total leaves it room.
     */
    QString fittingAmount(const QString &full, const QString &compact, const QLabel *label) const;

    QLabel *m_name;
    QLabel *m_address;
    QLabel *m_total;
    QLabel *m_details;
    QLabel *m_updated;
    QLabel *m_change;
    QLabel *m_suspicious;
    QPushButton *m_markAsSpam;
    QList<AddressChanges> m_changes;
    Decimal m_totalDelta;
    QList<SuspiciousHolding> m_suspiciousHoldings;
    bool m_fromCache = false;
    bool m_refreshing = false;
    QString m_scopeName;
    QString m_scopeAddress;
    HoldingsSummary m_summary;
    AmountDisplay m_display;
};

#pragma once

#include "model/amountdisplay.h"
#include "model/historyseries.h"

#include <QWidget>

class HistoryChartView;
class HistorySortProxy;
class HistoryTableModel;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class RecordedHoldingsView;

/**
 * The window's History view: the total value over time of all addresses or of one (the scope
 * chooser), over the last day, week, month, year or all time (checkable buttons, Alt+1 … Alt+5),
 * as a line chart over a table of its points (HistoryTableModel: time, addresses, exact total,
 * change; sortable). Enter or a double click on a point, or "Show Holdings at This Time", asks for
 * the holdings recorded then, which take the view's place (RecordedHoldingsView) until the user
 * goes back. Without records it says how the history comes about; a history that cannot be read
 * says why.
 *
 * A view only: HistoryPresenter reads the history and fills it.
 */
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);

    HistoryTableModel *model() const { return m_model; }
    HistoryChartView *chart() const { return m_chart; }
    RecordedHoldingsView *recordedHoldings() const { return m_recorded; }

    HistorySpan span() const { return m_span; }
    /** The address chosen (empty: all addresses). */
    QString scopeAddress() const;
    /** The chosen scope's name: "All addresses", or the address's label (else its short form). */
    QString scopeName() const;
    /** The addresses recorded, offered after "All addresses"; the choice stays when it is still one of them. */
    void setAddresses(const QList<HistoryAddress> &addresses);
    /** Chooses @p address (empty: all) when it is recorded, else all addresses. */
    void setScopeAddress(const QString &address);

    /** Shows @p points, read for the span from @p since (invalid: all) to @p until. */
    void showPoints(const QList<HistorySeriesPoint> &points, const QDateTime &since, const QDateTime &until);
    /** Shows why the history could not be read, in place of the chart. */
    void showError(const QString &error);
    /** Shows the recorded holdings in the view's place, or the history again. */
    void showRecordedHoldings(bool shown);
    bool showsRecordedHoldings() const;

    void setDisplay(const AmountDisplay &display);

signals:
    /** The user chose another scope (empty: all addresses) or span. */
    void scopeChosen(const QString &address);
    void spanChosen(HistorySpan span);
    /** The user asked for the holdings recorded at the point of @p time. */
    void holdingsAtRequested(const QDateTime &time);
    /** The user asked to leave the history for the live holdings. */
    void liveHoldingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /** Gives the message and the hint the muted text of the current palette. */
    void applyMutedText();
    /** What is shown in place of the chart and the table, if anything. */
    enum class Message { None, NoHistory, NothingInSpan, Error };
    /** Shows @p message (with the history's @p error) in place of the chart and the table, or them. */
    void showMessage(Message message, const QString &error = QString());
    /** The source row of the table's current point, or -1. */
    int currentRow() const;
    void requestHoldings();

    HistorySpan m_span = HistorySpan::Month;
    HistoryTableModel *m_model;
    HistorySortProxy *m_proxy;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QComboBox *m_scope;
    QButtonGroup *m_spans;
    QPushButton *m_live;
    QStackedWidget *m_content;
    QLabel *m_message;
    QSplitter *m_splitter;
    HistoryChartView *m_chart;
    QTableView *m_table;
    QLabel *m_hint;
    QPushButton *m_showHoldings;
    RecordedHoldingsView *m_recorded;
    Message m_shownMessage = Message::None;
    QString m_error;
    QList<HistoryAddress> m_addresses;
};

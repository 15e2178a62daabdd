#pragma once

#include "model/refreshcontroller.h"

#include <QLabel>
#include <QUrl>
#include <QWidget>

class QProgressBar;

/** The status bar's refresh progress: "Refreshing… 3 of 8 requests" with a bar, or the outcome. */
class RefreshStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshStatus)

public:
    explicit RefreshStatus(QWidget *parent = nullptr);

    /** A refresh is in flight with @p completed of @p total HTTP requests done. */
    void setProgress(int completed, int total);
    /** The refresh of @p addresses ended: @p cancelled, or with @p failures of them not updated. */
    void setFinished(bool cancelled, int failures, int addresses);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Running, Done, Cancelled };
    void render();

    QLabel *m_text;
    QProgressBar *m_bar;
    State m_state = State::Idle;
    int m_completed = 0;
    int m_total = 0;
    int m_failures = 0;
    int m_addresses = 0;
};

/** The status bar's connection state: which host the app talks to and whether it answered. */
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

public:
    ConnectionIndicator(const QUrl &baseUrl, bool demo, QWidget *parent = nullptr);

    void setConnection(RefreshController::Connection connection);
    /** Whether a refresh is in flight: an unknown state reads "Connecting" only then. */
    void setRefreshing(bool refreshing);
    /** Another host from now on (new settings); the state starts over as unknown. */
    void setServer(const QUrl &baseUrl, bool demo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QUrl m_baseUrl;
    bool m_demo;
    RefreshController::Connection m_connection = RefreshController::Connection::Unknown;
    bool m_refreshing = false;
};

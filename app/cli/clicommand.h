#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"

#include <QObject>

class BalanceClient;
class CliSession;
class ExchangeRateSource;

/**
 * One command of the command line. start() runs on the event loop and returns at once; the work
 * goes on asynchronously and ends with finished(), exactly once.
 */
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    ~CliCommand() override;

    /** Begins the command. */
    virtual void start() = 0;

signals:
    void finished(const CommandResult &result);
    /** A warning for stderr that does not end the command (@p message is one line). */
    void notice(const QString &message);

protected:
    CliCommand(const CliSession &session, const CliOptions &options, QObject *parent = nullptr);

    BalanceClient *client() const;
    /** The USD/CNY rate of the run (ExchangeRateSource): the saved one, fetched at most hourly. */
    ExchangeRateSource *exchangeRates() const;
    const CliOptions &options() const { return m_options; }
    /** Whether finish() was called. */
    bool hasFinished() const { return m_finished; }
    /** Ends the command with @p result (later calls are ignored). */
    void finish(const CommandResult &result);
    /** Writes @p text to stdout as UTF-8 and ends the command: OutputFailed when it cannot be written. */
    void finishWithStdout(const QString &text);

private:
    const CliSession &m_session;
    CliOptions m_options;
    bool m_finished = false;
};

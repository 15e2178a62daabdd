#pragma once

#include "clirunner.h"
#include "demo/demoserverthread.h"

#include <QTemporaryDir>

#include <memory>

class LocalOkxServer;

/**
 * What every command-line test runs on: the local OKX-compatible server (in its own thread,
 * holding the fake credentials) and a CliRunner, each test in a fresh home with the server's
 * faults, counters and rate back to their defaults.
 */
class CliServerBench final
{
public:
    /** Starts the server; false when the executable is missing or the server cannot listen. For initTestCase. */
    bool start();
    /** Faults cleared, counters at zero, the demo rate, no runs counted. For init. */
    void beginTest();
    /** beginTest() in a new empty home: a first run. False when the folder cannot be made. */
    bool beginTestInFreshHome();
    /** Checks that the test ran the executable and no output held a secret, and clears the faults. For cleanup. */
    void endTest();

    LocalOkxServer *server() const { return m_server; }
    CliRunner &cli() { return m_cli; }
    const CliRunner &cli() const { return m_cli; }
    /** The current home folder. */
    QString home() const { return m_cli.home(); }
    /** @p name inside the current home. */
    QString homeFile(const QString &name) const;

    /** Runs with the fake credentials. */
    CliRun run(const QStringList &arguments);
    /** Runs against the server (--base-url, and --rps 1000 so the rate limiter never waits) with the fake credentials. */
    CliRun runAgainstServer(QStringList arguments);

private:
    DemoServerThread m_serverThread;
    LocalOkxServer *m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_home;
    CliRunner m_cli;
};

#pragma once

#include "api/credentials.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

/** Distinctive fake credentials: any of them in any output is a leak. */
Credentials fakeCredentials();

/** One finished run of the executable. */
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs the real okx-wallet-viewer as a process in a sealed-off environment: HOME and the XDG
 * config, cache and data folders inside a test folder (so the real user's settings, watch list
 * and cache are never read or touched), no display, and no D-Bus session bus or runtime folder
 * (so no keychain answers, and the real one is never asked). No OKX_* variable is set but those
 * of the credentials given. Every output is checked for the fake secrets.
 */
class CliRunner final
{
public:
    /** Points HOME and XDG_* at @p home (an existing folder). */
    void setHome(const QString &home) { m_home = home; }
    const QString &home() const { return m_home; }
    /** The folder the app keeps its watch list and settings in: $XDG_CONFIG_HOME/okx-wallet-viewer. */
    QString appConfigDir() const;
    /** The folder the app keeps its caches in: $XDG_CACHE_HOME/okx-wallet-viewer. */
    QString appCacheDir() const;

    /** The sealed environment, with the non-empty fields of @p credentials in their variables. */
    QProcessEnvironment environment(const Credentials &credentials = {}) const;
    /** Runs the executable with @p arguments and waits (30 s at most). */
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment);
    CliRun run(const QStringList &arguments, const Credentials &credentials = {});
    /** Runs @p program, a copy of the executable somewhere else, the same way. */
    CliRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);

    /**
     * Runs @p setup in each child before it becomes the executable (e.g. a file size limit, a
     * terminal as stdout); empty for none. Must be async-signal-safe.
     */
    void setChildSetup(std::function<void()> setup) { m_childSetup = std::move(setup); }

    /** Runs since the last resetRuns(). */
    int runs() const { return m_runs; }
    /** The arguments of every run whose output held a fake secret. */
    const QStringList &leaks() const { return m_leaks; }
    void resetRuns() { m_runs = 0; }

private:
    QString m_home;
    std::function<void()> m_childSetup;
    int m_runs = 0;
    QStringList m_leaks;
};

/** Checks that @p result failed with @p exitCode, wrote nothing to stdout and one line holding @p fragment to stderr. */
void verifyFailure(const CliRun &result, int exitCode, const QString &fragment);

/** The lines of a CSV (CRLF or LF), without the empty one after the last line break. */
QList<QByteArray> csvLines(const QByteArray &csv);

/** The fixed holdings CSV header line. */
extern const QByteArray CsvHeader;

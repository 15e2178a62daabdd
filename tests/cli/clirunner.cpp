#include "clirunner.h"

#include <QDir>
#include <QProcess>
#include <QTest>

const QByteArray CsvHeader = "address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,"
                             "tokenPriceUsd,valueUsd,isRiskToken";

Credentials fakeCredentials()
{
    Credentials credentials;
    credentials.apiKey = QStringLiteral("key-5f0c1e2a-LEAKCHECK-a11ce");
    credentials.secretKey = QStringLiteral("SECRET9F8E7D6C5B4A3LEAKCHECK");
    credentials.passphrase = QStringLiteral("Pass#LeakCheck-77");
    credentials.projectId = QStringLiteral("project-leakcheck");
    return credentials;
}

QString CliRunner::appConfigDir() const
{
    return QDir(m_home).filePath(QStringLiteral("config/okx-wallet-viewer"));
}

QString CliRunner::appCacheDir() const
{
    return QDir(m_home).filePath(QStringLiteral("cache/okx-wallet-viewer"));
}

QProcessEnvironment CliRunner::environment(const Credentials &credentials) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"OKX_API_KEY", "OKX_SECRET_KEY", "OKX_API_PASSPHRASE", "OKX_PROJECT_ID",
                             "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
                             "XDG_RUNTIME_DIR", "XDG_CONFIG_DIRS", "XDG_DATA_DIRS"})
        environment.remove(QLatin1String(name));
    const QDir home(m_home);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    const std::pair<const char *, QString> variables[] = {{"OKX_API_KEY", credentials.apiKey},
                                                          {"OKX_SECRET_KEY", credentials.secretKey},
                                                          {"OKX_API_PASSPHRASE", credentials.passphrase},
                                                          {"OKX_PROJECT_ID", credentials.projectId}};
    for (const auto &[name, value] : variables) {
        if (!value.isEmpty())
            environment.insert(QLatin1String(name), value);
    }
    return environment;
}

CliRun CliRunner::run(const QStringList &arguments, const Credentials &credentials)
{
    return run(arguments, environment(credentials));
}

CliRun CliRunner::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runProgram(QStringLiteral(OKX_CLI_EXECUTABLE), arguments, environment);
}

CliRun CliRunner::runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (m_childSetup)
        process.setChildProcessModifier(m_childSetup);
    process.start(program, arguments);
    ++m_runs;
    CliRun result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("okx-wallet-viewer %s did not finish", qPrintable(arguments.join(u' ')));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();

    // Whatever happened, no credential may appear in any output; the tests' cleanup() fails otherwise.
    const Credentials secrets = fakeCredentials();
    for (const QString &secret : {secrets.apiKey, secrets.secretKey, secrets.passphrase}) {
        if (result.out.contains(secret.toUtf8()) || result.err.contains(secret.toUtf8()))
            m_leaks.append(arguments.join(u' '));
    }
    return result;
}

void verifyFailure(const CliRun &result, int exitCode, const QString &fragment)
{
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(result.exitCode).arg(QString::fromUtf8(result.err))));
    QVERIFY(result.out.isEmpty());
    // Exactly one line on stderr, naming the problem.
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.err.endsWith('\n'));
    QVERIFY2(QString::fromUtf8(result.err).contains(fragment, Qt::CaseInsensitive), result.err.constData());
}

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

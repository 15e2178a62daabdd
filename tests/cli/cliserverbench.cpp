#include "cliserverbench.h"

#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"

#include <QDir>
#include <QFile>
#include <QTest>

bool CliServerBench::start()
{
    if (!QFile::exists(QStringLiteral(OKX_CLI_EXECUTABLE)) || !m_serverThread.start())
        return false;
    m_server = m_serverThread.server();
    m_server->setCredentials(fakeCredentials());
    return true;
}

void CliServerBench::beginTest()
{
    m_cli.resetRuns();
    m_server->clearFaults();
    m_server->setExchangeRate(ExchangeRateEndpoint::demoUsdCny());
    m_server->resetCounters();
}

bool CliServerBench::beginTestInFreshHome()
{
    m_home = std::make_unique<QTemporaryDir>();
    if (!m_home->isValid())
        return false;
    m_cli.setHome(m_home->path());
    beginTest();
    return true;
}

void CliServerBench::endTest()
{
    m_server->clearFaults();
    m_cli.setChildSetup({});
    QVERIFY(m_cli.runs() > 0);
    QVERIFY2(m_cli.leaks().isEmpty(), qPrintable(QStringLiteral("secret in the output of: ") + m_cli.leaks().join(u'|')));
}

QString CliServerBench::homeFile(const QString &name) const
{
    return QDir(m_cli.home()).filePath(name);
}

CliRun CliServerBench::run(const QStringList &arguments)
{
    return m_cli.run(arguments, fakeCredentials());
}

CliRun CliServerBench::runAgainstServer(QStringList arguments)
{
    arguments << QStringLiteral("--base-url") << m_server->baseUrl().toString() << QStringLiteral("--rps")
              << QStringLiteral("1000");
    return run(arguments);
}

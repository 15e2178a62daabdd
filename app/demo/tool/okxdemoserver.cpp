// okx-demo-server: runs LocalOkxServer on 127.0.0.1 until stopped. Prints the base URL and the demo
// credentials as environment lines (KEY=value), then the demo addresses as "# label: address"
// comments, so a shell or a benchmark peer in another language can use it.

#include "api/apifamily.h"
#include "demo/demodata.h"
#include "demo/localokxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

/** The tool's command line; a class only so that its strings have a translation context. */
class OkxDemoServerTool final
{
    Q_DECLARE_TR_FUNCTIONS(OkxDemoServerTool)

public:
    static int run(const QCoreApplication &app);

private:
    static int fail(const QString &message)
    {
        QTextStream(stderr) << message << '\n';
        return 1;
    }
};

int OkxDemoServerTool::run(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local OKX-compatible Balance API server with demo portfolios. It listens on 127.0.0.1 only "
           "and accepts requests signed with the demo credentials it prints."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port to listen on (default: a free port)."),
                                        //: Value name of the --port option
                                        tr("port"), QStringLiteral("0"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        tr("Answer HTTP 429 / 50011 to requests beyond N per second "
                                           "(default: no limit)."),
                                        //: Value name of the --rate-limit option
                                        tr("N"), QStringLiteral("0"));
    const QCommandLineOption familiesOption(QStringLiteral("families"),
                                            tr("Serve only these API path families, comma-separated: v5, v6, "
                                               "wallet (default: all); the others answer HTTP 404, as on a "
                                               "server that has retired them."),
                                            //: Value name of the --families option
                                            tr("families"));
    parser.addOption(portOption);
    parser.addOption(rateOption);
    parser.addOption(familiesOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("Invalid port: %1").arg(parser.value(portOption)));
    bool rateOk = false;
    const double rate = parser.value(rateOption).toDouble(&rateOk);
    if (!rateOk || rate < 0)
        return fail(tr("Invalid rate limit: %1").arg(parser.value(rateOption)));

    QList<ApiFamily> families;
    if (parser.isSet(familiesOption)) {
        for (const QString &name : parser.value(familiesOption).split(u',')) {
            const std::optional<ApiFamily> family = ApiFamilies::fromName(name);
            if (!family)
                //: %1 is what was given where v5, v6 or wallet was expected
                return fail(tr("Unknown API family: %1 (expected v5, v6 or wallet)").arg(name));
            families.append(*family);
        }
    }

    LocalOkxServer server;
    server.setRateLimit(rate);
    if (!families.isEmpty())
        server.setServedFamilies(families);
    if (!server.start(static_cast<quint16>(port)))
        return fail(tr("Cannot listen on 127.0.0.1 port %1.").arg(port));

    // The demo credentials are fake and public; printing them is this tool's purpose.
    const Credentials credentials = LocalOkxServer::demoCredentials();
    QTextStream out(stdout);
    // The variables the app reads, ready for `export`; the server goes in --base-url.
    out << "export OKX_API_KEY=" << credentials.apiKey << '\n'
        << "export OKX_SECRET_KEY=" << credentials.secretKey << '\n'
        << "export OKX_API_PASSPHRASE=" << credentials.passphrase << '\n'
        << "export OKX_PROJECT_ID=" << credentials.projectId << '\n'
        << "# okx-wallet-viewer --base-url " << server.baseUrl().toString() << '\n';
    for (const auto &[address, label] : server.demoAddresses())
        out << "# " << DemoData::translatedLabel(label) << ": " << address << '\n';
    out.flush();
    //: %1 is the server's base URL
    QTextStream(stderr) << tr("Serving on %1; press Ctrl+C to stop.").arg(server.baseUrl().toString()) << '\n';

    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okx-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKXVIEWER_VERSION));
    return OkxDemoServerTool::run(app);
}

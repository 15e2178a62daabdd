#include "ui/desktopapp.h"

#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "storage/appidentity.h"
#include "storage/appsettings.h"
#include "storage/credentialsource.h"
#include "storage/secretstore.h"
#include "storage/verdictstore.h"
#include "storage/watchlist.h"
#include "ui/languagemanager.h"
#include "ui/launchoptions.h"
#include "ui/mallocarenas.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(size), QSize(size, size));
    return icon;
}

/** The language to start in: the command line's, else the saved one, else the system's. */
LanguageManager::Language startLanguage(const LaunchOptions &options, const AppSettings &settings)
{
    for (const QString &code : {options.language, settings.language()}) {
        if (const auto language = LanguageManager::fromCode(code))
            return *language;
    }
    return LanguageManager::systemLanguage();
}

WatchedAddress watched(const QString &address, const QString &label)
{
    return WatchedAddress{address, label, LaunchOptions::defaultChains(address)};
}

} // namespace

int DesktopApp::run(int argc, char **argv)
{
    MallocArenas::useOne();
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setDesktopFileName(AppIdentity::applicationName());
    QApplication::setWindowIcon(applicationIcon());

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    if (options.outcome == LaunchOptions::Outcome::PrintHelp) {
        std::fputs(qPrintable(options.text), stdout);
        return 0;
    }
    if (options.outcome == LaunchOptions::Outcome::Fail) {
        std::fprintf(stderr, "%s\n", qPrintable(options.text));
        return 2;
    }

    AppSettings settings;
    LanguageManager languages;
    languages.setLanguage(startLanguage(options, settings));

    Session session;
    settings.applyTo(session.config);
    if (options.baseUrl)
        session.config.baseUrl = *options.baseUrl;
    if (options.family)
        session.config.family = *options.family;
    // The stored secrets arrive asynchronously from the keychain; the environment's are known now.
    Credentials stored;
    stored.projectId = settings.projectId();
    session.config.credentials = CredentialSource::resolve(stored);
    const ClientConfig configured = session.config;
    session.ownConfig = configured;

    WatchList watchList;
    watchList.setAutoSave(true);
    const WatchList::LoadReport listReport = watchList.load();
    session.watchList = &watchList;
    VerdictStore verdicts;
    const QString verdictsProblem = verdicts.load();
    session.verdicts = &verdicts;
    SecretStore secrets;
    secrets.setUseOwnerOnlyFile(settings.secretsInOwnerOnlyFile());
    session.secrets = &secrets;

    // Declared before the window, so the server outlives the client that talks to it.
    std::unique_ptr<DemoServerThread> demoServer;
    // The demo is for a first look: the user's own addresses (watched, or given with --address) are
    // never fetched from it, and wait for the credentials instead.
    if (!session.config.credentials.isComplete() && watchList.isEmpty() && options.addresses.isEmpty()) {
        demoServer = std::make_unique<DemoServerThread>();
        if (!demoServer->start()) {
            QMessageBox::critical(nullptr, tr("OKX Wallet Viewer"), tr("The built-in demo server could not start."));
            return 1;
        }
        session.demo = true;
        session.config.baseUrl = demoServer->baseUrl();
        // The demo server serves OKX's public USD/CNY rate too: demo mode reaches no other host.
        session.config.exchangeRateUrl = demoServer->baseUrl();
        session.config.credentials = LocalOkxServer::demoCredentials();
        // The demo server answers at once; no need to pace it like the real API.
        session.config.requestsPerSecond = 20;
        // The demo portfolios fill the empty window until the user watches an address of their own.
        const auto demoAddresses = demoServer->server()->demoAddresses();
        for (const auto &[address, label] : demoAddresses)
            session.demoAddresses.append(watched(address, label));
    }
    for (const QString &address : options.addresses) {
        const bool known = std::any_of(session.addresses.cbegin(), session.addresses.cend(),
                                       [&address](const WatchedAddress &entry) { return WatchedAddress::sameAddress(entry.address, address); });
        if (!known)
            session.addresses.append(watched(address, QString()));
    }

    MainWindow window(session, &settings, &languages);
    const QString startProblems =
        QStringList{settings.loadProblem(), listReport.message, verdictsProblem}.join(u' ').simplified();
    if (!startProblems.isEmpty())
        window.showNotice(startProblems);
    // When the environment supplies every secret the keychain is not needed, and its absence is no news.
    if (!CredentialSource::resolve(Credentials()).isComplete())
        QObject::connect(&secrets, &SecretStore::keychainUnavailable, &window, &MainWindow::showNotice);
    QObject::connect(&secrets, &SecretStore::loaded, &window, [&window, &secrets, &settings, configured] {
        Credentials stored = secrets.secrets();
        stored.projectId = settings.projectId();
        ClientConfig config = configured;
        config.credentials = CredentialSource::resolve(stored);
        // Credentials from the keychain: the window refreshes with them (and leaves demo mode).
        if (!window.hasCredentials() && config.credentials.isComplete())
            window.applyConfig(config);
    });
    secrets.load();
    window.show();
    return QApplication::exec();
}

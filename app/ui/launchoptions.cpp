#include "ui/launchoptions.h"

#include "api/addressvalidator.h"
#include "api/chainregistry.h"

#include <QCommandLineParser>

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the holdings of wallet addresses through the OKX Web3 Balance API."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the window: en or zh."), QStringLiteral("en|zh"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("The API host, e.g. https://web3.okx.com."),
                                     QStringLiteral("url"));
    const QCommandLineOption api(QStringLiteral("api"), tr("The API path family: v5, v6 or wallet."),
                                 QStringLiteral("family"));
    const QCommandLineOption address(QStringLiteral("address"), tr("Also show this address (for this session only)."),
                                     QStringLiteral("address"));
    parser.addOptions({lang, baseUrl, api, address});

    LaunchOptions options;
    const auto fail = [&options](const QString &reason) {
        options.outcome = Outcome::Fail;
        options.text = reason;
        return options;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        options.outcome = Outcome::PrintHelp;
        options.text = parser.helpText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(lang)) {
        options.language = parser.value(lang).toLower();
        if (options.language != QLatin1String("en") && options.language != QLatin1String("zh"))
            return fail(tr("--lang must be en or zh, not “%1”.").arg(parser.value(lang)));
    }
    if (parser.isSet(baseUrl)) {
        const QUrl url(parser.value(baseUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return fail(tr("--base-url must be an http or https URL with a host, not “%1”.").arg(parser.value(baseUrl)));
        options.baseUrl = url;
    }
    if (parser.isSet(api)) {
        options.family = ApiFamilies::fromName(parser.value(api));
        if (!options.family)
            return fail(tr("--api must be v5, v6 or wallet, not “%1”.").arg(parser.value(api)));
    }
    for (const QString &value : parser.values(address)) {
        const QString trimmed = value.trimmed();
        const QString problem = AddressValidator::checkDetectedFamily(trimmed);
        if (!problem.isEmpty())
            return fail(problem);
        if (!options.addresses.contains(trimmed))
            options.addresses.append(trimmed);
    }
    return options;
}

QStringList LaunchOptions::defaultChains(const QString &address)
{
    const std::optional<ChainFamily> family = AddressValidator::familyOf(address);
    return family ? ChainRegistry::chainIndexes(*family) : QStringList();
}

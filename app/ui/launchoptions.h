#pragma once

#include "api/apifamily.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

/**
 * The window's command-line options, named as the command line's: --lang en|zh, --base-url URL,
 * --api v5|v6|wallet and --address ADDRESS (repeatable; watched for this session only).
 * Parsing never exits the process; the caller prints help or the error and picks the exit code.
 */
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    enum class Outcome {
        Run,       ///< open the window
        PrintHelp, ///< text holds the help
        Fail,      ///< text holds a translated reason
    };

    Outcome outcome = Outcome::Run;
    QString text;
    /** "en", "zh", or empty to use the saved or the system's language. */
    QString language;
    std::optional<QUrl> baseUrl;
    std::optional<ApiFamily> family;
    QStringList addresses;

    /** Parses @p arguments (arguments[0] is the program). */
    static LaunchOptions parse(const QStringList &arguments);

    /**
     * The chains to watch @p address on when nobody chose: every built-in chain of the family its
     * form names (AddressValidator::familyOf()), or none. Validity aside: parse() checks that.
     */
    static QStringList defaultChains(const QString &address);
};

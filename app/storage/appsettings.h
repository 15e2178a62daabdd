#pragma once

#include "api/apifamily.h"
#include "money/fiatcurrency.h"
#include "storage/notificationrules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

struct ClientConfig;

/**
 * The app's non-secret settings, typed, each with a default, kept in one JSON file
 * (VersionedJsonFile, written through SafeFileWriter: a full disk never damages it). A value that
 * is missing, of the wrong type or out of range reads as its default, so a hand-edited settings
 * file never breaks a start; a file that is not usable at all is moved aside and reported by
 * loadProblem(). Secrets never pass through here: they belong to SecretStore.
 *
 * Changes stay in memory until sync(); sync() writes only the keys changed here over what the file
 * holds then, so two windows do not undo each other's choices.
 */
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /** What closing the window does while auto-refresh is on and a system tray is there. */
    enum class CloseWhileWatching {
        Ask,          ///< ask the user (the default), who may have the answer remembered
        KeepWatching, ///< hide the window and keep refreshing, with the icon in the tray
        Quit,         ///< quit, as without a tray
    };

    /** The window's colours: the desktop's light or dark preference, or one chosen by the user. */
    enum class ColorScheme {
        System, ///< follow the desktop (the default)
        Light,
        Dark,
    };

    /** The auto-refresh choices offered, in minutes; 0 is off. */
    static const QList<int> &autoRefreshChoices();

    /** The file's format version. */
    static constexpr int FormatVersion = 1;

    /** settings.json in QStandardPaths::AppConfigLocation, beside the watch list. */
    AppSettings();
    /** The settings file at @p filePath (tests; a portable set-up). */
    explicit AppSettings(const QString &filePath);
    /** Writes what is still pending, as a last chance (sync() is where failures are reported). */
    ~AppSettings();

    /** Why the file could not be used at start (defaults apply; where it went), or empty. */
    QString loadProblem() const { return m_loadProblem; }

    /** Whether @p url can serve as the base URL: http or https, with a host. */
    static bool isUsableBaseUrl(const QUrl &url);

    /** http(s) URL with a host; default https://web3.okx.com. */
    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    /** The host of OKX's public USD/CNY rate: an http(s) URL with a host; default https://www.okx.com. */
    QUrl exchangeRateUrl() const;
    void setExchangeRateUrl(const QUrl &url);
    ApiFamily apiFamily() const;
    void setApiFamily(ApiFamily family);
    /** Not a secret: sent in the clear as OK-ACCESS-PROJECT. */
    QString projectId() const;
    void setProjectId(const QString &projectId);
    /** 0 (no limit) or 0.01 to 1000 (RateLimiter::isValidRate); default 1 (the API reference's assumption). */
    double requestsPerSecond() const;
    void setRequestsPerSecond(double value);
    /** Per-request timeout, 1 to 300 s; default 20. */
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    /** One of autoRefreshChoices(); default 0 (off). */
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);

    /** Default Ask. */
    CloseWhileWatching closeWhileWatching() const;
    void setCloseWhileWatching(CloseWhileWatching choice);
    /**
     * When to notify while watching; default NotificationRules(). A threshold that is not a
     * non-negative decimal, or minutes out of 0 to NotificationRules::MaxFailureMinutes, read as the default.
     */
    NotificationRules notificationRules() const;
    void setNotificationRules(const NotificationRules &rules);

    /** "en", "zh", or empty for the system's language (the default). */
    QString language() const;
    void setLanguage(const QString &language);
    /**
     * The currency the window shows values in, once the user chose one; nothing before, when the
     * window follows the language (Chinese: CNY, else USD).
     */
    std::optional<FiatCurrency> displayCurrency() const;
    void setDisplayCurrency(FiatCurrency currency);
    /** Default System; an unknown value reads as System. */
    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);
    /** Amounts shown as dots; default off. */
    bool privacyMode() const;
    void setPrivacyMode(bool enabled);
    /** Whether the user chose, after a warning, to keep the secrets in an owner-only file. */
    bool secretsInOwnerOnlyFile() const;
    void setSecretsInOwnerOnlyFile(bool enabled);
    /** The folder the export dialog opened last, or empty. */
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);

    /**
     * An opaque blob the window saves (geometry, splitter, header state …) under @p name, e.g.
     * "mainWindow/geometry"; empty when never saved.
     */
    QByteArray stateBlob(const QString &name) const;
    void setStateBlob(const QString &name, const QByteArray &blob);

    /**
     * Copies the connection settings (base URL, exchange-rate URL, family, project id, rate, timeout)
     * into @p config.
     */
    void applyTo(ClientConfig &config) const;

    /**
     * Writes pending changes to disk. On failure returns false with a translated @p error: the
     * file stays as it was and the changes stay pending for the next sync().
     */
    bool sync(QString *error = nullptr);

private:
    /** The stored value of @p key, Undefined when absent. */
    QJsonValue value(const QString &key) const { return m_values.value(key); }
    void set(const QString &key, const QJsonValue &value);
    QString text(const QString &key) const;

    QString m_filePath;
    QString m_loadProblem;
    QJsonObject m_values;
    /** The keys set since the last sync(), with their values. */
    QJsonObject m_pending;
};

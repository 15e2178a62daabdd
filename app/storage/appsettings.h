#pragma once

#include "api/apifamily.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;
struct ClientConfig;

/**
 * The app's non-secret settings, typed, each with a default. A value that is missing, of the wrong
 * type or out of range reads as its default, so a hand-edited or damaged settings file never
 * breaks a start. Secrets never pass through here: they belong to SecretStore.
 */
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /** The auto-refresh choices offered, in minutes; 0 is off. */
    static const QList<int> &autoRefreshChoices();

    /** settings.ini in QStandardPaths::AppConfigLocation, beside the watch list. */
    AppSettings();
    /** An INI file at @p filePath (tests; a portable set-up). */
    explicit AppSettings(const QString &filePath);
    ~AppSettings();

    /** Whether @p url can serve as the base URL: http or https, with a host. */
    static bool isUsableBaseUrl(const QUrl &url);

    /** http(s) URL with a host; default https://web3.okx.com. */
    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    ApiFamily apiFamily() const;
    void setApiFamily(ApiFamily family);
    /** Not a secret: sent in the clear as OK-ACCESS-PROJECT. */
    QString projectId() const;
    void setProjectId(const QString &projectId);
    /** 0.1 to 100; default 1 (the API reference's assumption). */
    double requestsPerSecond() const;
    void setRequestsPerSecond(double value);
    /** Per-request timeout, 1 to 300 s; default 20. */
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    /** One of autoRefreshChoices(); default 0 (off). */
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);

    /** "en", "zh", or empty for the system's language (the default). */
    QString language() const;
    void setLanguage(const QString &language);
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

    /** Copies the connection settings (base URL, family, project id, rate, timeout) into @p config. */
    void applyTo(ClientConfig &config) const;

    /** Writes pending changes to disk. */
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

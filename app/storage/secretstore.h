#pragma once

#include "api/credentials.h"
#include "storage/keychainbackend.h"

#include <QObject>
#include <QString>

#include <functional>

/**
 * Keeps the three API secrets (key, secret key, passphrase) in the OS keychain through QtKeychain
 * (Secret Service or KWallet on Linux), by way of the KeychainBackend plugin. Every keychain call is an asynchronous job: load() and
 * save() return at once and report through loaded() and saved().
 *
 * When no keychain answers (no D-Bus session, no Secret Service, access denied), the store says so
 * through keychainUnavailable() and keeps the secrets in memory for this session only. Only if the
 * user explicitly opts in (setUseOwnerOnlyFile(), after the UI's warning) are they written to a
 * file only the user may read (mode 0600). The project id is not a secret and is ignored here.
 *
 * Nothing here logs: no secret, and no error text that could carry one.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /** Where the current secrets are kept. */
    enum class Storage {
        Keychain,      ///< the OS keychain (also before the first answer)
        SessionOnly,   ///< memory only: no keychain answered; gone when the app quits
        OwnerOnlyFile, ///< the user's opted-in file readable only by them
    };
    Q_ENUM(Storage)

    /** The keychain service "okx-wallet-viewer" and credentials.json under AppConfigLocation. */
    explicit SecretStore(QObject *parent = nullptr);
    /** Another keychain service and file folder (tests, so they never touch real entries). */
    SecretStore(const QString &serviceName, const QString &fileDirectory, QObject *parent = nullptr);
    ~SecretStore() override;

    /** The current secrets (projectId always empty). */
    const Credentials &secrets() const { return m_secrets; }
    Storage storage() const { return m_storage; }
    /** The last problem, translated, or empty; never contains a secret. */
    QString lastError() const { return m_lastError; }
    /** Whether a load or save job is still running. */
    bool isBusy() const { return m_pendingJobs > 0; }

    /** The owner-only file's path (used only after the opt-in). */
    QString ownerOnlyFilePath() const { return m_filePath; }
    bool usesOwnerOnlyFile() const { return m_useFile; }
    /**
     * The user's explicit choice (kept in AppSettings by the caller). Turning it off deletes the
     * file; the next save() goes to the keychain again. Turning it on affects the next load()/save().
     */
    void setUseOwnerOnlyFile(bool enabled);

    /** Reads the secrets from the keychain (or the opted-in file); loaded() follows. */
    void load();
    /**
     * Keeps @p secrets in memory at once and writes them to the keychain (or the opted-in file);
     * empty secrets delete the stored entry. saved() follows.
     */
    void save(const Credentials &secrets);

signals:
    /** load() finished; secrets() and storage() are current. */
    void loaded();
    /** save() finished; @p persisted is false when the secrets live only in this session. */
    void saved(bool persisted);
    /** No keychain answered; @p reason is translated and says the secrets stay in this session. */
    void keychainUnavailable(const QString &reason);

private:
    void loadFile();
    void saveFile();
    /**
     * Starts one keychain call through @p start; @p onDone gets the answer once the session
     * fallback is applied (a Failed answer when the keychain plugin cannot be loaded).
     */
    void runJob(const std::function<void(KeychainBackend &, KeychainBackend::Callback)> &start,
                std::function<void(const KeychainBackend::Answer &)> onDone);

    QString m_serviceName;
    QString m_filePath;
    Credentials m_secrets;
    Storage m_storage = Storage::Keychain;
    QString m_lastError;
    bool m_useFile = false;
    int m_pendingJobs = 0;
    /** Bumped by save(): a read that started earlier must not overwrite newer secrets. */
    quint64 m_generation = 0;
};

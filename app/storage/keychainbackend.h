#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QtPlugin>

#include <functional>

/**
 * The OS keychain as SecretStore uses it: one entry of bytes per service and key, reached
 * asynchronously. The implementation over QtKeychain is a plugin (okx-keychain) that
 * KeychainBackend::instance() loads on first use, so a run that never touches the keychain (a
 * command whose credentials come from the environment) never loads D-Bus and its libraries.
 */
class KeychainBackend
{
public:
    /** How one call ended. */
    struct Answer
    {
        enum class Status {
            Done,     ///< read, written or removed
            NotFound, ///< the keychain answered and holds no such entry
            Failed,   ///< no keychain answered, or it refused
        };
        /** Why a call Failed, told from the keychain library's error code. */
        enum class Failure {
            Unavailable,  ///< no keychain could be used: no plugin, no D-Bus session, no Secret Service or KWallet
            AccessDenied, ///< the keychain, or the user at its prompt, refused access
            CannotDelete, ///< the keychain kept an entry it was asked to delete
        };
        Status status = Status::Failed;
        Failure failure = Failure::Unavailable;
        /** What a read found. */
        QByteArray data;
        /** Why it failed, in the keychain library's words (raw English; never holds a secret): a detail. */
        QString reason;
    };
    /** Runs once per call, in the thread of the call's context object, unless that is gone. */
    using Callback = std::function<void(const Answer &)>;

    virtual ~KeychainBackend() = default;

    virtual void read(const QString &service, const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context, Callback done) = 0;

    /**
     * The plugin's backend, loaded on the first call and kept; nullptr when the plugin cannot be
     * found or loaded, and then @p problem (if given) says why.
     */
    static KeychainBackend *instance(QString *problem = nullptr);
};

// Bumped with every change to the interface or to Answer: a stale plugin is then refused, not misread.
#define OkxKeychainBackend_iid "org.okx-wallet-viewer.KeychainBackend/2"
Q_DECLARE_INTERFACE(KeychainBackend, OkxKeychainBackend_iid)

#pragma once

#include "storage/keychainbackend.h"

#include <QObject>

/** KeychainBackend over QtKeychain (Secret Service or KWallet on Linux). */
class QtKeychainBackend final : public QObject, public KeychainBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OkxKeychainBackend_iid)
    Q_INTERFACES(KeychainBackend)

public:
    void read(const QString &service, const QString &key, QObject *context, Callback done) override;
    void write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
               Callback done) override;
    void remove(const QString &service, const QString &key, QObject *context, Callback done) override;
};

#pragma once

#include <QString>

/**
 * The OKX API credentials. Deliberately has no QDebug operator and no serialisation: the three
 * secrets must never reach a log, a settings file, a cache or a CSV.
 */
struct Credentials
{
    QString apiKey;
    QString secretKey;
    QString passphrase;
    /** Optional for the DEX families, required by wallet-v5 (sent as OK-ACCESS-PROJECT). */
    QString projectId;

    /** True when key, secret and passphrase are all set. */
    bool isComplete() const { return !apiKey.isEmpty() && !secretKey.isEmpty() && !passphrase.isEmpty(); }

    friend bool operator==(const Credentials &a, const Credentials &b)
    {
        return a.apiKey == b.apiKey && a.secretKey == b.secretKey && a.passphrase == b.passphrase
            && a.projectId == b.projectId;
    }
    friend bool operator!=(const Credentials &a, const Credentials &b) { return !(a == b); }
};

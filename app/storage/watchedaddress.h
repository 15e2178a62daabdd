#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One address the user watches: the address as entered, a free label and the chains it is asked
 * about. Its place in the watch list is its order; nothing else is stored.
 */
struct WatchedAddress
{
    QString address;
    QString label;
    /** OKX chain indexes ("1", "56", "501" …), in the order the user chose them. */
    QStringList chainIndexes;

    /** The label, or the address when there is none. */
    QString displayName() const { return label.isEmpty() ? address : label; }

    /**
     * Whether @p a and @p b name the same account: EVM addresses (0x + 40 hex digits) compare
     * without case, as OKX echoes them in lower case; base58 and bech32 addresses are
     * case-sensitive and compare exactly.
     */
    static bool sameAddress(const QString &a, const QString &b);
    /** The form sameAddress() compares: EVM addresses in lower case, others unchanged. */
    static QString comparisonKey(const QString &address);

    /** {"address", "label", "chains": [...]} */
    QJsonObject toJson() const;
    /** The entry @p json describes, or nothing (with @p error set) when a field is missing or mistyped. */
    static std::optional<WatchedAddress> fromJson(const QJsonValue &json, QString *error);

    friend bool operator==(const WatchedAddress &a, const WatchedAddress &b)
    {
        return a.address == b.address && a.label == b.label && a.chainIndexes == b.chainIndexes;
    }
    friend bool operator!=(const WatchedAddress &a, const WatchedAddress &b) { return !(a == b); }

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(WatchedAddress)
};
Q_DECLARE_METATYPE(WatchedAddress)

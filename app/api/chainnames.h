#pragma once

#include "api/tokenasset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Chain names for output and the check for unknown chains. OKX's supported-chain list (as fetched,
 * or a saved copy of it) is authoritative; the built-in table fills in when no list is at hand or
 * the list lacks a name. A chain is known when either source has it.
 */
class ChainNames final
{
public:
    /** @p supported is OKX's list, or empty when there is none. */
    explicit ChainNames(const QList<ChainInfo> &supported = {});

    /** The name of @p chainIndex: OKX's, else the built-in one, else "Chain <index>". */
    QString name(const QString &chainIndex) const;
    bool isKnown(const QString &chainIndex) const;
    /** The chains of @p chainIndexes that neither source knows, in order. */
    QStringList unknown(const QStringList &chainIndexes) const;

private:
    QHash<QString, QString> m_supported;
};

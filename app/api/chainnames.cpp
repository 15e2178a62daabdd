#include "api/chainnames.h"

#include "api/chainregistry.h"

ChainNames::ChainNames(const QList<ChainInfo> &supported)
{
    for (const ChainInfo &chain : supported)
        m_supported.insert(chain.chainIndex, chain.name);
}

QString ChainNames::name(const QString &chainIndex) const
{
    const QString name = m_supported.value(chainIndex);
    return name.isEmpty() ? ChainRegistry::displayName(chainIndex) : name;
}

bool ChainNames::isKnown(const QString &chainIndex) const
{
    return m_supported.contains(chainIndex) || ChainRegistry::find(chainIndex);
}

QStringList ChainNames::unknown(const QStringList &chainIndexes) const
{
    QStringList result;
    for (const QString &chain : chainIndexes) {
        if (!isKnown(chain))
            result.append(chain);
    }
    return result;
}

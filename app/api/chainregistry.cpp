#include "api/chainregistry.h"

#include <QHash>

namespace {

ChainEntry evm(const char *index, const char *name, const char *shortName, const char *explorer)
{
    const QString base = QString::fromLatin1(explorer);
    return {QString::fromLatin1(index), QString::fromUtf8(name), QString::fromLatin1(shortName), ChainFamily::Evm,
            base.isEmpty() ? QString() : base + QStringLiteral("/address/{address}"),
            base.isEmpty() ? QString() : base + QStringLiteral("/token/{token}")};
}

ChainEntry other(const char *index, const char *name, const char *shortName, ChainFamily family,
                 const char *addressUrl, const char *tokenUrl)
{
    return {QString::fromLatin1(index), QString::fromUtf8(name), QString::fromLatin1(shortName), family,
            QString::fromLatin1(addressUrl), QString::fromLatin1(tokenUrl)};
}

QList<ChainEntry> buildTable()
{
    return {
        other("0", "Bitcoin", "BTC", ChainFamily::Bitcoin, "https://mempool.space/address/{address}", ""),
        evm("1", "Ethereum", "ETH", "https://etherscan.io"),
        other("2", "Litecoin", "LTC", ChainFamily::Other, "https://litecoinspace.org/address/{address}", ""),
        other("3", "Dogecoin", "DOGE", ChainFamily::Other, "https://dogechain.info/address/{address}", ""),
        evm("10", "Optimism", "OP", "https://optimistic.etherscan.io"),
        evm("25", "Cronos", "CRO", "https://cronoscan.com"),
        evm("56", "BNB Chain", "BSC", "https://bscscan.com"),
        evm("61", "Ethereum Classic", "ETC", "https://etc.blockscout.com"),
        evm("100", "Gnosis", "GNO", "https://gnosisscan.io"),
        evm("130", "Unichain", "UNI", "https://uniscan.xyz"),
        evm("137", "Polygon", "POL", "https://polygonscan.com"),
        evm("143", "Monad", "MON", ""),
        evm("146", "Sonic", "S", "https://sonicscan.org"),
        evm("169", "Manta Pacific", "MANTA", "https://pacific-explorer.manta.network"),
        other("195", "Tron", "TRX", ChainFamily::Tron, "https://tronscan.org/#/address/{address}",
              "https://tronscan.org/#/token20/{token}"),
        evm("196", "X Layer", "XLAYER", "https://www.oklink.com/xlayer"),
        evm("204", "opBNB", "OPBNB", "https://opbnb.bscscan.com"),
        evm("250", "Fantom", "FTM", "https://ftmscan.com"),
        evm("324", "zkSync Era", "ZKSYNC", "https://era.zksync.network"),
        other("501", "Solana", "SOL", ChainFamily::Solana, "https://solscan.io/account/{address}",
              "https://solscan.io/token/{token}"),
        other("607", "TON", "TON", ChainFamily::Other, "https://tonviewer.com/{address}", "https://tonviewer.com/{token}"),
        other("784", "Sui", "SUI", ChainFamily::Other, "https://suivision.xyz/account/{address}",
              "https://suivision.xyz/coin/{token}"),
        evm("1030", "Conflux eSpace", "CFX", "https://evm.confluxscan.io"),
        evm("1088", "Metis", "METIS", "https://andromeda-explorer.metis.io"),
        evm("1101", "Polygon zkEVM", "POLYZKEVM", "https://zkevm.polygonscan.com"),
        evm("2222", "Kava EVM", "KAVA", "https://kavascan.com"),
        evm("4200", "Merlin", "MERLIN", "https://scan.merlinchain.io"),
        evm("5000", "Mantle", "MNT", "https://mantlescan.xyz"),
        evm("7000", "ZetaChain", "ZETA", "https://zetachain.blockscout.com"),
        evm("8453", "Base", "BASE", "https://basescan.org"),
        evm("9745", "Plasma", "XPL", ""),
        evm("34443", "Mode", "MODE", "https://modescan.io"),
        evm("42161", "Arbitrum One", "ARB", "https://arbiscan.io"),
        evm("43114", "Avalanche C", "AVAX", "https://snowtrace.io"),
        evm("59144", "Linea", "LINEA", "https://lineascan.build"),
        evm("81457", "Blast", "BLAST", "https://blastscan.io"),
        evm("534352", "Scroll", "SCROLL", "https://scrollscan.com"),
    };
}

const QHash<QString, int> &indexByChain()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        const QList<ChainEntry> &table = ChainRegistry::all();
        for (int i = 0; i < table.size(); ++i)
            map.insert(table.at(i).chainIndex, i);
        return map;
    }();
    return index;
}

QUrl fillTemplate(const QString &urlTemplate, const QString &placeholder, const QString &value)
{
    if (urlTemplate.isEmpty() || value.isEmpty())
        return {};
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    return QUrl(QString(urlTemplate).replace(placeholder, encoded));
}

} // namespace

namespace ChainRegistry {

const QList<ChainEntry> &all()
{
    static const QList<ChainEntry> table = buildTable();
    return table;
}

const ChainEntry *find(const QString &chainIndex)
{
    const auto it = indexByChain().constFind(chainIndex);
    return it == indexByChain().constEnd() ? nullptr : &all().at(*it);
}

QString displayName(const QString &chainIndex)
{
    if (const ChainEntry *entry = find(chainIndex))
        return entry->name;
    return QStringLiteral("Chain %1").arg(chainIndex);
}

ChainFamily family(const QString &chainIndex)
{
    const ChainEntry *entry = find(chainIndex);
    return entry ? entry->family : ChainFamily::Other;
}

QUrl addressUrl(const QString &chainIndex, const QString &address)
{
    const ChainEntry *entry = find(chainIndex);
    return entry ? fillTemplate(entry->addressUrlTemplate, QStringLiteral("{address}"), address) : QUrl();
}

QUrl tokenUrl(const QString &chainIndex, const QString &tokenContractAddress)
{
    const ChainEntry *entry = find(chainIndex);
    return entry ? fillTemplate(entry->tokenUrlTemplate, QStringLiteral("{token}"), tokenContractAddress) : QUrl();
}

QStringList chainIndexes(ChainFamily family)
{
    QStringList indexes;
    for (const ChainEntry &entry : all()) {
        if (entry.family == family)
            indexes << entry.chainIndex;
    }
    return indexes;
}

} // namespace ChainRegistry

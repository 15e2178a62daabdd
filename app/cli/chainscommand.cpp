#include "cli/chainscommand.h"

#include "api/addressvalidator.h"
#include "api/balanceclient.h"
#include "cli/texttable.h"
#include "storage/chainlistcache.h"

#include <QDateTime>

#include <algorithm>

ChainsCommand::ChainsCommand(const CliSession &session, const CliOptions &options, QObject *parent)
    : CliCommand(session, options, parent)
{
}

void ChainsCommand::start()
{
    // Always asked, never taken from the saved list: `chains` is how a user asks OKX what it
    // supports now (and checks the key and the connection on the way).
    m_reply = client()->fetchSupportedChains();
    m_reply->setParent(this);
    connect(m_reply, &BalanceReply::finished, this, &ChainsCommand::onFinished);
}

void ChainsCommand::onFinished()
{
    if (m_reply->error().isError()) {
        finish(CommandResult::fromApiError(m_reply->error()));
        return;
    }
    // A list that cannot be saved only costs a later run this request again.
    if (!options().demo)
        ChainListCache().store(m_reply->chains(), QDateTime::currentDateTimeUtc());
    print(m_reply->chains());
}

void ChainsCommand::print(QList<ChainInfo> chains)
{
    std::stable_sort(chains.begin(), chains.end(), [](const ChainInfo &a, const ChainInfo &b) {
        return a.chainIndex.toULongLong() < b.chainIndex.toULongLong();
    });

    //: Column titles of the chain table
    QList<QStringList> table{{tr("INDEX"), tr("NAME"), tr("SHORT NAME"), tr("ADDRESS FORMAT")}};
    for (const ChainInfo &chain : chains)
        table.append({chain.chainIndex, chain.name, chain.shortName,
                      AddressValidator::familyName(ChainRegistry::family(chain.chainIndex))});

    finishWithStdout(TextTable::format(table));
}

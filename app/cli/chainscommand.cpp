#include "cli/chainscommand.h"

#include "api/addressvalidator.h"
#include "api/balanceclient.h"
#include "cli/texttable.h"

#include <algorithm>

ChainsCommand::ChainsCommand(BalanceClient *client, const CliOptions &options, QObject *parent)
    : CliCommand(client, options, parent)
{
}

void ChainsCommand::start()
{
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

    QList<ChainInfo> chains = m_reply->chains();
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

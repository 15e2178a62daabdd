#include "cli/addresscommand.h"

#include "api/addressvalidator.h"
#include "api/balanceclient.h"

AddressCommand::AddressCommand(BalanceClient *client, const CliOptions &options, bool needsChainNames,
                               QObject *parent)
    : CliCommand(client, options, parent)
    , m_needsChainNames(needsChainNames)
{
}

void AddressCommand::start()
{
    // Both requests go out together; the rate limiter spaces them if it must.
    if (m_needsChainNames || !AddressValidator::unknownChains(options().chains).isEmpty()) {
        m_chainsReply = client()->fetchSupportedChains();
        m_chainsReply->setParent(this);
        connect(m_chainsReply, &BalanceReply::finished, this, &AddressCommand::onReplyFinished);
    }
    m_queryReply = startQuery();
    m_queryReply->setParent(this);
    connect(m_queryReply, &BalanceReply::finished, this, &AddressCommand::onReplyFinished);
}

void AddressCommand::onReplyFinished()
{
    if ((m_chainsReply && !m_chainsReply->isFinished()) || !m_queryReply->isFinished())
        return;

    const bool haveList = m_chainsReply && !m_chainsReply->error().isError();
    const ChainNames names(haveList ? m_chainsReply->chains() : QList<ChainInfo>());
    const QStringList unknown = names.unknown(options().chains);
    if (!unknown.isEmpty()) {
        const QString reason = haveList
            ? tr("OKX does not list it as supported")
            //: %1 is why OKX's chain list could not be fetched
            : tr("it is not in the built-in chain table and OKX's chain list could not be fetched (%1)")
                  .arg(m_chainsReply->error().message());
        //: %1 is one or more chain indexes, %2 the reason
        finish(CommandResult::failure(ExitCode::Usage,
                                      tr("unknown chain %1: %2").arg(unknown.join(QLatin1String(", ")), reason)));
        return;
    }
    if (m_queryReply->error().isError()) {
        finish(CommandResult::fromApiError(m_queryReply->error()));
        return;
    }
    finishQuery(m_queryReply, names);
}

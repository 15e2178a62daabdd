#include "cli/exportcommand.h"

#include "api/balanceclient.h"
#include "export/holdingscsv.h"

ExportCommand::ExportCommand(BalanceClient *client, const CliOptions &options, QList<WatchedAddress> targets,
                             QObject *parent)
    : AddressCommand(client, options, std::move(targets), true, parent)
    , m_output(options.outputPath)
{
}

void ExportCommand::start()
{
    if (!m_output.open()) {
        finish(CommandResult::failure(ExitCode::OutputFailed, m_output.errorMessage()));
        return;
    }
    AddressCommand::start();
}

BalanceReply *ExportCommand::startQuery(const WatchedAddress &target)
{
    return client()->fetchAllTokenBalances(target.address, target.chainIndexes, options().includeRiskTokens);
}

void ExportCommand::finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names)
{
    QList<HoldingRow> rows;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        for (const TokenAsset &asset : static_cast<TokenAssetsReply *>(replies.at(i))->assets()) {
            // OKX is asked to filter risk tokens, but it only detects some on some chains; what it
            // still flags is left out too.
            if (asset.isRiskToken && !options().includeRiskTokens)
                continue;
            // The API's echo of the address (EVM: lower case) when it gives one, else the address asked for.
            const QString address = asset.address.isEmpty() ? targets().at(i).address : asset.address;
            rows.append({address, names.name(asset.chainIndex), asset});
        }
    }
    HoldingsCsv::sortByValue(rows);

    if (HoldingsCsv::write(m_output.device(), rows) && m_output.commit())
        finish(CommandResult::success());
    else
        finish(CommandResult::failure(ExitCode::OutputFailed, m_output.errorMessage()));
}

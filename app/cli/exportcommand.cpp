#include "cli/exportcommand.h"

#include "api/balanceclient.h"
#include "export/holdingscsv.h"

ExportCommand::ExportCommand(BalanceClient *client, const CliOptions &options, QObject *parent)
    : AddressCommand(client, options, true, parent)
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

BalanceReply *ExportCommand::startQuery()
{
    return client()->fetchAllTokenBalances(options().address, options().chains, options().includeRiskTokens);
}

void ExportCommand::finishQuery(BalanceReply *reply, const ChainNames &names)
{
    const QList<TokenAsset> &assets = static_cast<TokenAssetsReply *>(reply)->assets();
    QList<HoldingRow> rows;
    rows.reserve(assets.size());
    for (const TokenAsset &asset : assets) {
        // OKX is asked to filter risk tokens, but it only detects some on some chains; what it
        // still flags is left out too.
        if (asset.isRiskToken && !options().includeRiskTokens)
            continue;
        // The API's echo of the address (EVM: lower case) when it gives one, else the address asked for.
        const QString address = asset.address.isEmpty() ? options().address : asset.address;
        rows.append({address, names.name(asset.chainIndex), asset});
    }
    HoldingsCsv::sortByValue(rows);

    if (HoldingsCsv::write(m_output.device(), rows) && m_output.commit())
        finish(CommandResult::success());
    else
        finish(CommandResult::failure(ExitCode::OutputFailed, m_output.errorMessage()));
}

#include "cli/exportcommand.h"

#include "api/balanceclient.h"
#include "api/chainregistry.h"

ExportCommand::ExportCommand(const CliSession &session, const CliOptions &options, QList<WatchedAddress> targets,
                             TokenVerdicts verdicts, QObject *parent)
    : AddressCommand(session, options, std::move(targets), std::move(verdicts), parent)
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
    if (!options().tokens.isEmpty()) {
        return client()->fetchTokenBalances(target.address, TokenArgument::on(options().tokens, target.chainIndexes),
                                            fetchesRiskTokens(target));
    }
    return client()->fetchAllTokenBalances(target.address, target.chainIndexes, fetchesRiskTokens(target));
}

void ExportCommand::finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names)
{
    qsizetype assetCount = 0;
    for (const BalanceReply *reply : replies)
        assetCount += static_cast<const TokenAssetsReply *>(reply)->assets().size();
    QList<HoldingRow> rows;
    rows.reserve(assetCount);
    const std::optional<UsdCnyRate> rate = usdCny();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        HoldingsCsv::appendRows(rows, targets().at(i).address,
                                static_cast<TokenAssetsReply *>(replies.at(i))->takeAssets(), names,
                                options().includeRiskTokens, verdicts(), rate);
    }
    finish(writeRows(m_output, rows, columnsFor(options())));
}

HoldingsCsv::Columns ExportCommand::columnsFor(const CliOptions &options)
{
    HoldingsCsv::Columns columns;
    columns.cny = options.fiat == FiatCurrency::Cny;
    columns.verdict = options.withVerdicts;
    return columns;
}

CommandResult ExportCommand::writeRows(OutputTarget &output, const QList<HoldingRow> &rows, HoldingsCsv::Columns columns)
{
    const QList<qsizetype> order = HoldingsCsv::orderByValue(rows);
    const bool written = HoldingsCsv::write(output.device(), rows, order, nullptr, columns);
    // Committed even after a failed write, to learn the system's reason: commit() checks the
    // device's error and then keeps the old file.
    const bool committed = output.commit();
    if (written && committed)
        return CommandResult::success();
    return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
}

CommandResult ExportCommand::narrowToTokens(const QList<TokenArgument> &tokens, QList<WatchedAddress> *targets)
{
    const QStringList tokenChains = TokenArgument::chainsOf(tokens);
    QStringList watchedChains;
    QList<WatchedAddress> narrowed;
    for (WatchedAddress target : std::as_const(*targets)) {
        target.chainIndexes.removeIf([&tokenChains](const QString &chain) { return !tokenChains.contains(chain); });
        watchedChains += target.chainIndexes;
        if (!target.chainIndexes.isEmpty())
            narrowed.append(std::move(target));
    }
    for (const TokenArgument &argument : tokens) {
        if (!watchedChains.contains(argument.token.chainIndex)) {
            //: %1 is the --token argument, %2 its chain's name, %3 the chain index
            return CommandResult::failure(ExitCode::Usage, tr("--token “%1”: no watched address is watched on %2 (chain %3)")
                                                               .arg(argument.text, ChainRegistry::displayName(argument.token.chainIndex),
                                                                    argument.token.chainIndex));
        }
    }
    *targets = std::move(narrowed);
    return CommandResult::success();
}

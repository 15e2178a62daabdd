#include "cli/exportatcommand.h"

#include "api/chainnames.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/outputtarget.h"
#include "storage/chainlistcache.h"
#include "storage/valuehistory.h"

CommandResult ExportAtCommand::run(const CliOptions &options, const QList<WatchedAddress> &targets,
                                   const TokenVerdicts &verdicts)
{
    ValueHistory history;
    // Chain names as a fetching export gives them, without fetching: OKX's list as last saved, else
    // the built-in table.
    const ChainNames names = ChainListCache().chainNames();
    QList<HoldingRow> rows;
    for (const WatchedAddress &target : targets) {
        std::optional<RecordedHoldings> recorded;
        if (!history.readHoldingsAt(target.address, options.at, &recorded))
            return CommandResult::failure(ExitCode::Usage, history.errorString());
        if (!recorded) {
            //: %1 is an address, %2 a time
            return CommandResult::failure(ExitCode::Usage, tr("no holdings of %1 are recorded at or before %2")
                                                               .arg(target.address, HistoryCommand::timeText(options.at)));
        }
        HoldingsCsv::appendRows(rows, target.address, recorded->assets, names, options.includeRiskTokens, verdicts,
                                recorded->usdCny);
    }
    OutputTarget output(options.outputPath);
    if (!output.open())
        return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
    return ExportCommand::writeRows(output, rows, ExportCommand::columnsFor(options));
}

#include "cli/historycommand.h"

#include "api/chainnames.h"
#include "cli/outputtarget.h"
#include "export/csvwriter.h"
#include "export/holdingscsv.h"
#include "storage/chainlistcache.h"
#include "storage/valuehistory.h"
#include "storage/watchedaddress.h"

#include <algorithm>

CommandResult HistoryCommand::run(const CliOptions &options)
{
    ValueHistory history;
    // Read first, so a history that cannot be used fails before any output.
    QList<HistoryAddress> recorded;
    if (!history.readAddresses(&recorded))
        return CommandResult::failure(ExitCode::Usage, history.errorString());
    if (!options.address.isEmpty()) {
        const bool known = std::any_of(recorded.cbegin(), recorded.cend(), [&options](const HistoryAddress &entry) {
            return WatchedAddress::sameAddress(entry.address, options.address);
        });
        if (!known)
            return CommandResult::failure(ExitCode::Usage, tr("no value is recorded for %1").arg(options.address));
    }

    OutputTarget output(options.outputPath);
    if (!output.open())
        return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
    CsvWriter csv(output.device());
    // A machine schema: fixed and English whatever the UI language, hence no tr().
    csv.addText(u"time");
    const HistoryRange range{options.address, options.since, options.until};
    bool read = false;
    if (options.holdings) {
        // The holdings as recorded, risk as OKX flagged it: verdicts are the user's view of today.
        HoldingsCsv::Columns columns;
        columns.cny = options.fiat == FiatCurrency::Cny;
        for (const QString &title : HoldingsCsv::header(columns))
            csv.addText(title);
        csv.endRow();
        // Chain names as export gives them: OKX's list as last saved, else the built-in table.
        const ChainNames names = ChainListCache().chainNames();
        read = history.readHoldings(range, [&](const RecordedHoldings &holdings) {
            QList<HoldingRow> rows;
            HoldingsCsv::appendRows(rows, holdings.address, holdings.assets, names, options.includeRiskTokens,
                                    TokenVerdicts(), holdings.usdCny);
            const QString time = timeText(holdings.time);
            for (const qsizetype row : HoldingsCsv::orderByValue(rows)) {
                csv.addText(time);
                HoldingsCsv::addCells(csv, rows.at(row), columns);
                csv.endRow();
            }
        });
    } else {
        const bool cny = options.fiat == FiatCurrency::Cny;
        for (const char16_t *title : {u"address", u"label", u"totalUsd"})
            csv.addText(title);
        if (cny)
            csv.addText(u"totalCny");
        csv.endRow();
        read = history.readTotals(range, [&csv, cny](const HistoryPoint &point) {
            csv.addText(timeText(point.time));
            csv.addText(point.address);
            csv.addText(point.label);
            csv.addNumber(point.totalUsd.toPlainString());
            if (cny) {
                const std::optional<Decimal> totalCny = point.totalCny();
                csv.addNumber(totalCny ? totalCny->toPlainString() : QString());
            }
            csv.endRow();
        });
    }
    // Without commit() the old --output file stays as it was.
    if (!read)
        return CommandResult::failure(ExitCode::Usage, history.errorString());
    const bool written = csv.flush();
    if (output.commit() && written)
        return CommandResult::success();
    return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
}

QString HistoryCommand::timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

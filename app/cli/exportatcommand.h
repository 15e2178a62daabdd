#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"
#include "storage/tokenverdicts.h"
#include "storage/watchedaddress.h"

#include <QCoreApplication>
#include <QList>

/**
 * `export --at TIME`: the balance at a date. Writes, for each target (one address, or the watch
 * list with --all), the holdings last recorded in the value history at or before TIME, as the same
 * CSV as a fetching export (HoldingsCsv: address column, chain names, order, risk rule). Reads
 * the history file only: no network, no credentials.
 *
 * With --fiat CNY, each target's rows are at the rate recorded with those holdings (usdCny and
 * valueCny empty for a record without one): the rate of that day, never today's.
 *
 * A target with nothing recorded by then is a Usage failure naming it, and nothing is written.
 */
class ExportAtCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportAtCommand)

public:
    ExportAtCommand() = delete;

    /** Under the user's @p verdicts, as a fetching export. */
    static CommandResult run(const CliOptions &options, const QList<WatchedAddress> &targets,
                             const TokenVerdicts &verdicts);
};

#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"

#include <QCoreApplication>
#include <QDateTime>

/**
 * `history`: the value history as CSV, oldest first, to stdout or atomically to --output. Reads
 * the history file only (no network, no credentials), so it runs synchronously.
 *
 * By default one row per address per recorded refresh, with the fixed header
 * `time,address,label,totalUsd`: the time in ISO 8601 UTC with milliseconds and Z, the address as
 * watched, its latest label, and the exact total (RecordedHoldings::totalUsd()). With --holdings,
 * every recorded token row instead: a leading `time`, then the export's columns and rows
 * (HoldingsCsv), each refresh's rows in the export's order, risk tokens only with --include-risk.
 *
 * --fiat CNY adds a last column totalCny (with --holdings, the export's usdCny,valueCny): the exact
 * total at the USD/CNY rate recorded with that refresh, empty for a refresh recorded without one. A
 * past total is never converted at another day's rate.
 *
 * --address limits it to one address, which must have records (else Usage); --since and --until
 * to a time range, both ends included. A history that cannot be read is a Usage failure with the
 * reason, and the file is left as it is.
 */
class HistoryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand() = delete;

    static CommandResult run(const CliOptions &options);

    /** A recorded time as the history's CSV and messages write it: ISO 8601, UTC, milliseconds, Z. */
    static QString timeText(const QDateTime &time);
};

#pragma once

#include "cli/addresscommand.h"
#include "cli/outputtarget.h"
#include "export/holdingscsv.h"

/**
 * `export`: every token holding of the addresses (one, or the whole watch list with --all) as CSV
 * in the fixed holdings schema, all rows sorted together by exact USD value with unpriced rows
 * last, to stdout or atomically to --output. The user's verdicts decide over OKX's risk flag which
 * rows --include-risk is needed for; --with-verdicts appends the verdict column.
 */
class ExportCommand final : public AddressCommand
{
    Q_OBJECT

public:
    ExportCommand(BalanceClient *client, const CliOptions &options, QList<WatchedAddress> targets,
                  TokenVerdicts verdicts, QObject *parent = nullptr);

    /** Opens the output first, so an unwritable --output fails before any request is made. */
    void start() override;

    /**
     * Writes @p rows to the open @p output in the export's order (HoldingsCsv::orderByValue()) and
     * commits it: success, or OutputFailed with the reason (the old file then stays as it was).
     * @p verdictColumn appends the user's verdicts (--with-verdicts).
     */
    static CommandResult writeRows(OutputTarget &output, const QList<HoldingRow> &rows,
                                   HoldingsCsv::VerdictColumn verdictColumn);

protected:
    BalanceReply *startQuery(const WatchedAddress &target) override;
    void finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names) override;

private:
    OutputTarget m_output;
};

#pragma once

#include "cli/addresscommand.h"
#include "cli/outputtarget.h"
#include "export/holdingscsv.h"

/**
 * `export`: every token holding of the addresses (one, or the whole watch list with --all) as CSV
 * in the fixed holdings schema, all rows sorted together by exact USD value with unpriced rows
 * last, to stdout or atomically to --output. The user's verdicts decide over OKX's risk flag which
 * rows --include-risk is needed for; --with-verdicts appends the verdict column, and --fiat CNY the
 * columns usdCny,valueCny after valueUsd, at the rate fetched with the holdings.
 *
 * With --token, each address is asked about the tokens named on its chains only, through the
 * specific-token endpoint (BalanceClient::fetchTokenBalances(): 20 tokens a request, the answers
 * keyed by the tokens asked), and the rows are assembled and written exactly as above: a token
 * the address does not hold has no row, as in a full export.
 */
class ExportCommand final : public AddressCommand
{
    Q_OBJECT

public:
    ExportCommand(const CliSession &session, const CliOptions &options, QList<WatchedAddress> targets,
                  TokenVerdicts verdicts, QObject *parent = nullptr);

    /** Opens the output first, so an unwritable --output fails before any request is made. */
    void start() override;

    /** The optional columns @p options ask for: the CNY ones (--fiat CNY), the verdict (--with-verdicts). */
    static HoldingsCsv::Columns columnsFor(const CliOptions &options);

    /**
     * Writes @p rows to the open @p output in the export's order (HoldingsCsv::orderByValue()) and
     * commits it: success, or OutputFailed with the reason (the old file then stays as it was).
     */
    static CommandResult writeRows(OutputTarget &output, const QList<HoldingRow> &rows, HoldingsCsv::Columns columns);

    /**
     * For --all with --token: narrows each of @p targets (the watch list) to the chains of
     * @p tokens it is watched on, and drops those watched on none. Usage, naming the argument, when
     * no watched address is on a token's chain: the token would silently have no row.
     */
    static CommandResult narrowToTokens(const QList<TokenArgument> &tokens, QList<WatchedAddress> *targets);

protected:
    BalanceReply *startQuery(const WatchedAddress &target) override;
    void finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names) override;

private:
    OutputTarget m_output;
};

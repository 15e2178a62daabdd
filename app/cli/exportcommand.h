#pragma once

#include "cli/addresscommand.h"
#include "cli/outputtarget.h"

/**
 * `export`: every token holding of an address as CSV in the fixed holdings schema, sorted by exact
 * USD value with unpriced rows last, to stdout or atomically to --output.
 */
class ExportCommand final : public AddressCommand
{
    Q_OBJECT

public:
    ExportCommand(BalanceClient *client, const CliOptions &options, QObject *parent = nullptr);

    /** Opens the output first, so an unwritable --output fails before any request is made. */
    void start() override;

protected:
    BalanceReply *startQuery() override;
    void finishQuery(BalanceReply *reply, const ChainNames &names) override;

private:
    OutputTarget m_output;
};

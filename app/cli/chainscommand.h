#pragma once

#include "api/tokenasset.h"
#include "cli/clicommand.h"

#include <QList>
#include <QPointer>

class ChainsReply;

/**
 * `chains`: prints OKX's supported-chain list as an aligned table, with each chain's address format.
 * The list is always fetched, and saved for later runs' chain names (ChainListCache; a failure to
 * save it is silent: the table is what matters). With --demo it is not saved: the demo server's
 * list is not OKX's.
 */
class ChainsCommand final : public CliCommand
{
    Q_OBJECT

public:
    ChainsCommand(const CliSession &session, const CliOptions &options, QObject *parent = nullptr);
    void start() override;

private:
    void onFinished();
    /** Prints @p chains ordered by chain index and ends the command. */
    void print(QList<ChainInfo> chains);

    QPointer<ChainsReply> m_reply;
};

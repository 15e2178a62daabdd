#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"

#include <QCoreApplication>

class WatchList;

/**
 * `watch add|remove|list`: edits or prints the watch list the window shows, through WatchList and
 * its atomic save. Needs no network and no credentials, so it runs synchronously.
 *
 * add checks the chains against the built-in chain table (the chains the window offers) and the
 * entry with WatchList::validate() (address format per chain family, duplicates); remove finds
 * EVM addresses without regard to case. A refusal is a Usage failure with the reason; a failed
 * save is OutputFailed, and the file on disk is then unchanged.
 */
class WatchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    WatchCommand() = delete;

    /** Runs options.watchAction on @p list, which the caller has loaded. */
    static CommandResult run(const CliOptions &options, WatchList &list);

private:
    static CommandResult add(const CliOptions &options, WatchList &list);
    static CommandResult remove(const CliOptions &options, WatchList &list);
    static CommandResult print(const WatchList &list);
    static CommandResult save(WatchList &list);
};

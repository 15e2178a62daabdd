#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"

#include <QCoreApplication>

class WatchList;

/**
 * `watch add|remove|list|import|export`: edits, prints or copies the watch list the window shows,
 * through WatchList and its atomic save. Needs no network and no credentials, so it runs
 * synchronously.
 *
 * add checks the chains against the built-in chain table (the chains the window offers) and the
 * entry with WatchList::validate() (address format per chain family, duplicates); remove finds
 * EVM addresses without regard to case. import reads a CSV file (WatchListCsv) and adds all of its
 * addresses in one save, or none when a line is refused (AddressBatch), skipping, and naming, the
 * addresses already watched or repeated; export writes the list in that form. A refusal is a Usage
 * failure with the reason; a failed save or export is OutputFailed, and the file on disk is then
 * unchanged.
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
    static CommandResult importFile(const CliOptions &options, WatchList &list);
    static CommandResult exportFile(const CliOptions &options, const WatchList &list);
    static CommandResult save(WatchList &list);
};

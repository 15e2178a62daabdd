#include "cli/watchcommand.h"

#include "api/addressvalidator.h"
#include "api/chainregistry.h"
#include "cli/outputtarget.h"
#include "cli/terminaltext.h"
#include "cli/texttable.h"
#include "storage/addressbatch.h"
#include "storage/watchlist.h"
#include "storage/watchlistcsv.h"

namespace {

/** The address with its label, for confirmations: one line, whatever the label holds. */
QString describe(const WatchedAddress &entry)
{
    const QString label = TerminalText::escaped(entry.label, TerminalText::LineBreaks::Escape);
    return label.isEmpty() ? entry.address
                           //: %1 is a label, %2 its address
                           : WatchCommand::tr("“%1” (%2)").arg(label, entry.address);
}

QString chainNames(const QStringList &chainIndexes)
{
    QStringList names;
    for (const QString &chain : chainIndexes)
        names.append(ChainRegistry::displayName(chain));
    return names.join(QLatin1String(", "));
}

} // namespace

CommandResult WatchCommand::run(const CliOptions &options, WatchList &list)
{
    if (options.watchAction == QLatin1String("add"))
        return add(options, list);
    if (options.watchAction == QLatin1String("remove"))
        return remove(options, list);
    if (options.watchAction == QLatin1String("import"))
        return importFile(options, list);
    if (options.watchAction == QLatin1String("export"))
        return exportFile(options, list);
    return print(list);
}

CommandResult WatchCommand::add(const CliOptions &options, WatchList &list)
{
    // The window offers the chains of the built-in table; the list holds nothing it could not show.
    const QStringList unknown = AddressValidator::unknownChains(options.chains);
    if (!unknown.isEmpty()) {
        //: %1 is one or more chain indexes
        return CommandResult::failure(ExitCode::Usage, tr("unknown chain %1: not one of the chains the app knows")
                                                           .arg(unknown.join(QLatin1String(", "))));
    }
    const QString problem = list.add({options.address, options.label, options.chains});
    if (!problem.isEmpty())
        return CommandResult::failure(ExitCode::Usage, problem);
    const CommandResult saved = save(list);
    if (!saved.ok())
        return saved;
    const WatchedAddress &entry = list.at(list.size() - 1);
    //: %1 is the address (with its label), %2 the chain names
    const QString confirmation = tr("Added %1 to the watch list on %2.");
    return OutputTarget::print(confirmation.arg(describe(entry), chainNames(entry.chainIndexes)) + u'\n');
}

CommandResult WatchCommand::remove(const CliOptions &options, WatchList &list)
{
    const int index = list.indexOf(options.address);
    if (index < 0)
        return CommandResult::failure(ExitCode::Usage, tr("%1 is not in the watch list").arg(options.address));
    const WatchedAddress entry = list.at(index);
    list.remove(index);
    const CommandResult saved = save(list);
    if (!saved.ok())
        return saved;
    return OutputTarget::print(tr("Removed %1 from the watch list.").arg(describe(entry)) + u'\n');
}

CommandResult WatchCommand::print(const WatchList &list)
{
    if (list.isEmpty()) {
        //: Keep the command and its options
        return OutputTarget::print(tr("The watch list is empty. Add an address with: "
                                      "okx-wallet-viewer watch add ADDRESS --chains 1,56 --label TEXT")
                                   + u'\n');
    }
    //: Column titles of the watch list
    QList<QStringList> table{{tr("LABEL"), tr("ADDRESS"), tr("CHAINS")}};
    for (const WatchedAddress &entry : list.entries()) {
        // One line per entry whatever the label holds; "-" keeps the columns when there is none.
        const QString label = entry.label.simplified();
        table.append({label.isEmpty() ? QStringLiteral("-") : label, entry.address,
                      entry.chainIndexes.join(u',')});
    }
    return OutputTarget::print(TextTable::format(table));
}

CommandResult WatchCommand::importFile(const CliOptions &options, WatchList &list)
{
    QString error;
    const std::optional<QList<AddressBatch::Line>> lines = WatchListCsv::readFile(options.inputPath, &error);
    if (!lines)
        return CommandResult::failure(ExitCode::Usage, error);
    const AddressBatch batch(*lines, list);
    // All or nothing: a list half imported would leave the user to find which half.
    if (const AddressBatch::Line *refused = batch.firstRefused()) {
        //: %1 is the file, %2 a line number, %3 why that line is refused
        return CommandResult::failure(ExitCode::Usage, tr("nothing was imported: %1, line %2: %3")
                                                           .arg(options.inputPath, QString::number(refused->number),
                                                                refused->reason));
    }
    const QString problem = list.addAll(batch.entriesToAdd());
    if (!problem.isEmpty())
        return CommandResult::failure(ExitCode::Usage, problem);
    if (batch.count(AddressBatch::Line::Verdict::Add) > 0) {
        const CommandResult saved = save(list);
        if (!saved.ok())
            return saved;
    }
    QString report;
    for (const AddressBatch::Line &line : batch.lines()) {
        if (line.verdict == AddressBatch::Line::Verdict::Duplicate)
            //: %1 is a line number, %2 the address, %3 why it is skipped ("already watched as …", "repeats line 2")
            report += tr("Skipped line %1: %2, %3.").arg(QString::number(line.number), line.entry.address, line.reason) + u'\n';
    }
    return OutputTarget::print(report + batch.outcome() + u'\n');
}

CommandResult WatchCommand::exportFile(const CliOptions &options, const WatchList &list)
{
    OutputTarget output(options.outputPath);
    if (!output.open())
        return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
    const bool written = WatchListCsv::write(output.device(), list.entries(), nullptr);
    // Committed even after a failed write, to learn the system's reason: commit() checks the
    // device's error and then keeps the old file.
    const bool committed = output.commit();
    if (!written || !committed)
        return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
    return CommandResult::success();
}

CommandResult WatchCommand::save(WatchList &list)
{
    QString error;
    if (!list.save(&error))
        return CommandResult::failure(ExitCode::OutputFailed, error);
    return CommandResult::success();
}

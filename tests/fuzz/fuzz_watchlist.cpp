// libFuzzer harness: WatchList::load, the reader of watchlist.json.
//
// Each input is the file's content, in a fresh folder (a bad file is moved aside there). What
// loads must have an address per entry, no address twice, and save and read back the same.

#include "storage/watchlist.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir folder;
    OKX_FUZZ_CHECK(folder.isValid(), folder.errorString());
    FuzzSupport::writeInput(QDir(folder.path()).filePath(QStringLiteral("watchlist.json")), data, size);

    WatchList list(folder.path());
    const WatchList::LoadReport report = list.load();
    OKX_FUZZ_CHECK(!report.ok || report.movedTo.isEmpty(), report.movedTo);
    // What load() promises: entries with an address, each address once. (It does not re-apply
    // validate(), which judges new entries: formats, chain indexes, at least one chain.)
    for (int i = 0; i < list.size(); ++i) {
        const WatchedAddress &entry = list.at(i);
        OKX_FUZZ_CHECK(!entry.address.trimmed().isEmpty(), entry.address);
        OKX_FUZZ_CHECK(list.indexOf(entry.address) == i, entry.address + QStringLiteral(" is listed twice"));
        (void)list.validate(entry, i);
        (void)entry.displayName();
    }

    // What loaded is a list the app can keep: it saves and reads back unchanged.
    QString error;
    OKX_FUZZ_CHECK(list.save(&error), error);
    WatchList again(folder.path());
    const WatchList::LoadReport reread = again.load();
    OKX_FUZZ_CHECK(reread.ok && reread.message.isEmpty(), reread.message);
    OKX_FUZZ_CHECK(again.entries() == list.entries(), QStringLiteral("%1 entries, then %2").arg(list.size()).arg(again.size()));
    return 0;
}

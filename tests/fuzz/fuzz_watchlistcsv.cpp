// libFuzzer harness: WatchListCsv::read and AddressBatch, the readers of `watch import` and the
// window's Import Watch List.
//
// Each input is a CSV file's content. Whatever it holds, reading ends with a refused line or with
// lines that add to a watch list in one step; what was added exports and reads back unchanged.

#include "fuzzsupport.h"
#include "storage/addressbatch.h"
#include "storage/watchlist.h"
#include "storage/watchlistcsv.h"

#include <QBuffer>

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Never loaded or saved: the list only checks and holds entries.
    WatchList list(QStringLiteral("/nonexistent/okx-fuzz"));
    const AddressBatch batch(WatchListCsv::read(FuzzSupport::bytes(data, size)), list);
    for (const AddressBatch::Line &line : batch.lines())
        OKX_FUZZ_CHECK(line.number >= 1 && (line.verdict == AddressBatch::Line::Verdict::Add) == line.reason.isEmpty(),
                       line.reason);
    if (batch.firstRefused())
        return 0;

    const QString problem = list.addAll(batch.entriesToAdd());
    OKX_FUZZ_CHECK(problem.isEmpty(), problem);
    OKX_FUZZ_CHECK(list.size() == batch.count(AddressBatch::Line::Verdict::Add), QString::number(list.size()));

    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    QString error;
    OKX_FUZZ_CHECK(WatchListCsv::write(&exported, list.entries(), &error), error);
    WatchList again(QStringLiteral("/nonexistent/okx-fuzz"));
    const AddressBatch reread(WatchListCsv::read(exported.data()), again);
    OKX_FUZZ_CHECK(!reread.firstRefused(), reread.firstRefused()->reason);
    OKX_FUZZ_CHECK(again.addAll(reread.entriesToAdd()).isEmpty(), QStringLiteral("not added again"));
    OKX_FUZZ_CHECK(again.entries() == list.entries(), QString::fromUtf8(exported.data()));
    return 0;
}

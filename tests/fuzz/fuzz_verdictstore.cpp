// libFuzzer harness: VerdictStore::load, the reader of verdicts.json.
//
// Each input is the file's content, in a fresh folder. An unusable file applies no verdict and is
// left byte-identical; a usable one keeps its verdicts through a change saved and read back.

#include "storage/verdictstore.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir folder;
    OKX_FUZZ_CHECK(folder.isValid(), folder.errorString());
    const QString path = QDir(folder.path()).filePath(QStringLiteral("verdicts.json"));
    FuzzSupport::writeInput(path, data, size);

    VerdictStore store(folder.path());
    const QString notice = store.load();
    TokenAsset probe;
    probe.chainIndex = QStringLiteral("1");
    probe.tokenContractAddress = QStringLiteral("0x00000000000000000000000000000000000000f0");
    probe.symbol = QStringLiteral("PROBE");
    if (!notice.isEmpty()) {
        OKX_FUZZ_CHECK(store.verdicts().isEmpty(), notice);
        // Nothing is saved over the user's file, which stays exactly as it was.
        OKX_FUZZ_CHECK(!store.setVerdict(probe, TokenVerdict::Spam).isEmpty(), notice);
        QFile file(path);
        OKX_FUZZ_CHECK(file.open(QIODevice::ReadOnly), file.errorString());
        OKX_FUZZ_CHECK(file.readAll() == FuzzSupport::bytes(data, size), QStringLiteral("the unusable file changed"));
        return 0;
    }

    // What loaded is kept through a save: a change made, read back, and taken back again.
    const TokenVerdicts loaded = store.verdicts();
    const bool hadProbe = loaded.verdictOf(probe) != TokenVerdict::None;
    OKX_FUZZ_CHECK(store.setVerdict(probe, TokenVerdict::Trusted).isEmpty(), path);
    VerdictStore again(folder.path());
    OKX_FUZZ_CHECK(again.load().isEmpty(), path);
    OKX_FUZZ_CHECK(again.verdicts() == store.verdicts(), QStringLiteral("the verdicts changed on the way through the file"));
    OKX_FUZZ_CHECK(again.verdicts().size() == loaded.size() + (hadProbe ? 0 : 1), QStringLiteral("a verdict was lost"));
    return 0;
}

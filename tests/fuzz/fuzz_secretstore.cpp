// libFuzzer harness: SecretStore's owner-only credentials file (the user's opt-in when no keychain
// answers), read by load().
//
// Each input is credentials.json (mode 0600) in a fresh folder. Whatever it holds, the store ends
// up in the file mode without a project id, every file left in the folder (a bad one is moved
// aside) stays readable by the owner only, and secrets that loaded save and load back unchanged.

#include "storage/secretstore.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QString Service = QStringLiteral("okx-wallet-viewer-fuzz");
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ForOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void checkOwnerOnly(const QString &folder)
{
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files)
        OKX_FUZZ_CHECK(!(file.permissions() & ForOthers), file.fileName() + QStringLiteral(" is readable by others"));
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir folder;
    OKX_FUZZ_CHECK(folder.isValid(), folder.errorString());
    SecretStore store(Service, folder.path());
    FuzzSupport::writeInput(store.ownerOnlyFilePath(), data, size);
    OKX_FUZZ_CHECK(QFile::setPermissions(store.ownerOnlyFilePath(), OwnerOnly), store.ownerOnlyFilePath());

    store.setUseOwnerOnlyFile(true);
    store.load(); // the file is read at once; loaded() is only queued
    OKX_FUZZ_CHECK(store.storage() == SecretStore::Storage::OwnerOnlyFile, QString());
    OKX_FUZZ_CHECK(store.secrets().projectId.isEmpty(), QString());
    checkOwnerOnly(folder.path());

    const Credentials loaded = store.secrets();
    if (store.lastError().isEmpty() && (!loaded.apiKey.isEmpty() || !loaded.secretKey.isEmpty() || !loaded.passphrase.isEmpty())) {
        store.save(loaded);
        OKX_FUZZ_CHECK(store.storage() == SecretStore::Storage::OwnerOnlyFile && store.lastError().isEmpty(), store.lastError());
        checkOwnerOnly(folder.path());

        SecretStore again(Service, folder.path());
        again.setUseOwnerOnlyFile(true);
        again.load();
        OKX_FUZZ_CHECK(again.lastError().isEmpty() && again.secrets() == loaded, again.lastError());
    }
    return 0;
}

#include "storage/secretstore.h"

#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace {

const QLatin1String DefaultService("okx-wallet-viewer");
// One keychain entry for all three secrets: one job, one unlock prompt, never half-written.
const QLatin1String KeychainKey("api-credentials");
const QLatin1String FileName("credentials.json");
constexpr int FileVersion = 1;

const QLatin1String ApiKeyField("apiKey");
const QLatin1String SecretKeyField("secretKey");
const QLatin1String PassphraseField("passphrase");

QJsonObject toJson(const Credentials &secrets)
{
    return {{ApiKeyField, secrets.apiKey}, {SecretKeyField, secrets.secretKey}, {PassphraseField, secrets.passphrase}};
}

std::optional<Credentials> fromJson(const QJsonObject &object)
{
    Credentials secrets;
    const std::pair<QLatin1String, QString *> fields[] = {
        {ApiKeyField, &secrets.apiKey}, {SecretKeyField, &secrets.secretKey}, {PassphraseField, &secrets.passphrase}};
    for (const auto &[name, target] : fields) {
        const QJsonValue value = object.value(name);
        if (!value.isString())
            return std::nullopt;
        *target = value.toString();
    }
    return secrets;
}

bool hasNoSecret(const Credentials &secrets)
{
    return secrets.apiKey.isEmpty() && secrets.secretKey.isEmpty() && secrets.passphrase.isEmpty();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(DefaultService, QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation), parent)
{
}

SecretStore::SecretStore(const QString &serviceName, const QString &fileDirectory, QObject *parent)
    : QObject(parent), m_serviceName(serviceName), m_filePath(QDir(fileDirectory).filePath(FileName))
{
}

SecretStore::~SecretStore() = default;

void SecretStore::setUseOwnerOnlyFile(bool enabled)
{
    if (!enabled && m_useFile && QFile::exists(m_filePath))
        QFile::remove(m_filePath);
    m_useFile = enabled;
}

void SecretStore::load()
{
    if (m_useFile) {
        loadFile();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(KeychainKey);
    const quint64 generation = m_generation;
    runJob(job, [this, job, generation](bool answered) {
        // A save() since this read started holds newer secrets than the keychain answered with.
        if (answered && generation == m_generation) {
            const QJsonDocument document = QJsonDocument::fromJson(job->binaryData());
            const std::optional<Credentials> stored = document.isObject() ? fromJson(document.object()) : std::nullopt;
            if (job->error() == QKeychain::EntryNotFound) {
                m_secrets = {};
            } else if (stored) {
                m_secrets = *stored;
            } else {
                m_secrets = {};
                m_lastError = tr("The credentials stored in the keychain are unreadable; please enter them again.");
            }
        }
        emit loaded();
    });
}

void SecretStore::save(const Credentials &secrets)
{
    ++m_generation;
    m_secrets = Credentials{secrets.apiKey, secrets.secretKey, secrets.passphrase, QString()};
    if (m_useFile) {
        saveFile();
        return;
    }
    QKeychain::Job *job = nullptr;
    if (hasNoSecret(m_secrets)) {
        job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName, this);
        write->setBinaryData(QJsonDocument(toJson(m_secrets)).toJson(QJsonDocument::Compact));
        job = write;
    }
    job->setKey(KeychainKey);
    runJob(job, [this](bool answered) { emit saved(answered); });
}

void SecretStore::runJob(QKeychain::Job *job, std::function<void(bool)> onDone)
{
    ++m_pendingJobs;
    connect(job, &QKeychain::Job::finished, this, [this, job, onDone = std::move(onDone)] {
        --m_pendingJobs;
        // EntryNotFound is an answer: the keychain works and simply holds nothing (yet).
        const bool answered = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (answered) {
            m_storage = Storage::Keychain;
            m_lastError.clear();
        } else {
            m_storage = Storage::SessionOnly;
            //: %1 is the keychain library's explanation, e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"
            m_lastError = tr("No keychain is available (%1). The API key, secret key and passphrase are kept for "
                             "this session only.")
                              .arg(job->errorString());
            emit keychainUnavailable(m_lastError);
        }
        onDone(answered);
    });
    job->start();
}

void SecretStore::loadFile()
{
    const VersionedJsonFile file(m_filePath, FileVersion, VersionedJsonFile::Access::OwnerOnly);
    VersionedJsonFile::LoadResult result = file.load();
    std::optional<Credentials> stored;
    if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
        stored = fromJson(result.root);
        if (!stored)
            result = file.rejectContent(tr("it does not hold the three secrets"));
    }
    m_secrets = stored.value_or(Credentials());
    m_storage = Storage::OwnerOnlyFile;
    m_lastError = result.message;
    QMetaObject::invokeMethod(this, &SecretStore::loaded, Qt::QueuedConnection);
}

void SecretStore::saveFile()
{
    QString error;
    const bool ok = hasNoSecret(m_secrets)
        ? (!QFile::exists(m_filePath) || QFile::remove(m_filePath))
        : VersionedJsonFile(m_filePath, FileVersion, VersionedJsonFile::Access::OwnerOnly).save(toJson(m_secrets), &error);
    m_storage = ok ? Storage::OwnerOnlyFile : Storage::SessionOnly;
    if (ok) {
        m_lastError.clear();
    } else {
        m_lastError = error.isEmpty() ? tr("Cannot remove %1.").arg(QDir::toNativeSeparators(m_filePath))
                                      : tr("%1 The secrets are kept for this session only.").arg(error);
    }
    QMetaObject::invokeMethod(this, [this, ok] { emit saved(ok); }, Qt::QueuedConnection);
}

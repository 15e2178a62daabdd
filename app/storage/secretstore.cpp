#include "storage/secretstore.h"

#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>


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

/** What a failed keychain call means for the user, the library's raw words last as a detail. */
QString failureText(const KeychainBackend::Answer &answer)
{
    QString sentence;
    switch (answer.failure) {
    case KeychainBackend::Answer::Failure::Unavailable:
        sentence = SecretStore::tr("The system keychain is not available, so the API key, secret key and "
                                   "passphrase are kept for this session only.");
        break;
    case KeychainBackend::Answer::Failure::AccessDenied:
        sentence = SecretStore::tr("The system keychain refused access, so the API key, secret key and "
                                   "passphrase are kept for this session only.");
        break;
    case KeychainBackend::Answer::Failure::CannotDelete:
        sentence = SecretStore::tr("The system keychain could not delete the stored API key, secret key and "
                                   "passphrase; here they are cleared for this session only.");
        break;
    }
    if (answer.reason.isEmpty())
        return sentence;
    //: %1 is one of the sentences on the keychain, %2 the keychain library's own explanation (in English),
    //: e.g. "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided"
    return SecretStore::tr("%1 Details: %2").arg(sentence, answer.reason);
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
    const quint64 generation = m_generation;
    const auto start = [this](KeychainBackend &keychain, KeychainBackend::Callback done) {
        keychain.read(m_serviceName, KeychainKey, this, std::move(done));
    };
    runJob(start, [this, generation](const KeychainBackend::Answer &answer) {
        // A save() since this read started holds newer secrets than the keychain answered with.
        if (answer.status != KeychainBackend::Answer::Status::Failed && generation == m_generation) {
            const QJsonDocument document = QJsonDocument::fromJson(answer.data);
            const std::optional<Credentials> stored = document.isObject() ? fromJson(document.object()) : std::nullopt;
            if (answer.status == KeychainBackend::Answer::Status::NotFound) {
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
    const bool remove = hasNoSecret(m_secrets);
    const QByteArray data = remove ? QByteArray() : QJsonDocument(toJson(m_secrets)).toJson(QJsonDocument::Compact);
    const auto start = [this, remove, data](KeychainBackend &keychain, KeychainBackend::Callback done) {
        if (remove)
            keychain.remove(m_serviceName, KeychainKey, this, std::move(done));
        else
            keychain.write(m_serviceName, KeychainKey, data, this, std::move(done));
    };
    runJob(start, [this](const KeychainBackend::Answer &answer) {
        emit saved(answer.status != KeychainBackend::Answer::Status::Failed);
    });
}

void SecretStore::runJob(const std::function<void(KeychainBackend &, KeychainBackend::Callback)> &start,
                         std::function<void(const KeychainBackend::Answer &)> onDone)
{
    ++m_pendingJobs;
    auto finish = [this, onDone = std::move(onDone)](const KeychainBackend::Answer &answer) {
        --m_pendingJobs;
        // NotFound is an answer: the keychain works and simply holds nothing (yet).
        if (answer.status != KeychainBackend::Answer::Status::Failed) {
            m_storage = Storage::Keychain;
            m_lastError.clear();
        } else {
            m_storage = Storage::SessionOnly;
            m_lastError = failureText(answer);
            emit keychainUnavailable(m_lastError);
        }
        onDone(answer);
    };
    QString problem;
    if (KeychainBackend *keychain = KeychainBackend::instance(&problem)) {
        start(*keychain, std::move(finish));
        return;
    }
    // Answered later, like a keychain would be: callers connect after starting a call.
    KeychainBackend::Answer failed;
    failed.reason = problem;
    QTimer::singleShot(0, this, [finish = std::move(finish), failed] { finish(failed); });
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

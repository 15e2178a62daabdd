#include "storage/versionedjsonfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

const QLatin1String VersionKey("version");

// Far above any real watch list or cached snapshot (10,000 assets are about 3 MB); a bigger file
// is damage, and reading it whole would only stall the start.
constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

} // namespace

VersionedJsonFile::VersionedJsonFile(QString filePath, int version, Access access, OnCorrupt onCorrupt)
    : m_filePath(std::move(filePath)), m_version(version), m_access(access), m_onCorrupt(onCorrupt)
{
}

VersionedJsonFile::LoadResult VersionedJsonFile::load() const
{
    QByteArray bytes;
    const LoadResult read = readBytes(&bytes);
    if (read.status != LoadResult::Status::Loaded)
        return read;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is Qt's description of the JSON error, %2 a byte offset in the file
        return rejectContent(tr("it is not valid JSON (%1 at byte %2); it may be truncated")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    }
    if (!document.isObject())
        return rejectContent(tr("it does not hold a JSON object"));
    return checkRoot(document.object());
}

VersionedJsonFile::LoadResult VersionedJsonFile::readBytes(QByteArray *bytes) const
{
    const QFileInfo info(m_filePath);
    if (!info.exists() && !info.isSymLink())
        return {};

    QFile file(m_filePath);
    // QFile refuses to open a directory, which is how a path that is not a readable file shows up.
    if (!file.open(QIODevice::ReadOnly))
        return rejectContent(tr("it cannot be read (%1)").arg(file.errorString()));
    if (file.size() > MaxFileBytes)
        return rejectContent(tr("it is too large (%1 bytes)").arg(file.size()));
    *bytes = file.readAll();
    LoadResult result;
    result.status = LoadResult::Status::Loaded;
    return result;
}

VersionedJsonFile::LoadResult VersionedJsonFile::checkRoot(QJsonObject root) const
{
    const QJsonValue version = root.value(VersionKey);
    if (!version.isDouble())
        return rejectContent(tr("it has no format version"));
    const int found = version.toInt(-1);
    if (found != m_version) {
        if (found > m_version) {
            return rejectContent(tr("it was written by a newer version of the app (format %1; this version reads %2)")
                                     .arg(found)
                                     .arg(m_version));
        }
        return rejectContent(tr("its format version %1 is not supported (expected %2)").arg(version.toDouble()).arg(m_version));
    }

    LoadResult result;
    result.status = LoadResult::Status::Loaded;
    result.root = std::move(root);
    return result;
}

bool VersionedJsonFile::save(QJsonObject root, QString *error) const
{
    return save(std::move(root), {}, 0, {}, error);
}

bool VersionedJsonFile::save(QJsonObject root, QLatin1StringView arrayKey, qsizetype count,
                             const std::function<QByteArray(qsizetype)> &element, QString *error) const
{
    root.insert(VersionKey, m_version);

    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }

    QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!arrayKey.isEmpty()) {
        // The array goes in as the object's last member: after the other members' text, before "}".
        text.chop(text.size() - text.lastIndexOf('}'));
        while (text.endsWith('\n') || text.endsWith(' '))
            text.chop(1);
        text += ",\n    \"";
        text += QByteArrayView(arrayKey.data(), arrayKey.size());
        text += "\": [";
        for (qsizetype i = 0; i < count; ++i) {
            text += i == 0 ? "\n        " : ",\n        ";
            text += element(i);
        }
        text += "\n    ]\n}\n";
    }
    return SafeFileWriter::writeFile(m_filePath, text, m_access, error);
}

QString VersionedJsonFile::moveAside(QString *error) const
{
    QFile file(m_filePath);
    if (m_access == Access::OwnerOnly) {
        // A copy of secrets: one at most, replaced by the next, and readable by the owner alone.
        const QString target = m_filePath + QStringLiteral(".corrupt");
        QFile::remove(target);
        if (!file.rename(target)) {
            if (error)
                *error = file.errorString();
            return {};
        }
        // Written owner-only, but the user may have loosened the mode since.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

    const QString base = m_filePath + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    // Two bad files within one second must not collide; the first one keeps the plain name.
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = base + QLatin1Char('-') + QString::number(n);

    if (!file.rename(target)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return target;
}

VersionedJsonFile::LoadResult VersionedJsonFile::rejectContent(const QString &reason) const
{
    LoadResult result;
    result.status = LoadResult::Status::Corrupt;
    const QString name = QDir::toNativeSeparators(m_filePath);
    if (m_onCorrupt == OnCorrupt::Delete && QFile::remove(m_filePath)) {
        //: %1 a file path, %2 why it is unusable
        result.message = tr("The file %1 could not be used: %2. It was deleted.").arg(name, reason);
        return result;
    }
    if (m_onCorrupt == OnCorrupt::Keep) {
        //: %1 a file path, %2 why it is unusable
        result.message = tr("The file %1 could not be used: %2. It is left as it is, and nothing will be saved over "
                            "it until it is mended or removed.")
                             .arg(name, reason);
        return result;
    }
    QString moveError;
    result.movedTo = moveAside(&moveError);
    if (result.movedTo.isEmpty()) {
        //: %1 a file path, %2 why it is unusable, %3 why it could not be renamed
        result.message = tr("The file %1 could not be used: %2. It could not be moved aside (%3), so it is left as it "
                            "is and nothing will be saved over it.")
                             .arg(name, reason, moveError);
    } else {
        //: %1 a file path, %2 why it is unusable, %3 the path it was renamed to
        result.message = tr("The file %1 could not be used: %2. It was kept as %3.")
                             .arg(name, reason, QDir::toNativeSeparators(result.movedTo));
    }
    return result;
}

#include "storage/verdictstore.h"

#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

#include <optional>

namespace {

const QLatin1String FileName("verdicts.json");
const QLatin1String VerdictsKey("verdicts");
const QLatin1String ChainIndexKey("chainIndex");
const QLatin1String ContractKey("tokenContractAddress");
const QLatin1String SymbolKey("symbol");
const QLatin1String VerdictKey("verdict");
const QLatin1String SpamText("spam");
const QLatin1String TrustedText("trusted");

/** Far more verdicts than anyone gives by hand; a longer list is damage. */
constexpr qsizetype MaxVerdicts = 100000;

VersionedJsonFile fileFor(const QString &path)
{
    return VersionedJsonFile(path, VerdictStore::FormatVersion, VersionedJsonFile::Access::Default,
                             VersionedJsonFile::OnCorrupt::Keep);
}

bool isChainIndex(const QString &text)
{
    return !text.isEmpty() && text.size() <= 20
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/** The entry @p value holds, or nothing when any field is missing or wrong. */
std::optional<TokenVerdictEntry> entryFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue chain = object.value(ChainIndexKey);
    const QJsonValue contract = object.value(ContractKey);
    const QJsonValue symbol = object.value(SymbolKey);
    const QString verdict = object.value(VerdictKey).toString();
    if (!chain.isString() || !isChainIndex(chain.toString()) || !contract.isString() || !symbol.isString()
        || (verdict != SpamText && verdict != TrustedText))
        return std::nullopt;
    return TokenVerdictEntry{chain.toString(), contract.toString(), symbol.toString(),
                             verdict == SpamText ? TokenVerdict::Spam : TokenVerdict::Trusted};
}

QJsonObject toJson(const TokenVerdictEntry &entry)
{
    return {{ChainIndexKey, entry.chainIndex},
            {ContractKey, entry.tokenContractAddress},
            {SymbolKey, entry.symbol},
            {VerdictKey, entry.verdict == TokenVerdict::Spam ? SpamText : TrustedText}};
}

} // namespace

VerdictStore::VerdictStore(QObject *parent)
    : VerdictStore(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation), parent)
{
}

VerdictStore::VerdictStore(const QString &directory, QObject *parent)
    : QObject(parent), m_filePath(QDir(directory).filePath(FileName))
{
}

QString VerdictStore::load()
{
    const VersionedJsonFile file = fileFor(m_filePath);
    VersionedJsonFile::LoadResult result = file.load();
    TokenVerdicts verdicts;
    if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
        const QJsonValue list = result.root.value(VerdictsKey);
        bool usable = list.isArray() && list.toArray().size() <= MaxVerdicts;
        for (const QJsonValue &value : list.toArray()) {
            const std::optional<TokenVerdictEntry> entry = usable ? entryFrom(value) : std::nullopt;
            usable = entry.has_value();
            if (!usable)
                break;
            verdicts.insert(*entry);
        }
        if (!usable) {
            // All or nothing: half of the user's verdicts would change totals as surely as none.
            verdicts = TokenVerdicts();
            result = file.rejectContent(tr("its list of verdicts is missing or holds an unusable entry"));
        }
    }

    QString notice;
    m_saveBlockedReason.clear();
    if (result.status == VersionedJsonFile::LoadResult::Status::Corrupt) {
        m_saveBlockedReason = result.message;
        //: %1 says what is wrong with the file and that it is kept as it is.
        notice = tr("Your token verdicts (spam and trusted tokens) could not be read, so none of them applies. %1")
                     .arg(result.message);
    }
    m_verdicts = std::move(verdicts);
    emit changed();
    return notice;
}

QString VerdictStore::setVerdict(const TokenAsset &asset, TokenVerdict verdict)
{
    TokenVerdicts changed = m_verdicts;
    changed.set(asset, verdict);
    return commit(changed);
}

QString VerdictStore::remove(const QString &chainIndex, const QString &tokenContractAddress)
{
    TokenVerdicts changed = m_verdicts;
    changed.remove(chainIndex, tokenContractAddress);
    return commit(changed);
}

QString VerdictStore::commit(const TokenVerdicts &verdicts)
{
    if (verdicts == m_verdicts)
        return {};
    if (!m_saveBlockedReason.isEmpty())
        return m_saveBlockedReason;
    QJsonArray list;
    for (const TokenVerdictEntry &entry : verdicts.entries())
        list.append(toJson(entry));
    QString error;
    if (!fileFor(m_filePath).save({{VerdictsKey, list}}, &error))
        //: %1 is why the file could not be written
        return tr("The token verdict could not be saved, so it was not applied: %1").arg(error);
    m_verdicts = verdicts;
    emit changed();
    return {};
}

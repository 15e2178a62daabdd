#include "storage/watchlist.h"

#include "api/addressvalidator.h"
#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QStandardPaths>

namespace {

const QLatin1String FileName("watchlist.json");
const QLatin1String AddressesKey("addresses");

bool isChainIndex(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

WatchList::WatchList(QObject *parent)
    : WatchList(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation), parent)
{
}

WatchList::WatchList(const QString &directory, QObject *parent)
    : QObject(parent), m_filePath(QDir(directory).filePath(FileName))
{
    m_retrySave.setSingleShot(true);
    m_retrySave.setInterval(RetrySaveMs);
    connect(&m_retrySave, &QTimer::timeout, this, &WatchList::autoSaveNow);
}

WatchList::~WatchList()
{
    // A last try for changes a full disk kept in memory only.
    if (m_unsaved)
        save(nullptr);
}

QString WatchList::filePath() const
{
    return m_filePath;
}

WatchList::LoadReport WatchList::load()
{
    const VersionedJsonFile file(m_filePath, FormatVersion);
    VersionedJsonFile::LoadResult result = file.load();

    QList<WatchedAddress> entries;
    if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
        const QJsonValue addresses = result.root.value(AddressesKey);
        QStringList problems;
        if (addresses.isArray())
            entries = readEntries(addresses.toArray(), &problems);
        if (!addresses.isArray()) {
            result = file.rejectContent(tr("it has no list of addresses"));
        } else if (!problems.isEmpty()) {
            // Keep what is good; the original, with the entries that were dropped, is moved aside.
            //: %n is a count, %1 the reasons joined by "; "
            result = file.rejectContent(tr("%n entries were unusable (%1)", nullptr, int(problems.size()))
                                            .arg(problems.join(QLatin1String("; "))));
        }
    }

    LoadReport report;
    m_saveBlockedReason.clear();
    if (result.status == VersionedJsonFile::LoadResult::Status::Corrupt) {
        report.ok = false;
        report.movedTo = result.movedTo;
        report.message = entries.isEmpty()
            ? tr("The watch list could not be loaded and starts empty. %1").arg(result.message)
            : tr("Some watched addresses could not be loaded; %n others were kept. %1", nullptr, int(entries.size()))
                  .arg(result.message);
        if (result.movedTo.isEmpty())
            m_saveBlockedReason = result.message;
    }

    m_entries = std::move(entries);
    m_unsaved = false;
    m_retrySave.stop();
    setUndoStack({});
    // The kept entries go back to disk at once: the original now lives under another name, and a
    // start without any change must not find an empty list.
    if (!report.ok && !m_entries.isEmpty() && m_saveBlockedReason.isEmpty()) {
        QString error;
        if (!save(&error))
            report.message += QLatin1Char(' ') + error;
    }
    emit reset();
    emit changed();
    return report;
}

QList<WatchedAddress> WatchList::readEntries(const QJsonArray &array, QStringList *problems)
{
    QList<WatchedAddress> entries;
    for (const QJsonValue &value : array) {
        QString problem;
        std::optional<WatchedAddress> entry = WatchedAddress::fromJson(value, &problem);
        const auto sameAsEntry = [&entry](const WatchedAddress &e) {
            return WatchedAddress::sameAddress(e.address, entry->address.trimmed());
        };
        if (!entry)
            problems->append(problem);
        else if (std::any_of(entries.cbegin(), entries.cend(), sameAsEntry))
            problems->append(tr("%1 is listed twice").arg(entry->address));
        else
            entries.append(normalized(std::move(*entry)));
    }
    return entries;
}

bool WatchList::save(QString *error)
{
    if (!m_saveBlockedReason.isEmpty()) {
        if (error)
            *error = m_saveBlockedReason;
        return false;
    }
    QJsonArray addresses;
    for (const WatchedAddress &entry : std::as_const(m_entries))
        addresses.append(entry.toJson());
    if (!VersionedJsonFile(m_filePath, FormatVersion).save({{AddressesKey, addresses}}, error))
        return false;
    if (m_unsaved) {
        m_unsaved = false;
        m_retrySave.stop();
        emit saveRecovered();
    }
    return true;
}

int WatchList::indexOf(const QString &address) const
{
    const QString key = WatchedAddress::comparisonKey(address.trimmed());
    for (int i = 0; i < m_entries.size(); ++i) {
        if (WatchedAddress::comparisonKey(m_entries.at(i).address) == key)
            return i;
    }
    return -1;
}

QString WatchList::checkEntry(const WatchedAddress &candidate)
{
    const WatchedAddress entry = normalized(candidate);
    if (entry.address.isEmpty())
        return tr("Enter an address.");
    if (entry.chainIndexes.isEmpty()) {
        // With no chain to check it against, the address is judged by its own form: what is wrong
        // with it comes before the missing chains (text of no known family has none to choose).
        const QString formProblem = AddressValidator::checkDetectedFamily(entry.address);
        return formProblem.isEmpty() ? tr("Choose at least one chain.") : formProblem;
    }
    for (const QString &chain : entry.chainIndexes) {
        if (!isChainIndex(chain))
            return tr("“%1” is not a chain index (a number such as 1 or 56).").arg(chain);
    }
    return AddressValidator::check(entry.address, entry.chainIndexes);
}

QString WatchList::validate(const WatchedAddress &candidate, int replacingIndex) const
{
    const QString problem = checkEntry(candidate);
    if (!problem.isEmpty())
        return problem;
    const int existing = indexOf(candidate.address);
    if (existing >= 0 && existing != replacingIndex)
        return duplicateProblem(candidate.address.trimmed(), existing);
    return {};
}

QString WatchList::duplicateProblem(const QString &address, int existing) const
{
    //: %1 is the address, %2 the label or address it is already listed under
    return tr("%1 is already in the watch list (as “%2”).").arg(address, m_entries.at(existing).displayName());
}

QString WatchList::add(const WatchedAddress &entry)
{
    const QString problem = validate(entry);
    if (!problem.isEmpty())
        return problem;
    m_entries.append(normalized(entry));
    emit added(int(m_entries.size()) - 1);
    finishChange();
    return {};
}

QString WatchList::addAll(const QList<WatchedAddress> &entries)
{
    // By key, not indexOf(): a paste or a file of thousands of lines stays linear.
    QHash<QString, int> listed;
    for (int i = 0; i < m_entries.size(); ++i)
        listed.insert(WatchedAddress::comparisonKey(m_entries.at(i).address), i);
    QList<WatchedAddress> fresh;
    fresh.reserve(entries.size());
    for (const WatchedAddress &candidate : entries) {
        const WatchedAddress entry = normalized(candidate);
        const QString problem = checkEntry(entry);
        if (!problem.isEmpty())
            return problem;
        const QString key = WatchedAddress::comparisonKey(entry.address);
        const int existing = listed.value(key, -1);
        if (existing >= m_entries.size())
            return tr("%1 is listed twice").arg(entry.address);
        if (existing >= 0)
            return duplicateProblem(entry.address, existing);
        listed.insert(key, int(m_entries.size() + fresh.size()));
        fresh.append(entry);
    }
    if (fresh.isEmpty())
        return {};
    const int first = int(m_entries.size());
    m_entries.append(fresh);
    for (int index = first; index < m_entries.size(); ++index)
        emit added(index);
    finishChange();
    return {};
}

QString WatchList::update(int index, const WatchedAddress &entry)
{
    if (index < 0 || index >= m_entries.size())
        return tr("There is no watched address number %1.").arg(index + 1);
    const QString problem = validate(entry, index);
    if (!problem.isEmpty())
        return problem;
    const WatchedAddress value = normalized(entry);
    if (value == m_entries.at(index))
        return {};
    m_entries[index] = value;
    emit updated(index);
    finishChange();
    return {};
}

bool WatchList::remove(int index)
{
    if (index < 0 || index >= m_entries.size())
        return false;
    const WatchedAddress entry = m_entries.takeAt(index);
    QList<Removal> stack = m_removed;
    stack.append({entry, index});
    setUndoStack(std::move(stack));
    emit removed(index, entry);
    finishChange();
    return true;
}

bool WatchList::move(int from, int to)
{
    if (from < 0 || from >= m_entries.size() || to < 0 || to >= m_entries.size())
        return false;
    if (from == to)
        return true;
    m_entries.move(from, to);
    emit moved(from, to);
    finishChange();
    return true;
}

QString WatchList::undoRemove()
{
    if (m_removed.isEmpty())
        return tr("There is nothing to undo.");
    const Removal last = m_removed.constLast();
    const QString problem = validate(last.entry);
    if (!problem.isEmpty())
        return problem;

    const int index = std::min(last.index, int(m_entries.size()));
    m_entries.insert(index, last.entry);
    QList<Removal> stack = m_removed;
    stack.removeLast();
    setUndoStack(std::move(stack));
    emit added(index);
    finishChange();
    return {};
}

WatchedAddress WatchList::normalized(WatchedAddress entry)
{
    entry.address = entry.address.trimmed();
    entry.label = entry.label.trimmed();
    for (QString &chain : entry.chainIndexes)
        chain = chain.trimmed();
    entry.chainIndexes.removeDuplicates();
    return entry;
}

void WatchList::finishChange()
{
    emit changed();
    if (m_autoSave)
        autoSaveNow();
}

void WatchList::autoSaveNow()
{
    m_retrySave.stop();
    QString error;
    if (save(&error))
        return;
    const bool firstFailure = !m_unsaved;
    m_unsaved = true;
    m_retrySave.start();
    if (firstFailure)
        emit saveFailed(error);
}

void WatchList::setUndoStack(QList<Removal> stack)
{
    const bool couldUndo = canUndoRemove();
    m_removed = std::move(stack);
    if (couldUndo != canUndoRemove())
        emit canUndoRemoveChanged(canUndoRemove());
}

#pragma once

#include "storage/watchedaddress.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

/**
 * The addresses the user watches, in the user's order, kept in a versioned JSON file
 * (watchlist.json under QStandardPaths::AppConfigLocation, or an injected folder).
 *
 * Every change is validated first: the address must suit the family of each of its chains
 * (AddressValidator), at least one chain is needed, and an address already in the list is refused
 * (EVM without regard to case). A removal can be undone, back to its old place. Each change emits
 * one specific signal plus changed(); with autoSave on (the window), each change is also written
 * at once, and a failed write (a full disk) is reported through saveFailed(): the list in memory
 * is kept, the file on disk stays as it was, and the write is tried again every RetrySaveMs until
 * it succeeds (and at the next change, and when the list is destroyed).
 */
class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    /** The only file format this code reads and writes. */
    static constexpr int FormatVersion = 1;
    /** How long after a failed automatic save it is tried again. */
    static constexpr int RetrySaveMs = 30'000;

    /** What load() found, for the window's notice or the command line's stderr. */
    struct LoadReport
    {
        /** False when the file was unusable (it was moved aside, or left alone and saving is blocked). */
        bool ok = true;
        /** Translated; empty when everything loaded. Also set when only some entries were unusable. */
        QString message;
        /** Where the unusable file went, or empty. */
        QString movedTo;
    };

    /** Uses QStandardPaths::AppConfigLocation. */
    explicit WatchList(QObject *parent = nullptr);
    /** Keeps the file in @p directory instead (tests; a portable set-up). */
    explicit WatchList(const QString &directory, QObject *parent = nullptr);
    ~WatchList() override;

    /** The file the list lives in. */
    QString filePath() const;

    /**
     * Replaces the list with the file's content. A missing file is an empty list. A file that cannot
     * be read or parsed, or has another version, is moved aside and the list starts empty; entries
     * that are individually unusable are dropped, the others kept and saved at once, and the
     * original file is moved aside so the dropped ones stay recoverable. Emits reset().
     */
    LoadReport load();
    /**
     * Writes the list atomically; false with @p error (translated) on failure. A success after a
     * failed automatic save emits saveRecovered().
     */
    bool save(QString *error = nullptr);

    /** Whether every change is written at once (default off). */
    bool autoSave() const { return m_autoSave; }
    /** Whether an automatic save failed and the list in memory is newer than the file. */
    bool hasUnsavedChanges() const { return m_unsaved; }
    void setAutoSave(bool enabled) { m_autoSave = enabled; }

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<WatchedAddress> &entries() const { return m_entries; }
    const WatchedAddress &at(int index) const { return m_entries.at(index); }
    /** The index of @p address (EVM without case), or -1. */
    int indexOf(const QString &address) const;

    /**
     * Empty when @p entry may be stored at @p replacingIndex (-1: as a new entry), otherwise a
     * translated reason for the user: the address's format, missing chains, or a duplicate.
     */
    QString validate(const WatchedAddress &entry, int replacingIndex = -1) const;
    /**
     * The part of validate() that needs no list: empty when @p entry (trimmed) has an address of
     * the form its chains need and at least one chain, otherwise the translated reason.
     */
    static QString checkEntry(const WatchedAddress &entry);

    /**
     * Appends @p entry (address and label trimmed) after validate(); returns the reason and changes
     * nothing when it is refused.
     */
    QString add(const WatchedAddress &entry);
    /**
     * Appends @p entries in one step: one changed() and, with autoSave on, one save. Each must pass
     * validate() against the list and the entries before it; otherwise nothing is added and the
     * first reason is returned.
     */
    QString addAll(const QList<WatchedAddress> &entries);
    /** Replaces the entry at @p index; same rules as add(). */
    QString update(int index, const WatchedAddress &entry);
    /** Removes the entry at @p index and remembers it for undoRemove(). False for a bad index. */
    bool remove(int index);
    /** Moves the entry at @p from to @p to. False for bad indexes. */
    bool move(int from, int to);

    /** Whether a removal can be undone. */
    bool canUndoRemove() const { return !m_removed.isEmpty(); }
    /** The entry undoRemove() would bring back. Only valid when canUndoRemove(). */
    const WatchedAddress &lastRemoved() const { return m_removed.constLast().entry; }
    /**
     * Puts the most recently removed entry back at its old place (or the end, when the list has
     * shrunk since). Refused, with the reason, if the address has been added again meanwhile.
     */
    QString undoRemove();

signals:
    /** The list was replaced wholesale (load()). */
    void reset();
    void added(int index);
    void updated(int index);
    void removed(int index, const WatchedAddress &entry);
    void moved(int from, int to);
    /** After any change, including reset(). */
    void changed();
    void canUndoRemoveChanged(bool canUndo);
    /** An automatic save failed; the list in memory is intact. @p error is translated. */
    void saveFailed(const QString &error);
    /** An automatic save succeeded after saveFailed(): the file holds the list again. */
    void saveRecovered();

private:
    struct Removal
    {
        WatchedAddress entry;
        int index = 0;
    };

    static WatchedAddress normalized(WatchedAddress entry);
    /** Why @p address cannot be added: it is the entry at @p existing already. */
    QString duplicateProblem(const QString &address, int existing) const;
    /** The usable entries of @p array, in order; a reason per dropped entry goes to @p problems. */
    static QList<WatchedAddress> readEntries(const QJsonArray &array, QStringList *problems);
    void finishChange();
    /** The automatic save: on failure, reports it (once for a run of failures) and tries again later. */
    void autoSaveNow();
    void setUndoStack(QList<Removal> stack);

    QString m_filePath;
    QList<WatchedAddress> m_entries;
    QList<Removal> m_removed;
    bool m_autoSave = false;
    /** Set while an automatic save has failed and not yet succeeded; m_retrySave then runs. */
    bool m_unsaved = false;
    QTimer m_retrySave;
    /** Set when a bad file could not be moved aside: saving would destroy it. */
    QString m_saveBlockedReason;
};

#pragma once

#include "api/tokenasset.h"
#include "money/usdcnyrate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlError;
class QSqlQuery;

/** The holdings of one address at one good refresh: what the value history records and gives back. */
struct RecordedHoldings
{
    /** When the API answered (UTC, millisecond precision). */
    QDateTime time;
    /** The address as watched. */
    QString address;
    /** The user's label when recorded; read back, the latest label recorded for the address. */
    QString label;
    /** The chains fetched. */
    QStringList chainIndexes;
    /** Every holding as the API gave it (risk tokens included), the strings verbatim. */
    QList<TokenAsset> assets;
    /**
     * The USD/CNY rate known at that refresh, with its own time; nothing when none was known (and for
     * every refresh recorded before the history kept rates): such a refresh has no CNY value.
     */
    std::optional<UsdCnyRate> usdCny;

    /** The exact USD total under OKX's flags alone (TokenVerdicts::totalUsd() with no verdicts). */
    Decimal totalUsd() const;
};

/** The exact total of one address at one recorded refresh. */
struct HistoryPoint
{
    QDateTime time;
    QString address;
    QString label;
    /** RecordedHoldings::totalUsd() of that refresh. */
    Decimal totalUsd;
    /** The rate recorded with that refresh, or nothing. */
    std::optional<UsdCnyRate> usdCny;

    /** The exact total in CNY at that refresh's own rate; nothing when it recorded none (never today's rate). */
    std::optional<Decimal> totalCny() const;
};

/** An address the history holds records of, with the latest label recorded for it. */
struct HistoryAddress
{
    QString address;
    QString label;
};

/** Which records a read returns: an address (or all), between two times (both ends included). */
struct HistoryRange
{
    /** One address (EVM addresses without regard to case), or every address when empty. */
    QString address;
    /** The earliest and latest time; an invalid time leaves that end open. */
    QDateTime since;
    QDateTime until;
};

/**
 * The value history: every good refresh of every address (its exact total and its holdings, with
 * the time), in one SQLite database through Qt SQL, history.sqlite under
 * QStandardPaths::AppDataLocation (or an injected path), readable by the owner only.
 *
 * Each refresh is recorded as one transaction (WAL journal, synchronous=FULL): a crash, a kill or
 * a full disk loses at most the refresh in flight, never the file. Holdings identical to ones recorded before
 * (an address whose balances and prices did not change) are stored once and referred to, so such a
 * refresh costs one small row.
 *
 * The schema is versioned (PRAGMA user_version = SchemaVersion, application_id marks the file as
 * ours). A file that is not a database, is damaged (PRAGMA quick_check before the first write),
 * belongs to something else or to a newer version is never written, moved or deleted: every call
 * fails with errorString() saying so and what to do, and the rest of the app goes on without the
 * history. A missing file reads as an empty history; reading never creates it.
 *
 * Version 2 adds the USD/CNY rate of each refresh. A version-1 file is read as it is (its refreshes
 * have no rate), and upgraded before the first write, in one transaction: all of the upgrade or,
 * when it fails, none of it, and the file is then left as it was, reported like a damaged one.
 * The rates of version-1 refreshes stay unknown: no rate of another day is ever put in their place.
 *
 * Values read back go through the same checks as the API's (AssetAmounts), so a hand-edited file
 * cannot inject what a reply could not.
 *
 * A ValueHistory is used from one thread (Qt SQL's rule for a connection); ValueHistoryWorker
 * runs one in a thread of its own for the window. Every call returns false (or nothing) on failure,
 * with errorString() set; the read calls hand records to @p visit oldest first.
 */
class ValueHistory final
{
    Q_DECLARE_TR_FUNCTIONS(ValueHistory)
    Q_DISABLE_COPY_MOVE(ValueHistory)

public:
    /** PRAGMA user_version of the files this version writes (and reads, with the earlier ones it upgrades). */
    static constexpr int SchemaVersion = 2;

    /** history.sqlite under QStandardPaths::AppDataLocation. */
    static QString defaultFilePath();

    explicit ValueHistory(QString filePath = defaultFilePath());
    ~ValueHistory();

    const QString &filePath() const { return m_filePath; }
    /** One translated sentence about the latest failure. */
    const QString &errorString() const { return m_error; }

    /**
     * Records one refresh, of one address or several (@p refresh), as one transaction: all of it
     * or, on failure, nothing. Creates the file when there is none.
     */
    bool record(const QList<RecordedHoldings> &refresh);

    /** Every address recorded, in the order of their first record. */
    bool readAddresses(QList<HistoryAddress> *addresses);
    /** The totals in @p range, oldest first (records of one time in the order they were made). */
    bool readTotals(const HistoryRange &range, const std::function<void(const HistoryPoint &)> &visit);
    /** The holdings in @p range, oldest first, as readTotals() orders them. */
    bool readHoldings(const HistoryRange &range, const std::function<void(const RecordedHoldings &)> &visit);
    /**
     * The latest total of @p address (recorded at or before @p until, when valid): nothing in
     * @p latest when none is recorded.
     */
    bool readLatestTotal(const QString &address, std::optional<HistoryPoint> *latest, const QDateTime &until = {});
    /** The last holdings of @p address recorded at or before @p time: nothing in @p found when none. */
    bool readHoldingsAt(const QString &address, const QDateTime &time, std::optional<RecordedHoldings> *found);

private:
    enum class Access { Read, Write };
    enum class Opened {
        Yes,     ///< the connection is open for the access asked
        NoFile,  ///< reading, and there is no file yet: an empty history
        Failed,  ///< errorString() says why
    };

    /** Opens (or reopens for writing) the connection and checks the file before any use. */
    Opened open(Access access);
    /** open()'s work: connects and checks; the connection is left for open() to close on failure. */
    Opened connect(Access access);
    /** Checks that the open file is an empty database or a value history this version reads. */
    bool checkFile(Access access);
    bool createSchema();
    /** Upgrades the open version-1 file to SchemaVersion in one transaction; on failure, unusable(). */
    bool upgradeFromVersion1();
    /**
     * Runs the records in @p range ordered by time (@p newestFirst: only the newest) and hands each
     * row to @p visit, until it returns false; false when the file cannot be read or @p visit failed.
     */
    bool select(const HistoryRange &range, bool newestFirst, const std::function<bool(const QSqlQuery &)> &visit);
    /** The total of the row @p query is on; nothing (errorString() set) when its value is unusable. */
    std::optional<HistoryPoint> pointAt(const QSqlQuery &query);
    /**
     * The rate recorded in the row @p query is on into @p rate (nothing when none was recorded); false
     * with errorString() set when it is unusable.
     */
    bool rateAt(const QSqlQuery &query, std::optional<UsdCnyRate> *rate);
    /** Reads the holdings of @p holdingsId; false when a value is unusable. */
    bool readAssets(qint64 holdingsId, QList<TokenAsset> *assets);
    /** Adds the rows of @p holdings to the transaction in progress. */
    bool insert(const RecordedHoldings &holdings);
    /** The row id of @p holdings in the file, adding them when the same holdings are not there yet. */
    bool storeHoldings(const RecordedHoldings &holdings, qint64 *holdingsId);
    /** Sets the error of a file that must not be used in this session: it stays as it is. */
    bool unusable(const QString &reason);
    /** Sets the error of a failed operation on a usable file. */
    bool failed(const QString &reason);
    /** failed() for a write, with the system's reason for an I/O error (a full disk). */
    bool writeFailed(const QSqlError &error);
    void close();

    QString m_filePath;
    QString m_connectionName;
    std::optional<Access> m_access;
    /** The schema version of the open file. */
    int m_fileVersion = SchemaVersion;
    /** Why the file must not be touched; once set, every call fails with it. */
    QString m_unusableReason;
    QString m_error;
};

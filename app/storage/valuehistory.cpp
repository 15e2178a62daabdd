#include "storage/valuehistory.h"

#include "api/assetamounts.h"
#include "storage/tokenverdicts.h"
#include "storage/watchedaddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

#include <sqlite3.h>

namespace {

/** PRAGMA application_id of the app's history files: "OKXH". */
constexpr int ApplicationId = 0x4F4B5848;

// One statement per element: QSqlQuery runs one at a time. Amounts and times are kept as the
// exact texts and integers they are; token rows are stored once per distinct holdings.
// The schema of version 1, as it was released: a new file is made by it and the upgrades below, so a
// new file and an upgraded one cannot differ.
const char *const Version1Schema[] = {
    "CREATE TABLE addresses ("
    " id INTEGER PRIMARY KEY,"
    " address_key TEXT NOT NULL UNIQUE," // WatchedAddress::comparisonKey()
    " address TEXT NOT NULL,"
    " label TEXT NOT NULL)",
    "CREATE TABLE holdings ("
    " id INTEGER PRIMARY KEY,"
    " digest BLOB NOT NULL UNIQUE," // SHA-256 of the chains and every token row, in order
    " chains TEXT NOT NULL)",       // chain indexes, comma-separated
    "CREATE TABLE tokens ("
    " holdings_id INTEGER NOT NULL REFERENCES holdings (id),"
    " position INTEGER NOT NULL,"
    " chain_index TEXT NOT NULL,"
    " contract TEXT NOT NULL,"
    " owner TEXT NOT NULL,"
    " symbol TEXT NOT NULL,"
    " balance TEXT NOT NULL,"
    " raw_balance TEXT NOT NULL,"
    " price TEXT NOT NULL,"
    " is_risk INTEGER NOT NULL,"
    " PRIMARY KEY (holdings_id, position)) WITHOUT ROWID",
    "CREATE TABLE refreshes ("
    " id INTEGER PRIMARY KEY,"
    " address_id INTEGER NOT NULL REFERENCES addresses (id),"
    " time_ms INTEGER NOT NULL," // milliseconds since 1970-01-01T00:00:00Z
    " total_usd TEXT NOT NULL,"  // exact, plain notation
    " holdings_id INTEGER NOT NULL REFERENCES holdings (id))",
    "CREATE INDEX refreshes_by_address ON refreshes (address_id, time_ms)",
    "CREATE INDEX refreshes_by_time ON refreshes (time_ms)",
};

// Version 2: the USD/CNY rate known at each refresh, exact in plain notation, and the time it was
// fetched; both NULL when none was known, as for every refresh of version 1.
const char *const Version2Upgrade[] = {
    "ALTER TABLE refreshes ADD COLUMN usd_cny TEXT",
    "ALTER TABLE refreshes ADD COLUMN usd_cny_time_ms INTEGER",
};

enum Column {
    TimeColumn,
    AddressColumn,
    LabelColumn,
    TotalColumn,
    AddressIdColumn,
    HoldingsIdColumn,
    ChainsColumn,
    RateColumn,
    RateTimeColumn,
};

/** The columns every read selects, in Column's order, from a file of schema @p version. */
QString recordColumns(int version)
{
    // A version-1 file read as it is (reading never upgrades it): none of its refreshes has a rate.
    return QLatin1String("r.time_ms, a.address, a.label, r.total_usd, r.address_id, r.holdings_id, h.chains, ")
        + (version >= 2 ? QLatin1String("r.usd_cny, r.usd_cny_time_ms") : QLatin1String("NULL, NULL"));
}

QString connectionName()
{
    static std::atomic<int> next{0};
    return QStringLiteral("okx-value-history-%1").arg(next++);
}

QByteArray holdingsDigest(const RecordedHoldings &holdings)
{
    // Each field with its length first, so no two different holdings can run together alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        const quint32 size = quint32(bytes.size());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(bytes);
    };
    add(holdings.chainIndexes.join(u','));
    for (const TokenAsset &asset : holdings.assets) {
        for (const QString *field : {&asset.chainIndex, &asset.tokenContractAddress, &asset.address, &asset.symbol,
                                     &asset.balanceText, &asset.rawBalance, &asset.tokenPriceText})
            add(*field);
        add(asset.isRiskToken ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return hash.result();
}

QDateTime timeOf(const QSqlQuery &query)
{
    return QDateTime::fromMSecsSinceEpoch(query.value(TimeColumn).toLongLong(), Qt::UTC);
}

RecordedHoldings holdingsOf(const QSqlQuery &query, QList<TokenAsset> assets, std::optional<UsdCnyRate> usdCny)
{
    const QString chains = query.value(ChainsColumn).toString();
    return {timeOf(query), query.value(AddressColumn).toString(), query.value(LabelColumn).toString(),
            chains.isEmpty() ? QStringList() : chains.split(u','), std::move(assets), std::move(usdCny)};
}

/** @p value as a bound text: Qt SQL binds a null QString as NULL, and "" is a value here (a native coin's contract). */
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString sqlReason(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

/**
 * @p error's reason, with the system's when it is an I/O failure: SQLite says "disk I/O error"
 * where the system says "No space left on device" or "File too large".
 */
QString ioReason(const QSqlDatabase &db, const QSqlError &error)
{
    // Asked of the connection before anything else runs on it (a rollback clears its error).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection =
        qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    // Extended result codes are on (Qt turns them on): the primary code is the low byte.
    const int code = connection ? sqlite3_errcode(connection) & 0xff : SQLITE_OK;
    const int systemError = code == SQLITE_IOERR || code == SQLITE_FULL ? sqlite3_system_errno(connection) : 0;
    return systemError ? QStringLiteral("%1 (%2)").arg(sqlReason(error), qt_error_string(systemError)) : sqlReason(error);
}

} // namespace

Decimal RecordedHoldings::totalUsd() const
{
    // OKX's flags, not the user's verdicts: the history records what OKX said.
    return TokenVerdicts().totalUsd(assets);
}

std::optional<Decimal> HistoryPoint::totalCny() const
{
    return usdCny ? std::optional<Decimal>(usdCny->toCny(totalUsd)) : std::nullopt;
}

QString ValueHistory::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("history.sqlite"));
}

ValueHistory::ValueHistory(QString filePath) : m_filePath(std::move(filePath)), m_connectionName(connectionName())
{
}

ValueHistory::~ValueHistory()
{
    close();
}

void ValueHistory::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_access.reset();
}

bool ValueHistory::unusable(const QString &reason)
{
    //: %1 is a file, %2 what is wrong with it
    m_unusableReason = tr("The value history %1 cannot be used: %2. It is left as it is; move it elsewhere to start "
                          "a new history.")
                           .arg(QDir::toNativeSeparators(m_filePath), reason);
    m_error = m_unusableReason;
    return false;
}

bool ValueHistory::failed(const QString &reason)
{
    //: %1 is a file, %2 the database's reason
    m_error = tr("The value history %1 could not be read or written: %2.").arg(QDir::toNativeSeparators(m_filePath), reason);
    return false;
}

bool ValueHistory::writeFailed(const QSqlError &error)
{
    return failed(ioReason(QSqlDatabase::database(m_connectionName, false), error));
}

ValueHistory::Opened ValueHistory::open(Access access)
{
    if (!m_unusableReason.isEmpty()) {
        m_error = m_unusableReason;
        return Opened::Failed;
    }
    if (m_access && (*m_access == Access::Write || access == Access::Read))
        return Opened::Yes;
    close();
    // SQLite makes its -wal and -shm files beside a file in WAL mode as it opens it, even to find
    // it unusable: those it made then are removed again, so the file is found exactly as it was.
    QStringList sideFiles;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString sideFile = m_filePath + QLatin1String(suffix);
        if (!QFileInfo::exists(sideFile))
            sideFiles.append(sideFile);
    }
    const Opened opened = connect(access);
    // Here, where none of the connection's queries is left: Qt SQL removes a connection only then.
    if (opened != Opened::Yes)
        close();
    if (!m_unusableReason.isEmpty()) {
        for (const QString &sideFile : std::as_const(sideFiles))
            QFile::remove(sideFile);
    }
    return opened;
}

ValueHistory::Opened ValueHistory::connect(Access access)
{
    const bool exists = QFileInfo::exists(m_filePath);
    if (access == Access::Read && !exists)
        return Opened::NoFile;
    if (!exists) {
        const QString folder = QFileInfo(m_filePath).absolutePath();
        // Balances are private: the file is the owner's only from its first byte (SQLite gives its
        // journal files the same permissions).
        QFile file(m_filePath);
        if (!QDir().mkpath(folder)
            || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            failed(file.errorString());
            return Opened::Failed;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        //: Keep the package name
        unusable(tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)"));
        return Opened::Failed;
    }
    db.setDatabaseName(m_filePath);
    // Reading never writes; a writer in another process (the window, a timer's refresh) is waited for.
    db.setConnectOptions(access == Access::Read ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        failed(sqlReason(db.lastError()));
        return Opened::Failed;
    }
    m_access = access;

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        unusable(sqlReason(query.lastError()));
        return Opened::Failed;
    }
    const bool empty = query.value(0).toInt() == 0;
    // A statement still open would keep a transaction open, in which the journal mode cannot change.
    query.finish();
    if (empty && access == Access::Read)
        return Opened::NoFile;
    if (empty)
        return createSchema() ? Opened::Yes : Opened::Failed;
    return checkFile(access) ? Opened::Yes : Opened::Failed;
}

bool ValueHistory::checkFile(Access access)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const auto pragma = [&query](const char *name) {
        const QVariant value =
            query.exec(QLatin1String("PRAGMA ") + QLatin1String(name)) && query.next() ? query.value(0) : QVariant();
        query.finish();
        return value;
    };
    const QVariant applicationId = pragma("application_id");
    const QVariant version = pragma("user_version");
    if (!applicationId.isValid() || !version.isValid())
        return unusable(sqlReason(query.lastError()));
    if (applicationId.toInt() != ApplicationId)
        return unusable(tr("it is not a value history of this app"));
    if (version.toInt() > SchemaVersion) {
        return unusable(tr("it was written by a newer version of the app (schema %1; this version reads %2)")
                            .arg(version.toInt())
                            .arg(SchemaVersion));
    }
    if (version.toInt() < 1)
        return unusable(tr("its schema version %1 is not supported (expected %2)").arg(version.toInt()).arg(SchemaVersion));
    m_fileVersion = version.toInt();
    if (access == Access::Read)
        return true;

    // Before the first write: SQLite would go on writing into a damaged file.
    const QVariant check = pragma("quick_check");
    if (check.toString() != QLatin1String("ok"))
        return unusable(tr("it is damaged (%1)").arg(check.isValid() ? check.toString() : sqlReason(query.lastError())));
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return unusable(sqlReason(query.lastError()));
    query.finish();
    // Upgraded before the journal mode is set, so a file that cannot be upgraded stays byte for byte as it was.
    if (m_fileVersion == 1 && !upgradeFromVersion1())
        return false;
    if (pragma("journal_mode = WAL").toString() != QLatin1String("wal"))
        return unusable(sqlReason(query.lastError()));
    return true;
}

bool ValueHistory::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // The journal mode cannot change inside a transaction; the file is empty, so nothing is lost.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !db.transaction())
        return failed(sqlReason(query.lastError()));
    QStringList statements;
    for (const char *statement : Version1Schema)
        statements.append(QLatin1String(statement));
    for (const char *statement : Version2Upgrade)
        statements.append(QLatin1String(statement));
    statements.append(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString reason = sqlReason(query.lastError());
            db.rollback();
            return failed(reason);
        }
    }
    if (!db.commit())
        return failed(sqlReason(db.lastError()));
    m_fileVersion = SchemaVersion;
    return true;
}

bool ValueHistory::upgradeFromVersion1()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!db.transaction())
        return unusable(tr("it could not be upgraded to schema %1 (%2)").arg(SchemaVersion).arg(sqlReason(db.lastError())));
    QStringList statements;
    for (const char *statement : Version2Upgrade)
        statements.append(QLatin1String(statement));
    // In the same transaction: the version says what the file holds, never more or less.
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString reason = ioReason(db, query.lastError());
            query.finish();
            db.rollback();
            //: %1 is a schema version, %2 the database's reason
            return unusable(tr("it could not be upgraded to schema %1 (%2)").arg(SchemaVersion).arg(reason));
        }
    }
    if (!db.commit()) {
        const QString reason = ioReason(db, db.lastError());
        db.rollback();
        return unusable(tr("it could not be upgraded to schema %1 (%2)").arg(SchemaVersion).arg(reason));
    }
    m_fileVersion = SchemaVersion;
    return true;
}

bool ValueHistory::record(const QList<RecordedHoldings> &refresh)
{
    if (open(Access::Write) != Opened::Yes)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return writeFailed(db.lastError());
    for (const RecordedHoldings &holdings : refresh) {
        if (!insert(holdings)) {
            db.rollback();
            return false;
        }
    }
    if (db.commit())
        return true;
    writeFailed(db.lastError());
    db.rollback();
    return false;
}

bool ValueHistory::insert(const RecordedHoldings &holdings)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The latest label and spelling of the address are the ones shown for all its records.
    query.prepare(QStringLiteral("INSERT INTO addresses (address_key, address, label) VALUES (?, ?, ?) "
                                 "ON CONFLICT (address_key) DO UPDATE SET address = excluded.address, label = excluded.label"));
    const QString key = WatchedAddress::comparisonKey(holdings.address);
    query.addBindValue(key);
    query.addBindValue(notNull(holdings.address));
    query.addBindValue(notNull(holdings.label));
    if (!query.exec())
        return writeFailed(query.lastError());
    query.prepare(QStringLiteral("SELECT id FROM addresses WHERE address_key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return writeFailed(query.lastError());
    const qint64 addressId = query.value(0).toLongLong();
    qint64 holdingsId = 0;
    if (!storeHoldings(holdings, &holdingsId))
        return false;
    query.prepare(QStringLiteral("INSERT INTO refreshes (address_id, time_ms, total_usd, holdings_id, usd_cny, "
                                 "usd_cny_time_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(addressId);
    query.addBindValue(holdings.time.toMSecsSinceEpoch());
    query.addBindValue(holdings.totalUsd().toPlainString());
    query.addBindValue(holdingsId);
    // No rate known: NULL, never a rate of another time.
    const std::optional<UsdCnyRate> &rate = holdings.usdCny;
    query.addBindValue(rate ? QVariant(rate->text()) : QVariant());
    query.addBindValue(rate ? QVariant(rate->time().toMSecsSinceEpoch()) : QVariant());
    return query.exec() || writeFailed(query.lastError());
}

bool ValueHistory::storeHoldings(const RecordedHoldings &holdings, qint64 *holdingsId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QByteArray digest = holdingsDigest(holdings);
    query.prepare(QStringLiteral("SELECT id FROM holdings WHERE digest = ?"));
    query.addBindValue(digest);
    if (!query.exec())
        return writeFailed(query.lastError());
    if (query.next()) {
        *holdingsId = query.value(0).toLongLong();
        return true;
    }
    query.prepare(QStringLiteral("INSERT INTO holdings (digest, chains) VALUES (?, ?)"));
    query.addBindValue(digest);
    query.addBindValue(notNull(holdings.chainIndexes.join(u',')));
    if (!query.exec())
        return writeFailed(query.lastError());
    *holdingsId = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("INSERT INTO tokens (holdings_id, position, chain_index, contract, owner, symbol, "
                                 "balance, raw_balance, price, is_risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < holdings.assets.size(); ++i) {
        const TokenAsset &asset = holdings.assets.at(i);
        query.bindValue(0, *holdingsId);
        query.bindValue(1, qint64(i));
        query.bindValue(2, notNull(asset.chainIndex));
        query.bindValue(3, notNull(asset.tokenContractAddress));
        query.bindValue(4, notNull(asset.address));
        query.bindValue(5, notNull(asset.symbol));
        query.bindValue(6, notNull(asset.balanceText));
        query.bindValue(7, notNull(asset.rawBalance));
        query.bindValue(8, notNull(asset.tokenPriceText));
        query.bindValue(9, asset.isRiskToken ? 1 : 0);
        if (!query.exec())
            return writeFailed(query.lastError());
    }
    return true;
}

bool ValueHistory::readAssets(qint64 holdingsId, QList<TokenAsset> *assets)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT chain_index, contract, owner, symbol, balance, raw_balance, price, is_risk "
                                 "FROM tokens WHERE holdings_id = ? ORDER BY position"));
    query.addBindValue(holdingsId);
    if (!query.exec())
        return failed(sqlReason(query.lastError()));
    assets->clear();
    while (query.next()) {
        TokenAsset asset;
        asset.chainIndex = query.value(0).toString();
        asset.tokenContractAddress = query.value(1).toString();
        asset.address = query.value(2).toString();
        asset.symbol = query.value(3).toString();
        asset.balanceText = query.value(4).toString();
        asset.rawBalance = query.value(5).toString();
        asset.tokenPriceText = query.value(6).toString();
        asset.isRiskToken = query.value(7).toInt() != 0;
        // A file is no more trusted than the server: the API's rule for amounts.
        QString reason;
        if (const char *field = AssetAmounts::read(asset, &reason)) {
            //: %1 is a field name (balance, tokenPrice), %2 why its value is refused
            return failed(tr("a recorded %1 is unusable: %2").arg(QLatin1String(field), reason));
        }
        assets->append(std::move(asset));
    }
    return query.lastError().isValid() ? failed(sqlReason(query.lastError())) : true;
}

bool ValueHistory::select(const HistoryRange &range, bool newestFirst, const std::function<bool(const QSqlQuery &)> &visit)
{
    const Opened opened = open(Access::Read);
    if (opened != Opened::Yes)
        return opened == Opened::NoFile;
    QStringList conditions;
    if (!range.address.isEmpty())
        conditions.append(QStringLiteral("a.address_key = :key"));
    if (range.since.isValid())
        conditions.append(QStringLiteral("r.time_ms >= :since"));
    if (range.until.isValid())
        conditions.append(QStringLiteral("r.time_ms <= :until"));
    QString sql = QLatin1String("SELECT ") + recordColumns(m_fileVersion)
        + QLatin1String(" FROM refreshes r JOIN addresses a ON a.id = r.address_id JOIN holdings h ON h.id = r.holdings_id");
    if (!conditions.isEmpty())
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += newestFirst ? QLatin1String(" ORDER BY r.time_ms DESC, r.id DESC LIMIT 1")
                       : QLatin1String(" ORDER BY r.time_ms, r.id");

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!range.address.isEmpty())
        query.bindValue(QStringLiteral(":key"), WatchedAddress::comparisonKey(range.address.trimmed()));
    if (range.since.isValid())
        query.bindValue(QStringLiteral(":since"), range.since.toMSecsSinceEpoch());
    if (range.until.isValid())
        query.bindValue(QStringLiteral(":until"), range.until.toMSecsSinceEpoch());
    if (!query.exec())
        return failed(sqlReason(query.lastError()));
    while (query.next()) {
        if (!visit(query))
            return false;
    }
    return query.lastError().isValid() ? failed(sqlReason(query.lastError())) : true;
}

bool ValueHistory::readAddresses(QList<HistoryAddress> *addresses)
{
    addresses->clear();
    const Opened opened = open(Access::Read);
    if (opened != Opened::Yes)
        return opened == Opened::NoFile;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT address, label FROM addresses ORDER BY id")))
        return failed(sqlReason(query.lastError()));
    while (query.next())
        addresses->append({query.value(0).toString(), query.value(1).toString()});
    return query.lastError().isValid() ? failed(sqlReason(query.lastError())) : true;
}

bool ValueHistory::rateAt(const QSqlQuery &query, std::optional<UsdCnyRate> *rate)
{
    rate->reset();
    const QVariant text = query.value(RateColumn);
    const QVariant time = query.value(RateTimeColumn);
    if (text.isNull() && time.isNull())
        return true;
    // A file is no more trusted than the server: the API's rule for a rate.
    QString reason = tr("the rate or its time is missing");
    bool timeIsNumber = false;
    const qint64 timeMs = time.toLongLong(&timeIsNumber);
    if (!text.isNull() && timeIsNumber)
        *rate = UsdCnyRate::fromText(text.toString(), QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC), &reason);
    //: %1 is why the rate is refused
    return rate->has_value() || failed(tr("a recorded USD/CNY rate is unusable: %1").arg(reason));
}

std::optional<HistoryPoint> ValueHistory::pointAt(const QSqlQuery &query)
{
    const QString text = query.value(TotalColumn).toString();
    QString reason;
    const std::optional<Decimal> total = Decimal::parse(text, &reason);
    if (!total) {
        //: %1 is why the value is refused
        failed(tr("a recorded total is unusable: %1").arg(reason));
        return std::nullopt;
    }
    std::optional<UsdCnyRate> rate;
    if (!rateAt(query, &rate))
        return std::nullopt;
    return HistoryPoint{timeOf(query), query.value(AddressColumn).toString(), query.value(LabelColumn).toString(), *total,
                        std::move(rate)};
}

bool ValueHistory::readTotals(const HistoryRange &range, const std::function<void(const HistoryPoint &)> &visit)
{
    return select(range, false, [this, &visit](const QSqlQuery &query) {
        const std::optional<HistoryPoint> point = pointAt(query);
        if (point)
            visit(*point);
        return point.has_value();
    });
}

bool ValueHistory::readLatestTotal(const QString &address, std::optional<HistoryPoint> *latest, const QDateTime &until)
{
    latest->reset();
    return select({address, {}, until}, true, [this, latest](const QSqlQuery &query) {
        *latest = pointAt(query);
        return latest->has_value();
    });
}

bool ValueHistory::readHoldings(const HistoryRange &range, const std::function<void(const RecordedHoldings &)> &visit)
{
    // Holdings that did not change are stored once: each address's latest are kept, not read again.
    QHash<qint64, std::pair<qint64, QList<TokenAsset>>> latestByAddress;
    return select(range, false, [this, &visit, &latestByAddress](const QSqlQuery &query) {
        const qint64 holdingsId = query.value(HoldingsIdColumn).toLongLong();
        auto &[cachedId, assets] = latestByAddress[query.value(AddressIdColumn).toLongLong()];
        if (cachedId != holdingsId || assets.isEmpty()) {
            if (!readAssets(holdingsId, &assets))
                return false;
            cachedId = holdingsId;
        }
        std::optional<UsdCnyRate> rate;
        if (!rateAt(query, &rate))
            return false;
        visit(holdingsOf(query, assets, std::move(rate)));
        return true;
    });
}

bool ValueHistory::readHoldingsAt(const QString &address, const QDateTime &time, std::optional<RecordedHoldings> *found)
{
    found->reset();
    return select({address, {}, time}, true, [this, found](const QSqlQuery &query) {
        QList<TokenAsset> assets;
        std::optional<UsdCnyRate> rate;
        if (!readAssets(query.value(HoldingsIdColumn).toLongLong(), &assets) || !rateAt(query, &rate))
            return false;
        *found = holdingsOf(query, std::move(assets), std::move(rate));
        return true;
    });
}

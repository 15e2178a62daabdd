#include "historyversion1.h"

#include "money/decimal.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The statements of version 1 of app/storage/valuehistory.cpp, as released.
const char *const Version1Schema[] = {
    "CREATE TABLE addresses ("
    " id INTEGER PRIMARY KEY,"
    " address_key TEXT NOT NULL UNIQUE,"
    " address TEXT NOT NULL,"
    " label TEXT NOT NULL)",
    "CREATE TABLE holdings ("
    " id INTEGER PRIMARY KEY,"
    " digest BLOB NOT NULL UNIQUE,"
    " chains TEXT NOT NULL)",
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
    " time_ms INTEGER NOT NULL,"
    " total_usd TEXT NOT NULL,"
    " holdings_id INTEGER NOT NULL REFERENCES holdings (id))",
    "CREATE INDEX refreshes_by_address ON refreshes (address_id, time_ms)",
    "CREATE INDEX refreshes_by_time ON refreshes (time_ms)",
    "PRAGMA application_id = 1330337864", // "OKXH"
    "PRAGMA user_version = 1",
};

QString write(QSqlDatabase &db, const QList<Version1Refresh> &refreshes)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !db.transaction())
        return query.lastError().text();
    for (const char *statement : Version1Schema) {
        if (!query.exec(QLatin1String(statement)))
            return query.lastError().text();
    }
    for (qsizetype i = 0; i < refreshes.size(); ++i) {
        const Version1Refresh &refresh = refreshes.at(i);
        const std::optional<Decimal> balance = Decimal::parse(refresh.ethBalance);
        const std::optional<Decimal> price = Decimal::parse(refresh.ethPrice);
        if (!balance || !price)
            return QStringLiteral("not a decimal: %1 or %2").arg(refresh.ethBalance, refresh.ethPrice);
        const QString key = refresh.address.toLower();
        query.prepare(QStringLiteral("INSERT INTO addresses (address_key, address, label) VALUES (?, ?, ?) "
                                     "ON CONFLICT (address_key) DO UPDATE SET label = excluded.label"));
        query.addBindValue(key);
        query.addBindValue(refresh.address);
        // Qt SQL binds a null QString as NULL; the column wants text.
        query.addBindValue(refresh.label.isNull() ? QStringLiteral("") : refresh.label);
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("INSERT INTO holdings (id, digest, chains) VALUES (?, ?, '1')"));
        query.addBindValue(qint64(i + 1));
        query.addBindValue(QCryptographicHash::hash(refresh.ethBalance.toUtf8() + '|' + refresh.ethPrice.toUtf8() + '|'
                                                        + QByteArray::number(i),
                                                    QCryptographicHash::Sha256));
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("INSERT INTO tokens VALUES (?, 0, '1', '', ?, 'ETH', ?, '', ?, 0)"));
        query.addBindValue(qint64(i + 1));
        query.addBindValue(key);
        query.addBindValue(refresh.ethBalance);
        query.addBindValue(refresh.ethPrice);
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("INSERT INTO refreshes (address_id, time_ms, total_usd, holdings_id) "
                                     "VALUES ((SELECT id FROM addresses WHERE address_key = ?), ?, ?, ?)"));
        query.addBindValue(key);
        query.addBindValue(refresh.time.toMSecsSinceEpoch());
        query.addBindValue((*balance * *price).toPlainString());
        query.addBindValue(qint64(i + 1));
        if (!query.exec())
            return query.lastError().text();
    }
    return db.commit() ? QString() : db.lastError().text();
}

} // namespace

QString writeVersion1History(const QString &path, const QList<Version1Refresh> &refreshes)
{
    const QString connection = QStringLiteral("version-1-writer");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        error = db.open() ? write(db, refreshes) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

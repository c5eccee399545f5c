#include "candlecache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Candela::Core {

namespace {

const QList<QStringList> Migrations{
    {QStringLiteral("CREATE TABLE candles (product TEXT NOT NULL, bucket_seconds INTEGER NOT NULL, "
                    "start INTEGER NOT NULL, open TEXT NOT NULL, high TEXT NOT NULL, "
                    "low TEXT NOT NULL, close TEXT NOT NULL, volume TEXT NOT NULL, "
                    "PRIMARY KEY (product, bucket_seconds, start)) WITHOUT ROWID")},
    // Version 2: the ranges a download asked Coinbase for and stored whole, so that a resumed or
    // longer download skips exactly those (a range may hold no candle: nothing traded).
    {QStringLiteral("CREATE TABLE fetched (product TEXT NOT NULL, bucket_seconds INTEGER NOT NULL, "
                    "start INTEGER NOT NULL, end INTEGER NOT NULL, "
                    "PRIMARY KEY (product, bucket_seconds, start, end)) WITHOUT ROWID")},
};

Result<Decimal> readDecimal(const QSqlQuery& query, int column)
{
    return Decimal::fromString(query.value(column).toString());
}

} // namespace

Status CandleCache::open(const QString& path)
{
    return m_database.open(path, Migrations);
}

Status CandleCache::store(
    const QString& productId, qint64 bucketSeconds, const std::vector<Candle>& candles)
{
    return storeRange(productId, bucketSeconds, candles, std::nullopt);
}

Status CandleCache::storeFetched(const QString& productId, qint64 bucketSeconds,
    const std::vector<Candle>& candles, Timestamp from, Timestamp to)
{
    return storeRange(productId, bucketSeconds, candles, std::pair{from, to});
}

Status CandleCache::storeRange(const QString& productId, qint64 bucketSeconds,
    const std::vector<Candle>& candles, std::optional<std::pair<Timestamp, Timestamp>> fetched)
{
    QSqlDatabase& db = m_database.connection();
    if (!db.transaction())
        return databaseError(QStringLiteral("begin"), db.lastError());
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO candles (product, bucket_seconds, start, "
                       "open, high, low, close, volume) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Candle& candle : candles) {
        insert.addBindValue(productId);
        insert.addBindValue(bucketSeconds);
        insert.addBindValue(toUnixSeconds(candle.start));
        insert.addBindValue(candle.open.toString());
        insert.addBindValue(candle.high.toString());
        insert.addBindValue(candle.low.toString());
        insert.addBindValue(candle.close.toString());
        insert.addBindValue(candle.volume.toString());
        if (!insert.exec()) {
            const Error error = databaseError(QStringLiteral("store candles"), insert.lastError());
            db.rollback();
            return error;
        }
    }
    if (fetched) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT OR IGNORE INTO fetched (product, bucket_seconds, "
                                    "start, end) VALUES (?, ?, ?, ?)"));
        mark.addBindValue(productId);
        mark.addBindValue(bucketSeconds);
        mark.addBindValue(toUnixSeconds(fetched->first));
        mark.addBindValue(toUnixSeconds(fetched->second));
        if (!mark.exec()) {
            const Error error = databaseError(QStringLiteral("mark fetched"), mark.lastError());
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return databaseError(QStringLiteral("commit candles"), db.lastError());
    return success();
}

Result<bool> CandleCache::wasFetched(
    const QString& productId, qint64 bucketSeconds, Timestamp from, Timestamp to)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM fetched WHERE product = ? AND bucket_seconds = ? "
                                 "AND start <= ? AND end >= ? LIMIT 1"));
    query.addBindValue(productId);
    query.addBindValue(bucketSeconds);
    query.addBindValue(toUnixSeconds(from));
    query.addBindValue(toUnixSeconds(to));
    if (!query.exec())
        return databaseError(QStringLiteral("read fetched ranges"), query.lastError());
    return query.next();
}

Result<std::vector<Candle>> CandleCache::load(
    const QString& productId, qint64 bucketSeconds, Timestamp from, Timestamp to)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT start, open, high, low, close, volume FROM candles "
                       "WHERE product = ? AND bucket_seconds = ? AND start >= ? AND start < ? "
                       "ORDER BY start"));
    query.addBindValue(productId);
    query.addBindValue(bucketSeconds);
    query.addBindValue(toUnixSeconds(from));
    query.addBindValue(toUnixSeconds(to));
    if (!query.exec())
        return databaseError(QStringLiteral("load candles"), query.lastError());
    std::vector<Candle> candles;
    while (query.next()) {
        Candle candle;
        candle.start = fromUnixSeconds(query.value(0).toLongLong());
        Decimal* fields[]
            = {&candle.open, &candle.high, &candle.low, &candle.close, &candle.volume};
        for (int i = 0; i < 5; ++i) {
            auto value = readDecimal(query, i + 1);
            if (!value) // a damaged row: report it rather than chart a made-up price
                return databaseError(QStringLiteral("candle row"), value.error().message);
            *fields[i] = *value;
        }
        candles.push_back(candle);
    }
    return candles;
}

Result<std::optional<Timestamp>> CandleCache::latestStart(
    const QString& productId, qint64 bucketSeconds)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT MAX(start) FROM candles WHERE product = ? AND bucket_seconds = ?"));
    query.addBindValue(productId);
    query.addBindValue(bucketSeconds);
    if (!query.exec() || !query.next())
        return databaseError(QStringLiteral("latest candle"), query.lastError());
    if (query.value(0).isNull())
        return std::optional<Timestamp>();
    return std::optional<Timestamp>(fromUnixSeconds(query.value(0).toLongLong()));
}

} // namespace Candela::Core

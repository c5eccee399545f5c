#include "core/storage/candlecache.h"

#include "decimalliteral.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {
constexpr qint64 T0 = 1751328000;
constexpr qint64 FiveMinutes = 300;

Candle candle(qint64 offset, const char* close)
{
    return Candle{fromUnixSeconds(T0 + offset), dec("107173.21"), dec("107189.27"), dec("100000.5"),
        dec(close), dec("6.66664465")};
}

QString journalMode(const QString& path)
{
    QString mode;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("PRAGMA journal_mode"), db);
            if (query.next())
                mode = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return mode;
}
} // namespace

class tst_CandleCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAndLoadsExactDecimalsInRange();
    void storingABucketAgainReplacesIt();
    void latestStartResumesBackfill();
    void survivesReopenInWalMode();
    void refusesAFileThatIsNotADatabase();
    void refusesASchemaFromANewerVersion();

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void tst_CandleCache::storesAndLoadsExactDecimalsInRange()
{
    CandleCache cache;
    QVERIFY(cache.open(path("range.db")));
    QVERIFY(cache.store(QStringLiteral("BTC-USD"), FiveMinutes,
        {candle(0, "107166.27"), candle(300, "107277.08"), candle(600, "0.00000001")}));
    QVERIFY(cache.store(QStringLiteral("ETH-USD"), FiveMinutes, {candle(300, "2500")}));
    const auto loaded = cache.load(QStringLiteral("BTC-USD"), FiveMinutes,
        fromUnixSeconds(T0 + 300), fromUnixSeconds(T0 + 900));
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), size_t(2));
    QCOMPARE(loaded->at(0).close, dec("107277.08"));
    QCOMPARE(loaded->at(1).close, dec("0.00000001"));
    QCOMPARE(loaded->at(1).volume, dec("6.66664465"));
    QCOMPARE(toUnixSeconds(loaded->at(1).start), T0 + 600);
}

void tst_CandleCache::storingABucketAgainReplacesIt()
{
    CandleCache cache;
    QVERIFY(cache.open(path("replace.db")));
    QVERIFY(cache.store(QStringLiteral("BTC-USD"), FiveMinutes, {candle(0, "1")}));
    QVERIFY(cache.store(QStringLiteral("BTC-USD"), FiveMinutes, {candle(0, "2")}));
    const auto loaded = cache.load(
        QStringLiteral("BTC-USD"), FiveMinutes, fromUnixSeconds(T0), fromUnixSeconds(T0 + 300));
    QCOMPARE(loaded->size(), size_t(1));
    QCOMPARE(loaded->front().close, dec("2"));
}

void tst_CandleCache::latestStartResumesBackfill()
{
    CandleCache cache;
    QVERIFY(cache.open(path("latest.db")));
    QVERIFY(!cache.latestStart(QStringLiteral("BTC-USD"), FiveMinutes)->has_value());
    QVERIFY(
        cache.store(QStringLiteral("BTC-USD"), FiveMinutes, {candle(600, "1"), candle(0, "1")}));
    QVERIFY(cache.store(QStringLiteral("BTC-USD"), 60, {candle(900, "1")}));
    QCOMPARE(toUnixSeconds(**cache.latestStart(QStringLiteral("BTC-USD"), FiveMinutes)), T0 + 600);
}

void tst_CandleCache::survivesReopenInWalMode()
{
    {
        CandleCache cache;
        QVERIFY(cache.open(path("reopen.db")));
        QVERIFY(cache.store(QStringLiteral("BTC-USD"), FiveMinutes, {candle(0, "42.5")}));
    }
    CandleCache reopened;
    QVERIFY(reopened.open(path("reopen.db")));
    QCOMPARE(reopened
                 .load(QStringLiteral("BTC-USD"), FiveMinutes, fromUnixSeconds(T0),
                     fromUnixSeconds(T0 + 1))
                 ->front()
                 .close,
        dec("42.5"));
    QCOMPARE(journalMode(path("reopen.db")), QStringLiteral("wal"));
}

void tst_CandleCache::refusesAFileThatIsNotADatabase()
{
    QFile file(path("garbage.db"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CandleCache cache;
    const Status status = cache.open(path("garbage.db"));
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::DatabaseError);
    QFile kept(path("garbage.db"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(4096, 'x')); // nothing was overwritten
}

void tst_CandleCache::refusesASchemaFromANewerVersion()
{
    {
        CandleCache cache;
        QVERIFY(cache.open(path("future.db")));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path("future.db"));
        QVERIFY(db.open());
        QSqlQuery(QStringLiteral("UPDATE schema_version SET version = 99"), db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    CandleCache cache;
    const Status status = cache.open(path("future.db"));
    QVERIFY(!status);
    QVERIFY(status.error().message.contains(QLatin1String("newer")));
}

QTEST_GUILESS_MAIN(tst_CandleCache)
#include "tst_candlecache.moc"

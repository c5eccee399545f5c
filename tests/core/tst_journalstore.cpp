#include "core/storage/database.h"
#include "core/storage/journalstore.h"

#include "decimalliteral.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

Order sampleOrder()
{
    Order o;
    o.clientOrderId = QStringLiteral("c-1");
    o.venueOrderId = QStringLiteral("v-1");
    o.botId = QStringLiteral("scalper");
    o.productId = QStringLiteral("BTC-USD");
    o.side = Side::Buy;
    o.type = OrderType::Limit;
    o.timeInForce = TimeInForce::GoodTilCancelled;
    o.quantity = dec("0.00123456");
    o.limitPrice = dec("65083.67");
    o.filledQuantity = dec("0.001");
    o.averageFillPrice = dec("65083.66");
    o.fees = dec("0.3905");
    o.status = OrderStatus::PartiallyFilled;
    o.createdAt = fromUnixSeconds(1786309548);
    o.updatedAt = fromUnixSeconds(1786309550);
    return o;
}

Fill sampleFill(const QString& tradeId, const char* size = "0.001")
{
    Fill f;
    f.clientOrderId = QStringLiteral("c-1");
    f.venueOrderId = QStringLiteral("v-1");
    f.tradeId = tradeId;
    f.productId = QStringLiteral("BTC-USD");
    f.side = Side::Buy;
    f.price = dec("65083.66");
    f.size = dec(size);
    f.fee = dec("0.39050196");
    f.liquidity = Liquidity::Maker;
    f.time = fromUnixSeconds(1786309549);
    return f;
}

} // namespace

// The journal as the trading engine uses it, on its own thread, one transaction per step.
class tst_JournalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void recordsEverythingAndReadsItBackExactly();
    void aFillSeenTwiceIsStoredOnce();
    void survivesAReopen();
    void aRolledBackTransactionLeavesNothingBehind();
    void aFullDiskIsReportedAsSuch();
    void refusesAFileThatIsNotAJournal();
    void everyConnectionHasTheDurabilityPragmas();

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void tst_JournalStore::recordsEverythingAndReadsItBackExactly()
{
    JournalStore store;
    QVERIFY(store.open(path("paper.db")));
    ClosedTrade trade;
    trade.botId = QStringLiteral("scalper");
    trade.id = 7;
    trade.productId = QStringLiteral("BTC-USD");
    trade.entryPrice = dec("60000");
    trade.exitPrice = dec("62000");
    trade.quantity = dec("0.5");
    trade.fees = dec("366");
    trade.pnl = dec("634");
    trade.rMultiple = 1.5;
    trade.exitReason = ExitReason::TakeProfit;
    QVERIFY(store.begin());
    QVERIFY(store.recordOrder(sampleOrder()));
    QVERIFY(store.recordFill(sampleFill(QStringLiteral("t-1")), QStringLiteral("scalper")));
    QVERIFY(store.recordClosedTrade(trade));
    QVERIFY(store.recordAudit({fromUnixSeconds(1), QStringLiteral("kill_switch"), QString(),
        QStringLiteral("HALTED pressed")}));
    QVERIFY(store.setState(QStringLiteral("kill_switch"), QStringLiteral("HALTED")));
    QVERIFY(store.commit());

    const auto orders = store.loadOrders();
    QVERIFY(orders);
    QCOMPARE(orders->size(), size_t(1));
    const Order& o = orders->front();
    QCOMPARE(o.quantity, dec("0.00123456"));
    QCOMPARE(o.limitPrice, std::optional<Decimal>(dec("65083.67")));
    QVERIFY(!o.stopPrice);
    QCOMPARE(o.status, OrderStatus::PartiallyFilled);
    QCOMPARE(o.type, OrderType::Limit);
    QCOMPARE(o.timeInForce, TimeInForce::GoodTilCancelled);
    QCOMPARE(o.createdAt, sampleOrder().createdAt);
    const auto trades = store.loadClosedTrades();
    QCOMPARE(trades->front().pnl, dec("634"));
    QCOMPARE(trades->front().rMultiple, std::optional<double>(1.5));
    QCOMPARE(trades->front().exitReason, ExitReason::TakeProfit);
    QCOMPARE(*store.state(QStringLiteral("kill_switch")), QStringLiteral("HALTED"));
    QCOMPARE(store.loadAudit()->front().detail, QStringLiteral("HALTED pressed"));
}

void tst_JournalStore::aFillSeenTwiceIsStoredOnce()
{
    JournalStore store;
    QVERIFY(store.open(path("dupes.db")));
    QCOMPARE(*store.recordFill(sampleFill(QStringLiteral("t-9")), QStringLiteral("b")), true);
    QCOMPARE(*store.recordFill(sampleFill(QStringLiteral("t-9")), QStringLiteral("b")), false);
    const auto fills = store.loadFills();
    QCOMPARE(fills->size(), size_t(1));
    QCOMPARE(fills->front().fee, dec("0.39050196"));
    QCOMPARE(fills->front().liquidity, Liquidity::Maker);
}

void tst_JournalStore::survivesAReopen()
{
    {
        JournalStore store;
        QVERIFY(store.open(path("reopen.db")));
        QVERIFY(store.recordOrder(sampleOrder()));
    }
    JournalStore again;
    QVERIFY(again.open(path("reopen.db")));
    const auto orders = again.loadOrders();
    QCOMPARE(orders->size(), size_t(1));
    QCOMPARE(orders->front().fees, dec("0.3905"));
}

void tst_JournalStore::aRolledBackTransactionLeavesNothingBehind()
{
    JournalStore store;
    QVERIFY(store.open(path("failed.db")));
    QVERIFY(store.begin());
    QVERIFY(store.recordFill(sampleFill(QStringLiteral("t-1")), QStringLiteral("b")));
    QVERIFY(store.recordOrder(sampleOrder()));
    store.rollback(); // as the engine does when any write of the step failed
    QVERIFY(store.loadFills()->empty());
    QVERIFY(store.loadOrders()->empty());
}

// SQLite's own limit on the file's size stands in for a full disk: the write fails as DiskFull,
// so the engine halts with that cause.
void tst_JournalStore::aFullDiskIsReportedAsSuch()
{
    const QString file = path("full.db");
    {
        JournalStore store;
        QVERIFY(store.open(file));
    }
    QSqlDatabase connection
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
    connection.setDatabaseName(file);
    QVERIFY(connection.open());
    Error error;
    {
        QSqlQuery pageCount(QStringLiteral("PRAGMA page_count"), connection);
        QVERIFY(pageCount.next());
        QSqlQuery limit(connection);
        QVERIFY(limit.exec(
            QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount.value(0).toInt())));
        QSqlQuery grow(connection);
        QVERIFY(grow.prepare(QStringLiteral("INSERT INTO state VALUES (?, ?)")));
        for (int i = 0; i < 10000; ++i) {
            grow.addBindValue(QStringLiteral("filler/%1").arg(i));
            grow.addBindValue(QString(200, QLatin1Char('x')));
            if (!grow.exec()) {
                error = databaseError(QStringLiteral("fill the disk"), grow.lastError());
                break;
            }
        }
    }
    connection.close();
    QSqlDatabase::removeDatabase(QStringLiteral("full"));
    QCOMPARE(error.code, ErrorCode::DiskFull);
    QVERIFY(error.message.contains(QStringLiteral("disk full")));
}

void tst_JournalStore::refusesAFileThatIsNotAJournal()
{
    QFile garbage(path("garbage.db"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'z'));
    garbage.close();
    JournalStore store;
    QVERIFY(!store.open(path("garbage.db")));
}

// T10: every connection the app opens goes through Database::open (the journal's, the candle
// cache's): WAL with full sync, foreign keys and a busy timeout.
void tst_JournalStore::everyConnectionHasTheDurabilityPragmas()
{
    Database database;
    QVERIFY(database.open(path("pragmas.db"), {}));
    const auto pragma = [&](const char* name) {
        QSqlQuery query(
            QStringLiteral("PRAGMA %1").arg(QLatin1String(name)), database.connection());
        return query.next() ? query.value(0).toString() : QString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QVERIFY(pragma("busy_timeout").toInt() > 0);
}

QTEST_GUILESS_MAIN(tst_JournalStore)
#include "tst_journalstore.moc"

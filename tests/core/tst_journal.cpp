#include "core/storage/database.h"
#include "core/storage/journal.h"

#include "decimalliteral.h"

#include <QFile>
#include <QSignalSpy>
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

class tst_Journal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void recordsEverythingAndReadsItBackExactly();
    void aFillSeenTwiceIsStoredOnce();
    void survivesAReopen();
    void aFailedBatchLeavesNothingBehind();
    void tenThousandFillsCommitInBatches();
    void refusesAFileThatIsNotAJournal();
    void everyConnectionHasTheDurabilityPragmas();

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void tst_Journal::recordsEverythingAndReadsItBackExactly()
{
    Journal journal;
    QVERIFY(journal.open(path("paper.db")));
    QSignalSpy committed(&journal, &Journal::committed);
    QSignalSpy failedSpy(&journal, &Journal::failed);
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
    journal.enqueue([](JournalStore& s) { return s.recordOrder(sampleOrder()); });
    journal.enqueue([](JournalStore& s) {
        const auto stored
            = s.recordFill(sampleFill(QStringLiteral("t-1")), QStringLiteral("scalper"));
        return stored ? success() : Status(stored.error());
    });
    journal.enqueue([trade](JournalStore& s) { return s.recordClosedTrade(trade); });
    journal.enqueue([](JournalStore& s) {
        return s.recordAudit({fromUnixSeconds(1), QStringLiteral("kill_switch"), QString(),
            QStringLiteral("HALTED by ui")});
    });
    const qint64 last = journal.enqueue([](JournalStore& s) {
        return s.setState(QStringLiteral("kill_switch"), QStringLiteral("HALTED"));
    });
    QTRY_VERIFY((!committed.isEmpty() && committed.last().at(0).toLongLong() == last)
        || !failedSpy.isEmpty());
    QVERIFY2(failedSpy.isEmpty(),
        qPrintable(failedSpy.isEmpty() ? QString() : failedSpy.first().at(1).toString()));

    const auto orders
        = journal.read<Result<std::vector<Order>>>([](JournalStore& s) { return s.loadOrders(); });
    QVERIFY(orders);
    QCOMPARE(orders->size(), size_t(1));
    const Order& o = orders->front();
    QCOMPARE(o.quantity, dec("0.00123456"));
    QCOMPARE(o.limitPrice, std::optional<Decimal>(dec("65083.67")));
    QVERIFY(!o.stopPrice);
    QCOMPARE(o.status, OrderStatus::PartiallyFilled);
    QCOMPARE(o.type, OrderType::Limit);
    QCOMPARE(o.createdAt, sampleOrder().createdAt);
    const auto trades = journal.read<Result<std::vector<ClosedTrade>>>(
        [](JournalStore& s) { return s.loadClosedTrades(); });
    QCOMPARE(trades->front().pnl, dec("634"));
    QCOMPARE(trades->front().rMultiple, std::optional<double>(1.5));
    QCOMPARE(trades->front().exitReason, ExitReason::TakeProfit);
    const auto state = journal.read<Result<QString>>(
        [](JournalStore& s) { return s.state(QStringLiteral("kill_switch")); });
    QCOMPARE(*state, QStringLiteral("HALTED"));
    const auto audit = journal.read<Result<std::vector<AuditEntry>>>(
        [](JournalStore& s) { return s.loadAudit(); });
    QCOMPARE(audit->front().detail, QStringLiteral("HALTED by ui"));
}

void tst_Journal::aFillSeenTwiceIsStoredOnce()
{
    Journal journal;
    QVERIFY(journal.open(path("dupes.db")));
    QList<bool> inserted;
    for (int i = 0; i < 2; ++i) {
        journal.enqueue([&inserted](JournalStore& s) {
            const auto stored
                = s.recordFill(sampleFill(QStringLiteral("t-9")), QStringLiteral("b"));
            inserted.append(stored.valueOr(false));
            return success();
        });
    }
    journal.flush();
    QCOMPARE(inserted, QList<bool>({true, false}));
    const auto fills
        = journal.read<Result<std::vector<Fill>>>([](JournalStore& s) { return s.loadFills(); });
    QCOMPARE(fills->size(), size_t(1));
    QCOMPARE(fills->front().fee, dec("0.39050196"));
    QCOMPARE(fills->front().liquidity, Liquidity::Maker);
}

void tst_Journal::survivesAReopen()
{
    {
        Journal journal;
        QVERIFY(journal.open(path("reopen.db")));
        journal.enqueue([](JournalStore& s) { return s.recordOrder(sampleOrder()); });
    } // the destructor flushes
    Journal again;
    QVERIFY(again.open(path("reopen.db")));
    const auto orders
        = again.read<Result<std::vector<Order>>>([](JournalStore& s) { return s.loadOrders(); });
    QCOMPARE(orders->size(), size_t(1));
    QCOMPARE(orders->front().fees, dec("0.3905"));
}

void tst_Journal::aFailedBatchLeavesNothingBehind()
{
    Journal journal;
    QVERIFY(journal.open(path("failed.db")));
    QSignalSpy failed(&journal, &Journal::failed);
    journal.enqueue([](JournalStore& s) {
        (void)s.recordFill(sampleFill(QStringLiteral("t-1")), QStringLiteral("b"));
        return Status(makeError(ErrorCode::DatabaseError, QStringLiteral("disk full")));
    });
    journal.flush();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("disk full"));
    const auto fills
        = journal.read<Result<std::vector<Fill>>>([](JournalStore& s) { return s.loadFills(); });
    QVERIFY(fills->empty());
}

void tst_Journal::tenThousandFillsCommitInBatches()
{
    Journal journal;
    QVERIFY(journal.open(path("many.db")));
    QSignalSpy committed(&journal, &Journal::committed);
    qint64 last = 0;
    for (int i = 0; i < 10000; ++i) {
        last = journal.enqueue([i](JournalStore& s) {
            const auto stored
                = s.recordFill(sampleFill(QStringLiteral("t-%1").arg(i)), QStringLiteral("b"));
            return stored ? success() : Status(stored.error());
        });
    }
    QTRY_VERIFY(!committed.isEmpty() && committed.last().at(0).toLongLong() == last);
    QVERIFY(committed.count() < 10000); // batched, not one transaction per fill
    const auto fills
        = journal.read<Result<std::vector<Fill>>>([](JournalStore& s) { return s.loadFills(); });
    QCOMPARE(fills->size(), size_t(10000));
}

void tst_Journal::refusesAFileThatIsNotAJournal()
{
    QFile garbage(path("garbage.db"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'z'));
    garbage.close();
    Journal journal;
    QVERIFY(!journal.open(path("garbage.db")));
}

// T10: every connection the app opens goes through Database::open (the journal's, the candle
// cache's): WAL with full sync, foreign keys and a busy timeout.
void tst_Journal::everyConnectionHasTheDurabilityPragmas()
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

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"

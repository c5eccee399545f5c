#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/marketdatahub.h"

#include "decimalliteral.h"

#include <QSignalSpy>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

const QString Btc = QStringLiteral("BTC-USD");

// A feed the test drives by hand, recording resync requests.
class ManualFeed final : public MarketFeed
{
public:
    void start() override { }
    void stop() override { }
    void requestResync(const QString& productId) override { resyncRequests.append(productId); }
    void deliver(const QByteArray& frame)
    {
        auto message = decoder.decode(frame);
        if (!message)
            qFatal("%s", qPrintable(message.error().message));
        Q_EMIT messageReceived(*message);
    }

    QStringList resyncRequests;
    AdvancedTradeDecoder decoder;
};

const QByteArray Snapshot
    = R"({"channel":"l2_data","sequence_num":0,"events":[{"type":"snapshot","product_id":"BTC-USD","updates":[)"
      R"({"side":"bid","price_level":"100","new_quantity":"1"},{"side":"offer","price_level":"101","new_quantity":"1"}]}]})";

} // namespace

class tst_MarketDataHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossedBookAsksTheFeedForASnapshot();
    void invalidatedBooksWaitForTheNextSnapshot();
    void publishesSnapshotsOnlyWhenTheWatchedProductChanges();
    void handsOnNewPrintsNotTheSnapshotsHistory();
};

void tst_MarketDataHub::crossedBookAsksTheFeedForASnapshot()
{
    ManualFeed feed;
    MarketDataHub hub(feed);
    QSignalSpy updated(&hub, &MarketDataHub::productUpdated);
    feed.deliver(Snapshot);
    QCOMPARE(updated.count(), 1);
    QVERIFY(feed.resyncRequests.isEmpty());
    feed.deliver(
        R"({"channel":"l2_data","sequence_num":1,"events":[{"type":"update","product_id":"BTC-USD","updates":[)"
        R"({"side":"offer","price_level":"99","new_quantity":"1"}]}]})");
    QCOMPARE(feed.resyncRequests, QStringList({Btc}));
    QVERIFY(!hub.state().book(Btc)->isValid());
}

void tst_MarketDataHub::invalidatedBooksWaitForTheNextSnapshot()
{
    ManualFeed feed;
    MarketDataHub hub(feed);
    feed.deliver(Snapshot);
    Q_EMIT feed.booksInvalidated({Btc});
    QVERIFY(!hub.state().book(Btc)->isValid());
    feed.deliver(Snapshot);
    QVERIFY(hub.state().book(Btc)->isValid());
}

void tst_MarketDataHub::publishesSnapshotsOnlyWhenTheWatchedProductChanges()
{
    ManualFeed feed;
    MarketDataHub hub(feed);
    QSignalSpy snapshots(&hub, &MarketDataHub::snapshotReady);
    hub.watch(Btc, Timeframe::FiveMinutes, 1, 10, std::chrono::milliseconds(5));
    QTRY_COMPARE(snapshots.count(), 1); // the first picture, even if empty
    feed.deliver(Snapshot);
    feed.deliver(
        R"({"channel":"market_trades","sequence_num":1,"events":[{"type":"update","trades":[)"
        R"({"trade_id":"1","product_id":"BTC-USD","price":"100.5","size":"2","side":"BUY","time":"2026-08-09T21:05:50Z"}]}]})");
    QTRY_COMPARE(snapshots.count(), 2); // two changes, one snapshot
    const auto snapshot = snapshots.last().at(0).value<MarketSnapshot>();
    QVERIFY(snapshot.bookValid);
    QCOMPARE(snapshot.bids.size(), size_t(1));
    QCOMPARE(snapshot.asks.front().price, dec("101"));
    QCOMPARE(snapshot.candles.size(), size_t(1));
    QCOMPARE(snapshot.candles.back().close, dec("100.5"));
    QCOMPARE(snapshot.spread, std::optional<Decimal>(dec("1")));
    QCOMPARE(snapshot.imbalance, 0.0); // one each side
    QCOMPARE(snapshot.recentTrades.size(), size_t(1));
    QCOMPARE(snapshot.recentTrades.front().size, dec("2"));
    QTest::qWait(30); // nothing changed: nothing more is published
    QCOMPARE(snapshots.count(), 2);
    feed.deliver(R"({"channel":"heartbeats","sequence_num":2,"events":[{"heartbeat_counter":1}]})");
    QTest::qWait(30);
    QCOMPARE(snapshots.count(), 2); // a heartbeat changes no picture
}

// The paper venue fills resting orders on new prints: the history a subscription starts with
// (trades from before any order) is not handed on.
void tst_MarketDataHub::handsOnNewPrintsNotTheSnapshotsHistory()
{
    ManualFeed feed;
    MarketDataHub hub(feed);
    std::vector<std::vector<Trade>> printed;
    connect(&hub, &MarketDataHub::tradesPrinted, this,
        [&printed](const std::vector<Trade>& trades) { printed.push_back(trades); });
    const auto trades = [](const char* type, const char* id, const char* price) -> QByteArray {
        return QByteArray(R"({"channel":"market_trades","sequence_num":0,"events":[{"type":")")
            + type + R"(","trades":[{"product_id":"BTC-USD","trade_id":")" + id + R"(","price":")"
            + price + R"(","size":"0.5","time":"2026-08-09T21:05:42.514318Z","side":"SELL"}]}]})";
    };
    feed.deliver(trades("snapshot", "1", "100.00"));
    QCOMPARE(printed.size(), size_t(0));
    feed.deliver(trades("update", "2", "99.50"));
    QCOMPARE(printed.size(), size_t(1));
    const std::vector<Trade>& prints = printed.front();
    QCOMPARE(prints.size(), size_t(1));
    QCOMPARE(prints.front().price, dec("99.50"));
    QCOMPARE(prints.front().productId, Btc);
}

QTEST_GUILESS_MAIN(tst_MarketDataHub)
#include "tst_marketdatahub.moc"

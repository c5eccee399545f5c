#include "demodata.h"
#include "fakevenue.h"
#include "marketfeedrunner.h"
#include "testkeys.h"

#include "core/backtest/backtestrunner.h"
#include "core/market/candlereplayfeed.h"
#include "core/market/csvcandles.h"
#include "core/market/marketdatahub.h"
#include "core/market/replayfeed.h"
#include "core/storage/journalstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Candela::TestData::scalper;

namespace {
const QString Recording = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");

Core::TradingSnapshot lastSnapshot(const QSignalSpy& spy)
{
    return spy.last().at(0).value<Core::TradingSnapshot>();
}
} // namespace

class tst_MarketFeedRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheFeedOnItsOwnThreadAndForwardsSignals();
    void stopsARunningFeedPromptly();
    void replacesAFeedWithAnother();
    void paperTraderObeysTheKillSwitchAndBotSwitches();
    void unreadableJournalStopsTradingAloud();
    void candleReplayTradesAsTheBacktest();
    void candleFileMustBeFiveMinutes();
    void liveVenueTakesTheOrdersAndTheKillSwitchClearsIt();
};

void tst_MarketFeedRunner::runsTheFeedOnItsOwnThreadAndForwardsSignals()
{
    MarketFeedRunner runner;
    QSignalSpy messages(&runner, &MarketFeedRunner::messageReceived);
    QSignalSpy health(&runner, &MarketFeedRunner::healthChanged);
    QSignalSpy finished(&runner, &MarketFeedRunner::finished);
    QThread* feedThread = nullptr;
    auto feed = Core::ReplayFeed::fromFile(Recording, {0.0, false});
    QVERIFY(feed);
    runner.run(
        std::move(feed).value(), [&](Core::MarketDataHub& hub) { feedThread = hub.thread(); });
    QVERIFY(finished.wait(10000));
    QCOMPARE(messages.count(), 546);
    QCOMPARE(health.count(), 1);
    QVERIFY(feedThread && feedThread != QThread::currentThread());
}

void tst_MarketFeedRunner::stopsARunningFeedPromptly()
{
    auto runner = std::make_unique<MarketFeedRunner>();
    QSignalSpy messages(runner.get(), &MarketFeedRunner::messageReceived);
    auto feed = Core::ReplayFeed::fromFile(Recording, {0.0, true}); // loops forever
    QVERIFY(feed);
    QPointer<Core::MarketFeed> watched = feed->get();
    runner->run(std::move(feed).value());
    QTRY_VERIFY(messages.count() > 1000);
    runner.reset(); // stops the feed on its thread, deletes it, joins the thread
    QVERIFY(watched.isNull());
}

void tst_MarketFeedRunner::replacesAFeedWithAnother()
{
    MarketFeedRunner runner;
    QSignalSpy finished(&runner, &MarketFeedRunner::finished);
    auto looping = Core::ReplayFeed::fromFile(Recording, {0.0, true});
    QPointer<Core::MarketFeed> first = looping->get();
    runner.run(std::move(looping).value());
    auto once = Core::ReplayFeed::fromFile(Recording, {0.0, false});
    runner.run(std::move(once).value());
    QVERIFY(first.isNull());
    QVERIFY(finished.wait(10000));
}

// The trading engine runs beside the feed and hears the window's kill switch and bot switches.
void tst_MarketFeedRunner::paperTraderObeysTheKillSwitchAndBotSwitches()
{
    QTemporaryDir dir;
    MarketFeedRunner runner;
    QSignalSpy snapshots(&runner, &MarketFeedRunner::tradingSnapshotReady);
    runner.watchBots({scalper()});
    runner.setPaperAccount(
        dir.filePath(QStringLiteral("paper.sqlite")), Core::Decimal::fromInteger(2500));
    auto feed = Core::ReplayFeed::fromFile(Recording, {0.0, true});
    QVERIFY(feed);
    runner.run(std::move(feed).value());
    QTRY_VERIFY(!snapshots.isEmpty());
    QCOMPARE(lastSnapshot(snapshots).startingEquity, Core::Decimal::fromInteger(2500));
    QCOMPARE(lastSnapshot(snapshots).killSwitch, Core::KillSwitchState::Active);

    runner.setKillSwitch(Core::KillSwitchState::Halted);
    QTRY_COMPARE(lastSnapshot(snapshots).killSwitch, Core::KillSwitchState::Halted);
    runner.setBotRunning(QStringLiteral("BTC Scalper"), false);
    QTRY_COMPARE(lastSnapshot(snapshots).stoppedBots, QStringList{QStringLiteral("BTC Scalper")});
    // A later feed (a reconnect, a fallback to the demo) starts its trader in the same state.
    auto next = Core::ReplayFeed::fromFile(Recording, {0.0, true});
    QVERIFY(next);
    runner.run(std::move(next).value());
    snapshots.clear();
    QTRY_VERIFY(!snapshots.isEmpty());
    QCOMPARE(lastSnapshot(snapshots).killSwitch, Core::KillSwitchState::Halted);
    QCOMPARE(lastSnapshot(snapshots).stoppedBots, QStringList{QStringLiteral("BTC Scalper")});
}

void tst_MarketFeedRunner::unreadableJournalStopsTradingAloud()
{
    QTemporaryDir dir;
    MarketFeedRunner runner;
    QSignalSpy failed(&runner, &MarketFeedRunner::tradingFailed);
    runner.watchBots({scalper()});
    runner.setPaperAccount(dir.path(), Core::Decimal::fromInteger(1000)); // a folder, not a file
    auto feed = Core::ReplayFeed::fromFile(Recording, {0.0, false});
    QVERIFY(feed);
    runner.run(std::move(feed).value());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
}

// T37 in the window: the bots trading a candle file played as a market (on the feed thread,
// through the hub, the bot watch and the trading engine) make the backtest's trades.
void tst_MarketFeedRunner::candleReplayTradesAsTheBacktest()
{
    auto all = Core::readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY(all);
    std::vector<Core::Candle> candles = *all;
    candles.resize(4000);
    const Core::BacktestResult backtest
        = Core::BacktestRunner::run(scalper(), {candles.begin(), candles.end() - 1});
    QVERIFY(backtest.trades.size() >= 5);

    MarketFeedRunner runner;
    QSignalSpy snapshots(&runner, &MarketFeedRunner::tradingSnapshotReady);
    QSignalSpy finished(&runner, &MarketFeedRunner::finished);
    runner.watchBots({scalper()});
    runner.setPaperAccount({}, Core::Decimal::fromInteger(10000));
    runner.run(std::make_unique<Core::CandleReplayFeed>(
        candles, Core::CandleReplayFeed::Options{QStringLiteral("BTC-USD"), 0.0, {}}));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(
        !snapshots.isEmpty() && lastSnapshot(snapshots).trades.size() == backtest.trades.size());
    const Core::TradingSnapshot snapshot = lastSnapshot(snapshots);
    for (size_t i = 0; i < backtest.trades.size(); ++i) {
        QCOMPARE(snapshot.trades[i].entryTime, backtest.trades[i].entryTime);
        QCOMPARE(snapshot.trades[i].entryPrice, backtest.trades[i].entryPrice);
        QCOMPARE(snapshot.trades[i].exitPrice, backtest.trades[i].exitPrice);
        QCOMPARE(snapshot.trades[i].pnl, backtest.trades[i].pnl);
    }
    QCOMPARE(snapshot.stats.netPnl, backtest.stats.netPnl);

    // Editing the bots (the bot editor) keeps the replay's account: no fresh start.
    // The replay's last snapshot: the last bar opened, the one before it closed and traded.
    QTRY_COMPARE(lastSnapshot(snapshots).time, candles.back().start);
    const Core::TradingSnapshot before = lastSnapshot(snapshots);
    Core::BotConfig edited = scalper();
    edited.cooldown = std::chrono::minutes(30);
    snapshots.clear();
    runner.watchBots({edited});
    QTRY_VERIFY(!snapshots.isEmpty());
    QCOMPARE(lastSnapshot(snapshots).trades.size(), before.trades.size());
    QCOMPARE(lastSnapshot(snapshots).cash, before.cash);
    QCOMPARE(lastSnapshot(snapshots).positions.size(), before.positions.size());
}

void tst_MarketFeedRunner::candleFileMustBeFiveMinutes()
{
    const auto minutes = Core::CandleReplayFeed::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/candles_1m_sample.csv"), {});
    QVERIFY(!minutes);
    QVERIFY(minutes.error().message.contains(QLatin1String("five-minute")));
    QVERIFY(Core::CandleReplayFeed::fromFile(QStringLiteral("/no/such/file.csv"), {})
                .error()
                .message.contains(QLatin1String("/no/such/file.csv")));
}

// Trading live: the bots' orders go signed to Coinbase (the fake venue on 127.0.0.1) and are
// booked from its answers in the live journal, never the paper one; the kill switch cancels
// every open order there, one placed in the web UI too (T31, the app's half).
void tst_MarketFeedRunner::liveVenueTakesTheOrdersAndTheKillSwitchClearsIt()
{
    auto read = Core::readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY(read);
    std::vector<Core::Candle> candles = *read;
    candles.resize(2500);
    auto key = Core::SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    const QString keyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
    Test::FakeVenue venue(key->publicKeyPem(), keyName);
    venue.setPrice(QStringLiteral("BTC-USD"), candles.front().close);
    venue.setBalance(QStringLiteral("USD"), Core::Decimal::fromInteger(1000000));
    QTemporaryDir dir;
    const QString paperJournal = dir.filePath(QStringLiteral("paper.sqlite"));
    const QString liveJournal = dir.filePath(QStringLiteral("live.sqlite"));

    MarketFeedRunner runner;
    QSignalSpy snapshots(&runner, &MarketFeedRunner::tradingSnapshotReady);
    runner.watchBots({scalper()});
    runner.setPaperAccount(paperJournal, Core::Decimal::fromInteger(10000));
    Core::CoinbaseExecution::Config execution;
    execution.pollEvery = std::chrono::milliseconds(20);
    runner.setLiveVenue(MarketFeedRunner::LiveVenue{venue.clientConfig(), {*key, keyName},
        execution, std::nullopt, liveJournal, Core::Decimal::fromInteger(10000)});
    QVERIFY(runner.isLive());
    runner.run(std::make_unique<Core::CandleReplayFeed>(
        candles, Core::CandleReplayFeed::Options{QStringLiteral("BTC-USD"), 0.0, {}}));

    // The orders reach the venue and come back as the account's fills.
    QSignalSpy finished(&runner, &MarketFeedRunner::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(venue.orders().size() >= 2);
    const auto settled = [&] {
        if (snapshots.isEmpty())
            return false;
        const Core::TradingSnapshot last = lastSnapshot(snapshots);
        return last.orders.size() == venue.orders().size()
            && std::all_of(last.orders.begin(), last.orders.end(), [](const Core::Order& order) {
                   return Core::isTerminal(order.status)
                       || (order.type == Core::OrderType::StopLimit
                           && order.status == Core::OrderStatus::Accepted);
               });
    };
    if (!QTest::qWaitFor(settled, 20000)) {
        for (const Core::Order& o : lastSnapshot(snapshots).orders)
            qWarning() << "trader has" << o.clientOrderId << int(o.status) << o.venueOrderId;
        for (const auto& o : venue.orders())
            qWarning() << "venue has" << o.clientOrderId << o.status << o.orderId;
        QFAIL("the orders did not settle");
    }
    QVERIFY(venue.authProblems().isEmpty());
    const Core::TradingSnapshot traded = lastSnapshot(snapshots);
    for (const Core::Order& order : traded.orders) {
        QCOMPARE(venue.ordersWithClientId(order.clientOrderId), 1);
        if (order.type == Core::OrderType::StopLimit) // a position's stop at the venue
            QVERIFY(order.status == Core::OrderStatus::Cancelled
                || order.status == Core::OrderStatus::Accepted);
        else
            QCOMPARE(order.status, Core::OrderStatus::Filled);
    }
    {
        Core::JournalStore store;
        QVERIFY(store.open(liveJournal));
        QCOMPARE(store.loadOrders()->size(), venue.orders().size());
        QCOMPARE(store.loadFills()->size(), venue.fills().size());
    }
    QVERIFY(!QFile::exists(paperJournal)); // paper and live never share a journal

    // The kill switch: the venue is cleared, the order from the web UI included.
    const QString external = venue.placeExternal(QStringLiteral("BTC-USD"), QStringLiteral("BUY"),
        Core::Decimal::fromInteger(1), Core::Decimal::fromInteger(1000));
    const int ordersBefore = int(venue.orders().size());
    runner.setKillSwitch(Core::KillSwitchState::Halted);
    QTRY_COMPARE_WITH_TIMEOUT(venue.order(external)->status, QStringLiteral("CANCELLED"), 10000);
    QVERIFY(venue.postsTo(QStringLiteral("/orders/batch_cancel")) >= 1);
    QCOMPARE(int(venue.orders().size()), ordersBefore);
    runner.stop();
}

QTEST_GUILESS_MAIN(tst_MarketFeedRunner)
#include "tst_marketfeedrunner.moc"

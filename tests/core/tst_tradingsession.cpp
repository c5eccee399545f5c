#include "demodata.h"
#include "fakevenue.h"
#include "testkeys.h"

#include "core/backtest/backtestrunner.h"
#include "core/engine/tradingsession.h"
#include "core/storage/journalstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Candela;
using namespace Candela::Core;
using Candela::TestData::scalper;

namespace {
const QString Btc = QStringLiteral("BTC-USD");
const QString Recording = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");

SessionSnapshot lastSnapshot(const QSignalSpy& spy)
{
    return spy.last().at(0).value<SessionSnapshot>();
}

// The bundled recording, played once as fast as it goes, into a paper account.
SessionOptions recordingOptions(const QString& journal = {}, bool loop = false)
{
    SessionOptions options;
    options.market = RecordedMarket{Recording, 0.0, loop};
    options.venue = PaperVenue{journal, Decimal::fromInteger(10000)};
    options.chartProduct = Btc;
    return options;
}

// The first `count` bundled candles as a market played as fast as it goes.
SessionOptions candleOptions(const QTemporaryDir& dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("candles.csv"));
    if (!TestData::writeDemoCandles(path, count))
        qFatal("cannot write the test candles");
    SessionOptions options;
    options.market = CandleMarket{path, Btc, 0.0, {}};
    options.venue = PaperVenue{};
    options.bots = {scalper()};
    options.chartProduct = Btc;
    return options;
}

// The scalper entering with post-only limits, moved with the market, the rest bought at market
// after 15 minutes.
BotConfig makerScalper()
{
    BotConfig maker = scalper();
    maker.entry.type = EntryPolicy::Type::LimitPostOnly;
    maker.entry.offsetTicks = 1;
    maker.entry.timeout = std::chrono::minutes(15);
    maker.entry.reprice = true;
    maker.entry.fallback = EntryPolicy::Fallback::Market;
    return maker;
}

// A paper session of `bot` on the first `count` demo candles, played to its end; its snapshot
// then (no trading part when the session did not end in time).
SessionSnapshot playedToTheEnd(const BotConfig& bot, int count)
{
    QTemporaryDir dir;
    SessionOptions options = candleOptions(dir, count);
    options.bots = {bot};
    TradingSession session;
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    if (!session.start(options) || !finished.wait(30000))
        return {};
    return session.snapshotNow();
}

// The session's trades are the backtest's, one by one: times, prices, fees and P&L.
bool sameTrades(const TradingSnapshot& session, const BacktestResult& backtest)
{
    if (session.trades.size() != backtest.trades.size()) {
        qWarning("%zu trades in the session, %zu in the backtest", session.trades.size(),
            backtest.trades.size());
        return false;
    }
    for (size_t i = 0; i < backtest.trades.size(); ++i) {
        const ClosedTrade& a = session.trades[i];
        const ClosedTrade& b = backtest.trades[i];
        if (a.entryTime != b.entryTime || a.entryPrice != b.entryPrice || a.exitPrice != b.exitPrice
            || a.fees != b.fees || a.pnl != b.pnl) {
            qWarning("trade %zu differs: entry %s/%s, exit %s/%s, pnl %s/%s", i,
                qPrintable(a.entryPrice.toString()), qPrintable(b.entryPrice.toString()),
                qPrintable(a.exitPrice.toString()), qPrintable(b.exitPrice.toString()),
                qPrintable(a.pnl.toString()), qPrintable(b.pnl.toString()));
            return false;
        }
    }
    return session.stats.netPnl == backtest.stats.netPnl;
}
} // namespace

// The one trading session in core: the window and the command line build their engine through
// it and see it through one snapshot stream.
class tst_TradingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesTheMarketAndItsEndThroughOneStream();
    void stopsALoopingReplayPromptly();
    void replacesTheMarketWithAnother();
    void killSwitchAndBotSwitchesCarryToTheNextMarket();
    void unreadableJournalHaltsWithTheReason();
    void candleReplayTradesAsTheBacktest();
    void makerEntriesTradeAsTheBacktest();
    void restingTakeProfitsTradeAsTheBacktest();
    void candleFileMustBeFiveMinutes();
    void aResumedSessionEndsLikeAnUninterruptedOne_data();
    void aResumedSessionEndsLikeAnUninterruptedOne();
    void aHaltSavedInTheJournalStopsNewOrders();
    void liveVenueTakesTheOrdersAndTheKillSwitchClearsIt();
    void candlesAtAVenueWithoutAnAccountStillEnd();
};

void tst_TradingSession::publishesTheMarketAndItsEndThroughOneStream()
{
    TradingSession session;
    QSignalSpy snapshots(&session, &TradingSession::snapshotReady);
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    QVERIFY(session.start(recordingOptions()));
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(!snapshots.isEmpty() && lastSnapshot(snapshots).health.marketFinished);
    const SessionSnapshot last = lastSnapshot(snapshots);
    QVERIFY(last.market);
    QCOMPARE(last.market->productId, Btc);
    QVERIFY(!last.market->bids.empty());
    QVERIFY(last.market->bookFed);
    QCOMPARE(last.market->priceDecimals, 2);
    // The last traded price per product, without a raw message crossing threads.
    QVERIFY(last.health.lastPrices.value(Btc).isPositive());
    QVERIFY(last.market->ticker);
    QCOMPARE(last.health.lastPrices.value(Btc), last.market->ticker->price);
    QVERIFY(last.killSwitch.isActive());
    QVERIFY(last.trading);
    // Coalesced: far fewer snapshots than the recording's 546 messages.
    QVERIFY(snapshots.count() < 100);
}

void tst_TradingSession::stopsALoopingReplayPromptly()
{
    auto session = std::make_unique<TradingSession>();
    QSignalSpy snapshots(session.get(), &TradingSession::snapshotReady);
    QVERIFY(session->start(recordingOptions({}, true))); // loops forever
    QTRY_VERIFY(snapshots.count() > 3);
    session.reset(); // stops the feed on its thread, deletes the graph, joins the thread
}

void tst_TradingSession::replacesTheMarketWithAnother()
{
    TradingSession session;
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    QVERIFY(session.start(recordingOptions({}, true)));
    QVERIFY(session.switchMarket(RecordedMarket{Recording, 0.0, false}));
    QVERIFY(finished.wait(10000));
    QVERIFY(!std::get<RecordedMarket>(session.options().market).loop);
}

// The engine hears the trader's kill switch and bot switches; a session built anew (another
// market, another account) starts in the same state.
void tst_TradingSession::killSwitchAndBotSwitchesCarryToTheNextMarket()
{
    QTemporaryDir dir;
    TradingSession session;
    QSignalSpy snapshots(&session, &TradingSession::snapshotReady);
    SessionOptions options = recordingOptions(dir.filePath(QStringLiteral("paper.sqlite")), true);
    options.bots = {scalper()};
    std::get<PaperVenue>(options.venue).startingCash = Decimal::fromInteger(2500);
    QVERIFY(session.start(options));
    QTRY_VERIFY(!snapshots.isEmpty() && lastSnapshot(snapshots).trading);
    QCOMPARE(lastSnapshot(snapshots).trading->startingEquity, Decimal::fromInteger(2500));
    QVERIFY(lastSnapshot(snapshots).killSwitch.isActive());

    session.halt(HaltCause::Pressed, QStringLiteral("test"));
    QTRY_COMPARE(lastSnapshot(snapshots).killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(lastSnapshot(snapshots).killSwitch.cause, HaltCause::Pressed);
    session.setBotRunning(QStringLiteral("BTC Scalper"), false);
    QTRY_COMPARE(
        lastSnapshot(snapshots).trading->stoppedBots, QStringList{QStringLiteral("BTC Scalper")});

    // Another account, kept in memory: it starts halted, with the bot stopped.
    QVERIFY(session.switchVenue(PaperVenue{}));
    snapshots.clear();
    QTRY_VERIFY(!snapshots.isEmpty() && lastSnapshot(snapshots).trading);
    QCOMPARE(lastSnapshot(snapshots).killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(lastSnapshot(snapshots).killSwitch.cause, HaltCause::Pressed);
    QCOMPARE(
        lastSnapshot(snapshots).trading->stoppedBots, QStringList{QStringLiteral("BTC Scalper")});
    session.rearm();
    QTRY_VERIFY(lastSnapshot(snapshots).killSwitch.isActive());

    // The paper journal kept both: reopened on its own, it is still halted with the bot stopped.
    session.stop();
    SessionOptions again = options;
    again.killSwitch = {};
    again.stoppedBots = {};
    TradingSession restarted;
    QSignalSpy restartedSnapshots(&restarted, &TradingSession::snapshotReady);
    QVERIFY(restarted.start(again));
    QTRY_VERIFY(!restartedSnapshots.isEmpty() && lastSnapshot(restartedSnapshots).trading);
    QCOMPARE(lastSnapshot(restartedSnapshots).killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(lastSnapshot(restartedSnapshots).killSwitch.detail, QStringLiteral("test"));
    QCOMPARE(lastSnapshot(restartedSnapshots).trading->stoppedBots,
        QStringList{QStringLiteral("BTC Scalper")});
}

void tst_TradingSession::unreadableJournalHaltsWithTheReason()
{
    QTemporaryDir dir;
    TradingSession session;
    QSignalSpy snapshots(&session, &TradingSession::snapshotReady);
    SessionOptions options = recordingOptions(dir.path()); // a folder, not a file
    options.bots = {scalper()};
    QVERIFY(session.start(options));
    QTRY_VERIFY(!snapshots.isEmpty());
    const SessionSnapshot last = lastSnapshot(snapshots);
    QCOMPARE(last.killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(last.killSwitch.cause, HaltCause::JournalFailure);
    QVERIFY(!last.health.accountProblem.isEmpty());
    QCOMPARE(last.killSwitch.detail, last.health.accountProblem);
    QVERIFY(!last.trading);
    // Nothing trades, yet the trader's halt is kept for the account chosen next.
    session.halt(HaltCause::Pressed, QStringLiteral("kept"));
    session.setBotRunning(QStringLiteral("BTC Scalper"), false);
    QVERIFY(session.switchVenue(PaperVenue{}));
    const SessionSnapshot next = session.snapshotNow();
    QCOMPARE(next.killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(next.killSwitch.detail, QStringLiteral("kept"));
    QCOMPARE(next.trading->stoppedBots, QStringList{QStringLiteral("BTC Scalper")});
}

// T37 in the session: the bots trading a candle file played as a market (the hub, the bot watch
// and the trading engine on the engine thread) make the backtest's trades.
void tst_TradingSession::candleReplayTradesAsTheBacktest()
{
    const std::vector<Candle> candles = TestData::demoCandles(4000);
    const BacktestResult backtest
        = BacktestRunner::run(scalper(), {candles.begin(), candles.end() - 1});
    QVERIFY(backtest.trades.size() >= 5);

    QTemporaryDir dir;
    TradingSession session;
    QSignalSpy snapshots(&session, &TradingSession::snapshotReady);
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    QVERIFY(session.start(candleOptions(dir, 4000)));
    QVERIFY(finished.wait(30000));
    const SessionSnapshot ended = session.snapshotNow();
    QVERIFY(ended.trading);
    QVERIFY(sameTrades(*ended.trading, backtest));
    QCOMPARE(ended.market->candles.back().start, candles.back().start);
    QVERIFY(!ended.market->bookFed); // candles have no book: the dock says so
    QCOMPARE(ended.market->priceDecimals, 2); // BTC-USD's cents

    // Editing the bots (the bot editor) keeps the replay's account: no fresh start.
    BotConfig edited = scalper();
    edited.cooldown = std::chrono::minutes(30);
    session.setBots({edited});
    const SessionSnapshot after = session.snapshotNow();
    QCOMPARE(after.trading->trades.size(), ended.trading->trades.size());
    QCOMPARE(after.trading->cash, ended.trading->cash);
    QCOMPARE(after.trading->positions.size(), ended.trading->positions.size());
    QCOMPARE(after.bots->size(), size_t(1)); // the edited bot, watched in the old one's place
}

// T37 for limits: a bot entering with post-only limits (moved with the market, the rest bought at
// market after 15 minutes) on the candle replay makes the backtest's trades, fees included.
void tst_TradingSession::makerEntriesTradeAsTheBacktest()
{
    const BotConfig maker = makerScalper();
    const std::vector<Candle> candles = TestData::demoCandles(4000);
    const BacktestResult backtest
        = BacktestRunner::run(maker, {candles.begin(), candles.end() - 1});
    const BacktestResult atMarket
        = BacktestRunner::run(scalper(), {candles.begin(), candles.end() - 1});
    QVERIFY(backtest.trades.size() >= 5);
    QVERIFY(backtest.stats.netPnl != atMarket.stats.netPnl); // the limits made a difference

    const SessionSnapshot ended = playedToTheEnd(maker, 4000);
    QVERIFY(ended.trading);
    QVERIFY(sameTrades(*ended.trading, backtest));
    // Post-only limits went out, and some of them filled as makers.
    const bool makerFilled = std::any_of(
        ended.trading->orders.begin(), ended.trading->orders.end(), [](const Order& order) {
            return order.type == OrderType::Limit && order.postOnly
                && order.filledQuantity.isPositive();
        });
    QVERIFY(makerFilled);
}

// T37 for a take profit resting at the target: the candle replay rests, fills and cancels the
// same limits as the backtest (the stop first in a bar that reaches both), fees included.
void tst_TradingSession::restingTakeProfitsTradeAsTheBacktest()
{
    BotConfig resting = scalper();
    resting.exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    const std::vector<Candle> candles = TestData::demoCandles(4000);
    const BacktestResult backtest
        = BacktestRunner::run(resting, {candles.begin(), candles.end() - 1});
    const BacktestResult atMarket
        = BacktestRunner::run(scalper(), {candles.begin(), candles.end() - 1});
    QVERIFY(backtest.trades.size() >= 5);
    QVERIFY(backtest.stats.netPnl != atMarket.stats.netPnl); // the limits made a difference
    // Some trades took profit at the target itself, as makers.
    QVERIFY(std::any_of(backtest.trades.begin(), backtest.trades.end(),
        [](const ClosedTrade& trade) { return trade.exitReason == ExitReason::TakeProfit; }));

    const SessionSnapshot ended = playedToTheEnd(resting, 4000);
    QVERIFY(ended.trading);
    QVERIFY(sameTrades(*ended.trading, backtest));
    const auto& orders = ended.trading->orders;
    const auto limits = std::count_if(orders.begin(), orders.end(), [](const Order& order) {
        return order.type == OrderType::Limit && order.side == Side::Sell;
    });
    const auto filled = std::count_if(orders.begin(), orders.end(), [](const Order& order) {
        return order.type == OrderType::Limit && order.side == Side::Sell
            && order.status == OrderStatus::Filled;
    });
    QVERIFY(filled > 0);
    QVERIFY(limits > filled); // others were cancelled by a stop or the bot's exit
}

void tst_TradingSession::candleFileMustBeFiveMinutes()
{
    TradingSession session;
    QVERIFY(session.start(recordingOptions({}, true)));
    SessionOptions options;
    options.market = CandleMarket{
        QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/candles_1m_sample.csv"), Btc, 0.0, {}};
    const Status minutes = session.start(options);
    QVERIFY(!minutes);
    QVERIFY(minutes.error().message.contains(QLatin1String("five-minute")));
    // Refused before anything was torn down: the session running before still runs.
    QVERIFY(session.isRunning());
    QVERIFY(std::holds_alternative<RecordedMarket>(session.options().market));
    options.market = CandleMarket{QStringLiteral("/no/such/file.csv"), Btc, 0.0, {}};
    QVERIFY(session.start(options).error().message.contains(QLatin1String("/no/such/file.csv")));
}

namespace {
// Plays the first `count` bundled candles into the paper journal `journal` and returns what the
// session ended with.
SessionSnapshot playInto(
    const QTemporaryDir& dir, const QString& journal, int count, const BotConfig& bot = scalper())
{
    SessionOptions options = candleOptions(dir, count);
    options.bots = {bot};
    options.venue = PaperVenue{journal, Decimal::fromInteger(10000)};
    TradingSession session;
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    if (!session.start(options) || !finished.wait(60000))
        qFatal("the session did not play its candles");
    return session.snapshotNow();
}
} // namespace

void tst_TradingSession::aResumedSessionEndsLikeAnUninterruptedOne_data()
{
    QTest::addColumn<BotConfig>("bot");
    QTest::addColumn<bool>("rests"); // whether its orders rest at the paper venue
    QTest::newRow("market orders") << scalper() << false;
    const BotConfig maker = makerScalper();
    QTest::newRow("maker entries") << maker << true;
    BotConfig takeProfit = scalper();
    takeProfit.exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    QTest::newRow("resting take profits") << takeProfit << true;
}

// A session stopped part way (a crash, a restart) and run again on its journal ends with the
// trades, cash and fills of one that ran through; running it once more adds nothing (T07). The
// orders resting at the paper venue when it stopped (a maker entry, a take profit) rest there
// again: they fill, move and end as in the run that went through.
void tst_TradingSession::aResumedSessionEndsLikeAnUninterruptedOne()
{
    QFETCH(BotConfig, bot);
    QFETCH(bool, rests);
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
    const QString parts = dir.filePath(QStringLiteral("parts.sqlite"));
    const SessionSnapshot uninterrupted = playInto(dir, whole, 5000, bot);
    QVERIFY(uninterrupted.trading->trades.size() >= 3);
    // Stopped at times spread over the run, and just after a few of the orders that rested.
    std::vector<int> stops{1500, 2600, 3700};
    const std::vector<Candle> candles = TestData::demoCandles(5000);
    int restingOrders = 0;
    for (const Order& order : uninterrupted.trading->orders) {
        const auto placedAt = std::find_if(candles.begin(), candles.end(),
            [&order](const Candle& candle) { return candle.start == order.createdAt; });
        if (!canRest(order) || placedAt == candles.end() || ++restingOrders > 3)
            continue;
        stops.push_back(int(placedAt - candles.begin()) + 1);
    }
    std::sort(stops.begin(), stops.end());
    int stoppedResting = 0; // stops with an order resting at the paper venue
    for (const int stop : stops) {
        const SessionSnapshot part = playInto(dir, parts, stop, bot);
        const auto& orders = part.trading->orders;
        stoppedResting += int(std::count_if(orders.begin(), orders.end(),
            [](const Order& order) { return canRest(order) && !isTerminal(order.status); }));
    }
    if (rests)
        QVERIFY2(stoppedResting > 0, "no stop found an order resting: the case is not tested");
    const SessionSnapshot resumed = playInto(dir, parts, 5000, bot);
    const auto describe = [](const std::vector<ClosedTrade>& trades) {
        QStringList lines;
        for (const ClosedTrade& trade : trades)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(toUnixSeconds(trade.entryTime))
                             .arg(toUnixSeconds(trade.exitTime))
                             .arg(trade.entryPrice.toString(), trade.exitPrice.toString(),
                                 trade.pnl.toString()));
        return lines;
    };
    QCOMPARE(describe(resumed.trading->trades), describe(uninterrupted.trading->trades));
    QCOMPARE(resumed.trading->cash, uninterrupted.trading->cash);
    const auto fillsOf = [](const QString& path) {
        JournalStore store;
        return store.open(path) ? store.loadFills()->size() : size_t(0);
    };
    QCOMPARE(fillsOf(parts), fillsOf(whole)); // none doubled
    playInto(dir, parts, 5000, bot);
    QCOMPARE(fillsOf(parts), fillsOf(whole)); // and none added by running again
}

// `candela-cli session kill` writes the halt into the journal: the engine opening it trades
// nothing.
void tst_TradingSession::aHaltSavedInTheJournalStopsNewOrders()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("halted.sqlite"));
    {
        JournalStore store;
        QVERIFY(store.open(journal));
        QVERIFY(store.setState(QStringLiteral("kill_switch"), QStringLiteral("HALTED")));
    }
    const SessionSnapshot ended = playInto(dir, journal, 3000);
    QCOMPARE(ended.killSwitch.state, KillSwitchState::Halted);
    QVERIFY(ended.trading->trades.empty());
    QVERIFY(ended.trading->positions.empty());
    JournalStore store;
    QVERIFY(store.open(journal));
    QVERIFY(store.loadFills()->empty());
}

// Trading live: the bots' orders go signed to Coinbase (the fake venue on 127.0.0.1) and are
// booked from its answers in the live journal, never the paper one; the kill switch cancels
// every open order there, one placed in the web UI too (T31).
void tst_TradingSession::liveVenueTakesTheOrdersAndTheKillSwitchClearsIt()
{
    auto key = SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    const QString keyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
    Test::FakeVenue venue(key->publicKeyPem(), keyName);
    const std::vector<Candle> candles = TestData::demoCandles(2500);
    venue.setPrice(Btc, candles.front().close);
    venue.setBalance(QStringLiteral("USD"), Decimal::fromInteger(1000000));
    venue.takerFeeRate = Decimal::fromString(std::string_view("0.0025")).value();
    venue.makerFeeRate = Decimal::fromString(std::string_view("0.0015")).value();
    QTemporaryDir dir;
    const QString liveJournal = dir.filePath(QStringLiteral("live.sqlite"));

    TradingSession session;
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    SessionOptions options = candleOptions(dir, 2500);
    CoinbaseExecution::Config execution;
    execution.pollEvery = std::chrono::milliseconds(20);
    options.venue = CoinbaseVenue{venue.clientConfig(), {*key, keyName}, execution, std::nullopt,
        liveJournal, Decimal::fromInteger(10000)};
    QVERIFY(session.start(options));

    // The orders reach the venue and come back as the account's fills; the candles wait for
    // them, so every order has settled when the market ends.
    QVERIFY(finished.wait(60000));
    QVERIFY(venue.orders().size() >= 2);
    QVERIFY(venue.authProblems().isEmpty());
    const SessionSnapshot traded = session.snapshotNow();
    QCOMPARE(traded.health.ordersInFlight, 0);
    QCOMPARE(traded.trading->orders.size(), venue.orders().size());
    for (const Order& order : traded.trading->orders) {
        QCOMPARE(venue.ordersWithClientId(order.clientOrderId), 1);
        if (order.type == OrderType::StopLimit) // a position's stop at the venue
            QVERIFY(
                order.status == OrderStatus::Cancelled || order.status == OrderStatus::Accepted);
        else
            QCOMPARE(order.status, OrderStatus::Filled);
    }
    {
        JournalStore store;
        QVERIFY(store.open(liveJournal));
        QCOMPARE(store.loadOrders()->size(), venue.orders().size());
        QCOMPARE(store.loadFills()->size(), venue.fills().size());
        // The account's own tier, not the paper defaults, and on the record.
        const auto audit = store.loadAudit();
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->begin(), audit->end(), [](const AuditEntry& entry) {
            return entry.kind == QLatin1String("fee_tier")
                && entry.detail.endsWith(QLatin1String("maker 0.0015, taker 0.0025"));
        }));
    }

    // The kill switch: the venue is cleared, the order from the web UI included.
    const QString external = venue.placeExternal(
        Btc, QStringLiteral("BUY"), Decimal::fromInteger(1), Decimal::fromInteger(1000));
    const int ordersBefore = int(venue.orders().size());
    session.halt(HaltCause::Pressed);
    QTRY_COMPARE_WITH_TIMEOUT(venue.order(external)->status, QStringLiteral("CANCELLED"), 10000);
    QVERIFY(venue.postsTo(QStringLiteral("/orders/batch_cancel")) >= 1);
    QCOMPARE(int(venue.orders().size()), ordersBefore);
}

// The candles played to an order venue wait for its orders; with no account (its journal cannot
// be opened) there are none to wait for, and the market still plays to its end.
void tst_TradingSession::candlesAtAVenueWithoutAnAccountStillEnd()
{
    auto key = SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    QTemporaryDir dir;
    SessionOptions options = candleOptions(dir, 500);
    // Nothing listens there: the product list's fetch fails on this machine, never reaching
    // the internet, and the market plays without it (no account, nothing trades).
    TradingRestClient::Config nowhere;
    nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v3/brokerage"));
    options.venue = CoinbaseVenue{nowhere, {*key, QStringLiteral("organizations/o/apiKeys/k")}, {},
        std::nullopt, dir.path(), Decimal::fromInteger(10000)}; // a folder, not a journal
    TradingSession session;
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    QVERIFY(session.start(options));
    QVERIFY(finished.wait(20000));
    QVERIFY(!session.snapshotNow().health.accountProblem.isEmpty());
}

QTEST_GUILESS_MAIN(tst_TradingSession)
#include "tst_tradingsession.moc"

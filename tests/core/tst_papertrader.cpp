#include "core/backtest/backtestrunner.h"
#include "core/engine/botwatch.h"
#include "core/engine/tradingengine.h"
#include "core/market/csvcandles.h"
#include "core/market/marketdatahub.h"
#include "core/storage/journalstore.h"
#include "decimalliteral.h"
#include "demodata.h"
#include "sqlbehind.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::TestData::demoCandles;
using Candela::TestData::playCandles;
using Candela::TestData::scalper;
using Candela::TestData::SilentFeed;

namespace {
const QString Btc = QStringLiteral("BTC-USD");

TradingEngine::Options accountOptions(const BotConfig& bot, qint64 cash, const QString& journal)
{
    TradingEngine::Options options;
    options.bots = {bot};
    options.startingCash = Decimal::fromInteger(cash);
    options.journalPath = journal;
    return options;
}

TradingEngine::Options withDefaults(TradingEngine::Options options, const RiskPolicy& defaults)
{
    options.riskDefaults = defaults;
    return options;
}

// The market thread's trio — hub, bot watch, trading engine — fed candle by candle.
struct Desk
{
    explicit Desk(const QString& journalPath = {}, const BotConfig& bot = scalper(),
        const RiskPolicy& riskDefaults = {})
        : hub(feed)
        , watch(hub, {bot}, std::chrono::milliseconds(1))
        , trader(hub, watch, withDefaults(accountOptions(bot, 10000, journalPath), riskDefaults))
    {
        if (auto opened = trader.open(); !opened)
            qFatal("%s", qPrintable(opened.error().message));
    }

    void play(const std::vector<Candle>& candles, size_t from, size_t to)
    {
        playCandles(hub, Btc, candles, from, to);
    }

    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
};

void compareTrades(const std::vector<ClosedTrade>& actual, const std::vector<ClosedTrade>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].entryTime, expected[i].entryTime);
        QCOMPARE(actual[i].exitTime, expected[i].exitTime);
        QCOMPARE(actual[i].entryPrice, expected[i].entryPrice);
        QCOMPARE(actual[i].exitPrice, expected[i].exitPrice);
        QCOMPARE(actual[i].quantity, expected[i].quantity);
        QCOMPARE(actual[i].fees, expected[i].fees);
        QCOMPARE(actual[i].pnl, expected[i].pnl);
    }
}

// equity = cash + Σ position value at mark (long only here).
void checkEquityInvariant(const TradingSnapshot& snapshot)
{
    Decimal value = snapshot.cash;
    for (const OpenPosition& position : snapshot.positions)
        value = *value.plus(*position.quantity.times(position.mark));
    QCOMPARE(snapshot.equity, value);
}
} // namespace

// Paper trading in the window: the backtest's trades from the same candles, a journal that
// restores it exactly and never doubles an order, and a kill switch that stops and flattens.
class tst_TradingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradesLikeTheBacktest();
    void resumesFromItsJournalWithoutDoubling();
    void anOrderKilledBeforeItsFillIsSentAgain();
    void haltRefusesAndFlattenCloses();
    void stoppedBotPlacesNoOrder();
    void traderClosesOnePositionByHand();
    void sessionKeepsItsStartingCash();
    void journalFailureHaltsAndCountsNothing();
    void closingFillAndItsTradeAreDurableTogether();
    void botMovedToAnotherProductKeepsItsOldPosition();
    void haltFlagStopsOrdersBeforeTheQueuedSwitchArrives();
    void dailyLossBreakerSurvivesARestart();
    void killSwitchHoldsWhileTheMarketThreadIsStuck();
    void accountLimitStopsEveryBot();
    void drawdownLockHoldsUntilTheTraderReleasesIt();
    void aFrozenProductEntersNothingWhileOthersFlow();
};

void tst_TradingEngine::tradesLikeTheBacktest()
{
    const std::vector<Candle> candles = demoCandles(3000);
    Desk desk;
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    for (size_t i = 0; i < candles.size(); i += 100) {
        desk.play(candles, i, std::min(candles.size(), i + 100));
        checkEquityInvariant(desk.trader.snapshot());
    }
    // The last candle is still forming: the backtest sees the closed ones.
    const BacktestResult backtest
        = BacktestRunner::run(scalper(), {candles.begin(), candles.end() - 1});
    QVERIFY(backtest.trades.size() >= 3);
    const TradingSnapshot snapshot = desk.trader.snapshot();
    compareTrades(snapshot.trades, backtest.trades);
    QCOMPARE(snapshot.stats.trades, backtest.stats.trades);
    QCOMPARE(snapshot.stats.netPnl, backtest.stats.netPnl);
    // Two fills per round trip, plus the open one's.
    const qsizetype fills = std::count_if(events.begin(), events.end(), [](const QVariantList& e) {
        return e.at(0).value<TradingEvent>().kind == TradingEvent::Kind::Fill;
    });
    QCOMPARE(fills, qsizetype(2 * backtest.trades.size() + snapshot.positions.size()));
    QCOMPARE(snapshot.orders.size(), size_t(fills));
    QVERIFY(std::all_of(snapshot.orders.begin(), snapshot.orders.end(),
        [](const Order& order) { return order.status == OrderStatus::Filled; }));
    QCOMPARE(snapshot.startingEquity, Decimal::fromInteger(10000));
}

void tst_TradingEngine::resumesFromItsJournalWithoutDoubling()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    // Without a cooldown, only the ledger and the journal keep an intent met again from
    // becoming a second order.
    BotConfig bot = scalper();
    bot.cooldown = std::chrono::minutes(0);
    Desk uninterrupted({}, bot);
    uninterrupted.play(candles, 0, candles.size());
    const TradingSnapshot expected = uninterrupted.trader.snapshot();

    // Stopped (as by a crash) right after an order, in the middle of the run.
    TradingSnapshot beforeRestart;
    size_t stop = 1500;
    {
        Desk first(path, bot);
        first.play(candles, 0, stop);
        const size_t ordersBefore = first.trader.snapshot().orders.size();
        while (first.trader.snapshot().orders.size() == ordersBefore && stop < candles.size())
            first.play(candles, stop, stop + 1), ++stop;
        QVERIFY(stop < candles.size());
        beforeRestart = first.trader.snapshot();
        QVERIFY(!beforeRestart.trades.empty());
    }
    // Restarted: the same ledger from the journal alone.
    Desk second(path, bot);
    const TradingSnapshot restored = second.trader.snapshot();
    compareTrades(restored.trades, beforeRestart.trades);
    QCOMPARE(restored.cash, beforeRestart.cash);
    QCOMPARE(restored.positions.size(), beforeRestart.positions.size());
    QCOMPARE(restored.orders.size(), beforeRestart.orders.size());
    // The equity curve comes back from the hourly snapshots: each restored point is the point
    // the running trader had at that time, one an hour.
    QVERIFY(restored.equityCurve.size() >= stop * 5 / 60 - 1);
    for (const EquityPoint& point : restored.equityCurve) {
        const auto same
            = std::find_if(beforeRestart.equityCurve.begin(), beforeRestart.equityCurve.end(),
                [&](const EquityPoint& each) { return each.time == point.time; });
        QVERIFY(same != beforeRestart.equityCurve.end());
        QCOMPARE(point.equity, same->equity);
    }
    // The history comes back after the start (a late backfill): the bar that closed just before
    // the crash is met again with the same intent, which the journal already holds.
    QSignalSpy events(&second.trader, &TradingEngine::tradingEvent);
    second.hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.begin() + stop});
    QVERIFY(events.isEmpty());
    QCOMPARE(second.trader.snapshot().orders.size(), beforeRestart.orders.size());
    // …and the run goes on to end exactly as one that never stopped.
    second.play(candles, stop, candles.size());
    const TradingSnapshot resumed = second.trader.snapshot();
    compareTrades(resumed.trades, expected.trades);
    QCOMPARE(resumed.cash, expected.cash);
    QCOMPARE(resumed.equity, expected.equity);
}

// T07's narrowest window: killed after an order was journaled and before its fill was. The paper
// venue forgot it; met again, the same intent sends it again, and the run ends as one that never
// stopped (it used to count the order as placed and leave the position as it was).
void tst_TradingEngine::anOrderKilledBeforeItsFillIsSentAgain()
{
    const std::vector<Candle> candles = demoCandles(3000);
    Desk uninterrupted;
    uninterrupted.play(candles, 0, candles.size());
    const TradingSnapshot expected = uninterrupted.trader.snapshot();
    QVERIFY(expected.trades.size() >= 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    size_t stop = 0;
    QString order;
    {
        Desk first(path);
        while (first.trader.snapshot().orders.empty() && stop < candles.size())
            first.play(candles, stop, stop + 1), ++stop;
        QVERIFY(stop < candles.size());
        order = first.trader.snapshot().orders.front().clientOrderId;
    }
    // As the journal stands after such a kill: the order Submitted, its fill not on disk.
    QVERIFY(Candela::Test::executeBehind(path, QStringLiteral("DELETE FROM fills")));
    QVERIFY(Candela::Test::executeBehind(path,
        QStringLiteral("UPDATE orders SET status = 1, filled = '0', average_price = '0', "
                       "fees = '0' WHERE client_order_id = '%1'")
            .arg(order)));
    Desk second(path);
    QVERIFY(second.trader.snapshot().positions.empty());
    second.play(candles, 0, candles.size()); // the session replays its candles from the start
    const TradingSnapshot resumed = second.trader.snapshot();
    compareTrades(resumed.trades, expected.trades);
    QCOMPARE(resumed.cash, expected.cash);
    QCOMPARE(resumed.positions.size(), expected.positions.size());
    JournalStore store;
    QVERIFY(store.open(path));
    const auto orders = store.loadOrders();
    QCOMPARE(orders->front().clientOrderId, order);
    QCOMPARE(orders->front().status, OrderStatus::Filled);
}

void tst_TradingEngine::haltRefusesAndFlattenCloses()
{
    const std::vector<Candle> candles = demoCandles(3000);
    Desk desk;
    size_t i = 0;
    while (i < candles.size() && desk.trader.snapshot().positions.empty())
        desk.play(candles, i, i + 1), ++i;
    QVERIFY2(i < candles.size(), "the bot never bought");
    const size_t ordersBefore = desk.trader.snapshot().orders.size();

    desk.trader.halt(HaltCause::Pressed);
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    desk.play(candles, i, candles.size());
    TradingSnapshot halted = desk.trader.snapshot();
    QCOMPARE(halted.killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(halted.orders.size(), ordersBefore); // no new order left
    QCOMPARE(halted.positions.size(), size_t(1)); // halt keeps the position
    for (const QVariantList& event : events)
        QCOMPARE(event.at(0).value<TradingEvent>().reasonName(), QStringLiteral("kill_switch"));

    desk.trader.flatten(HaltCause::Pressed);
    const TradingSnapshot flat = desk.trader.snapshot();
    QVERIFY(flat.positions.empty());
    QCOMPARE(flat.orders.size(), ordersBefore + 1);
    QCOMPARE(flat.trades.back().exitReason, ExitReason::KillSwitch);
    QCOMPARE(flat.trades.back().exitTime, halted.time);
    checkEquityInvariant(flat);
}

void tst_TradingEngine::stoppedBotPlacesNoOrder()
{
    const std::vector<Candle> candles = demoCandles(3000);
    Desk desk;
    desk.trader.setBotRunning(QStringLiteral("BTC Scalper"), false);
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    desk.play(candles, 0, candles.size());
    const TradingSnapshot snapshot = desk.trader.snapshot();
    QVERIFY(snapshot.orders.empty());
    QCOMPARE(snapshot.stoppedBots, QStringList{QStringLiteral("BTC Scalper")});
    QVERIFY(!events.isEmpty()); // each intent is refused aloud
    QCOMPARE(
        events.first().at(0).value<TradingEvent>().reasonName(), QStringLiteral("bot_stopped"));
    QCOMPARE(snapshot.lastRefusals.at(QStringLiteral("BTC Scalper")).reasonName(),
        QStringLiteral("bot_stopped"));
    desk.trader.setBotRunning(QStringLiteral("BTC Scalper"), true); // started: not refused now
    QVERIFY(desk.trader.snapshot().lastRefusals.empty());
}

// The trader closes a bot's position at market (Positions → Close position): one order, one
// round trip with the exit reason "manual", in the journal like any. Refused aloud while the
// kill switch is engaged; an error when the bot holds nothing.
void tst_TradingEngine::traderClosesOnePositionByHand()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    const QString bot = QStringLiteral("BTC Scalper");
    TradingSnapshot closed;
    {
        Desk desk(journal);
        size_t i = 0;
        while (i < candles.size() && desk.trader.snapshot().positions.empty())
            desk.play(candles, i, i + 1), ++i;
        QVERIFY2(i < candles.size(), "the bot never bought");
        const TradingSnapshot open = desk.trader.snapshot();
        const Decimal shown = open.positions.front().quantity;
        QVERIFY(!desk.trader.closePosition(bot, QStringLiteral("ETH-USD"), shown));

        QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
        desk.trader.halt(HaltCause::Pressed);
        QVERIFY(!desk.trader.closePosition(bot, Btc, shown));
        QCOMPARE(events.size(), 1);
        QCOMPARE(
            events.first().at(0).value<TradingEvent>().reasonName(), QStringLiteral("kill_switch"));
        desk.trader.rearm();
        // A confirmation answered after the position changed (the bot exited and entered
        // again, another size) closes nothing.
        QVERIFY(!desk.trader.closePosition(bot, Btc, *shown.plus(dec("0.001"))));
        QCOMPARE(events.last().at(0).value<TradingEvent>().reasonName(),
            QStringLiteral("position_changed"));
        QCOMPARE(desk.trader.snapshot().positions.size(), size_t(1));
        QCOMPARE(desk.trader.snapshot().orders.size(), open.orders.size());

        QSignalSpy snapshots(&desk.trader, &TradingEngine::snapshotReady);
        QVERIFY(desk.trader.closePosition(bot, Btc, shown));
        QCOMPARE(snapshots.size(), 1); // the window sees it at once, not at the next bar
        closed = desk.trader.snapshot();
        QVERIFY(closed.positions.empty());
        QCOMPARE(closed.orders.size(), open.orders.size() + 1);
        QCOMPARE(closed.orders.front().side, Side::Sell);
        QCOMPARE(closed.orders.front().quantity, open.positions.front().quantity);
        QCOMPARE(closed.trades.back().exitReason, ExitReason::Manual);
        QCOMPARE(closed.trades.back().quantity, open.positions.front().quantity);
        QVERIFY(!desk.trader.closePosition(bot, Btc, shown)); // nothing left to close
        checkEquityInvariant(closed);
    }
    Desk again(journal);
    QCOMPARE(again.trader.snapshot().cash, closed.cash);
    QCOMPARE(again.trader.snapshot().trades.back().exitReason, ExitReason::Manual);
    QVERIFY(again.trader.snapshot().positions.empty());
}

void tst_TradingEngine::sessionKeepsItsStartingCash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.sqlite"));
    const auto traderWith = [&](qint64 cash, Desk& desk) {
        return std::make_unique<TradingEngine>(
            desk.hub, desk.watch, accountOptions(scalper(), cash, path));
    };
    {
        Desk desk;
        auto trader = traderWith(2500, desk);
        QVERIFY(trader->open());
        QCOMPARE(trader->snapshot().startingEquity, Decimal::fromInteger(2500));
    }
    Desk desk;
    auto resumed = traderWith(10000, desk);
    QVERIFY(resumed->open());
    QCOMPARE(resumed->snapshot().startingEquity, Decimal::fromInteger(2500));
    QCOMPARE(resumed->snapshot().cash, Decimal::fromInteger(2500));
}

// T11: a fill that cannot be made durable is not counted, and trading stops at once.
void tst_TradingEngine::journalFailureHaltsAndCountsNothing()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    Desk desk(path);
    QSignalSpy failed(&desk.trader, &TradingEngine::killSwitchChanged);
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    // Another connection breaks the fills table, so the first fill's insert fails as on a
    // full or failing disk.
    QVERIFY(Candela::Test::executeBehind(path, QStringLiteral("DROP TABLE fills")));
    desk.play(candles, 0, candles.size());
    QCOMPARE(failed.count(), 1);
    const TradingSnapshot snapshot = desk.trader.snapshot();
    QCOMPARE(snapshot.killSwitch.state, KillSwitchState::Halted);
    // The engine says why it halted: the window shows it on the kill switch.
    const auto halted = failed.front().front().value<KillSwitchStatus>();
    QCOMPARE(halted.cause, HaltCause::JournalFailure);
    QVERIFY(halted.detail.contains(QStringLiteral("record fill")));
    QCOMPARE(snapshot.killSwitch, halted);
    QVERIFY(snapshot.positions.empty());
    QVERIFY(snapshot.trades.empty());
    QCOMPARE(snapshot.cash, Decimal::fromInteger(10000));
    // Nothing was filled after the halt; the bot shows the engine's switch as its blocker.
    for (const QVariantList& event : events) {
        QCOMPARE(event.at(0).value<TradingEvent>().kind, TradingEvent::Kind::Refused);
        QCOMPARE(event.at(0).value<TradingEvent>().reasonName(), QStringLiteral("kill_switch"));
    }
    const BlockerList blockers = desk.watch.statuses().front().evaluation.blockers;
    QVERIFY(std::any_of(blockers.begin(), blockers.end(),
        [](const Blocker& blocker) { return blocker.kind == BlockerKind::KillSwitch; }));
}

// A closing fill and the round trip it closes are one commit: when the trade cannot be written,
// the fill is not on disk either, and neither is counted.
void tst_TradingEngine::closingFillAndItsTradeAreDurableTogether()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    Desk desk(path);
    size_t i = 0;
    while (i < candles.size() && desk.trader.snapshot().positions.empty())
        desk.play(candles, i, i + 1), ++i;
    QVERIFY(i < candles.size());
    QVERIFY(Candela::Test::executeBehind(path, QStringLiteral("DROP TABLE closed_trades")));
    QSignalSpy failed(&desk.trader, &TradingEngine::killSwitchChanged);
    desk.play(candles, i, candles.size());
    QCOMPARE(failed.count(), 1); // the first closing fill
    const TradingSnapshot snapshot = desk.trader.snapshot();
    QCOMPARE(snapshot.positions.size(), size_t(1)); // still open: the close did not count
    QVERIFY(snapshot.trades.empty());
    JournalStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.loadFills()->size(), size_t(1)); // the opening fill only
}

// Editing a bot onto another product leaves its position where it was: shown, valued, and
// restored after a restart, instead of a journal that no longer opens.
void tst_TradingEngine::botMovedToAnotherProductKeepsItsOldPosition()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    Decimal entry;
    {
        Desk desk(path);
        size_t i = 0;
        while (i < candles.size() && desk.trader.snapshot().positions.empty())
            desk.play(candles, i, i + 1), ++i;
        QVERIFY(i < candles.size());
        entry = desk.trader.snapshot().positions.front().entryPrice;
    }
    BotConfig moved = scalper();
    moved.product = QStringLiteral("ETH-USD");
    Desk after(path, moved); // would qFatal if the journal no longer opened
    const TradingSnapshot snapshot = after.trader.snapshot();
    QCOMPARE(snapshot.positions.size(), size_t(1));
    QCOMPARE(snapshot.positions.front().productId, Btc);
    QCOMPARE(snapshot.positions.front().entryPrice, entry);
    // The kill switch still reaches it.
    after.hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.front()});
    after.trader.flatten(HaltCause::Pressed);
    QVERIFY(after.trader.snapshot().positions.empty());
}

// The kill switch pressed on the UI thread raises a shared flag at once; the market thread may
// still have market events queued ahead of the queued state change. No intent among them may
// become an order.
void tst_TradingEngine::haltFlagStopsOrdersBeforeTheQueuedSwitchArrives()
{
    const std::vector<Candle> candles = demoCandles(3000);
    auto haltNow = std::make_shared<std::atomic<bool>>(false);
    SilentFeed feed;
    MarketDataHub hub(feed);
    BotWatch watch(hub, {scalper()}, std::chrono::milliseconds(1));
    TradingEngine::Options options = accountOptions(scalper(), 10000, {});
    options.haltNow = haltNow;
    TradingEngine trader(hub, watch, options);
    QSignalSpy events(&trader, &TradingEngine::tradingEvent);
    haltNow->store(true); // pressed; halt() has not arrived
    for (size_t i = 0; i < candles.size(); ++i)
        hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles[i]});
    QVERIFY(trader.snapshot().orders.empty());
    QCOMPARE(trader.snapshot().killSwitch.state, KillSwitchState::Active); // only the flag knew
    QVERIFY(!events.isEmpty());
    for (const QVariantList& event : events)
        QCOMPARE(event.at(0).value<TradingEvent>().reasonName(), QStringLiteral("kill_switch"));
}

// T12: a daily-loss breaker that engaged before a crash is engaged after the restart, for the
// rest of that day — the day's starting equity comes back from the journal, not from the first
// bar after the restart.
void tst_TradingEngine::dailyLossBreakerSurvivesARestart()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    BotConfig bot = scalper();
    bot.cooldown = std::chrono::minutes(0);
    bot.risk.insert(QStringLiteral("daily_loss_percent"), 0.01); // one dollar of 10,000
    size_t i = 1;
    {
        Desk first(path, bot);
        QSignalSpy events(&first.trader, &TradingEngine::tradingEvent);
        const auto breakerEngaged = [&] {
            for (const QVariantList& event : events) {
                if (event.at(0).value<TradingEvent>().reasonName()
                    == QLatin1String("daily_loss_limit"))
                    return true;
            }
            return false;
        };
        first.play(candles, 0, 1);
        while (i < candles.size() && !breakerEngaged())
            first.play(candles, i, i + 1), ++i;
        QVERIFY2(i < candles.size(), "the breaker never engaged");
        QVERIFY(first.trader.snapshot().positions.empty());
    }
    // The rest of that UTC day, after a restart: refused, never an order.
    const qint64 dayEnd = (toUnixSeconds(candles[i].start) / 86400 + 1) * 86400;
    size_t end = i;
    while (end < candles.size() && toUnixSeconds(candles[end].start) + 300 <= dayEnd)
        ++end;
    QVERIFY(end > i + 12);
    Desk second(path, bot);
    const size_t ordersBefore = second.trader.snapshot().orders.size();
    QSignalSpy events(&second.trader, &TradingEngine::tradingEvent);
    second.hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.begin() + i});
    second.play(candles, i, end);
    QCOMPARE(second.trader.snapshot().orders.size(), ordersBefore);
    QVERIFY(!events.isEmpty());
    for (const QVariantList& event : events)
        QCOMPARE(
            event.at(0).value<TradingEvent>().reasonName(), QStringLiteral("daily_loss_limit"));
    // The journal's audit log holds every fill and the breaker's refusals with their numbers.
    JournalStore store;
    QVERIFY(store.open(path));
    const auto audit = store.loadAudit();
    QVERIFY(audit);
    qsizetype fills = 0;
    bool denial = false;
    for (const AuditEntry& entry : *audit) {
        fills += entry.kind == QLatin1String("fill");
        denial = denial
            || (entry.kind == QLatin1String("denial")
                && entry.detail.contains(QLatin1String("daily_loss_limit (value 0.")));
    }
    QCOMPARE(fills, qsizetype(store.loadFills()->size()));
    QVERIFY(denial);
}

// T30: the market thread is stuck (a bot spinning, a slow disk) with market data queued behind
// it when the switch is pressed from another thread. When it comes free it works through the
// queued bars first — and none of their intents becomes an entry, because the shared halt flag
// was raised at the press; then the queued Flatten closes what is open. With the journal locked
// by another process as well, nothing is traded unrecorded: the trader halts itself.
void tst_TradingEngine::killSwitchHoldsWhileTheMarketThreadIsStuck()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    auto halt = std::make_shared<std::atomic<bool>>(false);
    BotConfig bot = scalper();
    bot.cooldown = std::chrono::minutes(0);
    TradingEngine::Options options = accountOptions(bot, 10000, path);
    options.haltNow = halt;

    QThread thread;
    QObject anchor;
    anchor.moveToThread(&thread);
    thread.start();
    SilentFeed feed;
    feed.moveToThread(&thread);
    std::unique_ptr<MarketDataHub> hub;
    std::unique_ptr<BotWatch> watch;
    std::unique_ptr<TradingEngine> trader;
    std::atomic<int> entriesAfterPress = 0;
    std::atomic<bool> pressed = false;
    const auto play = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            Candle opening = candles[i];
            opening.open = opening.high = opening.low = opening.close = candles[i - 1].close;
            opening.volume = Decimal{};
            hub->mergeHistory(Btc, Timeframe::FiveMinutes, {opening});
            hub->mergeHistory(Btc, Timeframe::FiveMinutes, {candles[i]});
        }
    };
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            hub = std::make_unique<MarketDataHub>(feed);
            watch = std::make_unique<BotWatch>(
                *hub, std::vector<BotConfig>{bot}, std::chrono::milliseconds(1));
            trader = std::make_unique<TradingEngine>(*hub, *watch, options);
            QVERIFY(trader->open());
            QObject::connect(trader.get(), &TradingEngine::tradingEvent, trader.get(),
                [&](const TradingEvent& event) {
                    if (pressed && event.kind == TradingEvent::Kind::Fill
                        && event.side == Side::Buy)
                        ++entriesAfterPress;
                });
            hub->mergeHistory(Btc, Timeframe::FiveMinutes, {candles.front()});
            // Until a position is open.
            size_t i = 1;
            while (i < 1500 && trader->snapshot().positions.empty())
                play(i, i + 1), ++i;
        },
        Qt::BlockingQueuedConnection);
    bool open = false;
    QMetaObject::invokeMethod(
        &anchor, [&] { open = !trader->snapshot().positions.empty(); },
        Qt::BlockingQueuedConnection);
    QVERIFY(open);

    // Stuck: the market thread spins until released; a day of bars queues up behind it.
    std::atomic<bool> release = false;
    std::atomic<bool> stuck = false;
    QMetaObject::invokeMethod(&anchor, [&] {
        stuck = true;
        while (!release)
            QThread::usleep(100);
    });
    while (!stuck)
        QThread::usleep(100);
    size_t at = 0;
    QMetaObject::invokeMethod(
        &anchor, [&] { at = size_t(trader->snapshot().orders.size()); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        &anchor, [&] { play(1500, 1800); }, Qt::QueuedConnection);
    // The press, as the window does it: the flag now, the switch through the queue.
    pressed = true;
    halt->store(true, std::memory_order_release);
    QMetaObject::invokeMethod(
        &anchor, [&] { trader->flatten(HaltCause::Pressed); }, Qt::QueuedConnection);
    release = true;

    TradingSnapshot after;
    QMetaObject::invokeMethod(
        &anchor, [&] { after = trader->snapshot(); }, Qt::BlockingQueuedConnection);
    QCOMPARE(entriesAfterPress.load(), 0);
    QVERIFY(after.positions.empty()); // flattened
    QCOMPARE(after.killSwitch.state, KillSwitchState::Flattening);
    QCOMPARE(after.orders.size(), at + 1); // the flatten order, nothing else

    // The journal locked by someone else: Flatten cannot record, so it trades nothing and the
    // trader halts itself rather than trade unrecorded.
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSignalSpy failed(trader.get(), &TradingEngine::killSwitchChanged);
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                trader->rearm();
                halt->store(false);
                play(1800, 2400); // trading again, into the locked journal
            },
            Qt::BlockingQueuedConnection);
        TradingSnapshot locked;
        QMetaObject::invokeMethod(
            &anchor, [&] { locked = trader->snapshot(); }, Qt::BlockingQueuedConnection);
        QVERIFY(locked.positions.empty()); // nothing counted without its record
        QCOMPARE(locked.killSwitch.state, KillSwitchState::Halted);
        QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            trader.reset();
            watch.reset();
            hub.reset();
        },
        Qt::BlockingQueuedConnection);
    feed.moveToThread(QThread::currentThread());
    thread.quit();
    thread.wait();
}

// The account's daily loss limit (the user's risk defaults) stops entries even when the bot's
// own section allows far more, and the refusal says it is the account's.
void tst_TradingEngine::accountLimitStopsEveryBot()
{
    const std::vector<Candle> candles = demoCandles(3000);
    BotConfig bot = scalper();
    bot.cooldown = std::chrono::minutes(0);
    bot.risk.insert(QStringLiteral("daily_loss_percent"), 100);
    RiskPolicy defaults;
    defaults.dailyLossLimit = *Decimal::fromString(std::string_view("0.0001")); // one dollar
    Desk desk({}, bot, defaults);
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    desk.play(candles, 0, candles.size());
    QStringList reasons;
    for (const QVariantList& event : events)
        reasons << event.at(0).value<TradingEvent>().reasonName();
    QVERIFY2(reasons.contains(QStringLiteral("account_daily_loss_limit")),
        qPrintable(reasons.join(QLatin1Char(','))));
    // Without the account limit the same bot trades more.
    Desk free({}, bot);
    free.play(candles, 0, candles.size());
    QVERIFY(free.trader.snapshot().trades.size() > desk.trader.snapshot().trades.size());
}

// T12 for the drawdown lock: it holds across a restart, and only the trader's release (journaled
// and audited) lets the bot trade again.
void tst_TradingEngine::drawdownLockHoldsUntilTheTraderReleasesIt()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
    BotConfig bot = scalper();
    bot.cooldown = std::chrono::minutes(0);
    bot.risk.insert(QStringLiteral("daily_loss_percent"), 100);
    bot.risk.insert(QStringLiteral("max_drawdown_percent"), 0.01); // one dollar of 10,000
    const auto lockedBy = [](const QSignalSpy& events) {
        for (const QVariantList& event : events)
            if (event.at(0).value<TradingEvent>().reasonName() == QLatin1String("max_drawdown"))
                return true;
        return false;
    };
    size_t i = 1;
    {
        Desk first(path, bot);
        QSignalSpy events(&first.trader, &TradingEngine::tradingEvent);
        first.play(candles, 0, 1);
        while (i < candles.size() && !lockedBy(events))
            first.play(candles, i, i + 1), ++i;
        QVERIFY2(i < candles.size(), "the drawdown lock never engaged");
    }
    // Restarted: still locked, bar after bar, and no order.
    const size_t lockedUntil = std::min(candles.size(), i + 600);
    Desk second(path, bot);
    second.hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.begin() + i});
    const size_t ordersBefore = second.trader.snapshot().orders.size();
    QSignalSpy locked(&second.trader, &TradingEngine::tradingEvent);
    QCOMPARE(second.trader.snapshot().lastRefusals.at(bot.name).reasonName(),
        QStringLiteral("max_drawdown"));
    second.play(candles, i, lockedUntil);
    QCOMPARE(second.trader.snapshot().orders.size(), ordersBefore);
    // The refusal the restart found is still the bot's last (the same one is not announced again
    // bar after bar).
    for (const QVariantList& event : locked)
        QCOMPARE(event.at(0).value<TradingEvent>().reasonName(), QStringLiteral("max_drawdown"));
    QCOMPARE(second.trader.snapshot().lastRefusals.at(bot.name).reasonName(),
        QStringLiteral("max_drawdown"));

    // Released: the bot trades again, and the release survives a restart.
    second.trader.resetDrawdown(bot.name);
    size_t j = lockedUntil;
    while (j < candles.size() && second.trader.snapshot().orders.size() == ordersBefore)
        second.play(candles, j, j + 1), ++j;
    QVERIFY2(second.trader.snapshot().orders.size() > ordersBefore, "no order after the release");
    JournalStore store;
    QVERIFY(store.open(path));
    const auto audit = store.loadAudit();
    QVERIFY(audit);
    QVERIFY(std::any_of(audit->begin(), audit->end(), [&](const AuditEntry& entry) {
        return entry.kind == QLatin1String("drawdown_reset") && entry.botId == bot.name;
    }));
}

// T22: BTC's prices freeze while ETH keeps trading. Past the age limit BTC's bot enters nothing
// (its card says why); with BTC's next price it trades again.
void tst_TradingEngine::aFrozenProductEntersNothingWhileOthersFlow()
{
    using namespace std::chrono_literals;
    const std::vector<Candle> candles = demoCandles(3000);
    const size_t half = candles.size() / 2;
    {
        Desk control; // the same bars with live prices trade in the first half
        control.play(candles, 0, half);
        QVERIFY(!control.trader.snapshot().orders.empty());
    }
    Desk desk;
    const auto price = [&](const QString& product, Timestamp at, const Decimal& last) {
        TickerEvent ticker;
        ticker.productId = product;
        ticker.price = last;
        Q_EMIT desk.feed.messageReceived(
            {Channel::Ticker, QStringLiteral("ticker"), -1, at, {ticker}});
    };
    const Timestamp start = candles.front().start;
    price(Btc, start, candles.front().open);
    price(QStringLiteral("ETH-USD"), start + ProductHealth::DefaultMaxPriceAge + 1ms, dec("3000"));
    QCOMPARE(desk.hub.health(Btc), DataHealth::Stale);
    QCOMPARE(desk.hub.health(QStringLiteral("ETH-USD")), DataHealth::Live);

    desk.play(candles, 0, half);
    QVERIFY(desk.trader.snapshot().orders.empty());
    const BlockerList blockers = desk.watch.statuses().front().evaluation.blockers;
    QVERIFY(std::any_of(blockers.begin(), blockers.end(),
        [](const Blocker& blocker) { return blocker.kind == BlockerKind::DataStale; }));

    price(Btc, start + 2min, candles[half - 1].close);
    QCOMPARE(desk.hub.health(Btc), DataHealth::Live);
    desk.play(candles, half, candles.size());
    QVERIFY(!desk.trader.snapshot().orders.empty());
}

QTEST_MAIN(tst_TradingEngine)
#include "tst_papertrader.moc"

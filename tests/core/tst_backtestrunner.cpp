#include "core/backtest/backtestrunner.h"
#include "core/market/csvcandles.h"

#include "decimalliteral.h"
#include "demodata.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

constexpr qint64 T0 = 1751328000;

BotConfig rsiBot()
{
    BotConfig config;
    config.name = QStringLiteral("rsi2");
    config.product = QStringLiteral("BTC-USD");
    config.timeframe = Timeframe::OneMinute;
    config.rsi = {true, 1.0, RsiSignalParams{2, 30, 70}};
    config.confirmation = std::chrono::minutes(0);
    config.positionSize = dec("1");
    return config;
}

std::vector<Candle> candles(std::initializer_list<const char*> closes)
{
    std::vector<Candle> out;
    qint64 minute = 0;
    for (const char* close : closes) {
        const Decimal c = dec(close);
        out.push_back(Candle{fromUnixSeconds(T0 + 60 * minute++), c, *c.plus(dec("0.5")),
            *c.minus(dec("0.5")), c, dec("1")});
    }
    return out;
}

struct Ohlc
{
    const char* open;
    const char* high;
    const char* low;
    const char* close;
};

std::vector<Candle> bars(std::initializer_list<Ohlc> list)
{
    std::vector<Candle> out;
    qint64 minute = 0;
    for (const Ohlc& bar : list)
        out.push_back(Candle{fromUnixSeconds(T0 + 60 * minute++), dec(bar.open), dec(bar.high),
            dec(bar.low), dec(bar.close), dec("1")});
    return out;
}

// The RSI(2) bot that never sells on its signal (only its stop, target or time stop close the
// position), with one-bar swings and no position cap but its size of 1.
BotConfig guardedBot()
{
    BotConfig config = rsiBot();
    config.sellScore = 2;
    config.risk = QJsonObject{
        {QStringLiteral("swing_bars"), 1}, {QStringLiteral("max_position_percent"), 100}};
    return config;
}

// Closes 100, 99, 98: RSI(2) falls to 0 at the third bar → buy. The second bar's low 97 is a
// one-bar swing low (99.5 before, 97.5 after): stop 97 × (1 − 0.2 %) = 96.806 → 96.80 (floor),
// 1.22 % under the close 98; target 98 + 2 × 1.20 = 100.40. Risk 1 % of 1000 = 10 buys 8.33,
// capped at the bot's size 1. Round-trip fees 98 × 0.6 % × 2 = 1.176 ≤ the 1.20 at risk.
// Fill 98 × 1.0005 = 98.049 → 98.05, fee 0.5883.
std::initializer_list<Ohlc> entryBars()
{
    static const std::initializer_list<Ohlc> list{
        {"100", "100.5", "99.5", "100"}, {"100", "100", "97", "99"}, {"99", "99", "97.5", "98"}};
    return list;
}

std::vector<Candle> entryThen(std::initializer_list<Ohlc> more)
{
    std::vector<Candle> all = bars(entryBars());
    std::vector<Candle> after = bars(more);
    for (size_t i = 0; i < after.size(); ++i) {
        after[i].start = fromUnixSeconds(T0 + 60 * qint64(all.size()));
        all.push_back(after[i]);
    }
    return all;
}

} // namespace

class tst_BacktestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buysOnTheSignalAndSellsOnTheOpposite();
    void refusesWhatTheCashCannotPay();
    void refusesAnEntryWithoutAStop();
    void leavesAtTheStop();
    void leavesAtTheTarget();
    void makerEntryFillsWhenACandleCrossesItsLimit();
    void makerEntryTouchedOnlyEndsAtItsTimeout();
    void makerEntryMovesWithTheMarket();
    void restingTakeProfitFillsWhenACandleCrossesTheTarget();
    void restingTakeProfitGivesWayToTheStop();
    void movesTheStopToBreakeven();
    void leavesAtTheTimeStop();
    void refusesABrokenRiskSection();
    void accountLimitsHoldAsInPaperTrading();
    void realCandlesKeepTheBooksExactAndRepeatable();
    void reportsProgressAndStopsWhenCancelled();
    void stopsWhereAFigureLeavesTheRange();
    void scoresOfAnotherBotWithTheSameSignalsTradeAlike();
    void warmsUpBeforeTradingAndEndsInCash();
};

// Hand-computed: the entry of entryBars() (see there) at 98.05; the next close 100 makes RSI
// 75 → sell at 100 × 0.9995 = 99.95, fee 0.5997. P&L 1.90 − 1.188 = 0.712; R = 0.712 / 1.20.
void tst_BacktestRunner::buysOnTheSignalAndSellsOnTheOpposite()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    BotConfig config = rsiBot();
    config.risk = guardedBot().risk;
    const BacktestResult r
        = BacktestRunner::run(config, entryThen({{"98", "100", "98", "100"}}), options);
    QCOMPARE(r.candles, 4);
    QCOMPARE(r.trades.size(), size_t(1));
    const ClosedTrade& t = r.trades.front();
    QCOMPARE(t.entryPrice, dec("98.05"));
    QCOMPARE(t.exitPrice, dec("99.95"));
    QCOMPARE(t.fees, dec("1.188"));
    QCOMPARE(t.pnl, dec("0.712"));
    QCOMPARE(t.exitReason, ExitReason::Signal);
    QVERIFY(t.rMultiple);
    QVERIFY(qAbs(*t.rMultiple - 0.712 / 1.20) < 1e-9);
    QCOMPARE(toUnixSeconds(t.entryTime), T0 + 3 * 60); // the buy candle's close
    QCOMPARE(r.finalEquity, dec("1000.712"));
    QCOMPARE(r.stats.netPnl, dec("0.712"));
    QCOMPARE(r.equity.size(), size_t(4));
}

void tst_BacktestRunner::refusesWhatTheCashCannotPay()
{
    BacktestOptions options;
    options.startingCash = dec("50");
    BotConfig config = guardedBot();
    config.risk.insert(QStringLiteral("max_leverage"), 10); // the cap is not what refuses
    config.risk.insert(QStringLiteral("max_position_percent"), 1000);
    config.risk.insert(QStringLiteral("risk_percent"), 100);
    const BacktestResult r = BacktestRunner::run(config, bars(entryBars()), options);
    QVERIFY(r.trades.empty());
    QCOMPARE(r.denials.insufficientCash, 1);
    QCOMPARE(r.finalEquity, dec("50"));
}

// Closes falling bar after bar: no bar's low is below both neighbours', so no swing to put a
// stop under — the gate refuses every buy intent, and says why.
void tst_BacktestRunner::refusesAnEntryWithoutAStop()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult r
        = BacktestRunner::run(guardedBot(), candles({"100", "99", "98", "97", "96"}), options);
    QVERIFY(r.trades.empty());
    QVERIFY(r.denials.risk.at(DenialReason::NoStop) >= 1);
    QCOMPARE(r.denials.riskTotal(), r.denials.risk.at(DenialReason::NoStop));
    QCOMPARE(r.finalEquity, dec("1000"));
}

// The bar after the entry trades down to 96.5: out at the stop 96.80 less slippage, 96.7516 →
// 96.75, fee 0.5805. P&L −1.30 − 0.5883 − 0.5805 = −2.4688, R = −2.4688 / 1.20.
void tst_BacktestRunner::leavesAtTheStop()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult r
        = BacktestRunner::run(guardedBot(), entryThen({{"98", "98.5", "96.5", "97"}}), options);
    QCOMPARE(r.trades.size(), size_t(1));
    const ClosedTrade& t = r.trades.front();
    QCOMPARE(t.exitReason, ExitReason::StopLoss);
    QCOMPARE(t.exitPrice, dec("96.75"));
    QCOMPARE(t.pnl, dec("-2.4688"));
    QVERIFY(qAbs(*t.rMultiple + 2.4688 / 1.20) < 1e-9);
    QCOMPARE(r.finalEquity, dec("997.5312"));
}

// A bar that gaps over the target 100.40 opens at 101: filled at the open less slippage,
// 100.9495 → 100.94, fee 0.60564; P&L 2.89 − 0.5883 − 0.60564 = 1.69606.
void tst_BacktestRunner::leavesAtTheTarget()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult r
        = BacktestRunner::run(guardedBot(), entryThen({{"101", "101.5", "100.8", "101"}}), options);
    QCOMPARE(r.trades.size(), size_t(1));
    QCOMPARE(r.trades.front().exitReason, ExitReason::TakeProfit);
    QCOMPARE(r.trades.front().exitPrice, dec("100.94"));
    QCOMPARE(r.trades.front().pnl, dec("1.69606"));
}

namespace {
// guardedBot() entering with a post-only limit two cents under the close.
BotConfig makerBot(std::chrono::seconds timeout, EntryPolicy::Fallback fallback, bool reprice)
{
    BotConfig config = guardedBot();
    config.entry.type = EntryPolicy::Type::LimitPostOnly;
    config.entry.offsetTicks = 2;
    config.entry.timeout = timeout;
    config.entry.fallback = fallback;
    config.entry.reprice = reprice;
    return config;
}
} // namespace

// The buy at the third close 98 rests at 97.98; the fourth candle trades through it (low 97.90):
// filled there, at its close, with the maker fee (0.4 % of 97.98 = 0.39192). The fifth reaches
// the target 100.40 and leaves at 100.40 × (1 − 0.05 %) → 100.34 with the taker fee 0.60204.
void tst_BacktestRunner::makerEntryFillsWhenACandleCrossesItsLimit()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult r = BacktestRunner::run(
        makerBot(std::chrono::seconds(120), EntryPolicy::Fallback::Cancel, false),
        entryThen({{"98", "98.5", "97.9", "98.2"}, {"98.2", "100.5", "98.1", "100.4"}}), options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.trades.size(), size_t(1));
    const ClosedTrade& t = r.trades.front();
    QCOMPARE(t.entryPrice, dec("97.98"));
    QCOMPARE(toUnixSeconds(t.entryTime), T0 + 4 * 60);
    QCOMPARE(t.exitReason, ExitReason::TakeProfit);
    QCOMPARE(t.exitPrice, dec("100.34"));
    QCOMPARE(t.fees, dec("0.99396"));
    QCOMPARE(t.pnl, dec("1.36604"));
}

// Candles that only touch 97.98 fill nothing (others were queued there first). Two minutes after
// placement the entry ends: with "cancel" nothing is bought; with "market" the rest is bought
// at the close 98.30 as any market order (98.35 with the slippage, the taker fee).
void tst_BacktestRunner::makerEntryTouchedOnlyEndsAtItsTimeout()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    options.closeAtEnd = true;
    const auto touching
        = entryThen({{"98", "98.5", "97.98", "98.2"}, {"98.2", "98.4", "97.98", "98.3"}});
    const BacktestResult cancelled = BacktestRunner::run(
        makerBot(std::chrono::seconds(120), EntryPolicy::Fallback::Cancel, false), touching,
        options);
    QVERIFY(cancelled.trades.empty());
    QCOMPARE(cancelled.finalEquity, dec("1000"));

    const BacktestResult taken = BacktestRunner::run(
        makerBot(std::chrono::seconds(120), EntryPolicy::Fallback::Market, false), touching,
        options);
    QCOMPARE(taken.trades.size(), size_t(1));
    QCOMPARE(taken.trades.front().entryPrice, dec("98.35"));
    QCOMPARE(toUnixSeconds(taken.trades.front().entryTime), T0 + 5 * 60);

    // A longer timeout waits past the last candle: nothing is bought.
    const BacktestResult waiting = BacktestRunner::run(
        makerBot(std::chrono::seconds(180), EntryPolicy::Fallback::Market, false), touching,
        options);
    QVERIFY(waiting.trades.empty());
}

// The market rises away from 97.98 (close 99): the limit moves to 98.98 and fills on the next
// candle (low 98.90); without repricing it would still wait at 97.98.
void tst_BacktestRunner::makerEntryMovesWithTheMarket()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    options.closeAtEnd = true;
    const auto rising = entryThen({{"98", "99.2", "98.5", "99"}, {"99", "99.5", "98.9", "99.3"}});
    const BacktestResult moved = BacktestRunner::run(
        makerBot(std::chrono::seconds(600), EntryPolicy::Fallback::Cancel, true), rising, options);
    QCOMPARE(moved.trades.size(), size_t(1));
    QCOMPARE(moved.trades.front().entryPrice, dec("98.98"));
    QCOMPARE(toUnixSeconds(moved.trades.front().entryTime), T0 + 5 * 60);
    const BacktestResult stayed = BacktestRunner::run(
        makerBot(std::chrono::seconds(600), EntryPolicy::Fallback::Cancel, false), rising, options);
    QVERIFY(stayed.trades.empty());
}

// 80 % of the way from the fill 98.05 to the target 100.40 is 99.93: a bar that reaches 100
// moves the stop to 98.05; the next bar's low 98 takes it out at 98.05 × 0.9995 → 98.00.
namespace {
// guardedBot() taking profit with a limit resting at the target.
BotConfig restingTargetBot()
{
    BotConfig config = guardedBot();
    config.exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    return config;
}
} // namespace

// The entry of entryBars() at 98.05 (fee 0.5883) rests a sell at the target 100.40 from its
// close. The fourth candle only touches it (high 100.40): nothing, where a market take profit
// leaves there at 100.34 with the taker fee. The fifth goes through it: sold at 100.40, at that
// candle's close, maker fee 0.4 % × 100.40 = 0.4016; P&L 2.35 − 0.5883 − 0.4016 = 1.3601.
void tst_BacktestRunner::restingTakeProfitFillsWhenACandleCrossesTheTarget()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const std::vector<Candle> candles
        = entryThen({{"98.5", "100.4", "98.2", "100.2"}, {"100.2", "100.6", "100.1", "100.5"}});
    const BacktestResult r = BacktestRunner::run(restingTargetBot(), candles, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.trades.size(), size_t(1));
    const ClosedTrade& t = r.trades.front();
    QCOMPARE(t.exitReason, ExitReason::TakeProfit);
    QCOMPARE(t.exitPrice, dec("100.40"));
    QCOMPARE(toUnixSeconds(t.exitTime), T0 + 5 * 60);
    QCOMPARE(t.fees, dec("0.9899"));
    QCOMPARE(t.pnl, dec("1.3601"));

    const BacktestResult market = BacktestRunner::run(guardedBot(), candles, options);
    QCOMPARE(market.trades.size(), size_t(1));
    QCOMPARE(market.trades.front().exitPrice, dec("100.34"));
    QCOMPARE(toUnixSeconds(market.trades.front().exitTime), T0 + 4 * 60);
}

// A candle that reaches the stop 96.80 and goes through the target: the stop is assumed first,
// the limit cancelled, the position sold at market as leavesAtTheStop() (96.75, P&L −2.4688).
// With the crossing candle's volume 0.4, 0.4 sells at the target (fees 0.4 × 0.5883 + 0.4 ×
// 100.40 × 0.4 % = 0.39596, P&L 0.94 − 0.39596 = 0.54404) and the rest stays resting until a
// candle reaches the stop: 0.6 at 96.75 (fees 0.6 × 0.5883 + 0.6 × 96.75 × 0.6 % = 0.70128,
// P&L −0.78 − 0.70128 = −1.48128).
void tst_BacktestRunner::restingTakeProfitGivesWayToTheStop()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult both = BacktestRunner::run(
        restingTargetBot(), entryThen({{"98", "100.6", "96.5", "97"}}), options);
    QVERIFY2(both.error.isEmpty(), qPrintable(both.error));
    QCOMPARE(both.trades.size(), size_t(1));
    QCOMPARE(both.trades.front().exitReason, ExitReason::StopLoss);
    QCOMPARE(both.trades.front().exitPrice, dec("96.75"));
    QCOMPARE(both.trades.front().pnl, dec("-2.4688"));

    std::vector<Candle> candles
        = entryThen({{"98.5", "100.6", "98.2", "100.2"}, {"100", "100.1", "96.5", "97"}});
    candles[3].volume = dec("0.4");
    const BacktestResult partly = BacktestRunner::run(restingTargetBot(), candles, options);
    QVERIFY2(partly.error.isEmpty(), qPrintable(partly.error));
    QCOMPARE(partly.trades.size(), size_t(2));
    const ClosedTrade& first = partly.trades[0];
    QCOMPARE(first.exitReason, ExitReason::TakeProfit);
    QCOMPARE(first.quantity, dec("0.4"));
    QCOMPARE(first.exitPrice, dec("100.40"));
    QCOMPARE(first.pnl, dec("0.54404"));
    const ClosedTrade& second = partly.trades[1];
    QCOMPARE(second.exitReason, ExitReason::StopLoss);
    QCOMPARE(second.quantity, dec("0.6"));
    QCOMPARE(second.exitPrice, dec("96.75"));
    QCOMPARE(second.fees, dec("0.70128"));
    QCOMPARE(second.pnl, dec("-1.48128"));
}

void tst_BacktestRunner::movesTheStopToBreakeven()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult r = BacktestRunner::run(guardedBot(),
        entryThen({{"98", "100", "97.5", "99"}, {"99", "99.2", "98", "98.5"}}), options);
    QCOMPARE(r.trades.size(), size_t(1));
    QCOMPARE(r.trades.front().exitReason, ExitReason::StopLoss);
    QCOMPARE(r.trades.front().exitPrice, dec("98.00"));
    QCOMPARE(toUnixSeconds(r.trades.front().exitTime), T0 + 5 * 60);

    // Without the breakeven rule the same bars leave the position open.
    BotConfig config = guardedBot();
    config.risk.insert(QStringLiteral("breakeven_at"), 0);
    const BacktestResult held = BacktestRunner::run(
        config, entryThen({{"98", "100", "97.5", "99"}, {"99", "99.2", "98", "98.5"}}), options);
    QVERIFY(held.trades.empty());
}

// A one-hour time stop on 1m bars: the position opened at the third bar's close leaves at the
// close of the bar 60 minutes later, at that close less slippage.
void tst_BacktestRunner::leavesAtTheTimeStop()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    BotConfig config = guardedBot();
    config.risk.insert(QStringLiteral("time_stop_hours"), 1);
    std::vector<Candle> all = bars(entryBars());
    for (int i = 0; i < 70; ++i)
        all.push_back(Candle{fromUnixSeconds(T0 + 60 * qint64(all.size())), dec("98.5"),
            dec("98.6"), dec("98.4"), dec("98.5"), dec("1")});
    const BacktestResult r = BacktestRunner::run(config, all, options);
    QCOMPARE(r.trades.size(), size_t(1));
    QCOMPARE(r.trades.front().exitReason, ExitReason::TimeStop);
    QCOMPARE(toUnixSeconds(r.trades.front().exitTime), T0 + 3 * 60 + 3600);
    QCOMPARE(r.trades.front().exitPrice, dec("98.45")); // 98.5 × 0.9995 = 98.45075 → 98.45
}

void tst_BacktestRunner::refusesABrokenRiskSection()
{
    BotConfig config = guardedBot();
    config.risk.insert(QStringLiteral("risk_percnt"), 1);
    const BacktestResult r = BacktestRunner::run(config, bars(entryBars()));
    QVERIFY(r.error.contains(QLatin1String("risk.risk_percnt: unknown key")));
    QCOMPARE(r.candles, 0);
}

// The risk defaults' daily loss holds for the account even where the bot's own section allows
// more, as in paper trading: the same candles trade less and say why.
void tst_BacktestRunner::accountLimitsHoldAsInPaperTrading()
{
    const std::vector<Candle> real = Candela::TestData::demoCandles(3000);
    BotConfig bot = Candela::TestData::scalper();
    bot.risk.insert(QStringLiteral("daily_loss_percent"), 100);
    const BacktestResult free = BacktestRunner::run(bot, real);
    BacktestOptions options;
    options.riskDefaults.dailyLossLimit = dec("0.0001");
    const BacktestResult limited = BacktestRunner::run(bot, real, options);
    QVERIFY(limited.denials.risk.count(DenialReason::DailyLossLimit) == 1);
    QVERIFY(limited.trades.size() < free.trades.size());
    QVERIFY(free.denials.risk.count(DenialReason::DailyLossLimit) == 0);
}

void tst_BacktestRunner::realCandlesKeepTheBooksExactAndRepeatable()
{
    const auto real = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY(real);
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"));
    QVERIFY(config);
    const BacktestResult first = BacktestRunner::run(*config, *real);
    const BacktestResult second = BacktestRunner::run(*config, *real);
    QVERIFY(first.stats.trades > 10);
    QCOMPARE(second.trades.size(), first.trades.size());
    for (size_t i = 0; i < first.trades.size(); ++i) {
        QCOMPARE(second.trades[i].pnl, first.trades[i].pnl);
        QCOMPARE(second.trades[i].entryTime, first.trades[i].entryTime);
    }
    Decimal sum;
    for (const ClosedTrade& t : first.trades)
        sum = *sum.plus(t.pnl);
    QCOMPARE(sum, first.stats.netPnl);
    QCOMPARE(first.finalEquity, first.equity.back().equity);
}

// As a paper session stops the bot, a backtest whose sizing leaves the Decimal range stops there
// with an error saying when and why, instead of sizing on a zero; the trades before it stand.
void tst_BacktestRunner::stopsWhereAFigureLeavesTheRange()
{
    const std::vector<Candle> real = Candela::TestData::demoCandles();
    BotConfig uncapped = Candela::TestData::busyScalper();
    uncapped.positionSize = Decimal{};
    BacktestOptions options;
    options.startingCash = dec("9000000000000000000"); // × 8, the leverage cap, is past 10^19
    const BacktestResult beyond = BacktestRunner::run(uncapped, real, options);
    QVERIFY2(beyond.error.startsWith(QStringLiteral("stopped at 2025-")), qPrintable(beyond.error));
    QVERIFY(beyond.trades.empty());
    QVERIFY(beyond.candles < qint64(real.size()));
    QCOMPARE(beyond.denials.risk.at(DenialReason::ArithmeticError), 1);
    QCOMPARE(beyond.finalEquity, options.startingCash);

    options.startingCash = dec("1000000000000000000"); // in range: it runs to the end
    const BacktestResult inRange = BacktestRunner::run(uncapped, real, options);
    QVERIFY2(inRange.error.isEmpty(), qPrintable(inRange.error));
    QCOMPARE(inRange.candles, qint64(real.size()));
    QVERIFY(inRange.stats.trades > 0);
}

void tst_BacktestRunner::reportsProgressAndStopsWhenCancelled()
{
    const auto real = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY(real && real->size() > 20000);
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"));
    QVERIFY(config);
    std::atomic<qint64> progress{0};
    std::atomic<bool> cancel{false};
    BacktestOptions options;
    options.progress = &progress;
    options.cancel = &cancel;
    const BacktestResult whole = BacktestRunner::run(*config, *real, options);
    QVERIFY(!whole.cancelled);
    QCOMPARE(progress.load(), qint64(real->size()));
    QCOMPARE(whole.candles, qint64(real->size()));

    progress = 0;
    cancel = true;
    const BacktestResult stopped = BacktestRunner::run(*config, *real, options);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.candles < 5000); // at the first look, a few thousand candles in
    QCOMPARE(qint64(stopped.equity.size()), stopped.candles);
}

// A sweep shares the closed-bar scores between configurations that differ only in thresholds,
// confirmation, cooldown or risk: a bot given another's scores trades as if it had scored them.
void tst_BacktestRunner::scoresOfAnotherBotWithTheSameSignalsTradeAlike()
{
    const std::vector<Candle> real = Candela::TestData::demoCandles();
    BotConfig scorer = Candela::TestData::busyScalper();
    BotConfig trader = scorer;
    trader.buyScore = 0.15;
    trader.sellScore = 0.2;
    trader.cooldown = std::chrono::minutes(30);
    const std::vector<ClosedBarScore> scores = BacktestRunner::scoreTape(scorer, real);
    QCOMPARE(scores.size(), real.size());
    BacktestOptions shared;
    shared.scores = scores;
    const BacktestResult own = BacktestRunner::run(trader, real);
    const BacktestResult borrowed = BacktestRunner::run(trader, real, shared);
    QVERIFY(own.trades.size() > 20);
    QCOMPARE(borrowed.trades.size(), own.trades.size());
    for (size_t i = 0; i < own.trades.size(); ++i) {
        QCOMPARE(borrowed.trades[i].entryTime, own.trades[i].entryTime);
        QCOMPARE(borrowed.trades[i].pnl, own.trades[i].pnl);
    }
    QCOMPARE(borrowed.finalEquity, own.finalEquity);
    // Scores of other candles are refused, not misread.
    shared.scores = std::span<const ClosedBarScore>(scores).first(100);
    QVERIFY(BacktestRunner::run(trader, real, shared).error.contains(QLatin1String("100 scores")));
}

// A walk-forward's test window: the bars before `tradeFrom` warm the bot up without trading, and
// a position open at the end is sold there like any exit, so that the run ends in cash.
void tst_BacktestRunner::warmsUpBeforeTradingAndEndsInCash()
{
    const std::vector<Candle> real = Candela::TestData::demoCandles();
    const BotConfig bot = Candela::TestData::busyScalper();
    BacktestOptions options;
    options.tradeFrom = real[3000].start;
    options.closeAtEnd = true;
    const std::span<const Candle> window = std::span<const Candle>(real).first(6000);
    const BacktestResult run = BacktestRunner::run(bot, window, options);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.candles, 3000); // equity from the first traded bar only
    QCOMPARE(run.equity.front().time, real[3000].start + std::chrono::minutes(5));
    QVERIFY(!run.trades.empty());
    for (const ClosedTrade& trade : run.trades)
        QVERIFY(trade.entryTime >= real[3000].start);
    // Ends in cash: the final equity is the ledger's cash, every trade closed and booked.
    Decimal sum = options.startingCash;
    for (const ClosedTrade& trade : run.trades)
        sum = *sum.plus(trade.pnl);
    QCOMPARE(run.finalEquity, sum);
    // Find a window whose end falls inside a trade: the forced exit is a time stop there.
    bool closedAtEnd = false;
    for (size_t end = 3500; end < real.size() && !closedAtEnd; end += 250) {
        const BacktestResult part
            = BacktestRunner::run(bot, std::span<const Candle>(real).first(end), options);
        closedAtEnd = !part.trades.empty() && part.trades.back().exitReason == ExitReason::TimeStop
            && part.trades.back().exitTime == real[end - 1].start + std::chrono::minutes(5);
    }
    QVERIFY(closedAtEnd);
}

QTEST_GUILESS_MAIN(tst_BacktestRunner)
#include "tst_backtestrunner.moc"

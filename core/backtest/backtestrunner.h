#pragma once

#include "core/execution/papermatcher.h"
#include "core/model/candle.h"
#include "core/portfolio/performancestats.h"
#include "core/risk/riskgate.h"
#include "core/strategy/bot.h"
#include "core/strategy/botconfig.h"

#include <atomic>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace Candela::Core {

struct BacktestOptions
{
    Decimal startingCash = Decimal::fromInteger(10000);
    // The traded product's steps and limits; defaults are Coinbase's BTC-USD spot rules.
    Product product;
    PaperExchangeConfig fees;
    // The risk figures a bot's "risk" section does not set (the user's defaults).
    RiskPolicy riskDefaults;
    // For a run on another thread: it adds the candles done to `progress` (every few thousand)
    // and stops early once `cancel` is set. Both may be null.
    std::atomic<qint64>* progress = nullptr;
    const std::atomic<bool>* cancel = nullptr;
    // The candles' closed-bar scores, worked out beforehand by scoreTape() for a bot with the
    // same indicators, weights and regimes (a sweep shares them between configurations that
    // differ only in thresholds, confirmation, cooldown or risk). Empty: the bot scores them.
    std::span<const ClosedBarScore> scores;
    // Candles that start before this only warm the bot and its stops' indicators up: nothing is
    // traded, no equity is recorded (a walk-forward's test window, after its training bars).
    std::optional<Timestamp> tradeFrom;
    // A position still open after the last candle is sold at that candle's close, with slippage
    // and fees as any exit (a time stop), so that the run ends in cash: what a walk-forward's next
    // test window starts with.
    bool closeAtEnd = false;
};

// What the bot was refused during the run (it asked, the cash or the product said no).
struct BacktestDenials
{
    int insufficientCash = 0;
    int productRules = 0;
    std::map<DenialReason, int> risk; // the risk gate's refusals by reason

    int riskTotal() const;
};

struct BacktestResult
{
    std::vector<ClosedTrade> trades;
    std::vector<EquityPoint> equity; // at every candle close
    PerformanceStats stats;
    BacktestDenials denials;
    qint64 candles = 0; // simulated (fewer than given when cancelled)
    bool cancelled = false;
    Decimal startEquity;
    Decimal finalEquity;
    double seconds = 0; // wall time of the simulation loop
    // Why the run could not be used: the bot's risk section was refused (nothing simulated), or
    // a money figure left the Decimal range (the run stopped there, as a paper session stops
    // the bot: the trades before it stand).
    QString error;
};

// Runs one bot over candles at full speed with the paper venue's fill model. Every closed candle
// goes to the bot's BotRisk: a confirmed buy intent passes the risk gate and opens a long of the
// size it allows with a market order at the candle's close; the position leaves at its stop or
// target (at that price, or at the open when the candle gapped through), at the time stop, or on
// a sell intent. Slippage and fees as in paper trading. Spot only: no shorts, never more than the
// cash allows. The same Bot, BotRisk, PaperMatcher and BotLedger serve paper sessions, so a
// backtest and a paper replay of the same candles trade alike.
class BacktestRunner final
{
public:
    static BacktestResult run(
        const BotConfig& config, std::span<const Candle> candles, BacktestOptions options = {});

    // Every candle's closed-bar score for `config`, as its bot works them out in run().
    static std::vector<ClosedBarScore> scoreTape(
        const BotConfig& config, std::span<const Candle> candles);
};

} // namespace Candela::Core

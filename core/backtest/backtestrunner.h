#pragma once

#include "core/execution/papermatcher.h"
#include "core/model/candle.h"
#include "core/portfolio/performancestats.h"
#include "core/strategy/botconfig.h"

#include <atomic>
#include <vector>

namespace Candela::Core {

struct BacktestOptions
{
    Decimal startingCash = Decimal::fromInteger(10000);
    // The traded product's steps and limits; defaults are Coinbase's BTC-USD spot rules.
    Product product;
    PaperExchangeConfig fees;
    // For a run on another thread: it adds the candles done to `progress` (every few thousand)
    // and stops early once `cancel` is set. Both may be null.
    std::atomic<qint64>* progress = nullptr;
    const std::atomic<bool>* cancel = nullptr;
};

// What the bot was refused during the run (it asked, the cash or the product said no).
struct BacktestDenials
{
    int insufficientCash = 0;
    int productRules = 0;
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
};

// Runs one bot over candles at full speed with the paper venue's fill model: a confirmed buy
// intent opens a long of the bot's position size with a market order at the candle's close
// (slippage and taker fee as in paper trading); a confirmed sell intent closes it. Spot only:
// no shorts, no leverage, never more than the cash allows. The same Bot, PaperMatcher and
// BotLedger serve paper sessions, so a backtest and a paper replay of the same candles trade
// alike.
class BacktestRunner final
{
public:
    static BacktestResult run(
        const BotConfig& config, const std::vector<Candle>& candles, BacktestOptions options = {});
};

} // namespace Candela::Core

#pragma once

#include "core/model/result.h"

#include "core/model/closedtrade.h"

#include <vector>

namespace Candela::Core {

struct EquityPoint
{
    Timestamp time;
    Decimal equity;
};

// The figures a trader judges a session or a backtest by. Money figures are exact; ratios are
// doubles. With no losing trade the profit factor is +infinity; ratios without enough data are 0.
struct PerformanceStats
{
    int trades = 0;
    int wins = 0; // pnl > 0
    int losses = 0; // pnl < 0
    double winRate = 0; // wins / trades, 0..1
    double profitFactor = 0; // gross profit / gross loss
    Decimal expectancy; // mean pnl per trade (8 decimals, half-even)
    double averageR = 0; // over trades that have an R multiple
    double maxDrawdownPct = 0; // largest fall from a running equity peak, in percent
    double sharpe = 0; // daily equity returns: mean / standard deviation × √365
    Decimal netPnl;
    Decimal totalFees;
    Decimal bestTrade;
    Decimal worstTrade;
    int longestWinStreak = 0;
    int longestLossStreak = 0;

    // An error when a sum of the trades' P&L or fees leaves the Decimal range.
    static Result<PerformanceStats> compute(
        const std::vector<ClosedTrade>& trades, const std::vector<EquityPoint>& equity);
};

} // namespace Candela::Core

#pragma once

#include "core/model/result.h"

#include "core/model/closedtrade.h"

#include <optional>
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
    // Before fees: net P&L plus the fees. What the entries and exits traded: quantity × (entry +
    // exit price). Both zero (no fee drag) when one leaves the Decimal range.
    Decimal grossPnl;
    Decimal tradedNotional;
    Decimal bestTrade;
    Decimal worstTrade;
    int longestWinStreak = 0;
    int longestLossStreak = 0;

    // The fee drag: the fees as a share of what the trades made before them, in percent (40
    // means the venue took 40 % of the gross profit). None when the trades made nothing before
    // fees: then the fees only deepened a loss.
    std::optional<double> feeDragPct() const;
    // The fees per unit of notional traded, in percent: the rate paid on average on each side
    // (0.6 for a taker at 0.60 % in and out). None with nothing traded.
    std::optional<double> feeRatePct() const;

    // An error when a sum of the trades' P&L or fees leaves the Decimal range.
    static Result<PerformanceStats> compute(
        const std::vector<ClosedTrade>& trades, const std::vector<EquityPoint>& equity);
};

} // namespace Candela::Core

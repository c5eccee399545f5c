#pragma once

#include "core/model/closedtrade.h"

#include <span>
#include <vector>

namespace Candela::Core {

// Percentiles of a distribution, by linear interpolation between the sorted values (the
// "type 7" definition of Hyndman & Fan, 1996: numpy's and R's default).
struct PercentileBand
{
    double p5 = 0;
    double p50 = 0;
    double p95 = 0;
};

double percentileOf(std::span<const double> sorted, double fraction);

// Each trade's return on the equity it was taken with: pnl / (start + the P&L of the trades
// before it). Trades in the order they closed.
std::vector<double> tradeReturns(
    const std::vector<ClosedTrade>& trades, const Decimal& startEquity);

// What the same trades could have given in another order and mix: `runs` resamples (with
// replacement, as many trades as there were) of the trade returns, each compounded from 1. The
// generator is std::mt19937_64 with `seed` and an unbiased bounded draw, so a seed gives the same
// bands on every platform.
struct TradeMonteCarlo
{
    int runs = 0;
    int trades = 0;
    unsigned long long seed = 0;
    PercentileBand returnPct; // total return of a run, in percent
    PercentileBand maxDrawdownPct; // largest fall from a run's peak, in percent (positive)

    static TradeMonteCarlo run(std::span<const double> returns, int runs, unsigned long long seed);
};

} // namespace Candela::Core

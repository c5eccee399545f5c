#include "trademontecarlo.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Candela::Core {

namespace {

// A uniform index below `bound` without the modulo bias of `engine() % bound`.
size_t drawIndex(std::mt19937_64& engine, size_t bound)
{
    const auto range = std::mt19937_64::max();
    const auto limit = range - (range % bound + 1) % bound;
    for (;;) {
        const auto value = engine();
        if (value <= limit)
            return size_t(value % bound);
    }
}

PercentileBand bandOf(std::vector<double>& values)
{
    std::sort(values.begin(), values.end());
    return {percentileOf(values, 0.05), percentileOf(values, 0.5), percentileOf(values, 0.95)};
}

} // namespace

double percentileOf(std::span<const double> sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const double position = fraction * double(sorted.size() - 1);
    const auto below = size_t(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

std::vector<double> tradeReturns(const std::vector<ClosedTrade>& trades, const Decimal& startEquity)
{
    std::vector<double> returns;
    returns.reserve(trades.size());
    double equity = startEquity.toDouble();
    for (const ClosedTrade& trade : trades) {
        const double pnl = trade.pnl.toDouble();
        returns.push_back(equity > 0 ? pnl / equity : 0);
        equity += pnl;
    }
    return returns;
}

TradeMonteCarlo TradeMonteCarlo::run(
    std::span<const double> returns, int runs, unsigned long long seed)
{
    TradeMonteCarlo result;
    result.runs = runs;
    result.trades = int(returns.size());
    result.seed = seed;
    if (returns.empty() || runs <= 0)
        return result;
    std::mt19937_64 engine(seed);
    std::vector<double> totals;
    std::vector<double> drawdowns;
    totals.reserve(size_t(runs));
    drawdowns.reserve(size_t(runs));
    for (int run = 0; run < runs; ++run) {
        double equity = 1;
        double peak = 1;
        double deepest = 0;
        for (size_t i = 0; i < returns.size(); ++i) {
            equity *= 1 + returns[drawIndex(engine, returns.size())];
            peak = std::max(peak, equity);
            deepest = std::max(deepest, peak > 0 ? (peak - equity) / peak : 0);
        }
        totals.push_back((equity - 1) * 100);
        drawdowns.push_back(deepest * 100);
    }
    result.returnPct = bandOf(totals);
    result.maxDrawdownPct = bandOf(drawdowns);
    return result;
}

} // namespace Candela::Core

#include "performancestats.h"

#include "core/model/exactsteps.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Candela::Core {

namespace {

double largestDrawdownPct(const std::vector<EquityPoint>& equity)
{
    double peak = 0;
    double worst = 0;
    const Decimal* previous = nullptr;
    for (const EquityPoint& point : equity) {
        // A flat bar (no position, or an unchanged mark) changes neither the peak nor the fall
        // from it; skipping it spares two divisions on most bars of a backtest.
        if (previous && point.equity == *previous)
            continue;
        previous = &point.equity;
        const double value = point.equity.toDouble();
        peak = std::max(peak, value);
        if (peak > 0)
            worst = std::max(worst, (peak - value) / peak * 100.0);
    }
    return worst;
}

// Daily returns from the last equity of each UTC day; annualised over 365 days (crypto never
// closes).
double annualisedSharpe(const std::vector<EquityPoint>& equity)
{
    std::vector<double> closes;
    qint64 day = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < equity.size(); ++i) {
        const qint64 pointDay
            = std::chrono::floor<std::chrono::days>(equity[i].time).time_since_epoch().count();
        if (pointDay != day && i > 0)
            closes.push_back(equity[i - 1].equity.toDouble()); // the day before ended there
        day = pointDay;
    }
    if (!equity.empty())
        closes.push_back(equity.back().equity.toDouble());
    std::vector<double> returns;
    for (size_t i = 1; i < closes.size(); ++i) {
        if (closes[i - 1] > 0)
            returns.push_back(closes[i] / closes[i - 1] - 1.0);
    }
    if (returns.size() < 2)
        return 0;
    double mean = 0;
    for (const double r : returns)
        mean += r;
    mean /= double(returns.size());
    double variance = 0;
    for (const double r : returns)
        variance += (r - mean) * (r - mean);
    variance /= double(returns.size() - 1);
    return variance > 0 ? mean / std::sqrt(variance) * std::sqrt(365.0) : 0;
}

} // namespace

Result<PerformanceStats> PerformanceStats::compute(
    const std::vector<ClosedTrade>& trades, const std::vector<EquityPoint>& equity)
{
    PerformanceStats stats;
    ExactSteps exact;
    ExactSteps feeFigures; // the fee drag's, which may fail alone
    stats.trades = int(trades.size());
    Decimal grossProfit;
    Decimal grossLoss;
    double rSum = 0;
    int rCount = 0;
    int winStreak = 0;
    int lossStreak = 0;
    for (const ClosedTrade& trade : trades) {
        stats.netPnl = exact(stats.netPnl.plus(trade.pnl));
        stats.totalFees = exact(stats.totalFees.plus(trade.fees));
        stats.tradedNotional = feeFigures(stats.tradedNotional.plus(
            feeFigures(trade.quantity.times(feeFigures(trade.entryPrice.plus(trade.exitPrice))))));
        if (&trade == &trades.front()) {
            stats.bestTrade = trade.pnl;
            stats.worstTrade = trade.pnl;
        }
        stats.bestTrade = std::max(stats.bestTrade, trade.pnl);
        stats.worstTrade = std::min(stats.worstTrade, trade.pnl);
        if (trade.pnl.isPositive()) {
            ++stats.wins;
            grossProfit = exact(grossProfit.plus(trade.pnl));
            lossStreak = 0;
            stats.longestWinStreak = std::max(stats.longestWinStreak, ++winStreak);
        } else if (trade.pnl.isNegative()) {
            ++stats.losses;
            grossLoss = exact(grossLoss.minus(trade.pnl));
            winStreak = 0;
            stats.longestLossStreak = std::max(stats.longestLossStreak, ++lossStreak);
        } else {
            winStreak = 0;
            lossStreak = 0;
        }
        if (trade.rMultiple) {
            rSum += *trade.rMultiple;
            ++rCount;
        }
    }
    if (stats.trades > 0) {
        stats.winRate = double(stats.wins) / double(stats.trades);
        stats.expectancy = exact(
            stats.netPnl.dividedBy(Decimal::fromInteger(stats.trades), 8, RoundingMode::HalfEven));
    }
    if (grossLoss.isPositive())
        stats.profitFactor = grossProfit.toDouble() / grossLoss.toDouble();
    else if (grossProfit.isPositive())
        stats.profitFactor = std::numeric_limits<double>::infinity();
    stats.grossPnl = feeFigures(stats.netPnl.plus(stats.totalFees));
    if (feeFigures.failed()) { // beyond the range: no fee drag, the other figures stand
        stats.grossPnl = Decimal{};
        stats.tradedNotional = Decimal{};
    }
    stats.averageR = rCount > 0 ? rSum / rCount : 0;
    stats.maxDrawdownPct = largestDrawdownPct(equity);
    stats.sharpe = annualisedSharpe(equity);
    return exact.result(stats);
}

std::optional<double> PerformanceStats::feeDragPct() const
{
    if (!grossPnl.isPositive())
        return std::nullopt;
    return totalFees.toDouble() / grossPnl.toDouble() * 100.0;
}

std::optional<double> PerformanceStats::feeRatePct() const
{
    if (!tradedNotional.isPositive())
        return std::nullopt;
    return totalFees.toDouble() / tradedNotional.toDouble() * 100.0;
}

} // namespace Candela::Core

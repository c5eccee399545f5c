#pragma once

#include "core/backtest/walkforward.h"

#include <optional>
#include <vector>

namespace Candela::Core {

// What a sweep asks beyond its plan: what "best" is, the Monte Carlo of the best's trades and,
// optionally, a walk-forward over the same plan.
struct SweepStudyRequest
{
    SweepObjective objective = SweepObjective::Sharpe;
    int minimumTrades = 10;
    int monteCarloRuns = 1000;
    unsigned long long seed = 1;
    std::optional<WalkForwardWindows> walkForward;
};

// A sweep with what is learnt from it: every configuration's row, the best configuration's trade
// returns (the Monte Carlo's input) and the walk-forward. Used alike by `candela-cli sweep` and
// the window's strategy lab.
struct SweepStudy
{
    SweepRun sweep;
    std::optional<size_t> bestRow; // in sweep.rows
    std::vector<double> bestTradeReturns;
    std::optional<WalkForward> walkForward;
    QString error; // the best's rerun or the walk-forward failed; the rows are still there

    static SweepStudy run(const SweepPlan& plan, const QJsonObject& baseBot,
        std::span<const Candle> candles, const SweepStudyRequest& request,
        const SweepOptions& options);
};

// The statistics, the Monte Carlo and the verdict in words of a finished study's rows.
struct SweepFindings
{
    SweepStatistics statistics;
    std::optional<TradeMonteCarlo> monteCarlo;
    QStringList verdict;

    // `bestTradeReturns`: the best configuration's trade returns when they are known (a shard's
    // merge may lack them), even when it made no trade.
    static SweepFindings of(const std::vector<SweepRow>& rows,
        const std::vector<double>* bestTradeReturns, const SweepStudyRequest& request,
        const std::optional<WalkForward>& walkForward);
};

} // namespace Candela::Core

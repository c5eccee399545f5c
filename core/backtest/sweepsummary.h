#pragma once

#include "core/backtest/backtestoverfitting.h"
#include "core/backtest/sweeprunner.h"
#include "core/backtest/trademontecarlo.h"

#include <QJsonObject>

#include <optional>

namespace Candela::Core {

// What "best" means in a sweep and in each walk-forward training window.
enum class SweepObjective {
    Sharpe, // per-bar Sharpe ratio
    NetPnl,
    ProfitFactor,
    Expectancy,
};

const char* sweepObjectiveName(SweepObjective objective); // "sharpe", "net_pnl", …
std::optional<SweepObjective> sweepObjectiveFromName(QStringView name);

// A row's objective (−infinity when it did not run or made fewer than `minimumTrades` trades,
// so that it is never chosen).
double objectiveOf(const SweepRow& row, SweepObjective objective, int minimumTrades);

// The row with the best objective (the lowest index on a tie); nullopt when no row qualifies.
std::optional<size_t> bestRow(
    const std::vector<SweepRow>& rows, SweepObjective objective, int minimumTrades);

// The sweep's statistics over every configuration that ran.
struct SweepStatistics
{
    qint64 trials = 0; // configurations that ran
    double sharpeVariance = 0; // of their per-bar Sharpe ratios
    std::optional<size_t> best; // row of the best configuration
    double expectedMaximumSharpe = 0; // what the best of `trials` reaches by luck
    double psr = 0; // the best's probabilistic Sharpe ratio against zero
    double dsr = 0; // … against the expected maximum: the deflated Sharpe ratio
    std::optional<BacktestOverfitting> pbo;
    QString pboProblem; // why PBO was not computed

    static SweepStatistics of(
        const std::vector<SweepRow>& rows, SweepObjective objective, int minimumTrades);
};

// The statistics in plain words, for people: "The best of 240 trials…".
QStringList sweepVerdict(const SweepStatistics& statistics, const std::vector<SweepRow>& rows,
    const TradeMonteCarlo* monteCarlo);

} // namespace Candela::Core

#pragma once

#include "core/backtest/sweepsummary.h"

#include <QJsonObject>

#include <chrono>
#include <optional>
#include <vector>

namespace Candela::Core {

// The windows of a walk-forward: train on `train`, test on the `test` after it, move on by `step`.
struct WalkForwardWindows
{
    std::chrono::seconds train{0};
    std::chrono::seconds test{0};
    std::chrono::seconds step{0};

    // "train=90d,test=30d[,step=30d]": whole days (d), hours (h) or weeks (w); the step is the
    // test window when not given.
    static Result<WalkForwardWindows> parse(const QString& spec);
};

struct WalkForwardFold
{
    Timestamp trainStart;
    Timestamp testStart; // where training ends
    Timestamp testEnd;
    qint64 candidates = 0; // configurations that ran on the training window
    std::optional<SweepRow> chosen; // the best on the training window, with its report there
    double inSampleObjective = 0;
    std::optional<SweepRow> outOfSample; // the chosen configuration on the test window
    double outOfSampleObjective = 0;
};

// Walk-forward optimisation: on each training window every configuration of the plan runs, the
// one with the best objective (at least `minimumTrades` trades) is chosen, and it then runs on the
// test window that follows, starting with the equity the previous test window ended with. The
// test windows chained are the stitched out-of-sample run: what the method would have earned.
struct WalkForward
{
    std::vector<WalkForwardFold> folds;
    BacktestResult stitched; // out of sample, chained: trades, equity and statistics
    QJsonObject stitchedReport;
    double meanInSample = 0; // the chosen configurations' objective, averaged over the folds
    double meanOutOfSample = 0;
    qint64 candleEvaluations = 0;
    QString error; // why there are no folds, or why a test run stopped

    static WalkForward run(const SweepPlan& plan, const QJsonObject& baseBot,
        std::span<const Candle> candles, const WalkForwardWindows& windows,
        SweepObjective objective, int minimumTrades, const SweepOptions& options);

    // "In sample the chosen configurations averaged …; out of sample …": the degradation.
    QString verdict(SweepObjective objective) const;
};

// The candles that start in [from, to).
std::span<const Candle> candlesBetween(
    std::span<const Candle> candles, Timestamp from, Timestamp to);

} // namespace Candela::Core

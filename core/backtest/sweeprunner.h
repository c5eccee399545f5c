#pragma once

#include "core/backtest/backtestoverfitting.h"
#include "core/backtest/backtestrunner.h"
#include "core/backtest/sharpestatistics.h"
#include "core/backtest/sweepplan.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <span>
#include <vector>

namespace Candela::Core {

struct SweepOptions
{
    BacktestOptions backtest; // cash, product rules, fees, risk defaults; progress and cancel
    int blocks = 16; // CSCV blocks kept per configuration (0: none)
    // This run's part of the plan: the configurations whose index % shards == shard.
    int shard = 0;
    int shards = 1;
    int threads = 0; // 0: one per core
    // Called from the worker threads with each configuration's per-bar returns (may be empty).
    std::function<void(qint64 index, const QString& configHash, const std::vector<double>& returns)>
        onReturns;
};

// One configuration of a sweep and what its backtest reported.
struct SweepRow
{
    qint64 index = 0; // in the plan
    QString configHash;
    QStringList values; // the varied values, as shown
    QString skipped; // why the configuration was not run (invalid); empty when it ran
    QJsonObject report; // backtestReport()
    ReturnMoments moments; // of the per-bar returns
    BlockReturns blocks; // for the probability of backtest overfitting

    bool ran() const { return skipped.isEmpty(); }
};

struct SweepRun
{
    std::vector<SweepRow> rows; // this shard's configurations, in plan order
    qint64 candleEvaluations = 0; // candles simulated, summed over the configurations
    double seconds = 0; // wall time
    bool cancelled = false;
};

// Runs a sweep's configurations over one shared copy of the candles on a pool of threads (each
// thread takes the next configuration; no candle is copied). A configuration that does not read
// back as a valid bot, or whose risk section is refused, is skipped with the reason.
class SweepRunner final
{
public:
    static SweepRun run(const SweepPlan& plan, const QJsonObject& baseBot,
        std::span<const Candle> candles, const SweepOptions& options);

    // Configuration `index` of the plan as a bot, validated as a backtest would.
    static Result<BotConfig> configuration(const SweepPlan& plan, const QJsonObject& baseBot,
        qint64 index, const RiskPolicy& riskDefaults);
};

} // namespace Candela::Core

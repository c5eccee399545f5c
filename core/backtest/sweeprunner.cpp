#include "sweeprunner.h"

#include "core/backtest/backtestreport.h"
#include "core/risk/riskpolicyjson.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace Candela::Core {

Result<BotConfig> SweepRunner::configuration(
    const SweepPlan& plan, const QJsonObject& baseBot, qint64 index, const RiskPolicy& riskDefaults)
{
    const QJsonObject json = plan.apply(baseBot, index);
    auto config = BotConfig::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!config)
        return config;
    if (const auto policy = riskPolicyFor(*config, riskDefaults); !policy)
        return policy.error();
    return config;
}

SweepRun SweepRunner::run(const SweepPlan& plan, const QJsonObject& baseBot,
    std::span<const Candle> candles, const SweepOptions& options)
{
    SweepRun result;
    const int shards = std::max(1, options.shards);
    for (qint64 index = options.shard; index < plan.size(); index += shards) {
        SweepRow row;
        row.index = index;
        const std::vector<int> choice = plan.choice(index);
        for (size_t i = 0; i < choice.size(); ++i)
            row.values.append(plan.parameters()[i].texts[choice[i]]);
        result.rows.push_back(std::move(row));
    }

    std::atomic<size_t> next{0};
    std::atomic<qint64> evaluations{0};
    const auto work = [&] {
        for (size_t i = next++; i < result.rows.size(); i = next++) {
            if (options.backtest.cancel && options.backtest.cancel->load())
                return;
            SweepRow& row = result.rows[i];
            const auto config
                = configuration(plan, baseBot, row.index, options.backtest.riskDefaults);
            if (!config) {
                row.skipped = config.error().message;
                row.skipped.replace(QLatin1Char('\n'), QLatin1String("; "));
                continue;
            }
            row.configHash = configHash(config->toJson());
            const BacktestResult backtest = BacktestRunner::run(*config, candles, options.backtest);
            evaluations += backtest.candles;
            if (!backtest.error.isEmpty()) {
                row.skipped = backtest.error;
                continue;
            }
            const std::vector<double> returns = barReturns(backtest);
            row.moments = ReturnMoments::of(returns);
            row.report = backtestReport(backtest, row.moments);
            if (options.blocks > 0)
                row.blocks = BlockReturns::of(returns, options.blocks);
            if (options.onReturns)
                options.onReturns(row.index, row.configHash, returns);
        }
    };

    QElapsedTimer timer;
    timer.start();
    QThreadPool pool;
    pool.setObjectName(QStringLiteral("candela-sweep"));
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    pool.setMaxThreadCount(threads);
    for (int t = 1; t < threads; ++t)
        pool.start(work);
    work(); // this thread is one of the workers
    pool.waitForDone();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.candleEvaluations = evaluations.load();
    result.cancelled = options.backtest.cancel && options.backtest.cancel->load();
    return result;
}

} // namespace Candela::Core

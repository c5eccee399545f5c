#include "sweeprunner.h"

#include "core/backtest/backtestreport.h"
#include "core/risk/riskpolicyjson.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>

namespace Candela::Core {

namespace {

// Configurations whose bots score every bar alike: the same configuration but for what the score
// does not read (thresholds, confirmation, cooldown, size, risk, name and product).
QString scoreKey(const BotConfig& config)
{
    QJsonObject json = config.toJson();
    for (const char* key : {"name", "product", "buy_score", "sell_score", "confirmation_minutes",
             "cooldown_minutes", "position_size", "risk"})
        json.remove(QLatin1String(key));
    return configHash(json);
}

// The scores a group of configurations shares: worked out by the first worker that needs them,
// freed when the group's last configuration is done, so that only the groups in progress hold
// theirs (a few per thread), however many the sweep has.
struct SharedScores
{
    std::once_flag once;
    std::vector<ClosedBarScore> scores;
    std::atomic<int> remaining{0};
};

// One configuration to run: its row, its bot, and the group it shares scores with.
struct Job
{
    size_t row = 0;
    std::optional<BotConfig> config;
    std::shared_ptr<SharedScores> shared; // null: alone in its group
};

} // namespace

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

    // Parse and check every configuration first (cheap beside a backtest), then run them group by
    // group so that a group's scores are shared while they are in use.
    std::vector<Job> jobs;
    QHash<QString, std::shared_ptr<SharedScores>> groups;
    std::vector<QString> keys;
    for (size_t i = 0; i < result.rows.size(); ++i) {
        SweepRow& row = result.rows[i];
        auto config = configuration(plan, baseBot, row.index, options.backtest.riskDefaults);
        if (!config) {
            row.skipped = config.error().message;
            row.skipped.replace(QLatin1Char('\n'), QLatin1String("; "));
            continue;
        }
        row.configHash = config->hash();
        const QString key = scoreKey(*config);
        auto& shared = groups[key];
        if (!shared)
            shared = std::make_shared<SharedScores>();
        ++shared->remaining;
        jobs.push_back({i, std::move(*config), shared});
        keys.push_back(key);
    }
    std::vector<size_t> order(jobs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(
        order.begin(), order.end(), [&keys](size_t a, size_t b) { return keys[a] < keys[b]; });
    for (Job& job : jobs) {
        if (job.shared->remaining == 1)
            job.shared.reset(); // nothing to share: the bot scores its own bars
    }

    std::atomic<size_t> next{0};
    std::atomic<qint64> evaluations{0};
    const auto work = [&] {
        for (size_t n = next++; n < order.size(); n = next++) {
            if (options.backtest.cancel && options.backtest.cancel->load())
                return;
            Job& job = jobs[order[n]];
            SweepRow& row = result.rows[job.row];
            BacktestOptions backtestOptions = options.backtest;
            if (job.shared) {
                std::call_once(job.shared->once,
                    [&] { job.shared->scores = BacktestRunner::scoreTape(*job.config, candles); });
                backtestOptions.scores = job.shared->scores;
            }
            const BacktestResult backtest
                = BacktestRunner::run(*job.config, candles, backtestOptions);
            if (job.shared && --job.shared->remaining == 0)
                std::vector<ClosedBarScore>().swap(job.shared->scores);
            job.shared.reset();
            evaluations += backtest.candles;
            if (!backtest.error.isEmpty() || backtest.cancelled) {
                row.skipped = backtest.cancelled ? QStringLiteral("cancelled") : backtest.error;
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
    if (result.cancelled) { // what did not finish is not a result
        for (SweepRow& row : result.rows) {
            if (row.ran() && row.report.isEmpty())
                row.skipped = QStringLiteral("cancelled");
        }
    }
    return result;
}

} // namespace Candela::Core

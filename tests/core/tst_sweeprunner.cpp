#include "core/backtest/backtestreport.h"
#include "core/backtest/sweepjson.h"
#include "core/backtest/sweeprunner.h"
#include "core/backtest/sweepsummary.h"
#include "core/backtest/walkforward.h"
#include "core/market/csvcandles.h"

#include "teststrings.h"
#include <QFile>
#include <QJsonDocument>

#include <QTest>

using namespace Candela::Core;
using Candela::Test::strings;

namespace {

const std::vector<Candle>& bundledCandles()
{
    static const std::vector<Candle> candles = [] {
        auto read = readCsvCandles(QStringLiteral(
            CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
        if (!read)
            qFatal("the bundled candles do not read");
        return *read;
    }();
    return candles;
}

QJsonObject scalper()
{
    QFile file(QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the bundled bot does not read");
    return QJsonDocument::fromJson(file.readAll()).object();
}

SweepPlan planOf(const QStringList& specs)
{
    std::vector<SweepParameter> parameters;
    for (const QString& spec : specs)
        parameters.push_back(*SweepParameter::parse(spec));
    return *SweepPlan::grid(std::move(parameters));
}

std::span<const Candle> firstCandles(size_t count)
{
    return std::span<const Candle>(bundledCandles()).first(count);
}

} // namespace

class tst_SweepRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRowReportsWhatTheBacktestReports();
    void invalidCombinationsAreSkippedWithTheReason();
    void shardsAndThreadsDoNotChangeTheRows();
    void rowsReadBackFromJson();
    void progressCountsAndCancelLeavesNoHalfResults();
    void walkForwardChoosesOnTrainingAndTestsAfter();
    void walkForwardNeedsEnoughCandles();
    void windowsParse();
};

void tst_SweepRunner::aRowReportsWhatTheBacktestReports()
{
    const SweepPlan plan
        = planOf({QStringLiteral("signals.rsi.period=10,14"), QStringLiteral("buy_score=0.2,0.3")});
    const auto candles = firstCandles(6000);
    SweepOptions options;
    const SweepRun run = SweepRunner::run(plan, scalper(), candles, options);
    QCOMPARE(run.rows.size(), size_t(4));
    QCOMPARE(run.candleEvaluations, qint64(4 * 6000));
    int traded = 0;
    for (const SweepRow& row : run.rows) {
        QVERIFY2(row.ran(), qPrintable(row.skipped));
        const auto config = SweepRunner::configuration(plan, scalper(), row.index, {});
        QVERIFY(config);
        const BacktestResult direct = BacktestRunner::run(*config, candles, {});
        QCOMPARE(row.report, backtestReport(direct));
        QCOMPARE(row.configHash, configHash(config->toJson()));
        QCOMPARE(row.blocks.sums.size(), size_t(16));
        traded += row.report.value(QStringLiteral("trades")).toInt() > 0 ? 1 : 0;
    }
    QVERIFY(traded > 0);
    // Different configurations, different identities.
    QVERIFY(run.rows[0].configHash != run.rows[1].configHash);
    QCOMPARE(run.rows[1].values, strings({"10", "0.3"}));
}

void tst_SweepRunner::invalidCombinationsAreSkippedWithTheReason()
{
    const SweepPlan plan = planOf(
        {QStringLiteral("signals.rsi.weight=0.6,-1"), QStringLiteral("risk.risk_percent=1,150")});
    const SweepRun run = SweepRunner::run(plan, scalper(), firstCandles(2000), {});
    QCOMPARE(run.rows.size(), size_t(4));
    QVERIFY(run.rows[0].ran());
    QVERIFY(run.rows[1].skipped.contains(QLatin1String("risk.risk_percent")));
    QVERIFY(run.rows[2].skipped.contains(QLatin1String("signals.rsi.weight")));
    QVERIFY(!run.rows[3].ran());
    QCOMPARE(run.candleEvaluations, 2000); // only the valid one ran
}

void tst_SweepRunner::shardsAndThreadsDoNotChangeTheRows()
{
    const SweepPlan plan = planOf(
        {QStringLiteral("signals.rsi.period=8:14:2"), QStringLiteral("sell_score=0.2,0.3")});
    const auto candles = firstCandles(3000);
    SweepOptions one;
    one.threads = 1;
    const SweepRun whole = SweepRunner::run(plan, scalper(), candles, one);
    SweepOptions two;
    two.threads = 2;
    const SweepRun parallel = SweepRunner::run(plan, scalper(), candles, two);
    std::vector<SweepRow> merged;
    for (int shard = 0; shard < 3; ++shard) {
        SweepOptions part;
        part.shard = shard;
        part.shards = 3;
        const SweepRun run = SweepRunner::run(plan, scalper(), candles, part);
        for (const SweepRow& row : run.rows)
            QCOMPARE(row.index % 3, shard);
        merged.insert(merged.end(), run.rows.begin(), run.rows.end());
    }
    std::sort(merged.begin(), merged.end(),
        [](const SweepRow& a, const SweepRow& b) { return a.index < b.index; });
    QCOMPARE(whole.rows.size(), size_t(8));
    QCOMPARE(merged.size(), whole.rows.size());
    for (size_t i = 0; i < whole.rows.size(); ++i) {
        QCOMPARE(parallel.rows[i].report, whole.rows[i].report);
        QCOMPARE(merged[i].report, whole.rows[i].report);
        QCOMPARE(merged[i].blocks.sums, whole.rows[i].blocks.sums);
        QCOMPARE(sweepCsvLine(merged[i]), sweepCsvLine(whole.rows[i]));
    }
}

void tst_SweepRunner::rowsReadBackFromJson()
{
    const SweepPlan plan = planOf({QStringLiteral("buy_score=0.2,0.25")});
    const SweepRun run = SweepRunner::run(plan, scalper(), firstCandles(3000), {});
    for (const SweepRow& row : run.rows) {
        const QByteArray text = QJsonDocument(sweepRowToJson(row, plan)).toJson();
        const auto back = sweepRowFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QCOMPARE(back->report, row.report);
        QCOMPARE(back->moments.sharpe, row.moments.sharpe); // exact, not merely close
        QCOMPARE(back->moments.kurtosis, row.moments.kurtosis);
        QCOMPARE(back->blocks.squares, row.blocks.squares);
        QCOMPARE(sweepCsvLine(*back), sweepCsvLine(row));
    }
    QVERIFY(!sweepRowFromJson(QJsonObject{{QStringLiteral("report"), QJsonObject{}}}));
}

void tst_SweepRunner::progressCountsAndCancelLeavesNoHalfResults()
{
    const SweepPlan plan = planOf({QStringLiteral("buy_score=0.2,0.25,0.3")});
    std::atomic<qint64> progress{0};
    SweepOptions options;
    options.backtest.progress = &progress;
    const SweepRun run = SweepRunner::run(plan, scalper(), firstCandles(5000), options);
    QCOMPARE(progress.load(), 3 * 5000);
    QCOMPARE(run.cancelled, false);
    // Cancelled before the first configuration: none reports figures it did not finish.
    std::atomic<bool> cancel{true};
    options.backtest.cancel = &cancel;
    const SweepRun cancelled = SweepRunner::run(plan, scalper(), firstCandles(5000), options);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.rows.size(), size_t(3));
    for (const SweepRow& row : cancelled.rows)
        QCOMPARE(row.skipped, QStringLiteral("cancelled"));
    QCOMPARE(SweepStatistics::of(cancelled.rows, SweepObjective::Sharpe, 0).trials, 0);
}

void tst_SweepRunner::walkForwardChoosesOnTrainingAndTestsAfter()
{
    // The bundled candles cover 92 days from 2025-07-01: training 20 days and testing 10, moved
    // on by 10, gives folds starting on days 0, 10, …, 60 (the 7th tests days 80–90; an 8th
    // would test past the end).
    const SweepPlan plan
        = planOf({QStringLiteral("buy_score=0.2,0.3"), QStringLiteral("signals.rsi.period=10,14")});
    const auto windows = WalkForwardWindows::parse(QStringLiteral("train=20d,test=10d"));
    QVERIFY(windows);
    const auto candles = std::span<const Candle>(bundledCandles());
    const WalkForward wf = WalkForward::run(
        plan, scalper(), candles, *windows, SweepObjective::NetPnl, 1, SweepOptions{});
    QVERIFY2(wf.error.isEmpty(), qPrintable(wf.error));
    QCOMPARE(wf.folds.size(), size_t(7));
    Decimal cash = Decimal::fromInteger(10000);
    size_t trades = 0;
    for (const WalkForwardFold& fold : wf.folds) {
        QCOMPARE(fold.testStart - fold.trainStart, std::chrono::days(20));
        QCOMPARE(fold.testEnd - fold.testStart, std::chrono::days(10));
        // The choice is the training window's best, as a sweep of that window says.
        const SweepRun trained = SweepRunner::run(
            plan, scalper(), candlesBetween(candles, fold.trainStart, fold.testStart), {});
        const auto best = bestRow(trained.rows, SweepObjective::NetPnl, 1);
        QCOMPARE(fold.chosen.has_value(), best.has_value());
        if (!best)
            continue;
        QCOMPARE(fold.chosen->index, trained.rows[*best].index);
        // The test run warms up on the training bars, trades from the test window's start with
        // the equity the previous test ended with, and ends in cash.
        BacktestOptions testOptions;
        testOptions.startingCash = cash;
        testOptions.tradeFrom = fold.testStart;
        testOptions.closeAtEnd = true;
        const auto config = SweepRunner::configuration(plan, scalper(), fold.chosen->index, {});
        const BacktestResult tested = BacktestRunner::run(
            *config, candlesBetween(candles, fold.trainStart, fold.testEnd), testOptions);
        QCOMPARE(tested.equity.front().time, fold.testStart + std::chrono::minutes(5));
        QCOMPARE(fold.outOfSample->report, backtestReport(tested));
        cash = tested.finalEquity;
        trades += tested.trades.size();
    }
    QCOMPARE(wf.stitched.finalEquity, cash);
    QCOMPARE(wf.stitched.trades.size(), trades);
    QCOMPARE(wf.stitchedReport.value(QStringLiteral("final_equity")).toString(), cash.toString());
    QVERIFY(wf.verdict(SweepObjective::NetPnl).contains(QLatin1String("7 folds")));
}

void tst_SweepRunner::walkForwardNeedsEnoughCandles()
{
    const SweepPlan plan = planOf({QStringLiteral("buy_score=0.2,0.3")});
    const WalkForward wf = WalkForward::run(plan, scalper(), firstCandles(1000),
        *WalkForwardWindows::parse(QStringLiteral("train=90d,test=30d")), SweepObjective::Sharpe, 1,
        {});
    QVERIFY(wf.folds.empty());
    QVERIFY(wf.error.contains(QLatin1String("do not cover")));
}

void tst_SweepRunner::windowsParse()
{
    const auto w = WalkForwardWindows::parse(QStringLiteral("train=2w,test=36h"));
    QVERIFY(w);
    QCOMPARE(w->train, std::chrono::seconds(14 * 86400));
    QCOMPARE(w->test, std::chrono::seconds(36 * 3600));
    QCOMPARE(w->step, w->test);
    QCOMPARE(WalkForwardWindows::parse(QStringLiteral("train=90d,test=30d,step=7d"))->step,
        std::chrono::seconds(7 * 86400));
    QVERIFY(!WalkForwardWindows::parse(QStringLiteral("train=90d")));
    QVERIFY(!WalkForwardWindows::parse(QStringLiteral("train=90m,test=1d")));
    QVERIFY(!WalkForwardWindows::parse(QStringLiteral("train=0d,test=1d")));
    QVERIFY(!WalkForwardWindows::parse(QStringLiteral("train=1d,test=1d,hold=1d")));
}

QTEST_GUILESS_MAIN(tst_SweepRunner)
#include "tst_sweeprunner.moc"

#include "walkforward.h"

#include "core/backtest/backtestreport.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Candela::Core {

namespace {

std::optional<std::chrono::seconds> parseSpan(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})([dhw])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).front();
    const qint64 unitSeconds = unit == QLatin1Char('h') ? 3600
        : unit == QLatin1Char('d')                      ? 86400
                                                        : 7 * 86400;
    if (count <= 0)
        return std::nullopt;
    return std::chrono::seconds(count * unitSeconds);
}

// A run's row: its moments and report, as a sweep row holds them.
SweepRow rowOf(const BacktestResult& result)
{
    SweepRow row;
    row.moments = ReturnMoments::of(barReturns(result));
    row.report = backtestReport(result, row.moments);
    return row;
}

// Appends a test window's run to the stitched result.
void append(BacktestResult& stitched, const BacktestResult& part)
{
    stitched.trades.insert(stitched.trades.end(), part.trades.begin(), part.trades.end());
    stitched.equity.insert(stitched.equity.end(), part.equity.begin(), part.equity.end());
    stitched.candles += part.candles;
    stitched.denials.insufficientCash += part.denials.insufficientCash;
    stitched.denials.productRules += part.denials.productRules;
    for (const auto& [reason, count] : part.denials.risk)
        stitched.denials.risk[reason] += count;
    stitched.finalEquity = part.finalEquity;
}

} // namespace

Result<WalkForwardWindows> WalkForwardWindows::parse(const QString& spec)
{
    WalkForwardWindows windows;
    const auto bad = [&](const QString& why) {
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("--walk-forward '%1': %2").arg(spec, why));
    };
    for (const QString& part : spec.split(QLatin1Char(','))) {
        const auto equals = part.indexOf(QLatin1Char('='));
        const QString key = part.left(equals).trimmed();
        const auto span = parseSpan(part.mid(equals + 1));
        if (equals < 0 || !span)
            return bad(QStringLiteral("\"%1\" is not NAME=COUNT followed by d, h or w").arg(part));
        if (key == QLatin1String("train"))
            windows.train = *span;
        else if (key == QLatin1String("test"))
            windows.test = *span;
        else if (key == QLatin1String("step"))
            windows.step = *span;
        else
            return bad(QStringLiteral("unknown window \"%1\" (train, test, step)").arg(key));
    }
    if (windows.train.count() == 0 || windows.test.count() == 0)
        return bad(QStringLiteral("both train= and test= are needed"));
    if (windows.step.count() == 0)
        windows.step = windows.test;
    return windows;
}

std::span<const Candle> candlesBetween(
    std::span<const Candle> candles, Timestamp from, Timestamp to)
{
    const auto byStart = [](const Candle& candle, Timestamp time) { return candle.start < time; };
    const auto first = std::lower_bound(candles.begin(), candles.end(), from, byStart);
    const auto last = std::lower_bound(first, candles.end(), to, byStart);
    return candles.subspan(size_t(first - candles.begin()), size_t(last - first));
}

WalkForward WalkForward::run(const SweepPlan& plan, const QJsonObject& baseBot,
    std::span<const Candle> candles, const WalkForwardWindows& windows, SweepObjective objective,
    int minimumTrades, const SweepOptions& options)
{
    WalkForward result;
    result.stitched.startEquity = options.backtest.startingCash;
    result.stitched.finalEquity = options.backtest.startingCash;
    const auto base = BotConfig::fromJson(QJsonDocument(baseBot).toJson(QJsonDocument::Compact));
    if (!base) {
        result.error = base.error().message;
        return result;
    }
    if (candles.empty()) {
        result.error = QStringLiteral("no candles for a walk-forward");
        return result;
    }
    const auto bar = std::chrono::seconds(seconds(base->timeframe));
    const Timestamp dataEnd = candles.back().start + bar;
    double inSum = 0;
    double outSum = 0;
    int chosenFolds = 0;
    for (Timestamp trainStart = candles.front().start;; trainStart += windows.step) {
        WalkForwardFold fold;
        fold.trainStart = trainStart;
        fold.testStart = trainStart + windows.train;
        fold.testEnd = fold.testStart + windows.test;
        if (fold.testEnd > dataEnd)
            break;
        SweepOptions trainOptions = options;
        trainOptions.shard = 0;
        trainOptions.shards = 1;
        trainOptions.blocks = 0;
        trainOptions.onReturns = {}; // the sweep's matrix holds the whole range's returns only
        SweepRun trained = SweepRunner::run(
            plan, baseBot, candlesBetween(candles, fold.trainStart, fold.testStart), trainOptions);
        result.candleEvaluations += trained.candleEvaluations;
        if (trained.cancelled) {
            result.error = QStringLiteral("cancelled");
            return result;
        }
        fold.candidates = std::count_if(trained.rows.begin(), trained.rows.end(),
            [](const SweepRow& row) { return row.ran(); });
        const std::span<const Candle> test = candlesBetween(candles, fold.testStart, fold.testEnd);
        const auto best = bestRow(trained.rows, objective, minimumTrades);
        BacktestOptions testOptions = options.backtest;
        testOptions.startingCash = result.stitched.finalEquity;
        // The test run warms up on the training bars and ends in cash: it starts as a bot that
        // had watched the market would, and hands the next window money, not a position.
        testOptions.tradeFrom = fold.testStart;
        testOptions.closeAtEnd = true;
        if (!best) {
            // Nothing qualified: the method would have stayed out; the equity stays flat.
            BacktestResult flat;
            flat.finalEquity = testOptions.startingCash;
            for (const Candle& candle : test)
                flat.equity.push_back({candle.start + bar, testOptions.startingCash});
            flat.candles = qint64(test.size());
            append(result.stitched, flat);
            result.folds.push_back(std::move(fold));
            continue;
        }
        fold.chosen = trained.rows[*best];
        fold.inSampleObjective = objectiveOf(*fold.chosen, objective, minimumTrades);
        const auto config = SweepRunner::configuration(
            plan, baseBot, fold.chosen->index, options.backtest.riskDefaults);
        if (!config) {
            result.error = config.error().message;
            return result;
        }
        const BacktestResult tested = BacktestRunner::run(
            *config, candlesBetween(candles, fold.trainStart, fold.testEnd), testOptions);
        result.candleEvaluations += tested.candles;
        if (tested.cancelled) {
            result.error = QStringLiteral("cancelled");
            return result;
        }
        if (!tested.error.isEmpty()) {
            result.error = QStringLiteral("the test window from %1: %2")
                               .arg(toIsoString(fold.testStart), tested.error);
            return result;
        }
        SweepRow outRow = rowOf(tested);
        outRow.index = fold.chosen->index;
        outRow.configHash = fold.chosen->configHash;
        outRow.values = fold.chosen->values;
        fold.outOfSampleObjective = objectiveOf(outRow, objective, 0);
        fold.outOfSample = std::move(outRow);
        append(result.stitched, tested);
        if (std::isfinite(fold.inSampleObjective) && std::isfinite(fold.outOfSampleObjective)) {
            inSum += fold.inSampleObjective;
            outSum += fold.outOfSampleObjective;
            ++chosenFolds;
        }
        result.folds.push_back(std::move(fold));
    }
    if (result.folds.empty()) {
        result.error = QStringLiteral("the candles do not cover one training and one test window");
        return result;
    }
    if (chosenFolds > 0) {
        result.meanInSample = inSum / chosenFolds;
        result.meanOutOfSample = outSum / chosenFolds;
    }
    const auto stats = PerformanceStats::compute(result.stitched.trades, result.stitched.equity);
    if (!stats) {
        result.error = stats.error().message;
        return result;
    }
    result.stitched.stats = *stats;
    result.stitchedReport = backtestReport(result.stitched);
    return result;
}

QString WalkForward::verdict(SweepObjective objective) const
{
    const auto chosen = std::count_if(
        folds.begin(), folds.end(), [](const WalkForwardFold& f) { return f.chosen.has_value(); });
    QString text = QStringLiteral("%1 folds, %2 with a configuration that qualified. ")
                       .arg(folds.size())
                       .arg(chosen);
    if (chosen == 0)
        return text + QStringLiteral("Nothing was traded out of sample.");
    const QString name = objective == SweepObjective::Sharpe
        ? QStringLiteral("a per-bar Sharpe ratio of")
        : objective == SweepObjective::NetPnl       ? QStringLiteral("a net P&L of")
        : objective == SweepObjective::ProfitFactor ? QStringLiteral("a profit factor of")
                                                    : QStringLiteral("an expectancy of");
    text += QStringLiteral("In sample the chosen configurations averaged %1 %2; out of sample %3")
                .arg(name)
                .arg(meanInSample, 0, 'g', 4)
                .arg(meanOutOfSample, 0, 'g', 4);
    // A share of the in-sample figure, where windows of other lengths can be compared (not for
    // a net P&L: a 90-day and a 30-day window earn different sums by length alone).
    if (meanInSample > 0 && objective != SweepObjective::NetPnl)
        text += QStringLiteral(" (%1 % of in sample).")
                    .arg(meanOutOfSample / meanInSample * 100, 0, 'f', 0);
    else
        text += QLatin1Char('.');
    return text
        + QStringLiteral(" The stitched out-of-sample run made %1 on %2.")
              .arg(stitched.stats.netPnl.toString(), stitched.startEquity.toString());
}

} // namespace Candela::Core

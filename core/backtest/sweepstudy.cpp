#include "sweepstudy.h"

namespace Candela::Core {

SweepStudy SweepStudy::run(const SweepPlan& plan, const QJsonObject& baseBot,
    std::span<const Candle> candles, const SweepStudyRequest& request, const SweepOptions& options)
{
    SweepStudy study;
    study.sweep = SweepRunner::run(plan, baseBot, candles, options);
    study.bestRow = Core::bestRow(study.sweep.rows, request.objective, request.minimumTrades);
    if (study.sweep.cancelled)
        return study;
    // The best configuration once more, for its trades (the Monte Carlo's input).
    if (study.bestRow) {
        const auto config = SweepRunner::configuration(
            plan, baseBot, study.sweep.rows[*study.bestRow].index, options.backtest.riskDefaults);
        if (!config) {
            study.error = config.error().message;
            return study;
        }
        const BacktestResult rerun = BacktestRunner::run(*config, candles, options.backtest);
        if (rerun.cancelled) {
            study.sweep.cancelled = true;
            return study;
        }
        study.bestTradeReturns = tradeReturns(rerun.trades, rerun.startEquity);
    }
    if (request.walkForward) {
        WalkForward walkForward = WalkForward::run(plan, baseBot, candles, *request.walkForward,
            request.objective, request.minimumTrades, options);
        if (!walkForward.error.isEmpty())
            study.error = QStringLiteral("walk-forward: ") + walkForward.error;
        else
            study.walkForward = std::move(walkForward);
    }
    return study;
}

SweepFindings SweepFindings::of(const std::vector<SweepRow>& rows,
    const std::vector<double>* bestTradeReturns, const SweepStudyRequest& request,
    const std::optional<WalkForward>& walkForward)
{
    SweepFindings findings;
    findings.statistics = SweepStatistics::of(rows, request.objective, request.minimumTrades);
    if (findings.statistics.best && bestTradeReturns)
        findings.monteCarlo
            = TradeMonteCarlo::run(*bestTradeReturns, request.monteCarloRuns, request.seed);
    findings.verdict = sweepVerdict(
        findings.statistics, rows, findings.monteCarlo ? &*findings.monteCarlo : nullptr);
    if (walkForward)
        findings.verdict << walkForward->verdict(request.objective);
    return findings;
}

} // namespace Candela::Core

#include "sweepsummary.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace Candela::Core {

namespace {

double reportNumber(const SweepRow& row, const char* key)
{
    const QJsonValue value = row.report.value(QLatin1String(key));
    if (value.isString())
        return value.toString().toDouble(); // an exact money figure, compared as a double
    // A profit factor without a losing trade is written as null: infinitely good.
    return value.isNull() ? std::numeric_limits<double>::infinity() : value.toDouble();
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', fraction < 0.01 || fraction > 0.99 ? 1 : 0)
        + QLatin1Char('%');
}

} // namespace

const char* sweepObjectiveName(SweepObjective objective)
{
    switch (objective) {
    case SweepObjective::Sharpe:
        return "sharpe";
    case SweepObjective::NetPnl:
        return "net_pnl";
    case SweepObjective::ProfitFactor:
        return "profit_factor";
    case SweepObjective::Expectancy:
        return "expectancy";
    }
    return "sharpe";
}

std::optional<SweepObjective> sweepObjectiveFromName(QStringView name)
{
    for (const auto objective : {SweepObjective::Sharpe, SweepObjective::NetPnl,
             SweepObjective::ProfitFactor, SweepObjective::Expectancy}) {
        if (name == QLatin1String(sweepObjectiveName(objective)))
            return objective;
    }
    return std::nullopt;
}

double objectiveOf(const SweepRow& row, SweepObjective objective, int minimumTrades)
{
    constexpr double Never = -std::numeric_limits<double>::infinity();
    if (!row.ran() || row.report.value(QStringLiteral("trades")).toInt() < minimumTrades)
        return Never;
    switch (objective) {
    case SweepObjective::Sharpe:
        return row.moments.sharpe;
    case SweepObjective::NetPnl:
        return reportNumber(row, "net_pnl");
    case SweepObjective::ProfitFactor:
        return row.report.value(QStringLiteral("trades")).toInt() == 0
            ? Never
            : reportNumber(row, "profit_factor");
    case SweepObjective::Expectancy:
        return reportNumber(row, "expectancy");
    }
    return Never;
}

std::optional<size_t> bestRow(
    const std::vector<SweepRow>& rows, SweepObjective objective, int minimumTrades)
{
    std::optional<size_t> best;
    double bestValue = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < rows.size(); ++i) {
        const double value = objectiveOf(rows[i], objective, minimumTrades);
        if (value > bestValue) { // strictly: the first of equals stays
            bestValue = value;
            best = i;
        }
    }
    return best;
}

SweepStatistics SweepStatistics::of(
    const std::vector<SweepRow>& rows, SweepObjective objective, int minimumTrades)
{
    SweepStatistics s;
    std::vector<double> sharpes;
    std::vector<BlockReturns> blocks;
    for (const SweepRow& row : rows) {
        if (!row.ran())
            continue;
        sharpes.push_back(row.moments.sharpe);
        blocks.push_back(row.blocks);
    }
    s.trials = qint64(sharpes.size());
    s.sharpeVariance = Core::sharpeVariance(sharpes);
    s.best = bestRow(rows, objective, minimumTrades);
    s.expectedMaximumSharpe = Core::expectedMaximumSharpe(s.trials, s.sharpeVariance);
    if (s.best) {
        s.psr = probabilisticSharpe(rows[*s.best].moments, 0);
        s.dsr = deflatedSharpe(rows[*s.best].moments, s.trials, s.sharpeVariance);
    }
    if (!blocks.empty() && !blocks.front().sums.empty()) {
        auto pbo = BacktestOverfitting::compute(blocks);
        if (pbo)
            s.pbo = std::move(*pbo);
        else
            s.pboProblem = pbo.error().message;
    } else {
        s.pboProblem = QStringLiteral("not computed");
    }
    return s;
}

QStringList sweepVerdict(
    const SweepStatistics& s, const std::vector<SweepRow>& rows, const TradeMonteCarlo* monteCarlo)
{
    QStringList lines;
    if (!s.best) {
        lines << QStringLiteral(
            "No configuration qualified as best (too few trades in every one).");
        return lines;
    }
    const SweepRow& best = rows[*s.best];
    lines << QStringLiteral("The best of %1 trials has a Sharpe ratio of %2 per bar over %3 bars.")
                 .arg(s.trials)
                 .arg(best.moments.sharpe, 0, 'g', 3)
                 .arg(best.moments.observations);
    if (std::isfinite(s.dsr)) {
        lines << QStringLiteral(
            "Luck alone would give the best of %1 unskilled trials a Sharpe ratio of %2 per bar; "
            "the chance that this one's true Sharpe ratio is above that is %3 (deflated Sharpe "
            "ratio), and above zero %4 (probabilistic Sharpe ratio).")
                     .arg(s.trials)
                     .arg(s.expectedMaximumSharpe, 0, 'g', 3)
                     .arg(percent(s.dsr), percent(s.psr));
        if (best.moments.sharpe <= 0)
            lines << QStringLiteral("Even the best configuration loses on average: none of these "
                                    "earns on this data.");
        else if (s.dsr >= 0.95)
            lines << QStringLiteral("That is unlikely to be luck.");
        else
            lines << QStringLiteral("The chance that it is no better than the best of as many "
                                    "tries by luck is %1: do not trust it yet.")
                         .arg(percent(1 - s.dsr));
    }
    if (s.pbo) {
        lines << QStringLiteral(
            "Across %1 splits of the data into halves, the configuration best in one half did no "
            "better than the median of the other half %2 of the time (probability of backtest "
            "overfitting) and lost money there %3 of the time.")
                     .arg(s.pbo->splits)
                     .arg(percent(s.pbo->probability), percent(s.pbo->probabilityOfLoss));
    }
    if (monteCarlo && monteCarlo->trades > 0) {
        lines << QStringLiteral(
            "Its %1 trades resampled %2 times: return %3 % / %4 % / %5 %, maximum drawdown "
            "%6 % / %7 % / %8 % (5th / 50th / 95th percentiles).")
                     .arg(monteCarlo->trades)
                     .arg(monteCarlo->runs)
                     .arg(monteCarlo->returnPct.p5, 0, 'f', 1)
                     .arg(monteCarlo->returnPct.p50, 0, 'f', 1)
                     .arg(monteCarlo->returnPct.p95, 0, 'f', 1)
                     .arg(monteCarlo->maxDrawdownPct.p5, 0, 'f', 1)
                     .arg(monteCarlo->maxDrawdownPct.p50, 0, 'f', 1)
                     .arg(monteCarlo->maxDrawdownPct.p95, 0, 'f', 1);
    }
    return lines;
}

} // namespace Candela::Core

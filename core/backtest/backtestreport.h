#pragma once

#include "core/backtest/backtestrunner.h"
#include "core/backtest/sharpestatistics.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace Candela::Core {

// A ratio as a report holds it: a number, or null when undefined (infinite, or none at all).
QJsonValue reportRatio(double value);
QJsonValue reportRatio(std::optional<double> value);

// Each bar's return on the equity before it: the first bar's against the starting equity.
std::vector<double> barReturns(const BacktestResult& result);

// The report of one backtest, as `candela-cli backtest` prints it and as each row of a sweep
// holds it: money as exact decimal strings, ratios as numbers (null when undefined, such as the
// profit factor without a losing trade), the refusals by reason, and the per-bar return
// statistics (`sharpe_per_bar`, `skewness`, `kurtosis` (plain), `observations`, `psr`, the
// probability that the true per-bar Sharpe ratio is above zero). No wall-clock figures: the same
// run gives the same report.
QJsonObject backtestReport(const BacktestResult& result, const ReturnMoments& moments);
QJsonObject backtestReport(const BacktestResult& result);

// The report's keys in a fixed order, nested ones dotted ("denials.stop_too_tight"), every risk
// refusal included: the columns of a sweep's CSV.
QStringList backtestReportColumns();

// A report's value at a dotted key as CSV text: numbers in their shortest exact form, null as
// an empty cell.
QString reportCell(const QJsonObject& report, const QString& column);

} // namespace Candela::Core

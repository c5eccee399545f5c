#include "backtestreport.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace Candela::Core {

namespace {

constexpr auto LastDenialReason = DenialReason::ArithmeticError;

QStringList topLevelColumns()
{
    return {QStringLiteral("candles"), QStringLiteral("trades"), QStringLiteral("wins"),
        QStringLiteral("losses"), QStringLiteral("win_rate"), QStringLiteral("profit_factor"),
        QStringLiteral("expectancy"), QStringLiteral("max_drawdown_pct"), QStringLiteral("sharpe"),
        QStringLiteral("sharpe_per_bar"), QStringLiteral("skewness"), QStringLiteral("kurtosis"),
        QStringLiteral("observations"), QStringLiteral("psr"), QStringLiteral("total_fees"),
        QStringLiteral("gross_pnl"), QStringLiteral("fee_drag_pct"), QStringLiteral("fee_rate_pct"),
        QStringLiteral("net_pnl"), QStringLiteral("start_equity"), QStringLiteral("final_equity")};
}

} // namespace

QJsonValue reportRatio(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonValue reportRatio(std::optional<double> value)
{
    return value ? reportRatio(*value) : QJsonValue();
}

std::vector<double> barReturns(const BacktestResult& result)
{
    std::vector<double> returns;
    returns.reserve(result.equity.size());
    double before = result.startEquity.toDouble();
    const Decimal* previous = &result.startEquity;
    for (const EquityPoint& point : result.equity) {
        if (point.equity == *previous) { // a flat bar: no conversion, no division
            returns.push_back(0.0);
            continue;
        }
        previous = &point.equity;
        const double now = point.equity.toDouble();
        returns.push_back(before > 0 ? now / before - 1 : 0);
        before = now;
    }
    return returns;
}

QJsonObject backtestReport(const BacktestResult& r, const ReturnMoments& moments)
{
    QJsonObject denials{{QStringLiteral("insufficient_cash"), r.denials.insufficientCash},
        {QStringLiteral("product_rules"), r.denials.productRules}};
    for (const auto& [reason, count] : r.denials.risk)
        denials.insert(QLatin1String(denialReasonName(reason)), count);
    return QJsonObject{
        {QStringLiteral("denials"), denials},
        {QStringLiteral("candles"), r.candles},
        {QStringLiteral("trades"), r.stats.trades},
        {QStringLiteral("wins"), r.stats.wins},
        {QStringLiteral("losses"), r.stats.losses},
        {QStringLiteral("win_rate"), reportRatio(r.stats.winRate)},
        {QStringLiteral("profit_factor"), reportRatio(r.stats.profitFactor)},
        {QStringLiteral("expectancy"), r.stats.expectancy.toString()},
        {QStringLiteral("max_drawdown_pct"), reportRatio(r.stats.maxDrawdownPct)},
        {QStringLiteral("sharpe"), reportRatio(r.stats.sharpe)},
        {QStringLiteral("sharpe_per_bar"), reportRatio(moments.sharpe)},
        {QStringLiteral("skewness"), reportRatio(moments.skewness)},
        {QStringLiteral("kurtosis"), reportRatio(moments.kurtosis)},
        {QStringLiteral("observations"), moments.observations},
        {QStringLiteral("psr"), reportRatio(probabilisticSharpe(moments, 0))},
        {QStringLiteral("total_fees"), r.stats.totalFees.toString()},
        {QStringLiteral("gross_pnl"), r.stats.grossPnl.toString()},
        {QStringLiteral("fee_drag_pct"), reportRatio(r.stats.feeDragPct())},
        {QStringLiteral("fee_rate_pct"), reportRatio(r.stats.feeRatePct())},
        {QStringLiteral("net_pnl"), r.stats.netPnl.toString()},
        {QStringLiteral("start_equity"), r.startEquity.toString()},
        {QStringLiteral("final_equity"), r.finalEquity.toString()},
    };
}

QJsonObject backtestReport(const BacktestResult& result)
{
    return backtestReport(result, ReturnMoments::of(barReturns(result)));
}

QStringList backtestReportColumns()
{
    QStringList columns = topLevelColumns();
    columns << QStringLiteral("denials.insufficient_cash")
            << QStringLiteral("denials.product_rules");
    for (int reason = 0; reason <= int(LastDenialReason); ++reason)
        columns << QStringLiteral("denials.")
                + QLatin1String(denialReasonName(static_cast<DenialReason>(reason)));
    return columns;
}

QString reportCell(const QJsonObject& report, const QString& column)
{
    QJsonValue value;
    if (column.startsWith(QLatin1String("denials."))) {
        const QJsonObject denials = report.value(QStringLiteral("denials")).toObject();
        value = denials.value(column.mid(8));
        if (value.isUndefined())
            return QStringLiteral("0");
    } else {
        value = report.value(column);
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers as integers; others in the shortest form that reads back the same.
        if (std::floor(number) == number && std::abs(number) < 9e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return QString();
}

} // namespace Candela::Core

#include "sweepjson.h"

#include "core/backtest/backtestreport.h"

#include <cmath>

namespace Candela::Core {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

std::vector<double> doublesOf(const QJsonValue& value)
{
    std::vector<double> values;
    for (const QJsonValue& item : value.toArray())
        values.push_back(item.toDouble());
    return values;
}

QJsonObject valuesObject(const SweepRow& row, const SweepPlan& plan)
{
    QJsonObject values;
    for (qsizetype i = 0; i < row.values.size() && size_t(i) < plan.parameters().size(); ++i)
        values.insert(plan.parameters()[size_t(i)].path, row.values[i]);
    return values;
}

QJsonObject band(const PercentileBand& b)
{
    return {{QStringLiteral("p5"), b.p5}, {QStringLiteral("p50"), b.p50},
        {QStringLiteral("p95"), b.p95}};
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\""))
        + QLatin1Char('"');
}

} // namespace

QJsonObject sweepRowToJson(const SweepRow& row, const SweepPlan& plan)
{
    QJsonObject json{{QStringLiteral("index"), row.index},
        {QStringLiteral("values"), valuesObject(row, plan)},
        {QStringLiteral("value_texts"), QJsonArray::fromStringList(row.values)}};
    if (!row.ran()) {
        json.insert(QStringLiteral("skipped"), row.skipped);
        return json;
    }
    json.insert(QStringLiteral("config_hash"), row.configHash);
    json.insert(QStringLiteral("report"), row.report);
    json.insert(QStringLiteral("moments"),
        QJsonObject{{QStringLiteral("observations"), row.moments.observations},
            {QStringLiteral("mean"), row.moments.mean},
            {QStringLiteral("standard_deviation"), row.moments.standardDeviation},
            {QStringLiteral("sharpe"), row.moments.sharpe},
            {QStringLiteral("skewness"), row.moments.skewness},
            {QStringLiteral("kurtosis"), row.moments.kurtosis}});
    if (!row.blocks.sums.empty())
        json.insert(QStringLiteral("blocks"),
            QJsonObject{{QStringLiteral("bars_per_block"), row.blocks.barsPerBlock},
                {QStringLiteral("sums"), numbers(row.blocks.sums)},
                {QStringLiteral("squares"), numbers(row.blocks.squares)}});
    return json;
}

Result<SweepRow> sweepRowFromJson(const QJsonObject& json)
{
    SweepRow row;
    if (!json.value(QStringLiteral("index")).isDouble())
        return makeError(ErrorCode::ParseError, QStringLiteral("a configuration without an index"));
    row.index = json.value(QStringLiteral("index")).toInteger();
    for (const QJsonValue& text : json.value(QStringLiteral("value_texts")).toArray())
        row.values.append(text.toString());
    if (json.contains(QStringLiteral("skipped"))) {
        row.skipped = json.value(QStringLiteral("skipped")).toString();
        return row;
    }
    row.configHash = json.value(QStringLiteral("config_hash")).toString();
    row.report = json.value(QStringLiteral("report")).toObject();
    const QJsonObject m = json.value(QStringLiteral("moments")).toObject();
    if (row.configHash.isEmpty() || row.report.isEmpty() || m.isEmpty())
        return makeError(ErrorCode::ParseError,
            QStringLiteral("configuration %1 has no hash, report or moments").arg(row.index));
    row.moments.observations = m.value(QStringLiteral("observations")).toInteger();
    row.moments.mean = m.value(QStringLiteral("mean")).toDouble();
    row.moments.standardDeviation = m.value(QStringLiteral("standard_deviation")).toDouble();
    row.moments.sharpe = m.value(QStringLiteral("sharpe")).toDouble();
    row.moments.skewness = m.value(QStringLiteral("skewness")).toDouble();
    row.moments.kurtosis = m.value(QStringLiteral("kurtosis")).toDouble();
    const QJsonObject blocks = json.value(QStringLiteral("blocks")).toObject();
    row.blocks.barsPerBlock = blocks.value(QStringLiteral("bars_per_block")).toInteger();
    row.blocks.sums = doublesOf(blocks.value(QStringLiteral("sums")));
    row.blocks.squares = doublesOf(blocks.value(QStringLiteral("squares")));
    return row;
}

QJsonObject statisticsToJson(const SweepStatistics& s, const std::vector<SweepRow>& rows)
{
    QJsonObject json{{QStringLiteral("trials"), s.trials},
        {QStringLiteral("sharpe_variance"), number(s.sharpeVariance)}};
    if (s.best) {
        const SweepRow& best = rows[*s.best];
        json.insert(QStringLiteral("best"),
            QJsonObject{{QStringLiteral("config_hash"), best.configHash},
                {QStringLiteral("index"), best.index},
                {QStringLiteral("value_texts"), QJsonArray::fromStringList(best.values)},
                {QStringLiteral("sharpe"), number(best.moments.sharpe)},
                {QStringLiteral("skewness"), number(best.moments.skewness)},
                {QStringLiteral("kurtosis"), number(best.moments.kurtosis)},
                {QStringLiteral("observations"), best.moments.observations},
                {QStringLiteral("expected_maximum_sharpe"), number(s.expectedMaximumSharpe)},
                {QStringLiteral("psr"), number(s.psr)}, {QStringLiteral("dsr"), number(s.dsr)}});
    }
    if (s.pbo) {
        json.insert(QStringLiteral("pbo"),
            QJsonObject{{QStringLiteral("probability"), s.pbo->probability},
                {QStringLiteral("blocks"), s.pbo->blocks},
                {QStringLiteral("splits"), s.pbo->splits},
                {QStringLiteral("bars_per_block"), s.pbo->barsPerBlock},
                {QStringLiteral("probability_of_loss"), s.pbo->probabilityOfLoss},
                {QStringLiteral("mean_sharpe_degradation"), s.pbo->meanSharpeDegradation}});
    } else if (!s.pboProblem.isEmpty()) {
        json.insert(QStringLiteral("pbo_problem"), s.pboProblem);
    }
    return json;
}

QJsonObject monteCarloToJson(const TradeMonteCarlo& mc)
{
    return {{QStringLiteral("runs"), mc.runs}, {QStringLiteral("trades"), mc.trades},
        {QStringLiteral("seed"), QString::number(mc.seed)},
        {QStringLiteral("return_pct"), band(mc.returnPct)},
        {QStringLiteral("max_drawdown_pct"), band(mc.maxDrawdownPct)}};
}

QJsonObject walkForwardToJson(
    const WalkForward& walkForward, SweepObjective objective, const SweepPlan& plan)
{
    QJsonArray folds;
    for (const WalkForwardFold& fold : walkForward.folds) {
        QJsonObject one{{QStringLiteral("train_start"), toIsoString(fold.trainStart)},
            {QStringLiteral("test_start"), toIsoString(fold.testStart)},
            {QStringLiteral("test_end"), toIsoString(fold.testEnd)},
            {QStringLiteral("candidates"), fold.candidates}};
        if (fold.chosen) {
            one.insert(QStringLiteral("chosen"), sweepRowToJson(*fold.chosen, plan));
            one.insert(QStringLiteral("in_sample_objective"), number(fold.inSampleObjective));
        }
        if (fold.outOfSample) {
            one.insert(QStringLiteral("out_of_sample"), fold.outOfSample->report);
            one.insert(
                QStringLiteral("out_of_sample_objective"), number(fold.outOfSampleObjective));
        }
        folds.append(one);
    }
    return {{QStringLiteral("objective"), QLatin1String(sweepObjectiveName(objective))},
        {QStringLiteral("folds"), folds},
        {QStringLiteral("mean_in_sample"), number(walkForward.meanInSample)},
        {QStringLiteral("mean_out_of_sample"), number(walkForward.meanOutOfSample)},
        {QStringLiteral("stitched"), walkForward.stitchedReport},
        {QStringLiteral("verdict"), walkForward.verdict(objective)}};
}

QString sweepCsvHeader(const SweepPlan& plan)
{
    QStringList columns{QStringLiteral("config_hash")};
    for (const SweepParameter& parameter : plan.parameters())
        columns << csvField(parameter.path);
    columns << backtestReportColumns();
    return columns.join(QLatin1Char(','));
}

QString sweepCsvLine(const SweepRow& row)
{
    QStringList cells{row.configHash};
    for (const QString& value : row.values)
        cells << csvField(value);
    for (const QString& column : backtestReportColumns())
        cells << reportCell(row.report, column);
    return cells.join(QLatin1Char(','));
}

} // namespace Candela::Core

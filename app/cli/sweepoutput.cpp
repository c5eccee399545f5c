#include "sweepoutput.h"

#include "core/backtest/backtestreport.h"
#include "core/backtest/sweepstudy.h"
#include "core/market/csvcandles.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <set>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

// The trade returns of each shard's best configuration, by plan index: what the Monte Carlo of
// the whole sweep's best needs after a merge.
using BestTrades = std::map<qint64, std::vector<double>>;

QJsonObject descriptorOf(const SweepRequest& r, const QJsonObject& bot)
{
    return {{QStringLiteral("bot"), bot}, {QStringLiteral("candles"), r.candlesPath},
        {QStringLiteral("vary"), QJsonArray::fromStringList(r.varySpecs)},
        {QStringLiteral("from"), r.from}, {QStringLiteral("to"), r.to},
        {QStringLiteral("random"), r.random}, {QStringLiteral("seed"), QString::number(r.seed)},
        {QStringLiteral("objective"), QLatin1String(sweepObjectiveName(r.objective))},
        {QStringLiteral("min_trades"), r.minimumTrades}, {QStringLiteral("blocks"), r.blocks},
        {QStringLiteral("monte_carlo"), r.monteCarloRuns},
        {QStringLiteral("cash"), r.cash.toString()}, {QStringLiteral("shards"), r.shards},
        {QStringLiteral("walk_forward"), r.walkForwardSpec}};
}

Result<SweepPlan> planOf(const QStringList& specs, qint64 random, unsigned long long seed)
{
    std::vector<SweepParameter> parameters;
    for (const QString& spec : specs) {
        auto parameter = SweepParameter::parse(spec);
        if (!parameter)
            return parameter.error();
        parameters.push_back(std::move(*parameter));
    }
    return random > 0 ? SweepPlan::random(std::move(parameters), random, seed)
                      : SweepPlan::grid(std::move(parameters));
}

bool writeJson(const QString& path, const QJsonObject& json, QTextStream& err)
{
    QFile file(path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size())
        return true;
    err << "candela-cli sweep: cannot write " << path << ": " << file.errorString() << '\n';
    return false;
}

SweepStudyRequest studyRequest(const SweepRequest& request)
{
    return {request.objective, request.minimumTrades, request.monteCarloRuns, request.seed,
        request.walkForward};
}

// The rows printed, the statistics worked out and said, the JSON written: the same for a whole
// sweep, a shard and a merge.
int finish(const PreparedSweep& sweep, const std::vector<SweepRow>& rows, const BestTrades& best,
    double evaluationsPerSecond, const QJsonObject& walkForward, const QString& jsonPath,
    QTextStream& out, QTextStream& err)
{
    const SweepRequest& r = sweep.request;
    out << sweepCsvHeader(sweep.plan) << '\n';
    QJsonArray configurations;
    for (const SweepRow& row : rows) {
        configurations.append(sweepRowToJson(row, sweep.plan));
        if (row.ran())
            out << sweepCsvLine(row) << '\n';
        else
            err << "skipped configuration " << row.index << " ("
                << row.values.join(QLatin1String(", ")) << "): " << row.skipped << '\n';
    }
    out.flush();
    // The best row's trades, when this run or a shard kept them.
    const auto bestIndex = bestRow(rows, r.objective, r.minimumTrades);
    const auto trades = bestIndex ? best.find(rows[*bestIndex].index) : best.end();
    const SweepFindings findings = SweepFindings::of(
        rows, trades != best.end() ? &trades->second : nullptr, studyRequest(r), std::nullopt);
    QJsonObject summary = statisticsToJson(findings.statistics, rows);
    QJsonObject shardBest;
    if (findings.monteCarlo) {
        summary.insert(QStringLiteral("monte_carlo"), monteCarloToJson(*findings.monteCarlo));
        QJsonArray returns;
        for (const double value : trades->second)
            returns.append(value);
        shardBest = {
            {QStringLiteral("index"), trades->first}, {QStringLiteral("trade_returns"), returns}};
    }
    if (!walkForward.isEmpty())
        summary.insert(QStringLiteral("walk_forward"), walkForward);
    summary.insert(QStringLiteral("candle_evaluations_per_second"), qint64(evaluationsPerSecond));
    QStringList verdict = findings.verdict;
    if (!walkForward.isEmpty())
        verdict << walkForward.value(QStringLiteral("verdict")).toString();
    summary.insert(QStringLiteral("verdict"), QJsonArray::fromStringList(verdict));
    for (const QString& line : verdict)
        err << line << '\n';
    if (jsonPath.isEmpty())
        return 0;
    QJsonObject descriptor = sweep.descriptor;
    descriptor.insert(QStringLiteral("shard"), r.shard + 1);
    descriptor.insert(QStringLiteral("shards"), r.shards);
    const QJsonObject json{{QStringLiteral("sweep"), descriptor},
        {QStringLiteral("configurations"), configurations}, {QStringLiteral("summary"), summary},
        {QStringLiteral("shard_best"), shardBest}};
    return writeJson(jsonPath, json, err) ? 0 : 1;
}

} // namespace

Result<PreparedSweep> prepareSweep(const SweepRequest& request)
{
    QFile file(request.botPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
            QStringLiteral("cannot read %1: %2").arg(request.botPath, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (const auto base = BotConfig::fromJson(bytes); !base)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1: %2").arg(request.botPath, base.error().message));
    PreparedSweep sweep{request, QJsonDocument::fromJson(bytes).object(), {}, {}};
    auto plan = planOf(request.varySpecs, request.random, request.seed);
    if (!plan)
        return plan.error();
    sweep.plan = std::move(*plan);
    sweep.descriptor = descriptorOf(request, sweep.baseBot);
    return sweep;
}

int runPreparedSweep(const PreparedSweep& prepared, std::span<const Candle> candles,
    const SweepOptions& options, const QString& jsonPath, QTextStream& out, QTextStream& err)
{
    // The bars themselves, not only the file's name, so that a merge refuses shards that saw
    // other candles (a file that grew between them, another --to).
    PreparedSweep sweep = prepared;
    QCryptographicHash rows(QCryptographicHash::Sha256);
    for (const Candle& candle : candles)
        rows.addData(toCsvRow(candle));
    sweep.descriptor.insert(QStringLiteral("candle_count"), qint64(candles.size()));
    sweep.descriptor.insert(
        QStringLiteral("candles_sha256"), QString::fromLatin1(rows.result().toHex()));
    const SweepRequest& r = sweep.request;
    const SweepStudy study
        = SweepStudy::run(sweep.plan, sweep.baseBot, candles, studyRequest(r), options);
    if (!study.error.isEmpty()) {
        err << "candela-cli sweep: " << study.error << '\n';
        return 1;
    }
    BestTrades best;
    if (study.bestRow)
        best[study.sweep.rows[*study.bestRow].index] = study.bestTradeReturns;
    const QJsonObject walkForward = study.walkForward
        ? walkForwardToJson(*study.walkForward, r.objective, sweep.plan)
        : QJsonObject();
    // The sweep's own rate: the configurations over the whole range, not the walk-forward's.
    const SweepRun& run = study.sweep;
    const double rate = run.seconds > 0 ? double(run.candleEvaluations) / run.seconds : 0;
    return finish(sweep, run.rows, best, rate, walkForward, jsonPath, out, err);
}

int runSweepMerge(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString(), QStringLiteral("file"));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("merge")} + arguments)
        || parser.positionalArguments().isEmpty()) {
        err << "usage: candela-cli sweep merge SHARD.json... [--json OUT.json]\n";
        return 2;
    }
    std::optional<QJsonObject> descriptor;
    std::set<int> shards;
    int shardCount = 0;
    std::vector<SweepRow> rows;
    BestTrades best;
    double rate = 0;
    for (const QString& path : parser.positionalArguments()) {
        QFile file(path);
        QJsonParseError error{};
        const QJsonObject json = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &error).object()
            : QJsonObject();
        QJsonObject sweep = json.value(QStringLiteral("sweep")).toObject();
        const int shard = sweep.take(QStringLiteral("shard")).toInt();
        if (sweep.isEmpty() || shard < 1) {
            err << "candela-cli sweep merge: " << path << " is not the JSON of a sweep ("
                << (file.error() != QFile::NoError ? file.errorString() : error.errorString())
                << ")\n";
            return 1;
        }
        if (descriptor && *descriptor != sweep) {
            err << "candela-cli sweep merge: " << path << " is from another sweep\n";
            return 1;
        }
        descriptor = sweep;
        shardCount = sweep.value(QStringLiteral("shards")).toInt();
        if (!shards.insert(shard).second) {
            err << "candela-cli sweep merge: shard " << shard << " is given twice\n";
            return 1;
        }
        for (const QJsonValue& value : json.value(QStringLiteral("configurations")).toArray()) {
            auto row = sweepRowFromJson(value.toObject());
            if (!row) {
                err << "candela-cli sweep merge: " << path << ": " << row.error().message << '\n';
                return 1;
            }
            rows.push_back(std::move(*row));
        }
        const QJsonObject shardBest = json.value(QStringLiteral("shard_best")).toObject();
        if (!shardBest.isEmpty()) {
            std::vector<double> returns;
            for (const QJsonValue& r : shardBest.value(QStringLiteral("trade_returns")).toArray())
                returns.push_back(r.toDouble());
            best[shardBest.value(QStringLiteral("index")).toInteger()] = std::move(returns);
        }
        rate += json.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("candle_evaluations_per_second"))
                    .toDouble();
    }
    if (int(shards.size()) != shardCount) {
        err << "candela-cli sweep merge: " << shards.size() << " of " << shardCount
            << " shards given\n";
        return 1;
    }
    SweepRequest request;
    for (const QJsonValue& spec : descriptor->value(QStringLiteral("vary")).toArray())
        request.varySpecs << spec.toString();
    request.random = descriptor->value(QStringLiteral("random")).toInteger();
    request.seed = descriptor->value(QStringLiteral("seed")).toString().toULongLong();
    request.objective
        = sweepObjectiveFromName(descriptor->value(QStringLiteral("objective")).toString())
              .value_or(SweepObjective::Sharpe);
    request.minimumTrades = descriptor->value(QStringLiteral("min_trades")).toInt();
    request.blocks = descriptor->value(QStringLiteral("blocks")).toInt();
    request.monteCarloRuns = descriptor->value(QStringLiteral("monte_carlo")).toInt();
    request.candlesPath = descriptor->value(QStringLiteral("candles")).toString();
    request.from = descriptor->value(QStringLiteral("from")).toString();
    request.to = descriptor->value(QStringLiteral("to")).toString();
    request.walkForwardSpec = descriptor->value(QStringLiteral("walk_forward")).toString();
    if (const auto cash = Decimal::fromString(descriptor->value(QStringLiteral("cash")).toString()))
        request.cash = *cash;
    auto plan = planOf(request.varySpecs, request.random, request.seed);
    if (!plan) {
        err << "candela-cli sweep merge: " << plan.error().message << '\n';
        return 1;
    }
    std::sort(rows.begin(), rows.end(),
        [](const SweepRow& a, const SweepRow& b) { return a.index < b.index; });
    PreparedSweep merged{request, descriptor->value(QStringLiteral("bot")).toObject(),
        std::move(*plan), *descriptor};
    merged.descriptor.remove(QStringLiteral("shards"));
    merged.request.shards = 1;
    merged.request.shard = 0;
    return finish(merged, rows, best, rate, {}, parser.value(jsonOption), out, err);
}

} // namespace Candela::Cli

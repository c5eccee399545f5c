#pragma once

#include "core/backtest/sweepjson.h"

#include <QJsonObject>
#include <QStringList>

#include <map>
#include <optional>
#include <span>

class QTextStream;

namespace Candela::Cli {

// What a sweep was asked to do: the same request in every shard, so that `sweep merge` can check
// that its inputs belong together and rebuild the plan.
struct SweepRequest
{
    QString botPath;
    QString candlesPath;
    QStringList varySpecs;
    QString from;
    QString to;
    qint64 random = 0; // 0: the full grid
    unsigned long long seed = 1;
    Core::SweepObjective objective = Core::SweepObjective::Sharpe;
    int minimumTrades = 10;
    int blocks = 16;
    int monteCarloRuns = 1000;
    Core::Decimal cash = Core::Decimal::fromInteger(10000);
    int shard = 0;
    int shards = 1;
    std::optional<Core::WalkForwardWindows> walkForward;
    QString walkForwardSpec;
};

struct PreparedSweep
{
    SweepRequest request;
    QJsonObject baseBot;
    Core::SweepPlan plan;
    QJsonObject descriptor; // the request as JSON, without the shard
};

// Reads the base bot (it must be valid itself), parses the --vary specs and builds the plan.
Core::Result<PreparedSweep> prepareSweep(const SweepRequest& request);

// Runs the plan (this shard of it) over `candles`, prints the CSV on `out` and the statistics in
// words on `err`, and writes the JSON when `jsonPath` is not empty. The exit code.
int runPreparedSweep(const PreparedSweep& sweep, std::span<const Core::Candle> candles,
    const Core::SweepOptions& options, const QString& jsonPath, QTextStream& out, QTextStream& err);

// candela-cli sweep merge SHARD.json… [--json OUT.json]: prints what the whole sweep prints.
int runSweepMerge(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

#pragma once

#include "core/backtest/sweepsummary.h"
#include "core/backtest/walkforward.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace Candela::Core {

// A sweep's rows and figures as JSON, and back: what `candela-cli sweep --json` writes and
// `sweep merge` reads. Doubles are written in their shortest exact form, so a row read back is the
// row written and a merge of shards computes the same statistics as the whole sweep.
QJsonObject sweepRowToJson(const SweepRow& row, const SweepPlan& plan);
Result<SweepRow> sweepRowFromJson(const QJsonObject& json);

QJsonObject statisticsToJson(const SweepStatistics& statistics, const std::vector<SweepRow>& rows);
QJsonObject monteCarloToJson(const TradeMonteCarlo& monteCarlo);
QJsonObject walkForwardToJson(
    const WalkForward& walkForward, SweepObjective objective, const SweepPlan& plan);

// One CSV line per row that ran: config_hash, the varied values, then backtestReportColumns().
QString sweepCsvHeader(const SweepPlan& plan);
QString sweepCsvLine(const SweepRow& row);

} // namespace Candela::Core

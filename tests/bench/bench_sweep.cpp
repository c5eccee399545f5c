// Benchmark: a sweep's throughput in candle-evaluations a second (configurations × candles ÷ wall
// time), candles shared in memory, on one thread and on every core. Not a test: it reports.
// Target (issue 19): at least 20 M a second on the 2-core build machine. Two plans:
//  - "thresholds": 1,024 configurations that vary only buy and sell thresholds (the indicators
//    are the same in every one);
//  - "periods": 1,024 that vary the RSI period and the buy threshold.
//
//   bench_sweep [CANDLES.csv] [BOT.json] [--passes N]

#include "core/backtest/sweeprunner.h"
#include "core/market/csvcandles.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

using namespace Candela::Core;

namespace {

SweepPlan planOf(const QString& first, const QString& second)
{
    return *SweepPlan::grid({*SweepParameter::parse(first), *SweepParameter::parse(second)});
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int passes = Candela::Bench::takeCount(arguments, QStringLiteral("passes"), 3);
    const QString candlesPath = arguments.value(0,
        QStringLiteral(
            CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    const QString botPath = arguments.value(
        1, QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"));
    QTextStream out(stdout);
    const auto candles = readCsvCandles(candlesPath);
    QFile botFile(botPath);
    if (!candles || !botFile.open(QIODevice::ReadOnly)) {
        out << "cannot read the inputs\n";
        return 1;
    }
    const QJsonObject bot = QJsonDocument::fromJson(botFile.readAll()).object();
    const std::vector<std::pair<QString, SweepPlan>> plans{
        {QStringLiteral("thresholds"),
            planOf(QStringLiteral("buy_score=0.1:0.41:0.01"),
                QStringLiteral("sell_score=0.1:0.41:0.01"))},
        {QStringLiteral("periods"),
            planOf(QStringLiteral("signals.rsi.period=5:36:1"),
                QStringLiteral("buy_score=0.1:0.41:0.01"))},
    };
    out << "candles: " << candles->size() << " passes: " << passes << " (best reported)\n";
    for (const auto& [name, plan] : plans) {
        for (const int threads : {1, QThread::idealThreadCount()}) {
            double best = 0;
            for (int pass = 0; pass < passes; ++pass) {
                SweepOptions options;
                options.threads = threads;
                const SweepRun run = SweepRunner::run(plan, bot, *candles, options);
                best = std::max(best, double(run.candleEvaluations) / run.seconds);
            }
            out << name << ": configurations=" << plan.size() << " threads=" << threads
                << " candle_evaluations_per_s=" << qint64(best) << '\n';
            out.flush();
        }
    }
    return 0;
}

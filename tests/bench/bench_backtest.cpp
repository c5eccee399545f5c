// Benchmark: backtest throughput with one bot, candles already in memory (not a test: it
// reports). Target: >= 5 M candles/s and within 3x of a bare loop computing the same
// indicators over the same candles.
//
//   bench_backtest [CANDLES.csv] [BOT.json] [--passes N]

#include "core/backtest/backtestrunner.h"
#include "core/indicators/adx.h"
#include "core/indicators/atr.h"
#include "core/indicators/macd.h"
#include "core/indicators/rsi.h"
#include "core/indicators/vectorstate.h"
#include "core/market/csvcandles.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Candela::Core;

namespace {

// The indicators a three-signal bot computes, in a plain loop: the floor for a backtest.
double bareLoop(const std::vector<Bar>& bars, const BotConfig& config)
{
    Rsi rsi(config.rsi.params.period);
    Sma fast(config.movingAverage.params.fastPeriod);
    Sma slow(config.movingAverage.params.slowPeriod);
    Macd macd(config.macd.params.fastPeriod, config.macd.params.slowPeriod,
        config.macd.params.signalPeriod);
    Adx adx(14);
    Atr atr(14);
    double checksum = 0;
    for (const Bar& bar : bars) {
        checksum += rsi.update(bar.close) > 50 ? 1 : 0;
        checksum += fast.update(bar.close) > slow.update(bar.close) ? 1 : 0;
        checksum += macd.update(bar.close).histogram > 0 ? 1 : 0;
        checksum += adx.update(bar).adx > 25 ? 1 : 0;
        checksum += atr.update(bar) > 100 ? 1 : 0;
    }
    return checksum;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int passes = Candela::Bench::takeCount(arguments, QStringLiteral("passes"), 20);
    const QString candlesPath = arguments.value(0,
        QStringLiteral(
            CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    const QString botPath
        = arguments.value(1, QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));

    QElapsedTimer parse;
    parse.start();
    const auto candles = readCsvCandles(candlesPath);
    const double parseSeconds = double(parse.nsecsElapsed()) / 1e9;
    const auto config = BotConfig::fromFile(botPath);
    if (!candles || !config)
        qFatal("cannot read the inputs");
    std::vector<Bar> bars;
    for (const Candle& candle : *candles)
        bars.push_back(toBar(candle));

    double bestBacktest = 1e300;
    double bestBare = 1e300;
    qsizetype trades = 0;
    double checksum = 0;
    for (int pass = 0; pass < passes; ++pass) {
        const BacktestResult result = BacktestRunner::run(*config, *candles);
        bestBacktest = std::min(bestBacktest, result.seconds);
        trades = qsizetype(result.trades.size());
        // The floor is measured clean: the backtest's order path runs Qt's string hash, which
        // may leave the AVX upper halves dirty and slow every SSE instruction after it
        // (core/indicators/vectorstate.h). Measured dirty, the floor was 3–4× higher.
        clearUpperVectorState();
        QElapsedTimer timer;
        timer.start();
        checksum += bareLoop(bars, *config);
        bestBare = std::min(bestBare, double(timer.nsecsElapsed()) / 1e9);
    }
    const double n = double(candles->size());
    QTextStream(stdout) << "candles: " << candles->size() << " bot: " << config->name
                        << " trades: " << trades << " passes: " << passes << " (best reported)\n"
                        << "backtest: candles_per_s=" << qint64(n / bestBacktest)
                        << " ns_per_candle=" << QString::number(bestBacktest / n * 1e9, 'f', 1)
                        << '\n'
                        << "bare indicator loop: candles_per_s=" << qint64(n / bestBare)
                        << " ratio=" << QString::number(bestBacktest / bestBare, 'f', 2) << '\n'
                        << "CSV parse: candles_per_s=" << qint64(n / parseSeconds) << " (checksum "
                        << checksum << ")\n";
    return 0;
}

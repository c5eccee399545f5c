// Benchmark: backtest throughput with one bot, candles already in memory (not a test: it
// reports). Target: >= 5 M candles/s and within 3x of a bare loop computing the same
// indicators over the same candles. Two bare loops are timed: every indicator the backtest
// computes (the floor), and the bot's six alone.
//
//   bench_backtest [CANDLES.csv] [BOT.json] [--passes N]

#include "core/backtest/backtestrunner.h"
#include "core/indicators/adx.h"
#include "core/indicators/atr.h"
#include "core/indicators/macd.h"
#include "core/indicators/rsi.h"
#include "core/indicators/swingdetector.h"
#include "core/indicators/vectorstate.h"
#include "core/market/csvcandles.h"
#include "core/risk/riskpolicyjson.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Candela::Core;

namespace {

// The indicators a three-signal bot computes; update() returns how many say "up" (kept, so
// that nothing is optimised away).
struct BotIndicators
{
    explicit BotIndicators(const BotConfig& config)
        : rsi(config.rsi.params.period)
        , fast(config.movingAverage.params.fastPeriod)
        , slow(config.movingAverage.params.slowPeriod)
        , macd(config.macd.params.fastPeriod, config.macd.params.slowPeriod,
              config.macd.params.signalPeriod)
    { }

    int update(const Bar& bar)
    {
        return int(rsi.update(bar.close) > 50)
            + int(fast.update(bar.close) > slow.update(bar.close))
            + int(macd.update(bar.close).histogram > 0) + int(adx.update(bar).adx > 25)
            + int(atr.update(bar) > 100);
    }

    Rsi rsi;
    Sma fast;
    Sma slow;
    Macd macd;
    Adx adx{14};
    Atr atr{14};
};

// The bot's indicators alone, in a plain loop.
double botIndicatorLoop(const std::vector<Bar>& bars, const BotConfig& config)
{
    BotIndicators indicators(config);
    double checksum = 0;
    for (const Bar& bar : bars)
        checksum += indicators.update(bar);
    return checksum;
}

// Every indicator the backtest computes on every candle, in a plain loop: the bot's, and the
// swing points (its timeframe's and 4h) that a swing stop is placed beyond, on the exact
// prices as the risk gate keeps them. The floor for a backtest. (The risk gate's own ATR, a
// second copy of the bot's with the default policy, is left out.)
double allIndicatorLoop(const std::vector<Bar>& bars, const std::vector<Candle>& candles,
    const BotConfig& config, const RiskPolicy& policy)
{
    BotIndicators indicators(config);
    SwingDetector swings(policy.swingBars);
    SlowSwings slowSwings(std::max<std::chrono::seconds>(std::chrono::hours(4),
                              std::chrono::seconds(seconds(config.timeframe))),
        policy.swingBars);
    double checksum = 0;
    for (size_t i = 0; i < bars.size(); ++i) {
        checksum += indicators.update(bars[i]);
        swings.add(candles[i]);
        slowSwings.add(candles[i]);
    }
    return checksum + (swings.nearestLowBelow(candles.back().close) ? 1 : 0)
        + (slowSwings.swings().nearestLowBelow(candles.back().close) ? 1 : 0);
}

// One run of `loop`, in seconds, from a clean vector state: the backtest's
// order path runs Qt's string hash, which may leave the AVX upper halves dirty and slow every
// SSE instruction after it (core/indicators/vectorstate.h). Measured dirty, the floor was 3-4x
// higher.
template<typename Loop>
double timed(Loop loop, double& checksum)
{
    clearUpperVectorState();
    QElapsedTimer timer;
    timer.start();
    checksum += loop();
    return double(timer.nsecsElapsed()) / 1e9;
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

    const auto policy = riskPolicyFor(*config, RiskPolicy{});
    if (!policy)
        qFatal("the bot's risk section is refused");

    double bestBacktest = 1e300;
    double bestBot = 1e300;
    double bestAll = 1e300;
    qsizetype trades = 0;
    double checksum = 0;
    for (int pass = 0; pass < passes; ++pass) {
        const BacktestResult result = BacktestRunner::run(*config, *candles);
        bestBacktest = std::min(bestBacktest, result.seconds);
        trades = qsizetype(result.trades.size());
        bestBot
            = std::min(bestBot, timed([&] { return botIndicatorLoop(bars, *config); }, checksum));
        bestAll = std::min(bestAll,
            timed([&] { return allIndicatorLoop(bars, *candles, *config, *policy); }, checksum));
    }
    const double n = double(candles->size());
    const auto perSecond = [&](double seconds) { return qint64(n / seconds); };
    const auto ratio = [&](double floor) { return QString::number(bestBacktest / floor, 'f', 2); };
    QTextStream(stdout) << "candles: " << candles->size() << " bot: " << config->name
                        << " trades: " << trades << " passes: " << passes << " (best reported)\n"
                        << "backtest: candles_per_s=" << perSecond(bestBacktest)
                        << " ns_per_candle=" << QString::number(bestBacktest / n * 1e9, 'f', 1)
                        << '\n'
                        << "all-indicator loop (the bot's + 5m and 4h swings): candles_per_s="
                        << perSecond(bestAll) << " ratio=" << ratio(bestAll) << '\n'
                        << "bot-indicator loop (RSI, 2 SMA, MACD, ADX, ATR): candles_per_s="
                        << perSecond(bestBot) << " ratio=" << ratio(bestBot) << '\n'
                        << "CSV parse: candles_per_s=" << qint64(n / parseSeconds) << " (checksum "
                        << checksum << ")\n";
    return 0;
}

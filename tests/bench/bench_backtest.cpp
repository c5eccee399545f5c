// Benchmark: backtest throughput with one bot, candles already in memory (not a test: it
// reports). Target: >= 5 M candles/s and within 3x of a bare loop over the same candles computing
// the same indicators. Three bare loops are timed, each a floor the reader may prefer:
//  - every indicator the backtest computes on each candle (the bot's six and the swing lows its
//    stop is placed below), over the candles, converting each to doubles as the backtest does;
//  - the bot's six alone, over the candles;
//  - the bot's six alone, over doubles converted beforehand (the strictest).
// The bot's own step (indicators, score, confirmation) is timed too, for the breakdown.
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
#include "core/strategy/bot.h"

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

// The bot's six indicators alone, over the candles (each converted to doubles in the loop) or
// over doubles converted beforehand.
double botIndicatorLoop(const std::vector<Candle>& candles, const BotConfig& config)
{
    BotIndicators indicators(config);
    double checksum = 0;
    for (const Candle& candle : candles)
        checksum += indicators.update(toBar(candle));
    return checksum;
}

double botIndicatorLoop(const std::vector<Bar>& bars, const BotConfig& config)
{
    BotIndicators indicators(config);
    double checksum = 0;
    for (const Bar& bar : bars)
        checksum += indicators.update(bar);
    return checksum;
}

// Every indicator the backtest computes on every candle, in a plain loop over the candles: the
// bot's, and the swing lows (its timeframe's and 4h) that a swing stop is placed below, on the
// exact prices as the risk gate keeps them. The floor for a backtest. (Left out: the risk gate's
// own ATR, which it computes only for a trailing or an ATR stop — the bundled scalper has
// neither — and swing highs, which a long-only BotRisk does not keep.)
double allIndicatorLoop(
    const std::vector<Candle>& candles, const BotConfig& config, const RiskPolicy& policy)
{
    BotIndicators indicators(config);
    SwingDetector swings(policy.swingBars, SwingDetector::Sides::LowsOnly);
    SlowSwings slowSwings(std::max<std::chrono::seconds>(std::chrono::hours(4),
                              std::chrono::seconds(seconds(config.timeframe))),
        policy.swingBars, SwingDetector::Sides::LowsOnly);
    double checksum = 0;
    for (const Candle& candle : candles) {
        checksum += indicators.update(toBar(candle));
        swings.add(candle);
        slowSwings.add(candle);
    }
    return checksum + (swings.nearestLowBelow(candles.back().close) ? 1 : 0)
        + (slowSwings.swings().nearestLowBelow(candles.back().close) ? 1 : 0);
}

// The bot's step on every candle, as the backtest takes it (converted, then the intent).
double botStepLoop(const std::vector<Candle>& candles, const BotConfig& config)
{
    Bot bot(config);
    const auto period = std::chrono::seconds(seconds(config.timeframe));
    double intents = 0;
    for (const Candle& candle : candles)
        intents += bot.intentOnClosedBar(toBar(candle), candle.start + period, {}) ? 1 : 0;
    return intents;
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
    const QString botPath = arguments.value(
        1, QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"));

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
    double bestAll = 1e300;
    double bestBot = 1e300;
    double bestBotOnDoubles = 1e300;
    double bestBotStep = 1e300;
    qsizetype trades = 0;
    double checksum = 0;
    const auto best = [&](double& bestSoFar, auto loop) {
        bestSoFar = std::min(bestSoFar, timed(loop, checksum));
    };
    for (int pass = 0; pass < passes; ++pass) {
        const BacktestResult result = BacktestRunner::run(*config, *candles);
        bestBacktest = std::min(bestBacktest, result.seconds);
        trades = qsizetype(result.trades.size());
        best(bestAll, [&] { return allIndicatorLoop(*candles, *config, *policy); });
        best(bestBot, [&] { return botIndicatorLoop(*candles, *config); });
        best(bestBotOnDoubles, [&] { return botIndicatorLoop(bars, *config); });
        best(bestBotStep, [&] { return botStepLoop(*candles, *config); });
    }
    const double n = double(candles->size());
    const auto perSecond = [&](double seconds) { return qint64(n / seconds); };
    const auto nanos = [&](double seconds) { return QString::number(seconds / n * 1e9, 'f', 1); };
    const auto floor = [&](double seconds) {
        return QStringLiteral("candles_per_s=%1 ns_per_candle=%2 ratio=%3")
            .arg(perSecond(seconds))
            .arg(nanos(seconds), QString::number(bestBacktest / seconds, 'f', 2));
    };
    QTextStream(stdout)
        << "candles: " << candles->size() << " bot: " << config->name << " trades: " << trades
        << " passes: " << passes << " (best reported)\n"
        << "backtest: candles_per_s=" << perSecond(bestBacktest)
        << " ns_per_candle=" << nanos(bestBacktest) << '\n'
        << "floor, every indicator computed (the bot's six + 5m and 4h swing lows), "
           "over the candles: "
        << floor(bestAll) << '\n'
        << "the bot's six (RSI, 2 SMA, MACD, ADX, ATR) over the candles: " << floor(bestBot) << '\n'
        << "the bot's six over doubles converted beforehand: " << floor(bestBotOnDoubles) << '\n'
        << "(breakdown) the bot's whole step (indicators, score, confirmation): "
        << "ns_per_candle=" << nanos(bestBotStep) << '\n'
        << "CSV parse: candles_per_s=" << qint64(n / parseSeconds) << " (checksum " << checksum
        << ")\n";
    return 0;
}

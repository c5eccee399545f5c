#include "scorecommand.h"

#include "indicatorscommand.h"

#include "core/market/csvcandles.h"
#include "core/strategy/bot.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Candela::Cli {

using namespace Candela::Core;

int runScore(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), QString(), QStringLiteral("file"));
    const QCommandLineOption botOption(QStringLiteral("bot"), QString(), QStringLiteral("file"));
    parser.addOptions({candlesOption, botOption});
    if (!parser.parse(QStringList{QStringLiteral("score")} + arguments)
        || !parser.isSet(candlesOption) || !parser.isSet(botOption)) {
        err << "usage: candela-cli score --candles FILE.csv --bot BOT.json\n";
        return 2;
    }
    const auto config = BotConfig::fromFile(parser.value(botOption));
    if (!config) {
        err << "candela-cli score: " << config.error().message << '\n';
        return 1;
    }
    const auto candles = readCsvCandles(parser.value(candlesOption));
    if (!candles) {
        err << "candela-cli score: " << candles.error().message << '\n';
        return 1;
    }

    Bot bot(*config);
    const auto period = std::chrono::seconds(seconds(config->timeframe));
    out << "time,rsi_signal,ma_signal,macd_signal,score,temperature,action\n";
    for (const Candle& candle : *candles) {
        const BotEvaluation evaluation = bot.onClosedBar(toBar(candle), candle.start + period, {});
        out << toUnixSeconds(candle.start);
        for (const SignalKind kind :
            {SignalKind::Rsi, SignalKind::MovingAverage, SignalKind::Macd}) {
            const SignalReading& signal = evaluation.readings[size_t(kind)];
            out << ',' << formatIndicator(signal.enabled ? signal.signal : NoValue);
        }
        if (evaluation.ready)
            out << ',' << formatIndicator(evaluation.score) << ','
                << temperatureName(evaluation.temperature) << ',' << actionName(evaluation.action);
        else
            out << ",,,";
        out << '\n';
    }
    return 0;
}

} // namespace Candela::Cli

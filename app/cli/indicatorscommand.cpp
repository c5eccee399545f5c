#include "indicatorscommand.h"

#include "core/indicators/indicatorset.h"
#include "core/market/csvcandles.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <charconv>

namespace Candela::Cli {

using namespace Candela::Core;

QByteArray formatIndicator(double value)
{
    if (!hasValue(value))
        return {};
    char buffer[32];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), value);
    return QByteArray(buffer, result.ptr - buffer);
}

int runIndicators(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), QString(), QStringLiteral("file"));
    parser.addOption(candlesOption);
    if (!parser.parse(QStringList{QStringLiteral("indicators")} + arguments)
        || !parser.isSet(candlesOption)) {
        err << "usage: candela-cli indicators --candles FILE.csv\n";
        return 2;
    }
    const auto candles = readCsvCandles(parser.value(candlesOption));
    if (!candles) {
        err << "candela-cli indicators: " << candles.error().message << '\n';
        return 1;
    }
    out << "time,close,sma20,ema12,ema26,rsi14,macd,macd_signal,macd_hist,atr14,bb_mid,bb_upper,"
           "bb_lower,adx14\n";
    IndicatorSet indicators;
    for (const Candle& candle : *candles) {
        const IndicatorValues& v = indicators.update(toBar(candle));
        out << toUnixSeconds(candle.start) << ',' << candle.close.toString();
        for (const double value :
            {v.sma20, v.ema12, v.ema26, v.rsi14, v.macd.macd, v.macd.signal, v.macd.histogram,
                v.atr14, v.bollinger.middle, v.bollinger.upper, v.bollinger.lower, v.adx14})
            out << ',' << formatIndicator(value);
        out << '\n';
    }
    return 0;
}

} // namespace Candela::Cli

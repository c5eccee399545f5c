#include "resamplecommand.h"

#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Candela::Cli {

using namespace Candela::Core;

int runResample(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), QString(), QStringLiteral("file"));
    const QCommandLineOption timeframeOption(
        QStringLiteral("timeframe"), QString(), QStringLiteral("tf"));
    parser.addOptions({candlesOption, timeframeOption});
    const bool parsed = parser.parse(QStringList{QStringLiteral("resample")} + arguments);
    const auto timeframe = timeframeFromShortName(parser.value(timeframeOption));
    if (!parsed || !parser.isSet(candlesOption) || !timeframe) {
        if (!parsed)
            err << "candela-cli resample: " << parser.errorText() << '\n';
        err << "usage: candela-cli resample --candles FILE.csv --timeframe 5m|15m|1h|4h|1d\n";
        return 2;
    }
    const auto candles = readCsvCandles(parser.value(candlesOption));
    if (!candles) {
        err << "candela-cli resample: " << candles.error().message << '\n';
        return 1;
    }
    out << csvCandleHeader() << '\n';
    for (const Candle& candle : resample(*candles, *timeframe))
        out << toCsvRow(candle) << '\n';
    return 0;
}

} // namespace Candela::Cli

// Benchmark: all eight standard indicators (IndicatorSet) updated for one closed bar, on one
// core (not a test: it reports). Target: < 200 ns per bar (>= 5 M bars/s).
//
//   bench_indicators [CANDLES.csv] [--passes N]

#include "core/indicators/indicatorset.h"
#include "core/market/csvcandles.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Candela::Core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int passes = Candela::Bench::takeCount(arguments, QStringLiteral("passes"), 50);
    const QString path = arguments.value(0,
        QStringLiteral(
            CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    const auto candles = readCsvCandles(path);
    if (!candles)
        qFatal("%s", qPrintable(candles.error().message));
    std::vector<Bar> bars;
    bars.reserve(candles->size());
    for (const Candle& candle : *candles)
        bars.push_back(toBar(candle));

    double best = 1e300;
    double checksum = 0;
    for (int pass = 0; pass < passes; ++pass) {
        IndicatorSet set;
        QElapsedTimer timer;
        timer.start();
        for (const Bar& bar : bars)
            checksum += set.update(bar).rsi14 > 50 ? 1 : 0;
        best = std::min(best, double(timer.nsecsElapsed()));
    }
    const double nsPerBar = best / double(bars.size());
    QTextStream(stdout) << "bars: " << bars.size() << " passes: " << passes
                        << " (best pass reported)\n"
                        << "all 8 indicators: ns_per_bar=" << QString::number(nsPerBar, 'f', 1)
                        << " bars_per_s=" << qint64(1e9 / nsPerBar) << " (checksum " << checksum
                        << ")\n";
    return 0;
}

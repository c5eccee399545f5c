// Benchmark: the candle chart's frame times (not a test: it reports). For 1 k, 10 k and 100 k
// candles it prints the first paint (candles handed over and the widget rendered once), a live
// tick (the forming candle's close changed, handed over again and rendered), and a pan and a
// zoom frame (mouse drag / wheel event and the render that follows). Targets: first paint of
// 100 k candles < 100 ms; tick, pan and zoom frames < 16 ms. Rendering goes to a QImage under
// the offscreen platform, so the figures are the widget's own work without the window system.
//
//   bench_chart [CANDLES.csv] [--frames N] [--png FILE]   (FILE: the last 100 k frame, to look at)
//
// The bundled five-minute candles are repeated end to end (times continued) to reach 100 k.

#include "core/market/csvcandles.h"
#include "ui/charts/candlechart.h"

#include "benchoptions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QTextStream>
#include <QWheelEvent>

#include <algorithm>
#include <chrono>

using namespace Candela;

namespace {

std::vector<Core::Candle> tiled(const std::vector<Core::Candle>& source, std::size_t count)
{
    std::vector<Core::Candle> candles;
    candles.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        Core::Candle candle = source[i % source.size()];
        candle.start = source.front().start + std::chrono::minutes(5) * qint64(i);
        candles.push_back(candle);
    }
    return candles;
}

double millisecondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Frames
{
    double firstPaint = 1e300;
    double tick = 1e300;
    double pan = 1e300;
    double zoom = 1e300;
};

Frames measure(const std::vector<Core::Candle>& candles, int frames, const QString& png)
{
    Frames best;
    QImage canvas(1600, 900, QImage::Format_ARGB32_Premultiplied);
    for (int pass = 0; pass < 5; ++pass) {
        Gui::CandleChart chart;
        chart.resize(canvas.size());
        QElapsedTimer timer;
        timer.start();
        chart.setCandles(candles);
        chart.render(&canvas);
        best.firstPaint = std::min(best.firstPaint, millisecondsSince(timer));
    }

    Gui::CandleChart chart;
    chart.resize(canvas.size());
    chart.setCandles(candles);
    chart.render(&canvas);
    std::vector<Core::Candle> live = candles;
    const QPointF centre(800, 450);
    for (int frame = 0; frame < frames; ++frame) {
        live.back().close = frame % 2 ? candles.back().high : candles.back().low;
        QElapsedTimer timer;
        timer.start();
        chart.setCandles(live);
        chart.render(&canvas);
        best.tick = std::min(best.tick, millisecondsSince(timer));

        QMouseEvent press(QEvent::MouseButtonPress, centre, centre, Qt::LeftButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(&chart, &press);
        const QPointF dragged = centre + QPointF(frame % 2 ? -200 : 200, 0);
        QMouseEvent move(
            QEvent::MouseMove, dragged, dragged, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        timer.restart();
        QApplication::sendEvent(&chart, &move);
        chart.render(&canvas);
        best.pan = std::min(best.pan, millisecondsSince(timer));

        QWheelEvent wheel(centre, centre, QPoint(), QPoint(0, frame % 2 ? 120 : -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        timer.restart();
        QApplication::sendEvent(&chart, &wheel);
        chart.render(&canvas);
        best.zoom = std::min(best.zoom, millisecondsSince(timer));
    }
    if (!png.isEmpty())
        canvas.save(png);
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int frames = Bench::takeCount(arguments, QStringLiteral("frames"), 40);
    QString png;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--png")); at >= 0) {
        png = arguments.value(at + 1);
        arguments.remove(at, std::min<qsizetype>(2, arguments.size() - at));
    }
    const QString path = arguments.value(0,
        QStringLiteral(
            CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    const auto source = Core::readCsvCandles(path);
    if (!source || source->empty())
        qFatal("%s", source ? "no candles" : qPrintable(source.error().message));

    QTextStream out(stdout);
    out << "candles   first paint   tick      pan       zoom   (ms, best of 5 / " << frames
        << " frames)\n";
    for (const std::size_t count : {std::size_t(1000), std::size_t(10000), std::size_t(100000)}) {
        const Frames best
            = measure(tiled(*source, count), frames, count == 100000 ? png : QString());
        out << qSetFieldWidth(7) << count << qSetFieldWidth(0) << "   " << qSetFieldWidth(11)
            << QString::number(best.firstPaint, 'f', 2) << qSetFieldWidth(10)
            << QString::number(best.tick, 'f', 2) << QString::number(best.pan, 'f', 2)
            << QString::number(best.zoom, 'f', 2) << qSetFieldWidth(0) << '\n';
        out.flush();
    }
    return 0;
}

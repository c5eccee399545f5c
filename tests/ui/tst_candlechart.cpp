#include "ui/charts/candlechart.h"
#include "ui/theme.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <limits>

using namespace Candela;

namespace {
std::vector<Core::Candle> candles(int count)
{
    std::vector<Core::Candle> out;
    for (int i = 0; i < count; ++i) {
        const bool up = i % 2 == 0;
        const qint64 base = 100 + i % 7;
        const auto d = [](qint64 v) { return Core::Decimal::fromInteger(v); };
        out.push_back({Core::fromUnixSeconds(1751328000 + i * 300), d(up ? base : base + 2),
            d(base + 3), d(base - 1), d(up ? base + 2 : base), d(1)});
    }
    return out;
}

int countColour(const QImage& image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour ? 1 : 0;
    return count;
}
} // namespace

class tst_CandleChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsRisingAndFallingCandles();
    void wheelZoomsWithinLimits();
    void drawsOverlaysWhereTheyHaveValues();
    void scorePaneDrawsTheBotsScoreOnItsCandles();
    void marksTradesOnTheirCandles();
    void aDoubleClickChoosesThePriceUnderIt();
};

void tst_CandleChart::paintsRisingAndFallingCandles()
{
    Gui::CandleChart chart;
    chart.resize(600, 300);
    QImage empty(chart.size(), QImage::Format_RGB32);
    chart.render(&empty);
    QCOMPARE(countColour(empty, qRgb(0x26, 0xa6, 0x9a)), 0);

    chart.setCandles(candles(50));
    QImage image(chart.size(), QImage::Format_RGB32);
    chart.render(&image);
    QVERIFY(countColour(image, qRgb(0x26, 0xa6, 0x9a)) > 200); // green bodies
    QVERIFY(countColour(image, qRgb(0xef, 0x53, 0x50)) > 200); // red bodies
}

void tst_CandleChart::wheelZoomsWithinLimits()
{
    Gui::CandleChart chart;
    chart.resize(600, 300);
    chart.setCandles(candles(500));
    const int before = chart.visibleCount();
    QWheelEvent in(QPointF(100, 100), QPointF(100, 100), {}, QPoint(0, 120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&chart, &in);
    QVERIFY(chart.visibleCount() < before);
    for (int i = 0; i < 50; ++i)
        QCoreApplication::sendEvent(&chart, &in);
    QCOMPARE(chart.visibleCount(), 10);
}

void tst_CandleChart::drawsOverlaysWhereTheyHaveValues()
{
    Gui::CandleChart chart;
    chart.resize(600, 300);
    chart.setCandles(candles(50));
    const QColor magenta(0xff, 0x00, 0xff);
    std::vector<double> values(50, std::numeric_limits<double>::quiet_NaN());
    QImage without(chart.size(), QImage::Format_RGB32);
    chart.setOverlays({{QStringLiteral("test"), magenta, values}});
    chart.render(&without);
    for (size_t i = 20; i < values.size(); ++i)
        values[i] = 103.5;
    chart.setOverlays({{QStringLiteral("test"), magenta, values}});
    QImage with(chart.size(), QImage::Format_RGB32);
    chart.render(&with);
    // Only the legend's name is magenta without values; with them, a line is drawn too
    // (antialiased, so count pixels that are mostly magenta).
    const auto magentaish = [](const QImage& image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                count += qRed(p) > 150 && qGreen(p) < 90 && qBlue(p) > 150 ? 1 : 0;
            }
        return count;
    };
    QVERIFY(magentaish(with) > magentaish(without) + 100);
}

void tst_CandleChart::scorePaneDrawsTheBotsScoreOnItsCandles()
{
    Gui::CandleChart chart;
    chart.resize(600, 400);
    const auto bars = candles(50);
    chart.setCandles(bars);
    const auto violet = [](const QImage& image, int fromY) {
        int count = 0;
        for (int y = fromY; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                count += qRed(p) > 140 && qGreen(p) < 130 && qBlue(p) > 160 ? 1 : 0;
            }
        return count;
    };
    QImage before(chart.size(), QImage::Format_RGB32);
    chart.render(&before);
    QVERIFY(!chart.hasScorePane());
    QCOMPARE(violet(before, 0), 0);

    // Scores for the last 30 candles only, and one for a time no candle has (ignored).
    Gui::CandleChart::ScoreTrack track{QStringLiteral("Test bot"), {}};
    track.points.emplace_back(Core::toUnixSeconds(bars.front().start) + 1, -0.9);
    for (size_t i = 20; i < bars.size(); ++i)
        track.points.emplace_back(Core::toUnixSeconds(bars[i].start), i % 2 ? 0.4 : 0.2);
    chart.setScoreTrack(track);
    QVERIFY(chart.hasScorePane());
    QImage with(chart.size(), QImage::Format_RGB32);
    chart.render(&with);
    // The line lies in the bottom part of the chart, under the price and volume panes.
    QVERIFY(violet(with, with.height() * 3 / 4) > 50);
    QCOMPARE(violet(with, 0), violet(with, with.height() * 3 / 4));

    chart.setScoreTrack({});
    QVERIFY(!chart.hasScorePane());
}

void tst_CandleChart::marksTradesOnTheirCandles()
{
    Gui::CandleChart chart;
    chart.resize(2400, 300); // wide candles: the marks do not touch
    const auto bars = candles(50);
    chart.setCandles(bars);
    const QRgb buy = Gui::gainColour().lighter(130).rgb();
    const QRgb sell = Gui::lossColour().lighter(130).rgb();
    // The centre of each separate mark of `colour`, left to right.
    const auto marksOf = [&](QRgb colour) {
        QImage image(chart.size(), QImage::Format_RGB32);
        chart.render(&image);
        std::vector<int> columns;
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                if (image.pixel(x, y) == colour) {
                    columns.push_back(x);
                    break;
                }
        std::vector<double> centres;
        for (size_t i = 0, start = 0; i < columns.size(); ++i)
            if (i + 1 == columns.size() || columns[i + 1] > columns[i] + 1) {
                centres.push_back((columns[start] + columns[i]) / 2.0);
                start = i + 1;
            }
        return centres;
    };
    QVERIFY(marksOf(buy).empty());

    // A buy two minutes into candle 40, sells on candles 45 and 49, and a buy from before the
    // history, which has no candle to go on.
    const auto at = [&](size_t i) { return Core::toUnixSeconds(bars[i].start); };
    chart.setTradeMarks({{at(40) + 120, 103.0, true}, {at(45), 104.0, false},
        {at(49), 104.0, false}, {at(0) - 600, 100.0, true}});
    const std::vector<double> buys = marksOf(buy);
    const std::vector<double> sells = marksOf(sell);
    QCOMPARE(buys.size(), size_t(1));
    QCOMPARE(sells.size(), size_t(2));
    const double step = (sells[1] - sells[0]) / 4;
    QVERIFY(step > 10);
    QVERIFY(std::abs(sells[0] - 5 * step - buys[0]) < 1.5); // candle 40, not 39 or 41

    chart.setPriceLines({{QStringLiteral("Entry"), QColor(0x42, 0xa5, 0xf5), 103.0}});
    QCOMPARE(chart.priceLineCount(), 1);
    chart.setTradeMarks({});
    QVERIFY(marksOf(buy).empty());
}

// A double-click on the candles gives the price at that height (for the order ticket); the
// axis, the volume and nothing painted yet give none.
void tst_CandleChart::aDoubleClickChoosesThePriceUnderIt()
{
    Gui::CandleChart chart;
    chart.resize(600, 300);
    chart.setCandles(candles(50)); // lows 99…105, highs 103…109
    QVERIFY(!chart.priceAt(QPoint(100, 40))); // not painted yet: no scale
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QImage image(chart.size(), QImage::Format_RGB32);
    chart.render(&image);
    const auto upper = chart.priceAt(QPoint(100, 40));
    const auto lower = chart.priceAt(QPoint(100, 150));
    QVERIFY(upper && lower);
    QVERIFY(*upper > *lower); // higher on the screen, a higher price
    QVERIFY(*lower > 98 && *upper < 110); // within the range shown (with its 5 % margin)
    QVERIFY(!chart.priceAt(QPoint(595, 40))); // the price axis
    QVERIFY(!chart.priceAt(QPoint(100, 290))); // the time axis
    QSignalSpy chosen(&chart, &Gui::CandleChart::priceChosen);
    QTest::mouseDClick(&chart, Qt::LeftButton, {}, QPoint(100, 40));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toDouble(), *upper);
    QTest::mouseDClick(&chart, Qt::LeftButton, {}, QPoint(595, 40));
    QCOMPARE(chosen.count(), 1);
}

QTEST_MAIN(tst_CandleChart)
#include "tst_candlechart.moc"

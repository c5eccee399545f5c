#include "core/signals/strat.h"
#include "core/signals/triggers.h"

#include <QTest>

#include <cmath>

using namespace Candela::Core;

Q_DECLARE_METATYPE(Candela::Core::StratBar)

namespace {
Bar candle(double open, double high, double low, double close, double volume = 1)
{
    return Bar{open, high, low, close, volume};
}
} // namespace

class tst_Triggers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumeSpikeIsSignedByTheBar();
    void breakoutBeyondTheLastNBars();
    void engulfingBarsAreReversals();
    void momentumIsTheScaledRateOfChange();
    void stratBarTypes_data();
    void stratBarTypes();
    void timeframeContinuity();
};

void tst_Triggers::volumeSpikeIsSignedByTheBar()
{
    TriggerDetector detector({3, 1.5, 20, 10, 0.01});
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::isnan(detector.update(candle(100, 101, 99, 100, 10)).volumeSpike));
    QCOMPARE(detector.update(candle(100, 101, 99, 100.5, 15)).volumeSpike, 0.0); // 1.5×: not above
    QCOMPARE(detector.update(candle(100, 101, 99, 100.5, 20)).volumeSpike, 1.0); // green spike
    QCOMPARE(detector.update(candle(100, 101, 98, 99, 40)).volumeSpike, -1.0); // red spike
}

void tst_Triggers::breakoutBeyondTheLastNBars()
{
    TriggerDetector detector({20, 1.5, 3, 10, 0.01});
    detector.update(candle(100, 102, 98, 100));
    detector.update(candle(100, 103, 99, 101));
    QVERIFY(std::isnan(detector.update(candle(101, 102, 97, 100)).breakout));
    QCOMPARE(detector.update(candle(100, 102, 99, 101)).breakout, 0.0);
    QCOMPARE(detector.update(candle(101, 104, 100, 103.5)).breakout, 1.0); // above 103
    QCOMPARE(detector.update(candle(103, 103, 96, 96.5)).breakout, -1.0); // below 99
}

void tst_Triggers::engulfingBarsAreReversals()
{
    TriggerDetector detector;
    QVERIFY(std::isnan(detector.update(candle(102, 103, 99, 100)).reversal)); // red
    QCOMPARE(detector.update(candle(99.5, 104, 99, 103)).reversal, 1.0); // engulfs it, green
    QCOMPARE(detector.update(candle(103, 104, 102, 103.5)).reversal, 0.0);
    QCOMPARE(detector.update(candle(104, 104.5, 101, 102)).reversal, -1.0); // bearish engulfing
}

void tst_Triggers::momentumIsTheScaledRateOfChange()
{
    TriggerDetector detector({20, 1.5, 20, 2, 0.01});
    detector.update(candle(100, 100, 100, 100));
    QVERIFY(std::isnan(detector.update(candle(100, 100, 100, 100)).momentum));
    QCOMPARE(detector.update(candle(100, 100.5, 100, 100.5)).momentum, 0.5); // +0.5 % over 2 bars
    QCOMPARE(detector.update(candle(100, 103, 100, 103)).momentum, 1.0); // clamped
}

void tst_Triggers::stratBarTypes_data()
{
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("low");
    QTest::addColumn<StratBar>("type");
    // previous bar: high 105, low 95
    QTest::newRow("1 inside") << 104.0 << 96.0 << StratBar::Inside;
    QTest::newRow("1 equal") << 105.0 << 95.0 << StratBar::Inside;
    QTest::newRow("2U") << 106.0 << 96.0 << StratBar::TwoUp;
    QTest::newRow("2D") << 104.0 << 94.0 << StratBar::TwoDown;
    QTest::newRow("3 outside") << 106.0 << 94.0 << StratBar::Outside;
}

void tst_Triggers::stratBarTypes()
{
    QFETCH(double, high);
    QFETCH(double, low);
    QFETCH(StratBar, type);
    QCOMPARE(classifyStrat(candle(100, 105, 95, 100), candle(100, high, low, 100)), type);
}

void tst_Triggers::timeframeContinuity()
{
    const Bar up = candle(100, 102, 99, 101);
    const Bar down = candle(100, 101, 98, 99);
    const Bar bars[] = {up, up, up, up};
    QCOMPARE(Candela::Core::timeframeContinuity(bars), Continuity::FullUp);
    const Bar mixed[] = {up, down, up, up};
    QCOMPARE(Candela::Core::timeframeContinuity(mixed), Continuity::Mixed);
    const Bar falling[] = {down, down, down, down};
    QCOMPARE(Candela::Core::timeframeContinuity(falling), Continuity::FullDown);
    QCOMPARE(QString::fromLatin1(stratName(StratBar::TwoDown)), QStringLiteral("2D"));
}

QTEST_GUILESS_MAIN(tst_Triggers)
#include "tst_triggers.moc"

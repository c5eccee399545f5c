#include "core/signals/confirmation.h"
#include "core/signals/signals.h"
#include "core/signals/temperature.h"

#include <QTest>

using namespace Candela::Core;
using namespace std::chrono;

Q_DECLARE_METATYPE(Candela::Core::Temperature)
Q_DECLARE_METATYPE(Candela::Core::Action)

class tst_Signals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rsiSignal_data();
    void rsiSignal();
    void movingAverageSignal_data();
    void movingAverageSignal();
    void macdSignal_data();
    void macdSignal();
    void neutralBand_data();
    void neutralBand();
    void inversesGiveBackTheReading();
    void temperatureBoundaries_data();
    void temperatureBoundaries();
    void actionBoundaries_data();
    void actionBoundaries();
    void confirmationWaitsTheFullTime();
    void zeroConfirmationActsAtOnce();
    void changeOfActionRestartsTheWait();
};

void tst_Signals::rsiSignal_data()
{
    QTest::addColumn<double>("rsi");
    QTest::addColumn<double>("expected");
    // B 30, S 70, m 50
    QTest::newRow("at buy threshold") << 30.0 << 1.0;
    QTest::newRow("below buy threshold clamps") << 10.0 << 1.0;
    QTest::newRow("between") << 40.0 << 0.5;
    QTest::newRow("middle") << 50.0 << 0.0;
    QTest::newRow("above middle") << 60.0 << -0.5;
    QTest::newRow("at sell threshold") << 70.0 << -1.0;
    QTest::newRow("above sell clamps") << 95.0 << -1.0;
}

void tst_Signals::rsiSignal()
{
    QFETCH(double, rsi);
    QFETCH(double, expected);
    QCOMPARE(Candela::Core::rsiSignal(rsi, RsiSignalParams{}), expected);
}

void tst_Signals::movingAverageSignal_data()
{
    QTest::addColumn<double>("fast");
    QTest::addColumn<double>("slow");
    QTest::addColumn<double>("expected");
    // full separation 0.005
    QTest::newRow("equal") << 100.0 << 100.0 << 0.0;
    QTest::newRow("half up") << 100.25 << 100.0 << 0.5;
    QTest::newRow("full up") << 100.5 << 100.0 << 1.0;
    QTest::newRow("beyond clamps") << 110.0 << 100.0 << 1.0;
    QTest::newRow("half down") << 99.75 << 100.0 << -0.5;
}

void tst_Signals::movingAverageSignal()
{
    QFETCH(double, fast);
    QFETCH(double, slow);
    QFETCH(double, expected);
    QVERIFY(qAbs(Candela::Core::movingAverageSignal(fast, slow, {}) - expected) < 1e-12);
}

void tst_Signals::macdSignal_data()
{
    QTest::addColumn<double>("histogram");
    QTest::addColumn<double>("macd");
    QTest::addColumn<double>("expected");
    // close 1000, full histogram 0.0005 → a histogram of 0.5 is "full"
    QTest::newRow("flat, macd up") << 0.0 << 2.0 << 0.3;
    QTest::newRow("flat, macd down") << 0.0 << -2.0 << -0.3;
    QTest::newRow("flat, macd zero") << 0.0 << 0.0 << 0.0;
    QTest::newRow("full histogram, macd up") << 0.5 << 2.0 << 1.0;
    QTest::newRow("half histogram, macd down") << 0.25 << -2.0 << 0.05;
    QTest::newRow("clamps") << -5.0 << -2.0 << -1.0;
}

void tst_Signals::macdSignal()
{
    QFETCH(double, histogram);
    QFETCH(double, macd);
    QFETCH(double, expected);
    QVERIFY(qAbs(Candela::Core::macdSignal(histogram, macd, 1000.0, {}) - expected) < 1e-12);
}

void tst_Signals::neutralBand_data()
{
    QTest::addColumn<double>("signal");
    QTest::addColumn<double>("expected");
    QTest::newRow("inside") << 0.049 << 0.0;
    QTest::newRow("inside negative") << -0.049 << 0.0;
    QTest::newRow("at the edge counts") << 0.05 << 0.05;
    QTest::newRow("outside") << -0.2 << -0.2;
}

void tst_Signals::neutralBand()
{
    QFETCH(double, signal);
    QFETCH(double, expected);
    QCOMPARE(applyNeutralBand(signal, 0.05), expected);
}

void tst_Signals::inversesGiveBackTheReading()
{
    const RsiSignalParams rsi{14, 25, 75};
    for (const double reading : {20.0, 25.0, 37.5, 50.0, 62.5, 75.0}) {
        const double s = Candela::Core::rsiSignal(reading, rsi);
        if (qAbs(s) < 1.0)
            QVERIFY(qAbs(rsiForSignal(s, rsi) - reading) < 1e-9);
    }
    const MovingAverageSignalParams ma;
    QVERIFY(
        qAbs(separationForSignal(Candela::Core::movingAverageSignal(100.3, 100, ma), 100, ma) - 0.3)
        < 1e-9);
    const MacdSignalParams macd;
    QVERIFY(
        qAbs(histogramForSignal(Candela::Core::macdSignal(0.2, 1.5, 1000, macd), 1.5, 1000, macd)
            - 0.2)
        < 1e-9);
}

void tst_Signals::temperatureBoundaries_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<Temperature>("temperature");
    QTest::newRow("zero") << 0.0 << Temperature::Frozen;
    QTest::newRow("just below cool") << 0.0499 << Temperature::Frozen;
    QTest::newRow("cool") << 0.05 << Temperature::Cool;
    QTest::newRow("just below warm") << -0.1499 << Temperature::Cool;
    QTest::newRow("warm") << 0.15 << Temperature::Warm;
    QTest::newRow("just below hot") << 0.2999 << Temperature::Warm;
    QTest::newRow("hot") << -0.30 << Temperature::Hot;
    QTest::newRow("max") << 1.0 << Temperature::Hot;
}

void tst_Signals::temperatureBoundaries()
{
    QFETCH(double, score);
    QFETCH(Temperature, temperature);
    QCOMPARE(temperatureFor(score), temperature);
}

void tst_Signals::actionBoundaries_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<Action>("action");
    QTest::newRow("at buy") << 0.30 << Action::Buy;
    QTest::newRow("just below buy") << 0.2999 << Action::Hold;
    QTest::newRow("at sell") << -0.30 << Action::Sell;
    QTest::newRow("just above sell") << -0.2999 << Action::Hold;
    QTest::newRow("zero") << 0.0 << Action::Hold;
}

void tst_Signals::actionBoundaries()
{
    QFETCH(double, score);
    QFETCH(Action, action);
    QCOMPARE(actionFor(score, 0.30, 0.30), action);
}

void tst_Signals::confirmationWaitsTheFullTime()
{
    ActionConfirmation confirmation(minutes(5));
    const Timestamp t0 = fromUnixSeconds(1751328000);
    QVERIFY(!confirmation.update(Action::Buy, t0));
    QCOMPARE(confirmation.remaining(t0), seconds(300));
    QVERIFY(!confirmation.update(Action::Buy, t0 + minutes(4) + seconds(59)));
    QCOMPARE(confirmation.remaining(t0 + minutes(4) + seconds(59)), seconds(1));
    QCOMPARE(confirmation.update(Action::Buy, t0 + minutes(5)), std::optional<Action>(Action::Buy));
    QVERIFY(!confirmation.update(Action::Hold, t0 + minutes(6)));
}

void tst_Signals::zeroConfirmationActsAtOnce()
{
    ActionConfirmation confirmation(minutes(0));
    QCOMPARE(
        confirmation.update(Action::Sell, fromUnixSeconds(0)), std::optional<Action>(Action::Sell));
}

void tst_Signals::changeOfActionRestartsTheWait()
{
    ActionConfirmation confirmation(minutes(5));
    const Timestamp t0 = fromUnixSeconds(1751328000);
    confirmation.update(Action::Buy, t0);
    confirmation.update(Action::Sell, t0 + minutes(3));
    QVERIFY(!confirmation.update(Action::Sell, t0 + minutes(7)));
    QCOMPARE(
        confirmation.update(Action::Sell, t0 + minutes(8)), std::optional<Action>(Action::Sell));
    confirmation.update(Action::Hold, t0 + minutes(9));
    QVERIFY(!confirmation.update(Action::Sell, t0 + minutes(10)));
}

QTEST_GUILESS_MAIN(tst_Signals)
#include "tst_signals.moc"

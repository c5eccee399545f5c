#include "ui/charts/axisticks.h"

#include <QSet>
#include <QTest>

using Candela::Gui::AxisTicks;

// The equity axis: every label distinct, the whole curve inside the axis, at most six ticks.
class tst_AxisTicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsNeverRepeat_data();
    void labelsNeverRepeat();
    void wholeNumbersForWideRanges();
};

void tst_AxisTicks::labelsNeverRepeat_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("two dollars around 10,000") << 9999.4 << 10000.6;
    QTest::newRow("a flat curve") << 10000.0 << 10000.0;
    QTest::newRow("cents") << 10000.01 << 10000.04;
    QTest::newRow("DOGE-sized") << 0.12011 << 0.12034;
    QTest::newRow("a loss below zero") << -250.0 << 12.5;
    QTest::newRow("millions") << 9.0e5 << 1.7e6;
    QTest::newRow("reversed") << 10200.0 << 9800.0;
    QTest::newRow("near zero") << 0.0 << 0.0;
}

void tst_AxisTicks::labelsNeverRepeat()
{
    QFETCH(double, low);
    QFETCH(double, high);
    const AxisTicks ticks = AxisTicks::cover(low, high);
    QVERIFY(ticks.tickCount >= 2);
    QVERIFY(ticks.tickCount <= 6);
    QVERIFY(ticks.min <= std::min(low, high));
    QVERIFY(ticks.max >= std::max(low, high));
    QSet<QString> labels;
    const double step = (ticks.max - ticks.min) / (ticks.tickCount - 1);
    for (int i = 0; i < ticks.tickCount; ++i) {
        // As QValueAxis prints them with the "%.Nf" format it is given.
        const QString label = QString::asprintf(
            qPrintable(QStringLiteral("%.%1f").arg(ticks.decimals)), ticks.min + i * step);
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.insert(label);
    }
}

void tst_AxisTicks::wholeNumbersForWideRanges()
{
    // Steps of 200 would need 9400 … 10600, seven ticks: 500 it is, worked out by hand.
    const AxisTicks ticks = AxisTicks::cover(9500.3, 10480.9);
    QCOMPARE(ticks.decimals, 0);
    QCOMPARE(ticks.min, 9500.0);
    QCOMPARE(ticks.max, 10500.0);
    QCOMPARE(ticks.tickCount, 3);
}

QTEST_GUILESS_MAIN(tst_AxisTicks)
#include "tst_axisticks.moc"

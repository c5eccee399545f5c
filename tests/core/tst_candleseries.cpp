#include "core/market/candleseries.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

Q_DECLARE_METATYPE(Candela::Core::Timeframe)

namespace {

constexpr qint64 T0 = 1751328000; // 2025-07-01 00:00:00 UTC, a whole day since the epoch

Candle candle(qint64 offset, const char* open, const char* high, const char* low, const char* close,
    const char* volume)
{
    return Candle{
        fromUnixSeconds(T0 + offset), dec(open), dec(high), dec(low), dec(close), dec(volume)};
}

// One-minute candles with a missing minute (T0+180) and a gap of three 5-minute buckets.
std::vector<Candle> minutes()
{
    return {candle(0, "10", "12", "9", "11", "1"), candle(60, "11", "13", "10", "12", "2"),
        candle(120, "12", "12.5", "8", "9", "0.5"), candle(240, "9", "9.5", "8.5", "9.25", "1.25"),
        candle(300, "9.25", "10", "9", "10", "3"), candle(360, "10", "10", "10", "10", "0"),
        candle(1200, "20", "21", "19", "20.5", "1")};
}

QString describe(const Candle& c)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(toUnixSeconds(c.start) - T0)
        .arg(c.open.toString(), c.high.toString(), c.low.toString(), c.close.toString(),
            c.volume.toString());
}

QStringList describe(const std::vector<Candle>& candles)
{
    QStringList lines;
    for (const Candle& c : candles)
        lines.append(describe(c));
    return lines;
}

QStringList describe(const std::deque<Candle>& candles)
{
    return describe(std::vector<Candle>(candles.begin(), candles.end()));
}

} // namespace

class tst_CandleSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resamplesToHandComputedBuckets_data();
    void resamplesToHandComputedBuckets();
    void bucketsAlignToUtcEpochMultiples_data();
    void bucketsAlignToUtcEpochMultiples();
    void timeframeNames();
    void tradesBuildTheFormingCandle();
    void lateTradesFoldIntoTheirBucket();
    void refusesTradesOlderThanHistoryAndBadPrints();
    void upsertInsertsInOrderAndReplacesBuckets();
    void keepsAtMostCapacityCandles();
    void mergeInterleavesHistoryWithHeldBuckets();
};

void tst_CandleSeries::resamplesToHandComputedBuckets_data()
{
    QTest::addColumn<Timeframe>("timeframe");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("5m") << Timeframe::FiveMinutes
                        << QStringList{QStringLiteral("0 10 13 8 9.25 4.75"),
                               QStringLiteral("300 9.25 10 9 10 3"),
                               QStringLiteral("1200 20 21 19 20.5 1")};
    QTest::newRow("15m") << Timeframe::FifteenMinutes
                         << QStringList{QStringLiteral("0 10 13 8 10 7.75"),
                                QStringLiteral("900 20 21 19 20.5 1")};
    QTest::newRow("1h") << Timeframe::OneHour << QStringList{QStringLiteral("0 10 21 8 20.5 8.75")};
    QTest::newRow("1d") << Timeframe::OneDay << QStringList{QStringLiteral("0 10 21 8 20.5 8.75")};
}

void tst_CandleSeries::resamplesToHandComputedBuckets()
{
    QFETCH(Timeframe, timeframe);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(resample(minutes(), timeframe)), expected);
}

void tst_CandleSeries::bucketsAlignToUtcEpochMultiples_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<Timeframe>("timeframe");
    QTest::addColumn<QString>("start");

    QTest::newRow("4h") << T0 + 5 * 3600 + 17 << Timeframe::FourHours << "2025-07-01T04:00:00Z";
    QTest::newRow("1d") << T0 + 86399 << Timeframe::OneDay << "2025-07-01T00:00:00Z";
    QTest::newRow("15m") << T0 + 899 << Timeframe::FifteenMinutes << "2025-07-01T00:00:00Z";
    QTest::newRow("1m") << T0 + 61 << Timeframe::OneMinute << "2025-07-01T00:01:00Z";
    QTest::newRow("before 1970") << qint64(-1) << Timeframe::OneHour << "1969-12-31T23:00:00Z";
}

void tst_CandleSeries::bucketsAlignToUtcEpochMultiples()
{
    QFETCH(qint64, time);
    QFETCH(Timeframe, timeframe);
    QFETCH(QString, start);
    QCOMPARE(toIsoString(bucketStart(fromUnixSeconds(time), timeframe)), start);
}

void tst_CandleSeries::timeframeNames()
{
    for (const Timeframe timeframe : AllTimeframes)
        QCOMPARE(timeframeFromShortName(toShortName(timeframe)), timeframe);
    QVERIFY(!timeframeFromShortName(u"2h"));
    QCOMPARE(toGranularity(Timeframe::FourHours), QStringLiteral("FOUR_HOUR"));
    QCOMPARE(seconds(Timeframe::OneDay), qint64(86400));
}

void tst_CandleSeries::tradesBuildTheFormingCandle()
{
    CandleSeries series(Timeframe::OneMinute);
    QVERIFY(series.addTrade(dec("100"), dec("0.5"), fromUnixSeconds(T0 + 5)));
    QVERIFY(series.addTrade(dec("101"), dec("0.25"), fromUnixSeconds(T0 + 20)));
    QVERIFY(series.addTrade(dec("99.5"), dec("1"), fromUnixSeconds(T0 + 59)));
    QVERIFY(series.addTrade(dec("99.75"), dec("0.1"), fromUnixSeconds(T0 + 60)));
    QCOMPARE(describe(series.candles()),
        QStringList({QStringLiteral("0 100 101 99.5 99.5 1.75"),
            QStringLiteral("60 99.75 99.75 99.75 99.75 0.1")}));
}

void tst_CandleSeries::lateTradesFoldIntoTheirBucket()
{
    CandleSeries series(Timeframe::OneMinute);
    series.addTrade(dec("100"), dec("1"), fromUnixSeconds(T0 + 10));
    series.addTrade(dec("105"), dec("1"), fromUnixSeconds(T0 + 190));
    QVERIFY(series.addTrade(dec("98"), dec("2"), fromUnixSeconds(T0 + 50))); // late, held bucket
    QVERIFY(series.addTrade(dec("103"), dec("1"), fromUnixSeconds(T0 + 70))); // late, in a gap
    QCOMPARE(describe(series.candles()),
        QStringList({QStringLiteral("0 100 100 98 100 3"), QStringLiteral("60 103 103 103 103 1"),
            QStringLiteral("180 105 105 105 105 1")}));
}

void tst_CandleSeries::refusesTradesOlderThanHistoryAndBadPrints()
{
    CandleSeries series(Timeframe::FiveMinutes);
    series.addTrade(dec("100"), dec("1"), fromUnixSeconds(T0 + 600));
    QVERIFY(!series.addTrade(dec("100"), dec("1"), fromUnixSeconds(T0)));
    QVERIFY(!series.addTrade(dec("0"), dec("1"), fromUnixSeconds(T0 + 601)));
    QVERIFY(!series.addTrade(dec("100"), dec("-1"), fromUnixSeconds(T0 + 601)));
    QCOMPARE(series.candles().size(), size_t(1));
    QCOMPARE(series.candles().back().volume, dec("1"));
}

void tst_CandleSeries::upsertInsertsInOrderAndReplacesBuckets()
{
    CandleSeries series(Timeframe::FiveMinutes);
    series.upsert(candle(600, "3", "3", "3", "3", "3"));
    series.upsert(candle(0, "1", "1", "1", "1", "1"));
    series.upsert(candle(300 + 42, "2", "2", "2", "2", "2")); // aligned down to 300
    series.upsert(candle(600, "3", "4", "2", "3.5", "7")); // the exchange's correction
    QCOMPARE(describe(series.candles()),
        QStringList({QStringLiteral("0 1 1 1 1 1"), QStringLiteral("300 2 2 2 2 2"),
            QStringLiteral("600 3 4 2 3.5 7")}));
}

void tst_CandleSeries::keepsAtMostCapacityCandles()
{
    CandleSeries series(Timeframe::OneMinute, 3);
    for (int minute = 0; minute < 10; ++minute)
        series.addTrade(dec("100"), dec("1"), fromUnixSeconds(T0 + minute * 60));
    QCOMPARE(series.candles().size(), size_t(3));
    QCOMPARE(toUnixSeconds(series.candles().front().start), T0 + 7 * 60);
}

void tst_CandleSeries::mergeInterleavesHistoryWithHeldBuckets()
{
    CandleSeries series(Timeframe::FiveMinutes, 4);
    series.upsert(candle(300, "2", "2", "2", "2", "2"));
    series.upsert(candle(900, "4", "4", "4", "4", "4")); // the forming bucket
    series.merge({candle(600, "3", "3", "3", "3", "3"), candle(0, "1", "1", "1", "1", "1"),
        candle(300, "9", "9", "9", "9", "9"), candle(-300, "0", "0", "0", "0", "0")});
    // Sorted, the history wins the tie at 300, and the oldest bucket falls off at capacity 4.
    QCOMPARE(describe(series.candles()),
        QStringList({QStringLiteral("0 1 1 1 1 1"), QStringLiteral("300 9 9 9 9 9"),
            QStringLiteral("600 3 3 3 3 3"), QStringLiteral("900 4 4 4 4 4")}));
}

QTEST_GUILESS_MAIN(tst_CandleSeries)
#include "tst_candleseries.moc"

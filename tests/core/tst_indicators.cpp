#include "core/indicators/indicatorset.h"
#include "core/market/csvcandles.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace Candela::Core;

namespace {

// --- A second, batch implementation straight from the definitions (for long series) ---------

using Series = std::vector<double>;

Series nans(size_t n)
{
    return Series(n, NoValue);
}

Series batchSma(const Series& x, size_t n)
{
    Series out = nans(x.size());
    for (size_t i = n - 1; i < x.size(); ++i)
        out[i] = std::accumulate(x.begin() + long(i + 1 - n), x.begin() + long(i + 1), 0.0)
            / double(n);
    return out;
}

// Recursive average from index `start` (first value at start + n − 1) with weight `alpha`
// on the new input; the seed is the mean of the first n inputs.
Series batchRecursive(const Series& x, size_t n, size_t start, double alpha)
{
    Series out = nans(x.size());
    if (x.size() < start + n)
        return out;
    double value = 0;
    for (size_t i = start; i < start + n; ++i)
        value += x[i];
    value /= double(n);
    out[start + n - 1] = value;
    for (size_t i = start + n; i < x.size(); ++i) {
        value = alpha * x[i] + (1 - alpha) * value;
        out[i] = value;
    }
    return out;
}

Series batchEma(const Series& x, size_t n, size_t start = 0)
{
    return batchRecursive(x, n, start, 2.0 / double(n + 1));
}

Series batchRma(const Series& x, size_t n, size_t start = 0)
{
    return batchRecursive(x, n, start, 1.0 / double(n));
}

struct Columns
{
    Series close, high, low;
};

Columns columnsOf(const std::vector<Candle>& candles)
{
    Columns c;
    for (const Candle& candle : candles) {
        c.close.push_back(candle.close.toDouble());
        c.high.push_back(candle.high.toDouble());
        c.low.push_back(candle.low.toDouble());
    }
    return c;
}

Series batchRsi(const Series& c)
{
    Series gains(c.size(), 0.0), losses(c.size(), 0.0);
    for (size_t i = 1; i < c.size(); ++i) {
        gains[i] = std::max(c[i] - c[i - 1], 0.0);
        losses[i] = std::max(c[i - 1] - c[i], 0.0);
    }
    const Series g = batchRma(gains, 14, 1), l = batchRma(losses, 14, 1);
    Series out = nans(c.size());
    for (size_t i = 0; i < c.size(); ++i) {
        if (std::isnan(g[i]))
            continue;
        out[i] = l[i] == 0 ? (g[i] == 0 ? 50 : 100) : 100 - 100 / (1 + g[i] / l[i]);
    }
    return out;
}

Series batchTrueRange(const Columns& k)
{
    Series tr(k.close.size());
    for (size_t i = 0; i < tr.size(); ++i) {
        tr[i] = k.high[i] - k.low[i];
        if (i > 0)
            tr[i] = std::max(
                {tr[i], std::abs(k.high[i] - k.close[i - 1]), std::abs(k.low[i] - k.close[i - 1])});
    }
    return tr;
}

Series batchAdx(const Columns& k)
{
    const size_t n = k.close.size();
    Series tr = batchTrueRange(k), plus(n, 0.0), minus(n, 0.0);
    for (size_t i = 1; i < n; ++i) {
        const double up = k.high[i] - k.high[i - 1];
        const double down = k.low[i - 1] - k.low[i];
        plus[i] = up > down && up > 0 ? up : 0;
        minus[i] = down > up && down > 0 ? down : 0;
    }
    const Series atr = batchRma(tr, 14, 1), p = batchRma(plus, 14, 1), m = batchRma(minus, 14, 1);
    Series dx(n, 0.0);
    for (size_t i = 14; i < n; ++i) {
        const double pdi = 100 * p[i] / atr[i], mdi = 100 * m[i] / atr[i];
        dx[i] = pdi + mdi == 0 ? 0 : 100 * std::abs(pdi - mdi) / (pdi + mdi);
    }
    return batchRma(dx, 14, 14);
}

bool close(double actual, double expected)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

// Empty when the series agree; otherwise where and how they first differ.
QString firstDifference(const char* name, const Series& actual, const Series& expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1: %2 values, expected %3")
            .arg(QLatin1String(name))
            .arg(actual.size())
            .arg(expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        if (!close(actual[i], expected[i]))
            return QStringLiteral("%1 at %2: %3 vs %4")
                .arg(QLatin1String(name))
                .arg(i)
                .arg(actual[i], 0, 'g', 17)
                .arg(expected[i], 0, 'g', 17);
    }
    return {};
}

#define COMPARE_SERIES(actual, expected)                                                           \
    do {                                                                                           \
        const QString difference_ = firstDifference(#actual, actual, expected);                    \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                  \
    } while (false)

Bar bar(double high, double low, double close)
{
    return Bar{close, high, low, close, 1};
}

} // namespace

class tst_Indicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averagesByHand();
    void rsiByHand();
    void rsiOfMonotonicAndFlatSeries();
    void atrByHand();
    void bollingerByHand();
    void adxByHand();
    void warmUpStartsWhereTradingViewStarts();
    void matchesASecondImplementationOnRealCandles_data();
    void matchesASecondImplementationOnRealCandles();
};

void tst_Indicators::averagesByHand()
{
    Sma sma(3);
    Ema ema(3);
    Rma rma(3);
    QList<double> s, e, r;
    for (const double x : {1.0, 2.0, 3.0, 4.0, 5.0}) {
        s.append(sma.update(x));
        e.append(ema.update(x));
        r.append(rma.update(x));
    }
    QVERIFY(std::isnan(s[1]) && std::isnan(e[1]) && std::isnan(r[1]));
    QCOMPARE(s.mid(2), QList<double>({2, 3, 4}));
    QCOMPARE(e.mid(2), QList<double>({2, 3, 4})); // α = 0.5: 0.5·4 + 0.5·2 = 3, …
    QCOMPARE(r[2], 2.0);
    QCOMPARE(r[3], 8.0 / 3.0); // (2·2 + 4) / 3
    QCOMPARE(r[4], 31.0 / 9.0); // (8/3·2 + 5) / 3
}

void tst_Indicators::rsiByHand()
{
    Rsi rsi(2);
    QVERIFY(std::isnan(rsi.update(10)));
    QVERIFY(std::isnan(rsi.update(11))); // +1
    QCOMPARE(rsi.update(10), 50.0); // −1: gains 0.5, losses 0.5
    // +2: gains (0.5 + 2) / 2 = 1.25, losses 0.25 → RS 5 → 100 − 100 / 6
    QCOMPARE(rsi.update(12), 100.0 - 100.0 / 6.0);
}

void tst_Indicators::rsiOfMonotonicAndFlatSeries()
{
    Rsi rising, flat;
    for (int i = 0; i < 30; ++i) {
        rising.update(100 + i);
        flat.update(100);
    }
    QCOMPARE(rising.value(), 100.0);
    QCOMPARE(flat.value(), 50.0);
}

void tst_Indicators::atrByHand()
{
    Atr atr(2);
    QVERIFY(std::isnan(atr.update(bar(10, 8, 9)))); // TR 2
    QCOMPARE(atr.update(bar(11, 9, 10)), 2.0); // TR max(2, 2, 0) = 2
    QCOMPARE(atr.update(bar(12, 7, 8)), 3.5); // TR max(5, 2, 3) = 5: (2 + 5) / 2
}

void tst_Indicators::bollingerByHand()
{
    Bollinger bands(3, 2.0);
    bands.update(1);
    bands.update(2);
    const BollingerValue value = bands.update(3);
    const double deviation = std::sqrt(2.0 / 3.0); // population: (1 + 0 + 1) / 3
    QCOMPARE(value.middle, 2.0);
    QCOMPARE(value.upper, 2.0 + 2 * deviation);
    QCOMPARE(value.lower, 2.0 - 2 * deviation);
}

void tst_Indicators::adxByHand()
{
    Adx adx(2);
    adx.update(bar(10, 8, 9));
    QVERIFY(std::isnan(adx.update(bar(12, 9, 11)).plusDi)); // +DM 2, TR 3
    AdxValue v = adx.update(bar(11, 7, 8)); // −DM 2, TR 4
    QCOMPARE(v.plusDi, 100.0 / 3.5);
    QCOMPARE(v.minusDi, 100.0 / 3.5);
    QVERIFY(std::isnan(v.adx)); // DX 0 so far, one of two
    v = adx.update(bar(13, 10, 12)); // +DM 2, TR 5: TR 4.25, +DM 1.5, −DM 0.5
    QCOMPARE(v.plusDi, 150.0 / 4.25);
    QCOMPARE(v.minusDi, 50.0 / 4.25);
    QCOMPARE(v.adx, 25.0); // DX 50, averaged with the first DX of 0
}

void tst_Indicators::warmUpStartsWhereTradingViewStarts()
{
    IndicatorSet set;
    QList<int> firsts(9, -1);
    for (int i = 0; i < 40; ++i) {
        const double price = 100 + std::sin(i) * 5;
        const IndicatorValues& v = set.update(Bar{price, price + 1, price - 1, price, 1});
        const double values[] = {v.sma20, v.ema12, v.ema26, v.rsi14, v.macd.macd, v.macd.signal,
            v.atr14, v.bollinger.upper, v.adx14};
        for (int k = 0; k < 9; ++k) {
            if (firsts[k] < 0 && !std::isnan(values[k]))
                firsts[k] = i;
        }
    }
    QCOMPARE(firsts, QList<int>({19, 11, 25, 14, 25, 33, 13, 19, 27}));
}

void tst_Indicators::matchesASecondImplementationOnRealCandles_data()
{
    QTest::addColumn<QString>("path");
    // The bundled set, and the team's other real sets when ../shared is beside the checkout
    // (1-minute and hourly candles with gaps and zero-volume hours).
    QTest::newRow("5m 2025 (bundled)") << QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");
    QTest::newRow("1m 2020 (shared)") << QStringLiteral(
        CANDELA_SOURCE_DIR "/../shared/data/coinbase_btc-usd_1m_20201122-20201212.csv");
    QTest::newRow("1h 2018-2020 (shared)") << QStringLiteral(
        CANDELA_SOURCE_DIR "/../shared/data/coinbase_btc-usd_1h_20180515-20201211.csv");
}

void tst_Indicators::matchesASecondImplementationOnRealCandles()
{
    QFETCH(QString, path);
    if (!QFile::exists(path))
        QSKIP("the shared data folder is not beside this checkout");
    const auto candles = readCsvCandles(path);
    QVERIFY2(candles, qPrintable(candles ? QString() : candles.error().message));
    const Columns k = columnsOf(*candles);
    const size_t n = k.close.size();

    IndicatorSet set;
    Series sma20, ema12, ema26, rsi14, macd, signal, hist, atr14, bbUpper, bbLower, adx14;
    for (const Candle& candle : *candles) {
        const IndicatorValues& v = set.update(toBar(candle));
        sma20.push_back(v.sma20);
        ema12.push_back(v.ema12);
        ema26.push_back(v.ema26);
        rsi14.push_back(v.rsi14);
        macd.push_back(v.macd.macd);
        signal.push_back(v.macd.signal);
        hist.push_back(v.macd.histogram);
        atr14.push_back(v.atr14);
        bbUpper.push_back(v.bollinger.upper);
        bbLower.push_back(v.bollinger.lower);
        adx14.push_back(v.adx14);
    }

    const Series expectedSma = batchSma(k.close, 20);
    const Series expectedEma12 = batchEma(k.close, 12), expectedEma26 = batchEma(k.close, 26);
    Series expectedMacd = nans(n);
    for (size_t i = 25; i < n; ++i)
        expectedMacd[i] = expectedEma12[i] - expectedEma26[i];
    const Series expectedSignal = batchEma(expectedMacd, 9, 25);
    Series expectedHist = nans(n), expectedUpper = nans(n), expectedLower = nans(n);
    for (size_t i = 0; i < n; ++i) {
        if (!std::isnan(expectedSignal[i]))
            expectedHist[i] = expectedMacd[i] - expectedSignal[i];
        if (i >= 19) {
            double squares = 0;
            for (size_t j = i - 19; j <= i; ++j)
                squares += std::pow(k.close[j] - expectedSma[i], 2);
            expectedUpper[i] = expectedSma[i] + 2 * std::sqrt(squares / 20);
            expectedLower[i] = expectedSma[i] - 2 * std::sqrt(squares / 20);
        }
    }

    COMPARE_SERIES(sma20, expectedSma);
    COMPARE_SERIES(ema12, expectedEma12);
    COMPARE_SERIES(ema26, expectedEma26);
    COMPARE_SERIES(rsi14, batchRsi(k.close));
    COMPARE_SERIES(macd, expectedMacd);
    COMPARE_SERIES(signal, expectedSignal);
    COMPARE_SERIES(hist, expectedHist);
    COMPARE_SERIES(atr14, batchRma(batchTrueRange(k), 14, 0));
    COMPARE_SERIES(bbUpper, expectedUpper);
    COMPARE_SERIES(bbLower, expectedLower);
    COMPARE_SERIES(adx14, batchAdx(k));
}

QTEST_GUILESS_MAIN(tst_Indicators)
#include "tst_indicators.moc"

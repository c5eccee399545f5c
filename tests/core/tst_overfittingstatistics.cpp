// The strategy lab's statistics against figures computed independently: the deflated Sharpe
// ratio paper's own example, and tests/data/lab/overfitting_reference.py (plain Python from the
// papers, with statistics.NormalDist and itertools) for the rest.
#include "core/backtest/backtestoverfitting.h"
#include "core/backtest/sharpestatistics.h"
#include "core/backtest/trademontecarlo.h"

#include "decimalliteral.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

// The same formula as series() in overfitting_reference.py.
double seriesReturn(int n, int t)
{
    return 0.01 * std::sin(1.3 * t + 0.7 * n) + 0.002 * n * ((t % 3) - 1) + 0.0005 * (n % 2);
}

std::vector<double> column(int n, int bars)
{
    std::vector<double> values;
    for (int t = 0; t < bars; ++t)
        values.push_back(seriesReturn(n, t));
    return values;
}

bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

} // namespace

class tst_OverfittingStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalQuantileMatchesAs241_data();
    void normalQuantileMatchesAs241();
    void momentsAndProbabilisticSharpe();
    void probabilisticSharpeNeedsAMovingSeries();
    void deflatedSharpeOfThePapersExample();
    void moreTrialsDeflateMore();
    void cscvMatchesTheReference();
    void aDominantConfigurationIsNotOverfit();
    void noiseIsOverfitHalfTheTime();
    void cscvRefusesWhatItCannotSplit();
    void tradeReturnsCompoundOnTheEquityBefore();
    void monteCarloIsSeededAndBounded();
    void percentilesInterpolateLinearly();
};

void tst_OverfittingStatistics::normalQuantileMatchesAs241_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // statistics.NormalDist().inv_cdf (Wichura's AS241), printed by the reference script.
    QTest::newRow("far tail") << 1e-10 << -6.361340902404056;
    QTest::newRow("lower tail") << 0.001 << -3.090232306167813;
    QTest::newRow("central") << 0.3 << -0.5244005127080407;
    QTest::newRow("upper central") << 0.9 << 1.2815515655446008;
    QTest::newRow("1 - 1/(100e)") << 0.9963212055882856 << 2.680210444966887;
    QTest::newRow("1 - 1e-9") << 0.999999999 << 5.997807019601638;
}

void tst_OverfittingStatistics::normalQuantileMatchesAs241()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    // 1 − 1e-9 carries only ~7 significant digits of p itself, hence the looser bound there.
    QVERIFY2(near(normalQuantile(p), expected, p > 0.9999 ? 1e-8 : 1e-13),
        qPrintable(QString::number(normalQuantile(p), 'g', 17)));
    QVERIFY(near(normalCdf(normalQuantile(p)), p, 1e-12));
    QVERIFY(std::isnan(normalQuantile(0)));
    QVERIFY(std::isnan(normalQuantile(1)));
}

void tst_OverfittingStatistics::momentsAndProbabilisticSharpe()
{
    const auto returns = column(1, 40);
    const ReturnMoments m = ReturnMoments::of(returns);
    QCOMPARE(m.observations, 40);
    QVERIFY(near(m.sharpe, 0.09660565087395233));
    QVERIFY(near(m.skewness, -0.06885607109834944));
    QVERIFY(near(m.kurtosis, 1.6186108315084393));
    QVERIFY(near(probabilisticSharpe(m, 0), 0.7260383424962511));
    QVERIFY(near(probabilisticSharpe(m, 0.1), 0.49157798826862875));
}

void tst_OverfittingStatistics::probabilisticSharpeNeedsAMovingSeries()
{
    const std::vector<double> flat(50, 0.0);
    const ReturnMoments m = ReturnMoments::of(flat);
    QCOMPARE(m.sharpe, 0.0);
    QVERIFY(std::isnan(probabilisticSharpe(m, 0)));
    QVERIFY(std::isnan(probabilisticSharpe(ReturnMoments::of(std::vector<double>{0.01}), 0)));
}

void tst_OverfittingStatistics::deflatedSharpeOfThePapersExample()
{
    // Bailey & López de Prado (2014), section 6: SR 2.5 a year over five years of daily returns
    // (T = 1250), skewness −3, kurtosis 10, 100 trials whose annual Sharpe ratios have variance
    // 0.5. The paper finds SR₀ ≈ 0.1132 per day and DSR ≈ 0.9004.
    ReturnMoments best;
    best.observations = 1250;
    best.standardDeviation = 1;
    best.sharpe = 2.5 / std::sqrt(250.0);
    best.skewness = -3;
    best.kurtosis = 10;
    const double variance = 0.5 / 250;
    QVERIFY(near(expectedMaximumSharpe(100, variance), 0.11317200186513214));
    QVERIFY(near(deflatedSharpe(best, 100, variance), 0.9003968344493904));
    QCOMPARE(
        QString::number(deflatedSharpe(best, 100, variance), 'f', 4), QStringLiteral("0.9004"));
}

void tst_OverfittingStatistics::moreTrialsDeflateMore()
{
    ReturnMoments best = ReturnMoments::of(column(1, 40));
    QCOMPARE(deflatedSharpe(best, 1, 0.01), probabilisticSharpe(best, 0));
    double previous = probabilisticSharpe(best, 0);
    for (const long long trials : {2LL, 10LL, 100LL, 1000LL}) {
        const double dsr = deflatedSharpe(best, trials, 0.001);
        QVERIFY2(dsr < previous, qPrintable(QString::number(trials)));
        previous = dsr;
    }
    QCOMPARE(expectedMaximumSharpe(1000, 0), 0.0);
    const std::vector<double> sharpes{0.1, 0.2, 0.3};
    QVERIFY(near(sharpeVariance(sharpes), 0.02 / 3));
}

void tst_OverfittingStatistics::cscvMatchesTheReference()
{
    std::vector<std::vector<double>> matrix;
    for (int n = 0; n < 5; ++n)
        matrix.push_back(column(n, 26));
    const auto pbo = BacktestOverfitting::compute(matrix, 4);
    QVERIFY2(pbo, qPrintable(pbo ? QString() : pbo.error().message));
    QCOMPARE(pbo->splits, 6);
    QCOMPARE(pbo->barsPerBlock, 6); // 26 bars: the first 2 are left out
    const std::vector<double> expected{-1.6094379124341005, 0.6931471805599452, -0.6931471805599454,
        -1.6094379124341005, 0.6931471805599452, -0.6931471805599454};
    QCOMPARE(pbo->logits.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(near(pbo->logits[i], expected[i]), qPrintable(QString::number(i)));
    QVERIFY(near(pbo->probability, 0.6666666666666666));
    QVERIFY(near(pbo->probabilityOfLoss, 0.5));
    QVERIFY(near(pbo->meanSharpeDegradation, -0.1515787381494564));
}

void tst_OverfittingStatistics::aDominantConfigurationIsNotOverfit()
{
    // Configuration 2 earns more than the others on every bar: it is chosen on every training set
    // and is best on every test set, so no split is overfit.
    std::vector<std::vector<double>> matrix;
    for (int n = 0; n < 4; ++n) {
        std::vector<double> values = column(n, 64);
        if (n == 2) {
            for (double& v : values)
                v = std::abs(v) + 0.02;
        }
        matrix.push_back(values);
    }
    const auto pbo = BacktestOverfitting::compute(matrix, 8);
    QVERIFY(pbo);
    QCOMPARE(pbo->splits, 70); // C(8, 4)
    QCOMPARE(pbo->probability, 0.0);
    for (const double logit : pbo->logits)
        QVERIFY(near(logit, std::log(4.0))); // rank 4 of 4: ω̄ = 4/5
}

void tst_OverfittingStatistics::noiseIsOverfitHalfTheTime()
{
    // 40 configurations of pure noise: the in-sample best is a coin toss out of sample, so PBO
    // lies near one half (the paper's null case). Seeded, so the figure is the same every run.
    std::mt19937_64 engine(7);
    std::normal_distribution<double> noise(0, 0.01);
    std::vector<std::vector<double>> matrix(40, std::vector<double>(1600));
    for (auto& col : matrix) {
        for (double& v : col)
            v = noise(engine);
    }
    const auto pbo = BacktestOverfitting::compute(matrix, 16);
    QVERIFY(pbo);
    QCOMPARE(pbo->splits, 12870); // C(16, 8)
    QVERIFY2(pbo->probability > 0.3 && pbo->probability < 0.7,
        qPrintable(QString::number(pbo->probability)));
    QVERIFY(pbo->meanSharpeDegradation < 0);
}

void tst_OverfittingStatistics::cscvRefusesWhatItCannotSplit()
{
    const std::vector<std::vector<double>> one{column(0, 40)};
    QCOMPARE(BacktestOverfitting::compute(one, 4).error().code, ErrorCode::InvalidArgument);
    const std::vector<std::vector<double>> two{column(0, 40), column(1, 40)};
    QVERIFY(!BacktestOverfitting::compute(two, 5));
    QVERIFY(!BacktestOverfitting::compute(two, 0));
    QVERIFY(!BacktestOverfitting::compute(two, 26)); // over 24 blocks
    QVERIFY(!BacktestOverfitting::compute(two, 24)); // 40 bars: one bar a block
    const std::vector<std::vector<double>> ragged{column(0, 40), column(1, 39)};
    QVERIFY(!BacktestOverfitting::compute(ragged, 4));
}

void tst_OverfittingStatistics::tradeReturnsCompoundOnTheEquityBefore()
{
    std::vector<ClosedTrade> trades(3);
    trades[0].pnl = dec("100");
    trades[1].pnl = dec("-55");
    trades[2].pnl = dec("20.9");
    const auto returns = tradeReturns(trades, dec("1000"));
    QCOMPARE(returns.size(), size_t(3));
    QVERIFY(near(returns[0], 0.1)); // 100 on 1000
    QVERIFY(near(returns[1], -0.05)); // −55 on 1100
    QVERIFY(near(returns[2], 0.02)); // 20.9 on 1045
}

void tst_OverfittingStatistics::monteCarloIsSeededAndBounded()
{
    const std::vector<double> same{0.01, 0.01, 0.01, 0.01};
    const auto constant = TradeMonteCarlo::run(same, 200, 1);
    // Every resample of identical trades compounds to the same figure and never falls.
    QVERIFY(near(constant.returnPct.p5, (std::pow(1.01, 4) - 1) * 100));
    QVERIFY(near(constant.returnPct.p95, constant.returnPct.p5));
    QCOMPARE(constant.maxDrawdownPct.p95, 0.0);

    const std::vector<double> mixed{0.05, -0.03, 0.02, -0.04, 0.06, -0.01, 0.03, -0.02};
    const auto a = TradeMonteCarlo::run(mixed, 1000, 42);
    const auto b = TradeMonteCarlo::run(mixed, 1000, 42);
    const auto c = TradeMonteCarlo::run(mixed, 1000, 43);
    QCOMPARE(a.returnPct.p50, b.returnPct.p50);
    QCOMPARE(a.maxDrawdownPct.p95, b.maxDrawdownPct.p95);
    QVERIFY(a.returnPct.p50 != c.returnPct.p50 || a.returnPct.p5 != c.returnPct.p5);
    QVERIFY(a.returnPct.p5 < a.returnPct.p50 && a.returnPct.p50 < a.returnPct.p95);
    QVERIFY(a.maxDrawdownPct.p5 <= a.maxDrawdownPct.p50);
    // The worst run cannot beat all eight losers in a row, nor the best all winners.
    QVERIFY(a.returnPct.p5 >= (std::pow(0.96, 8) - 1) * 100);
    QVERIFY(a.returnPct.p95 <= (std::pow(1.06, 8) - 1) * 100);
    QCOMPARE(a.runs, 1000);
    QCOMPARE(a.trades, 8);
    QCOMPARE(TradeMonteCarlo::run({}, 100, 1).runs, 100);
}

void tst_OverfittingStatistics::percentilesInterpolateLinearly()
{
    // numpy.percentile([1, 2, 3, 4, 10], [5, 50, 95]) = [1.2, 3.0, 8.8]
    const std::vector<double> sorted{1, 2, 3, 4, 10};
    QVERIFY(near(percentileOf(sorted, 0.05), 1.2));
    QVERIFY(near(percentileOf(sorted, 0.5), 3.0));
    QVERIFY(near(percentileOf(sorted, 0.95), 8.8));
    QCOMPARE(percentileOf(std::vector<double>{7}, 0.95), 7.0);
}

QTEST_GUILESS_MAIN(tst_OverfittingStatistics)
#include "tst_overfittingstatistics.moc"

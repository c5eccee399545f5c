#include "core/portfolio/performancestats.h"

#include "decimalliteral.h"

#include <QTest>

#include <cmath>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

ClosedTrade trade(const char* pnl, const char* fees = "1", std::optional<double> r = std::nullopt)
{
    static qint64 id = 0;
    ClosedTrade t;
    t.id = ++id;
    t.pnl = dec(pnl);
    t.fees = dec(fees);
    t.rMultiple = r;
    return t;
}

EquityPoint point(int day, const char* equity)
{
    return EquityPoint{fromUnixSeconds(1751328000 + qint64(day) * 86400 + 3600), dec(equity)};
}

} // namespace

class tst_PerformanceStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsRatesAndStreaks();
    void drawdownFromTheRunningPeak();
    void sharpeFromDailyEquity();
    void noTradesNoLosses();
    void sumsBeyondTheRangeAreAnError();
    void feeDragAndRate();
};

void tst_PerformanceStats::countsRatesAndStreaks()
{
    const std::vector<ClosedTrade> trades{trade("10", "1", 1.0), trade("20", "1", 2.0),
        trade("-5", "1", -0.5), trade("0"), trade("-15"), trade("-10"), trade("30", "2", 3.0)};
    const PerformanceStats s = *PerformanceStats::compute(trades, {});
    QCOMPARE(s.trades, 7);
    QCOMPARE(s.wins, 3);
    QCOMPARE(s.losses, 3);
    QCOMPARE(s.winRate, 3.0 / 7.0);
    QCOMPARE(s.profitFactor, 60.0 / 30.0);
    QCOMPARE(s.netPnl, dec("30"));
    QCOMPARE(s.expectancy, dec("4.28571429")); // 30 / 7, half-even at 8 decimals
    QCOMPARE(s.totalFees, dec("8"));
    QCOMPARE(s.bestTrade, dec("30"));
    QCOMPARE(s.worstTrade, dec("-15"));
    QCOMPARE(s.longestWinStreak, 2);
    QCOMPARE(s.longestLossStreak, 2); // the break-even trade ends the first losing run
    QCOMPARE(s.averageR, (1.0 + 2.0 - 0.5 + 3.0) / 4.0);
}

void tst_PerformanceStats::drawdownFromTheRunningPeak()
{
    const PerformanceStats s = *PerformanceStats::compute({},
        {point(0, "1000"), point(1, "1200"), point(2, "900"), point(3, "1300"), point(4, "1170")});
    QCOMPARE(s.maxDrawdownPct, 25.0); // 1,200 → 900
}

void tst_PerformanceStats::sharpeFromDailyEquity()
{
    // Two points on day 1: only the last counts. Daily returns +10 %, −10 %, +20 %.
    const std::vector<EquityPoint> equity{
        point(0, "100"), point(1, "105"), point(1, "110"), point(2, "99"), point(3, "118.8")};
    const PerformanceStats s = *PerformanceStats::compute({}, equity);
    const double returns[] = {0.10, -0.10, 0.20};
    const double mean = (0.10 - 0.10 + 0.20) / 3;
    double variance = 0;
    for (const double r : returns)
        variance += (r - mean) * (r - mean);
    variance /= 2;
    QVERIFY(std::abs(s.sharpe - mean / std::sqrt(variance) * std::sqrt(365.0)) < 1e-9);
}

void tst_PerformanceStats::noTradesNoLosses()
{
    const PerformanceStats empty = *PerformanceStats::compute({}, {});
    QCOMPARE(empty.trades, 0);
    QCOMPARE(empty.winRate, 0.0);
    QCOMPARE(empty.profitFactor, 0.0);
    QCOMPARE(empty.sharpe, 0.0);
    const PerformanceStats allWins = *PerformanceStats::compute({trade("5"), trade("7")}, {});
    QVERIFY(std::isinf(allWins.profitFactor));
}

void tst_PerformanceStats::sumsBeyondTheRangeAreAnError()
{
    // Each P&L is a Decimal; their sum is not: an error, never a net P&L that kept the first.
    const auto profits = PerformanceStats::compute(
        {trade("6000000000000000000"), trade("6000000000000000000")}, {});
    QVERIFY(!profits);
    QCOMPARE(profits.error().code, ErrorCode::Overflow);
    const auto losses = PerformanceStats::compute(
        {trade("-6000000000000000000"), trade("-6000000000000000000")}, {});
    QVERIFY(!losses);
    // Up to the edge it still adds up.
    const auto edge = PerformanceStats::compute(
        {trade("4999999999999999999"), trade("4999999999999999999")}, {});
    QVERIFY(edge);
    QCOMPARE(edge->netPnl, dec("9999999999999999998"));
    // Its fees on top leave the range: no fee drag, the rest stands.
    QCOMPARE(edge->totalFees, dec("2"));
    QVERIFY(!edge->feeDragPct());
}

void tst_PerformanceStats::feeDragAndRate()
{
    // Both trades paid the taker's 0.60 % in and out: 2 × 100 and 2 × 110, then 50 and 45.
    ClosedTrade won = trade("17.48", "2.52");
    won.quantity = dec("2");
    won.entryPrice = dec("100");
    won.exitPrice = dec("110");
    ClosedTrade lost = trade("-5.57", "0.57");
    lost.quantity = dec("1");
    lost.entryPrice = dec("50");
    lost.exitPrice = dec("45");
    const PerformanceStats s = *PerformanceStats::compute({won, lost}, {});
    QCOMPARE(s.grossPnl, dec("15")); // +20 and -5 before fees
    QCOMPARE(s.tradedNotional, dec("515"));
    QVERIFY(s.feeDragPct());
    QCOMPARE(*s.feeDragPct(), 3.09 / 15.0 * 100.0);
    QVERIFY(s.feeRatePct());
    QVERIFY(std::abs(*s.feeRatePct() - 0.6) < 1e-12); // the rate the fills paid, found again

    // Nothing made before fees: no share of a profit to give.
    const PerformanceStats losing = *PerformanceStats::compute({lost}, {});
    QCOMPARE(losing.grossPnl, dec("-5"));
    QVERIFY(!losing.feeDragPct());
    QVERIFY(losing.feeRatePct());
    const PerformanceStats none = *PerformanceStats::compute({}, {});
    QVERIFY(!none.feeDragPct());
    QVERIFY(!none.feeRatePct());
}

QTEST_GUILESS_MAIN(tst_PerformanceStats)
#include "tst_performancestats.moc"

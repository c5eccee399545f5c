#include "core/portfolio/tradefilter.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

// 2026-03-15 12:00 UTC.
const Timestamp End = fromUnixSeconds(1773576000);

ClosedTrade closed(const char* bot, const char* product, std::chrono::hours before, const char* pnl)
{
    ClosedTrade trade;
    trade.botId = QString::fromLatin1(bot);
    trade.productId = QString::fromLatin1(product);
    trade.exitTime = End - before;
    trade.entryTime = trade.exitTime - std::chrono::hours(1);
    trade.pnl = dec(pnl);
    return trade;
}

} // namespace

class tst_TradeFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodsCountBackFromTheMarketsTime();
    void keepsTheChosenBotProductAndPeriod();
    void currentStreakIsTheLastRun();
};

void tst_TradeFilter::periodsCountBackFromTheMarketsTime()
{
    TradeFilter filter;
    QVERIFY(!filter.since(End));
    filter.period = TradePeriod::Day;
    QCOMPARE(*filter.since(End), End - std::chrono::hours(24));
    filter.period = TradePeriod::Month;
    QCOMPARE(*filter.since(End), End - std::chrono::hours(30 * 24));
    filter.period = TradePeriod::Year; // the tax year: 1 January, midnight UTC
    QCOMPARE(toIsoString(*filter.since(End)).left(19), QStringLiteral("2026-01-01T00:00:00"));
    // The first instant of a year is in that year.
    const Timestamp newYear = *parseIsoTimestamp("2027-01-01T00:00:00Z");
    QCOMPARE(*filter.since(newYear), newYear);
}

void tst_TradeFilter::keepsTheChosenBotProductAndPeriod()
{
    const std::vector<ClosedTrade> trades{closed("a", "BTC-USD", std::chrono::hours(24 * 40), "1"),
        closed("b", "ETH-USD", std::chrono::hours(24 * 10), "-2"),
        closed("a", "ETH-USD", std::chrono::hours(24 * 7), "3"),
        closed("a", "BTC-USD", std::chrono::hours(2), "-4")};
    TradeFilter filter;
    QVERIFY(filter.isEmpty());
    QCOMPARE(filterTrades(trades, filter, End).size(), size_t(4));
    filter.botId = QStringLiteral("a");
    QVERIFY(!filter.isEmpty());
    QCOMPARE(filterTrades(trades, filter, End).size(), size_t(3));
    filter.productId = QStringLiteral("ETH-USD");
    auto kept = filterTrades(trades, filter, End);
    QCOMPARE(kept.size(), size_t(1));
    QCOMPARE(kept.front().pnl, dec("3"));
    filter = {};
    filter.period = TradePeriod::Week; // closed exactly 7 days before is in
    kept = filterTrades(trades, filter, End);
    QCOMPARE(kept.size(), size_t(2));
    QCOMPARE(kept.front().pnl, dec("3"));
    filter.period = TradePeriod::Day;
    QCOMPARE(filterTrades(trades, filter, End).size(), size_t(1));
}

void tst_TradeFilter::currentStreakIsTheLastRun()
{
    const auto streak = [](std::initializer_list<const char*> pnls) {
        std::vector<ClosedTrade> trades;
        for (const char* pnl : pnls)
            trades.push_back(closed("a", "BTC-USD", std::chrono::hours(1), pnl));
        return currentStreak(trades);
    };
    QCOMPARE(streak({}), 0);
    QCOMPARE(streak({"-1", "2", "0.5", "3"}), 3);
    QCOMPARE(streak({"4", "-1", "-0.01"}), -2);
    QCOMPARE(streak({"4", "-1", "0"}), 0); // broke even: no run
    QCOMPARE(streak({"0", "2"}), 1);
}

QTEST_GUILESS_MAIN(tst_TradeFilter)
#include "tst_tradefilter.moc"

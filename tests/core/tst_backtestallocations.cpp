// "No per-candle allocation" (issue 5's performance rule), checked: the C library's malloc is
// wrapped in this test program and counted around backtests of different lengths. Its own
// executable, since the wrapper counts for everything in the process.

#include "core/backtest/backtestrunner.h"
#include "core/market/csvcandles.h"

#include <QTest>

#include <atomic>
#include <cstdlib>

#if defined(__GLIBC__)
extern "C" void* __libc_malloc(size_t size);

namespace {
std::atomic<long> mallocCalls{0};
}

// Every allocation in the process comes through here (operator new and Qt both use malloc).
extern "C" void* malloc(size_t size)
{
    mallocCalls.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
#endif

using namespace Candela::Core;

class tst_BacktestAllocations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candlesWithoutATradeAllocateNothing();
};

// The real bot over 3,000 and over 26,496 real candles with a cent to trade: it asks to buy
// again and again, and the risk gate works out and refuses every entry (sized below the
// product's minimum), so no order is made and nothing trades. The
// longer run may allocate no more than the shorter (beyond one map node per further kind of
// refusal): the per-candle path, entries refused included, allocates nothing.
void tst_BacktestAllocations::candlesWithoutATradeAllocateNothing()
{
#if !defined(__GLIBC__)
    QSKIP("counts allocations by wrapping glibc's malloc");
#else
    const auto candles = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));
    QVERIFY(candles && config);
    BacktestOptions options;
    options.startingCash = *Decimal::fromString("0.01");

    const auto measure = [&](size_t count, BacktestResult& result) {
        const std::vector<Candle> part(candles->begin(), candles->begin() + qsizetype(count));
        const long before = mallocCalls.load();
        result = BacktestRunner::run(*config, part, options);
        return mallocCalls.load() - before;
    };
    BacktestResult shortRun;
    BacktestResult longRun;
    const long shortCalls = measure(3000, shortRun);
    const long longCalls = measure(candles->size(), longRun);

    QVERIFY(longRun.trades.empty());
    QCOMPARE(longRun.denials.productRules, 0); // no order reached the paper venue
    QVERIFY2(longRun.denials.riskTotal() > 100, "the bot must keep asking to enter");
    QVERIFY(longRun.denials.riskTotal() > shortRun.denials.riskTotal());
    QVERIFY(shortCalls > 0); // the wrapper counts (the run's own vectors)
    QVERIFY2(longCalls <= shortCalls + long(longRun.denials.risk.size()),
        qPrintable(QStringLiteral("%1 allocations for 3,000 candles, %2 for %3")
                       .arg(shortCalls)
                       .arg(longCalls)
                       .arg(candles->size())));
#endif
}

QTEST_GUILESS_MAIN(tst_BacktestAllocations)
#include "tst_backtestallocations.moc"

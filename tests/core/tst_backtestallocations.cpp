// "No per-candle allocation" (issue 5's performance rule), checked: the C library's allocation
// functions are wrapped in this test program and counted around backtests of different lengths.
// Its own executable, since the wrappers count for everything in the process.

#include "core/backtest/backtestrunner.h"
#include "core/market/csvcandles.h"

#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CANDELA_COUNT_ALLOCATIONS 0 // the sanitizers bring their own allocator
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CANDELA_COUNT_ALLOCATIONS 0
#endif
#endif
#if !defined(CANDELA_COUNT_ALLOCATIONS) && defined(__GLIBC__)
#define CANDELA_COUNT_ALLOCATIONS 1
#endif

#if CANDELA_COUNT_ALLOCATIONS
// glibc's own entry points, which its public ones call.
extern "C" {
void* __libc_malloc(size_t size);
void* __libc_calloc(size_t count, size_t size);
void* __libc_realloc(void* pointer, size_t size);
void* __libc_memalign(size_t alignment, size_t size);
}

namespace {
std::atomic<long> allocations{0};

void* counted(void* pointer)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return pointer;
}
} // namespace

// Every allocation in the process comes through these: operator new and Qt use malloc, Qt's
// containers grow with realloc, aligned operator new ends in memalign.
extern "C" {
void* malloc(size_t size)
{
    return counted(__libc_malloc(size));
}
void* calloc(size_t count, size_t size)
{
    return counted(__libc_calloc(count, size));
}
void* realloc(void* pointer, size_t size)
{
    return counted(__libc_realloc(pointer, size));
}
void* memalign(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}
void* aligned_alloc(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}
int posix_memalign(void** result, size_t alignment, size_t size)
{
    void* pointer = __libc_memalign(alignment, size);
    if (!pointer)
        return ENOMEM;
    *result = counted(pointer);
    return 0;
}
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
#if !CANDELA_COUNT_ALLOCATIONS
    QSKIP("counts allocations by wrapping glibc's allocator (not under a sanitizer)");
#else
    const auto candles = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"));
    QVERIFY(candles && config);
    BacktestOptions options;
    options.startingCash = *Decimal::fromString("0.01");

    const auto measure = [&](size_t count, BacktestResult& result) {
        const std::vector<Candle> part(candles->begin(), candles->begin() + qsizetype(count));
        const long before = allocations.load();
        result = BacktestRunner::run(*config, part, options);
        return allocations.load() - before;
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

#include "core/indicators/vectorstate.h"
#include "core/strategy/bot.h"

#include <QTest>

using namespace Candela::Core;

namespace {

// What a library function without VZEROUPPER leaves behind: an upper half that is not zero.
// (Inline assembly, so that the compiler adds no VZEROUPPER of its own.)
void dirtyUpperHalves()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    // All ones, with an AVX (not AVX2) instruction: compare with the always-true predicate.
    __asm__ volatile("vcmpps $0x0f, %%ymm1, %%ymm1, %%ymm1" ::: "xmm1");
#endif
}

// The CPU reports the state, and reports it cleared after a clear (the manual lets a CPU keep
// saying "in use" for registers back in their initial state; such a CPU cannot be tested).
bool canObserve()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    if (upperVectorState() == UpperVectorState::Unknown)
        return false;
    clearUpperVectorState();
    return upperVectorState() == UpperVectorState::Clean;
#else
    return false;
#endif
}

} // namespace

class tst_VectorState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearsWhatAvxCodeLeftDirty();
    void aBotsBarStartsClean();
};

void tst_VectorState::clearsWhatAvxCodeLeftDirty()
{
    if (!canObserve())
        QSKIP("this CPU does not report its vector register state (or has no AVX)");
    dirtyUpperHalves();
    QCOMPARE(upperVectorState(), UpperVectorState::Dirty);
    clearUpperVectorState();
    QCOMPARE(upperVectorState(), UpperVectorState::Clean);
}

void tst_VectorState::aBotsBarStartsClean()
{
    if (!canObserve())
        QSKIP("this CPU does not report its vector register state (or has no AVX)");
    BotConfig config;
    config.name = QStringLiteral("test");
    config.product = QStringLiteral("BTC-USD");
    config.rsi = {true, 1.0, RsiSignalParams{2, 30, 70}};
    Bot bot(config);
    // The bot's arithmetic ran after the clear; a bot that skipped it would leave it dirty. Both
    // steps: the window's (the whole evaluation) and a backtest's (the intent only).
    dirtyUpperHalves();
    bot.onClosedBar(Bar{100, 101, 99, 100, 1}, fromUnixSeconds(1751328300), {});
    QCOMPARE(upperVectorState(), UpperVectorState::Clean);
    dirtyUpperHalves();
    bot.intentOnClosedBar(Bar{100, 101, 99, 100, 1}, fromUnixSeconds(1751328600), {});
    QCOMPARE(upperVectorState(), UpperVectorState::Clean);
}

QTEST_GUILESS_MAIN(tst_VectorState)
#include "tst_vectorstate.moc"

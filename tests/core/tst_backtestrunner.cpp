#include "core/backtest/backtestrunner.h"
#include "core/market/csvcandles.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

constexpr qint64 T0 = 1751328000;

BotConfig rsiBot()
{
    BotConfig config;
    config.name = QStringLiteral("rsi2");
    config.product = QStringLiteral("BTC-USD");
    config.timeframe = Timeframe::OneMinute;
    config.rsi = {true, 1.0, RsiSignalParams{2, 30, 70}};
    config.confirmation = std::chrono::minutes(0);
    config.positionSize = dec("1");
    return config;
}

std::vector<Candle> candles(std::initializer_list<const char*> closes)
{
    std::vector<Candle> out;
    qint64 minute = 0;
    for (const char* close : closes) {
        const Decimal c = dec(close);
        out.push_back(Candle{fromUnixSeconds(T0 + 60 * minute++), c, *c.plus(dec("0.5")),
            *c.minus(dec("0.5")), c, dec("1")});
    }
    return out;
}

} // namespace

class tst_BacktestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buysOnTheSignalAndSellsOnTheOpposite();
    void refusesWhatTheCashCannotPay();
    void realCandlesKeepTheBooksExactAndRepeatable();
    void reportsProgressAndStopsWhenCancelled();
};

// Hand-computed: RSI(2) hits 0 at the third close (98) → buy 1 at 98 × 1.0005 = 98.049, up to
// the tick 98.05, fee 0.6 % = 0.5883. At close 100 RSI is 75 → sell at 100 × 0.9995 = 99.95,
// fee 0.5997. P&L 1.90 − 1.188 = 0.712.
void tst_BacktestRunner::buysOnTheSignalAndSellsOnTheOpposite()
{
    BacktestOptions options;
    options.startingCash = dec("1000");
    const BacktestResult r
        = BacktestRunner::run(rsiBot(), candles({"100", "99", "98", "99", "100"}), options);
    QCOMPARE(r.candles, 5);
    QCOMPARE(r.trades.size(), size_t(1));
    const ClosedTrade& t = r.trades.front();
    QCOMPARE(t.entryPrice, dec("98.05"));
    QCOMPARE(t.exitPrice, dec("99.95"));
    QCOMPARE(t.fees, dec("1.188"));
    QCOMPARE(t.pnl, dec("0.712"));
    QCOMPARE(toUnixSeconds(t.entryTime), T0 + 3 * 60); // the buy candle's close
    QCOMPARE(r.finalEquity, dec("1000.712"));
    QCOMPARE(r.stats.netPnl, dec("0.712"));
    QCOMPARE(r.equity.size(), size_t(5));
}

void tst_BacktestRunner::refusesWhatTheCashCannotPay()
{
    BacktestOptions options;
    options.startingCash = dec("50");
    const BacktestResult r
        = BacktestRunner::run(rsiBot(), candles({"100", "99", "98", "97", "96"}), options);
    QVERIFY(r.trades.empty());
    QVERIFY(r.denials.insufficientCash > 0);
    QCOMPARE(r.finalEquity, dec("50"));
}

void tst_BacktestRunner::realCandlesKeepTheBooksExactAndRepeatable()
{
    const auto real = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY(real);
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));
    QVERIFY(config);
    const BacktestResult first = BacktestRunner::run(*config, *real);
    const BacktestResult second = BacktestRunner::run(*config, *real);
    QVERIFY(first.stats.trades > 10);
    QCOMPARE(second.trades.size(), first.trades.size());
    for (size_t i = 0; i < first.trades.size(); ++i) {
        QCOMPARE(second.trades[i].pnl, first.trades[i].pnl);
        QCOMPARE(second.trades[i].entryTime, first.trades[i].entryTime);
    }
    Decimal sum;
    for (const ClosedTrade& t : first.trades)
        sum = *sum.plus(t.pnl);
    QCOMPARE(sum, first.stats.netPnl);
    QCOMPARE(first.finalEquity, first.equity.back().equity);
}

void tst_BacktestRunner::reportsProgressAndStopsWhenCancelled()
{
    const auto real = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY(real && real->size() > 20000);
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));
    QVERIFY(config);
    std::atomic<qint64> progress{0};
    std::atomic<bool> cancel{false};
    BacktestOptions options;
    options.progress = &progress;
    options.cancel = &cancel;
    const BacktestResult whole = BacktestRunner::run(*config, *real, options);
    QVERIFY(!whole.cancelled);
    QCOMPARE(progress.load(), qint64(real->size()));
    QCOMPARE(whole.candles, qint64(real->size()));

    progress = 0;
    cancel = true;
    const BacktestResult stopped = BacktestRunner::run(*config, *real, options);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.candles < 5000); // at the first look, a few thousand candles in
    QCOMPARE(qint64(stopped.equity.size()), stopped.candles);
}

QTEST_GUILESS_MAIN(tst_BacktestRunner)
#include "tst_backtestrunner.moc"

#include "core/backtest/backtestrunner.h"
#include "core/engine/papersession.h"
#include "core/market/csvcandles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;

namespace {

std::vector<Candle> demoCandles()
{
    return *readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
}

BotConfig scalper()
{
    return *BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));
}

QStringList describe(const std::vector<ClosedTrade>& trades)
{
    QStringList lines;
    for (const ClosedTrade& t : trades)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(t.botId)
                         .arg(toUnixSeconds(t.entryTime))
                         .arg(t.entryPrice.toString(), t.exitPrice.toString(),
                             t.quantity.toString(), t.pnl.toString()));
    return lines;
}

} // namespace

class tst_PaperSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradesLikeTheBacktestOfTheSameCandles();
    void aResumedSessionEndsLikeAnUninterruptedOne();
    void runningAgainAddsNothing();
    void anEngagedKillSwitchStopsNewOrders();

private:
    std::unique_ptr<PaperSession> open(const QString& name)
    {
        PaperSession::Options options;
        options.databasePath = m_dir.filePath(name);
        options.bots = {scalper()};
        auto session = PaperSession::open(options);
        if (!session)
            qFatal("%s", qPrintable(session.error().message));
        return std::move(session).value();
    }

    QTemporaryDir m_dir;
};

// T37, paper form: the backtest and a paper session over the same candles trade alike.
void tst_PaperSession::tradesLikeTheBacktestOfTheSameCandles()
{
    const std::vector<Candle> candles = demoCandles();
    auto session = open(QStringLiteral("t37.db"));
    QVERIFY(session->run(candles));
    const BacktestResult backtest = BacktestRunner::run(scalper(), candles);
    QVERIFY(backtest.trades.size() > 10);
    QCOMPARE(describe(session->closedTrades()), describe(backtest.trades));
    QCOMPARE(*session->ledger(0).equity(candles.back().close), backtest.finalEquity);
}

void tst_PaperSession::aResumedSessionEndsLikeAnUninterruptedOne()
{
    const std::vector<Candle> candles = demoCandles();
    auto whole = open(QStringLiteral("whole.db"));
    QVERIFY(whole->run(candles));
    for (const qint64 stop : {qint64(3000), qint64(9000), qint64(17000)}) {
        auto part = open(QStringLiteral("parts.db"));
        QVERIFY(part->run(candles, stop)); // "crashes" after `stop` candles
    }
    auto resumed = open(QStringLiteral("parts.db"));
    QVERIFY(resumed->run(candles));
    QCOMPARE(describe(resumed->closedTrades()), describe(whole->closedTrades()));
    QCOMPARE(resumed->ledger(0).cash(), whole->ledger(0).cash());
    const auto fills = resumed->journal().loadFills();
    QCOMPARE(fills->size(), whole->journal().loadFills()->size()); // none doubled
}

void tst_PaperSession::runningAgainAddsNothing()
{
    const std::vector<Candle> candles = demoCandles();
    {
        QVERIFY(open(QStringLiteral("again.db"))->run(candles));
    }
    auto again = open(QStringLiteral("again.db"));
    const size_t before = again->journal().loadFills()->size();
    QVERIFY(again->run(candles));
    QCOMPARE(again->journal().loadFills()->size(), before);
    QCOMPARE(again->journal().loadOrders()->size(), before); // one fill per market order here
}

void tst_PaperSession::anEngagedKillSwitchStopsNewOrders()
{
    auto session = open(QStringLiteral("halted.db"));
    QVERIFY(session->journal().begin());
    QVERIFY(session->journal().setState(QStringLiteral("kill_switch"), QStringLiteral("HALTED")));
    QVERIFY(session->journal().commit());
    QVERIFY(session->run(demoCandles()));
    QVERIFY(session->journal().loadFills()->empty());
    QVERIFY(session->closedTrades().empty());
}

QTEST_GUILESS_MAIN(tst_PaperSession)
#include "tst_papersession.moc"

#include "core/engine/botwatch.h"
#include "core/engine/tradingengine.h"
#include "core/market/marketdatahub.h"
#include "core/storage/journalstore.h"
#include "decimalliteral.h"
#include "demodata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::TestData::demoCandles;
using Candela::TestData::playCandles;
using Candela::TestData::scalper;
using Candela::TestData::SilentFeed;

namespace {
const QString Btc = QStringLiteral("BTC-USD");
const QString BotName = QStringLiteral("BTC Scalper");

// The market thread's trio with an account of `cash` per bot, journaled in `journalPath`.
struct Desk
{
    Desk(const QString& journalPath, const BotConfig& bot, const Decimal& cash)
        : hub(feed)
        , watch(hub, {bot}, std::chrono::milliseconds(1))
        , trader(hub, watch, options(bot, cash, journalPath))
    {
        if (auto opened = trader.open(); !opened)
            qFatal("%s", qPrintable(opened.error().message));
    }

    static TradingEngine::Options options(
        const BotConfig& bot, const Decimal& cash, const QString& journalPath)
    {
        TradingEngine::Options options;
        options.bots = {bot};
        options.startingCash = cash;
        options.journalPath = journalPath;
        return options;
    }

    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
};

std::vector<AuditEntry> audit(const QString& journalPath, const QString& kind)
{
    JournalStore journal;
    if (!journal.open(journalPath))
        return {};
    const auto entries = journal.loadAudit();
    std::vector<AuditEntry> found;
    for (const AuditEntry& entry : entries ? *entries : std::vector<AuditEntry>{}) {
        if (entry.kind == kind)
            found.push_back(entry);
    }
    return found;
}

// The scalper without its 0.001 BTC cap: the risk gate alone sizes it.
BotConfig uncapped()
{
    BotConfig bot = scalper();
    bot.positionSize = Decimal{};
    return bot;
}
} // namespace

// A paper session whose figures leave the Decimal range (|v| < 10^19) never trades on a figure
// that fell back to zero: an entry sized past the range stops that bot, an account whose equity
// cannot be held halts the engine; both are journaled and announced with their typed reason.
class tst_EngineArithmetic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizingBeyondTheRangeStopsTheBot();
    void equityBeyondTheRangeHaltsTheEngine();
};

void tst_EngineArithmetic::sizingBeyondTheRangeStopsTheBot()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    {
        // 9·10^18 of cash: the leverage cap (8 × equity) is past the range.
        Desk desk(journal, uncapped(), dec("9000000000000000000"));
        QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
        playCandles(desk.hub, Btc, candles, 0, candles.size());
        QVERIFY2(!events.isEmpty(), "the bot never asked to buy");
        const auto first = events.first().at(0).value<TradingEvent>();
        QCOMPARE(first.kind, TradingEvent::Kind::Refused);
        QVERIFY(first.denial);
        QCOMPARE(first.denial->reason, DenialReason::ArithmeticError);
        QCOMPARE(first.reasonName(), QStringLiteral("arithmetic_error"));
        const TradingSnapshot snapshot = desk.trader.snapshot();
        QVERIFY(snapshot.orders.empty());
        QCOMPARE(snapshot.stoppedBots, QStringList{BotName});
        QCOMPARE(snapshot.cash, dec("9000000000000000000")); // nothing spent, nothing lost
        QVERIFY(desk.trader.killSwitch().isActive()); // one bot's figures: only that bot
    }
    const auto stopped = audit(journal, QStringLiteral("bot_stopped"));
    QCOMPARE(stopped.size(), size_t(1));
    QVERIFY2(stopped.front().detail.startsWith(QStringLiteral("stopped by the engine: ")),
        qPrintable(stopped.front().detail));
    QVERIFY(stopped.front().detail.contains(QStringLiteral("arithmetic_error")));
    // Stopped it stays, after a restart too.
    Desk again(journal, uncapped(), dec("9000000000000000000"));
    QCOMPARE(again.trader.stoppedBots(), QStringList{BotName});
}

void tst_EngineArithmetic::equityBeyondTheRangeHaltsTheEngine()
{
    const std::vector<Candle> candles = demoCandles(3000);
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    Desk desk(journal, uncapped(), dec("1000000000000000000"));
    size_t i = 0;
    while (i < candles.size() && desk.trader.snapshot().positions.empty())
        playCandles(desk.hub, Btc, candles, i, i + 1), ++i;
    QVERIFY2(i < candles.size(), "the bot never bought");
    const TradingSnapshot open = desk.trader.snapshot();
    const Decimal quantity = open.positions.front().quantity;
    QVERIFY(quantity > dec("1000000000")); // 5 % of 10^18 at about 60,000 a coin
    const size_t ordersBefore = open.orders.size();

    // The next bar prints at 10^8 (and closes when the one after it opens): the position is
    // then worth past 10^19.
    QSignalSpy switches(&desk.trader, &TradingEngine::killSwitchChanged);
    std::vector<Candle> spike{candles[i - 1], candles[i], candles[i + 1]};
    for (Decimal* price : {&spike[1].open, &spike[1].high, &spike[1].low, &spike[1].close})
        *price = dec("100000000");
    playCandles(desk.hub, Btc, spike, 1, 3);

    QCOMPARE(switches.size(), 1);
    const auto status = switches.first().at(0).value<KillSwitchStatus>();
    QCOMPARE(status.state, KillSwitchState::Halted);
    QCOMPARE(status.cause, HaltCause::ArithmeticError);
    QVERIFY2(status.detail.contains(QStringLiteral("equity")), qPrintable(status.detail));
    const TradingSnapshot halted = desk.trader.snapshot();
    QCOMPARE(halted.orders.size(), ordersBefore); // no exit at the spike: nothing traded on it
    QCOMPARE(halted.positions.size(), size_t(1));
    QCOMPARE(halted.positions.front().quantity, quantity);
    // The halt is on the record with its cause, as a trader's press is.
    const auto recorded = audit(journal, QStringLiteral("kill_switch"));
    QVERIFY(!recorded.empty());
    QVERIFY2(recorded.back().detail.contains(QStringLiteral("arithmetic_error")),
        qPrintable(recorded.back().detail));
}

QTEST_GUILESS_MAIN(tst_EngineArithmetic)
#include "tst_enginearithmetic.moc"

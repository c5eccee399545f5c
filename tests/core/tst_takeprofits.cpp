#include "core/engine/botwatch.h"
#include "core/engine/journalstate.h"
#include "core/engine/tradingengine.h"
#include "core/market/marketdatahub.h"

#include "decimalliteral.h"
#include "demodata.h"

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

BotConfig restingScalper()
{
    BotConfig config = scalper();
    config.exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    return config;
}

// The market thread's trio with the scalper taking profit with a resting limit, fed candle by
// candle until it holds a position.
struct Desk
{
    explicit Desk(const QString& journal = {})
        : hub(feed)
        , watch(hub, {restingScalper()}, std::chrono::milliseconds(1))
        , trader(hub, watch, options(journal))
    {
        if (auto opened = trader.open(); !opened)
            qFatal("%s", qPrintable(opened.error().message));
    }

    static TradingEngine::Options options(const QString& journal)
    {
        TradingEngine::Options options;
        options.journalPath = journal;
        options.bots = {restingScalper()};
        options.startingCash = Decimal::fromInteger(10000);
        return options;
    }

    // Plays until the bot holds a position; false if it never bought.
    bool playUntilOpen()
    {
        while (next < candles.size() && trader.snapshot().positions.empty())
            playCandles(hub, Btc, candles, next, next + 1), ++next;
        return next < candles.size();
    }

    void print(const Decimal& price, Timestamp time)
    {
        Trade trade;
        trade.productId = Btc;
        trade.tradeId = QString::number(++prints);
        trade.price = price;
        trade.size = dec("100");
        trade.side = Side::Buy;
        trade.time = time;
        MarketMessage message;
        message.channel = Channel::MarketTrades;
        message.timestamp = time;
        message.events.push_back(TradesEvent{false, {trade}});
        Q_EMIT feed.messageReceived(message);
    }

    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
    std::vector<Candle> candles = demoCandles(3000);
    size_t next = 0;
    int prints = 0;
};

std::optional<Order> orderWithId(const TradingSnapshot& snapshot, const QString& id)
{
    for (const Order& order : snapshot.orders) {
        if (order.clientOrderId == id)
            return order;
    }
    return std::nullopt;
}

// The bot's take profit resting now: a sell limit the venue holds.
std::optional<Order> restingTakeProfit(const TradingSnapshot& snapshot)
{
    for (const Order& order : snapshot.orders) {
        if (order.type == OrderType::Limit && order.side == Side::Sell
            && (order.status == OrderStatus::Accepted
                || order.status == OrderStatus::PartiallyFilled))
            return order;
    }
    return std::nullopt;
}

// A session on `journal` played until the bot holds a position, then stopped: the take profit
// resting then (none if the bot never bought) and the next candle to play.
std::pair<std::optional<Order>, size_t> restingAtAStop(const QString& journal)
{
    Desk desk(journal);
    if (!desk.playUntilOpen())
        return {std::nullopt, 0};
    return {restingTakeProfit(desk.trader.snapshot()), desk.next};
}

} // namespace

// A bot's take profit resting at its target in a paper session: placed when the position opens,
// on the product's grid; filled by a print through it (not at it) as a maker; cancelled first by
// the trader's close and by the kill switch, and placed again once trading goes on.
class tst_TakeProfits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restsAtTheTargetAndFillsOnAPrintThroughIt();
    void theTradersCloseCancelsItFirst();
    void theKillSwitchCancelsItAndTradingPlacesItAgain();
    void aBotThatWentLeavesNoLimitBehind();
    void itRestsAgainAfterARestart();
    void oneWithoutItsDecisionIsCancelledAtTheRestart();
};

void tst_TakeProfits::restsAtTheTargetAndFillsOnAPrintThroughIt()
{
    Desk desk;
    QVERIFY2(desk.playUntilOpen(), "the bot never bought");
    const TradingSnapshot open = desk.trader.snapshot();
    const OpenPosition& position = open.positions.front();
    QVERIFY(position.target);
    const auto takeProfit = restingTakeProfit(open);
    QVERIFY(takeProfit);
    const Decimal limit
        = *Product::spotDefaults(Btc).priceRounded(*position.target, RoundingMode::Up);
    QCOMPARE(*takeProfit->limitPrice, limit);
    QVERIFY(*takeProfit->limitPrice >= *position.target);
    QCOMPARE(takeProfit->quantity, position.quantity);
    QVERIFY(!takeProfit->postOnly);

    // A print at the target may have filled the orders queued there first: nothing.
    const Timestamp after = takeProfit->createdAt + std::chrono::seconds(1);
    desk.print(limit, after);
    QCOMPARE(desk.trader.snapshot().positions.size(), size_t(1));
    // One through it sells the position there, with the maker fee.
    desk.print(*limit.plus(dec("5")), after + std::chrono::seconds(1));
    const TradingSnapshot closed = desk.trader.snapshot();
    QVERIFY(closed.positions.empty());
    const auto filled = orderWithId(closed, takeProfit->clientOrderId);
    QVERIFY(filled);
    QCOMPARE(filled->status, OrderStatus::Filled);
    QCOMPARE(filled->fees, *(*limit.times(position.quantity)).times(dec("0.004")));
    QCOMPARE(closed.trades.back().exitReason, ExitReason::TakeProfit);
    QCOMPARE(closed.trades.back().exitPrice, limit);
}

void tst_TakeProfits::theTradersCloseCancelsItFirst()
{
    Desk desk;
    QVERIFY2(desk.playUntilOpen(), "the bot never bought");
    const TradingSnapshot open = desk.trader.snapshot();
    const auto takeProfit = restingTakeProfit(open);
    QVERIFY(takeProfit);
    QVERIFY(desk.trader.closePosition(BotName, Btc, open.positions.front().quantity));
    const TradingSnapshot closed = desk.trader.snapshot();
    QVERIFY(closed.positions.empty());
    QCOMPARE(orderWithId(closed, takeProfit->clientOrderId)->status, OrderStatus::Cancelled);
    QCOMPARE(closed.trades.back().exitReason, ExitReason::Manual);
    QCOMPARE(closed.trades.back().quantity, open.positions.front().quantity);
    QVERIFY(!restingTakeProfit(closed));
}

void tst_TakeProfits::theKillSwitchCancelsItAndTradingPlacesItAgain()
{
    Desk desk;
    QVERIFY2(desk.playUntilOpen(), "the bot never bought");
    const auto takeProfit = restingTakeProfit(desk.trader.snapshot());
    QVERIFY(takeProfit);
    desk.trader.halt(HaltCause::Pressed);
    const TradingSnapshot halted = desk.trader.snapshot();
    QCOMPARE(orderWithId(halted, takeProfit->clientOrderId)->status, OrderStatus::Cancelled);
    QCOMPARE(halted.positions.size(), size_t(1)); // a halt keeps the position
    // Halted, the bar closes place nothing.
    playCandles(desk.hub, Btc, desk.candles, desk.next, desk.next + 1), ++desk.next;
    QVERIFY(!restingTakeProfit(desk.trader.snapshot()));

    desk.trader.rearm();
    playCandles(desk.hub, Btc, desk.candles, desk.next, desk.next + 1), ++desk.next;
    const TradingSnapshot again = desk.trader.snapshot();
    QCOMPARE(again.positions.size(), size_t(1)); // (that bar reached neither stop nor target)
    const auto renewed = restingTakeProfit(again);
    QVERIFY(renewed);
    QVERIFY(renewed->clientOrderId != takeProfit->clientOrderId);
    QCOMPARE(renewed->quantity, again.positions.front().quantity);
}

// The bot is edited away (or moved to another product): its limit is cancelled, since no bar
// close of it would cancel the limit before its stop any more.
void tst_TakeProfits::aBotThatWentLeavesNoLimitBehind()
{
    Desk desk;
    QVERIFY2(desk.playUntilOpen(), "the bot never bought");
    const auto takeProfit = restingTakeProfit(desk.trader.snapshot());
    QVERIFY(takeProfit);
    BotConfig moved = restingScalper();
    moved.product = QStringLiteral("ETH-USD");
    desk.trader.setBots(desk.watch, {moved});
    const TradingSnapshot after = desk.trader.snapshot();
    QCOMPARE(orderWithId(after, takeProfit->clientOrderId)->status, OrderStatus::Cancelled);
    QCOMPARE(after.positions.size(), size_t(1)); // the position stays, shown and valued
}

// The paper venue forgets its orders with the process: after a restart the take profit rests
// again as the same order (no second one is placed at the next bar close), and a print through it
// closes the position as a take profit.
void tst_TakeProfits::itRestsAgainAfterARestart()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    const auto [takeProfit, next] = restingAtAStop(journal);
    QVERIFY2(takeProfit, "the bot never bought");
    Desk again(journal);
    again.next = next;
    QCOMPARE(again.trader.snapshot().positions.size(), size_t(1));
    // The bars go on where they were: the next one closes.
    playCandles(again.hub, Btc, again.candles, again.next, again.next + 2);
    again.next += 2;
    const TradingSnapshot after = again.trader.snapshot();
    QCOMPARE(after.positions.size(), size_t(1)); // (that bar reached neither stop nor target)
    const auto resting = restingTakeProfit(after);
    QVERIFY(resting);
    QCOMPARE(resting->clientOrderId, takeProfit->clientOrderId);
    int working = 0;
    for (const Order& order : after.orders)
        working += order.type == OrderType::Limit && !isTerminal(order.status) ? 1 : 0;
    QCOMPARE(working, 1);

    const Decimal limit = *takeProfit->limitPrice;
    const Timestamp later = again.candles[again.next].start;
    again.print(*limit.plus(dec("5")), later);
    const TradingSnapshot closed = again.trader.snapshot();
    QVERIFY(closed.positions.empty());
    QCOMPARE(orderWithId(closed, takeProfit->clientOrderId)->status, OrderStatus::Filled);
    QCOMPARE(closed.trades.back().exitReason, ExitReason::TakeProfit);
    QCOMPARE(closed.trades.back().exitPrice, limit);
}

// A journal from before resting orders were kept across restarts holds the paper venue's orders
// without the decision they were placed for: they are not rested again as something else, but
// cancelled on the record, and the bot places its take profit anew at the next bar close.
void tst_TakeProfits::oneWithoutItsDecisionIsCancelledAtTheRestart()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    const auto [takeProfit, next] = restingAtAStop(journal);
    QVERIFY2(takeProfit, "the bot never bought");
    {
        JournalStore store; // as the journals of earlier versions are
        QVERIFY(store.open(journal));
        QVERIFY(store.setState(inFlightKey(takeProfit->clientOrderId), QString()));
    }
    Desk again(journal);
    again.next = next;
    const TradingSnapshot reopened = again.trader.snapshot();
    QCOMPARE(orderWithId(reopened, takeProfit->clientOrderId)->status, OrderStatus::Cancelled);
    QVERIFY(!restingTakeProfit(reopened));
    playCandles(again.hub, Btc, again.candles, again.next, again.next + 2);
    const auto renewed = restingTakeProfit(again.trader.snapshot());
    QVERIFY(renewed);
    QVERIFY(renewed->clientOrderId != takeProfit->clientOrderId);
    JournalStore store;
    QVERIFY(store.open(journal));
    const auto audit = store.loadAudit();
    QVERIFY(std::any_of(audit->begin(), audit->end(),
        [](const AuditEntry& entry) { return entry.kind == QLatin1String("order_not_restored"); }));
}

QTEST_GUILESS_MAIN(tst_TakeProfits)
#include "tst_takeprofits.moc"

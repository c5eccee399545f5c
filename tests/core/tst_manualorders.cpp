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
using Candela::TestData::SilentFeed;

namespace {

const QString Btc = QStringLiteral("BTC-USD");
const Timestamp T0 = fromUnixSeconds(1751328000);

// The market thread's trio without a bot: the trader's own orders, on a tape the test prints.
struct Desk
{
    explicit Desk(const QString& journal = {})
        : hub(feed)
        , watch(hub, {}, std::chrono::milliseconds(1))
        , engine(hub, watch, optionsWith(journal))
    {
        if (auto opened = engine.open(); !opened)
            qFatal("%s", qPrintable(opened.error().message));
    }

    static TradingEngine::Options optionsWith(const QString& journal)
    {
        TradingEngine::Options options;
        options.journalPath = journal;
        return options;
    }

    void print(const char* price, const char* size = "1")
    {
        Trade trade;
        trade.productId = Btc;
        trade.tradeId = QString::number(++prints);
        trade.price = dec(price);
        trade.size = dec(size);
        trade.side = Side::Sell;
        trade.time = T0 + std::chrono::seconds(prints);
        MarketMessage message;
        message.channel = Channel::MarketTrades;
        message.timestamp = trade.time;
        message.events.push_back(TradesEvent{false, {trade}});
        Q_EMIT feed.messageReceived(message);
    }

    const Order* order(const QString& id) const
    {
        snapshotNow = engine.snapshot();
        for (const Order& order : snapshotNow.orders) {
            if (order.clientOrderId == id)
                return &order;
        }
        return nullptr;
    }

    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine engine;
    mutable TradingSnapshot snapshotNow;
    int prints = 0;
};

ManualOrder limitBuy(const char* quantity, const char* price)
{
    ManualOrder order;
    order.productId = Btc;
    order.side = Side::Buy;
    order.type = OrderType::Limit;
    order.quantity = dec(quantity);
    order.limitPrice = dec(price);
    order.postOnly = true;
    return order;
}

} // namespace

// The order ticket's path through the engine: a limit that rests, is moved, fills on a print
// through its price, and a sell that closes it into the closed trades of the Manual ledger.
class tst_ManualOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLimitRestsIsMovedFillsAndCloses();
    void refusedWhatTheLedgerCannotDo();
    void theKillSwitchCancelsAndRefuses();
    void aMoveKeepsWhatFilledAndIsCheckedFirst();
    void theLedgerIsThereAfterARestart();
    void aRestingLimitRestsAgainAfterARestart();
    void onCandlesAloneItsIdTellsTheMarketTime();
    void oneEngineTradesOnAJournalAtATime();
    void aGoodTilDateLimitExpiresAtItsEnd();
    void aStopLimitBuysTheBreakoutAndABracketSellsIt();
};

void tst_ManualOrders::aLimitRestsIsMovedFillsAndCloses()
{
    Desk desk;
    desk.print("100.00");
    const auto placed = desk.engine.placeManualOrder(limitBuy("0.02", "99.00"));
    QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
    const QString first = *placed;
    QVERIFY(first.startsWith(ManualLedger + QLatin1Char('/')));
    QCOMPARE(desk.order(first)->status, OrderStatus::Accepted); // resting
    QVERIFY(desk.order(first)->postOnly);
    desk.print("99.20"); // not down to it
    QCOMPARE(desk.order(first)->status, OrderStatus::Accepted);

    // Moved up to 99.50: cancelled, and a new limit rests there.
    QVERIFY(desk.engine.replaceOrder(first, dec("99.50"), dec("0.02")));
    QCOMPARE(desk.order(first)->status, OrderStatus::Cancelled);
    const Order* moved = nullptr;
    for (const Order& order : desk.snapshotNow.orders) {
        if (order.clientOrderId != first && order.botId == ManualLedger)
            moved = &order;
    }
    QVERIFY(moved);
    const QString second = moved->clientOrderId;
    QCOMPARE(*moved->limitPrice, dec("99.50"));
    QCOMPARE(moved->status, OrderStatus::Accepted);

    desk.print("99.50"); // at the limit: others were there first
    QCOMPARE(desk.order(second)->status, OrderStatus::Accepted);
    desk.print("99.49", "0.008"); // through it: 0.008 of 0.02
    QCOMPARE(desk.order(second)->status, OrderStatus::PartiallyFilled);
    desk.print("99.40");
    QCOMPARE(desk.order(second)->status, OrderStatus::Filled);
    QCOMPARE(desk.order(second)->averageFillPrice, dec("99.50"));
    QCOMPARE(desk.order(second)->fees, dec("0.00796")); // 1.99 × 0.4 % (maker)
    QCOMPARE(desk.snapshotNow.positions.size(), size_t(1));
    QCOMPARE(desk.snapshotNow.positions.front().botId, ManualLedger);

    // Sold at market: a round trip of the Manual ledger among the closed trades.
    ManualOrder sell;
    sell.productId = Btc;
    sell.side = Side::Sell;
    sell.quantity = dec("0.02");
    QVERIFY(desk.engine.placeManualOrder(sell));
    const TradingSnapshot after = desk.engine.snapshot();
    QVERIFY(after.positions.empty());
    // One round trip a lot: the buy filled in two parts.
    QCOMPARE(after.trades.size(), size_t(2));
    Decimal sold;
    for (const ClosedTrade& trade : after.trades) {
        QCOMPARE(trade.botId, ManualLedger);
        QCOMPARE(trade.entryPrice, dec("99.50"));
        QCOMPARE(trade.exitReason, ExitReason::Manual);
        sold = *sold.plus(trade.quantity);
    }
    QCOMPARE(sold, dec("0.02"));
}

void tst_ManualOrders::refusedWhatTheLedgerCannotDo()
{
    Desk desk;
    QSignalSpy events(&desk.engine, &TradingEngine::tradingEvent);
    // No price yet: a market order has nothing to trade at.
    ManualOrder market;
    market.productId = Btc;
    market.quantity = dec("0.02");
    QVERIFY(!desk.engine.placeManualOrder(market));
    QCOMPARE(events.last().at(0).value<TradingEvent>().refusal, RefusalReason::NoPrice);
    desk.print("100.00");
    // Spot: nothing held, nothing to sell.
    ManualOrder sell = market;
    sell.side = Side::Sell;
    QVERIFY(!desk.engine.placeManualOrder(sell));
    QCOMPARE(events.last().at(0).value<TradingEvent>().refusal, RefusalReason::NothingToSell);
    // Beyond the ledger's cash (10 000): nothing is placed.
    QVERIFY(!desk.engine.placeManualOrder(limitBuy("200", "99.00")));
    QCOMPARE(events.last().at(0).value<TradingEvent>().refusal, RefusalReason::InsufficientCash);
    // One working order a product at a time.
    QVERIFY(desk.engine.placeManualOrder(limitBuy("0.02", "98.00")));
    QVERIFY(!desk.engine.placeManualOrder(limitBuy("0.02", "97.00")));
    QCOMPARE(events.last().at(0).value<TradingEvent>().refusal, RefusalReason::OrderInFlight);
    // Off the product's grid (cents): refused by the product's rules.
    QVERIFY(desk.engine.cancelOrder(desk.engine.snapshot().orders.front().clientOrderId));
    QVERIFY(!desk.engine.placeManualOrder(limitBuy("0.02", "98.005")));
    QCOMPARE(events.last().at(0).value<TradingEvent>().refusal, RefusalReason::ProductRules);
}

void tst_ManualOrders::theKillSwitchCancelsAndRefuses()
{
    Desk desk;
    desk.print("100.00");
    const auto placed = desk.engine.placeManualOrder(limitBuy("0.02", "99.00"));
    QVERIFY(placed);
    desk.engine.halt(HaltCause::Pressed);
    QCOMPARE(desk.order(*placed)->status, OrderStatus::Cancelled);
    QVERIFY(!desk.engine.placeManualOrder(limitBuy("0.02", "99.00")));
    desk.print("98.00"); // the cancelled limit fills nothing
    QVERIFY(desk.engine.snapshot().positions.empty());

    // A halt the engine makes itself (here: the venue and the journal differ) cancels the
    // trader's working order too.
    Desk other;
    other.print("100.00");
    const auto resting = other.engine.placeManualOrder(limitBuy("0.02", "99.00"));
    QVERIFY(resting);
    ReconcileReport differs;
    differs.blockedCurrencies.insert(QStringLiteral("USD"));
    other.engine.applyReconciliation(differs);
    QVERIFY(!other.engine.killSwitch().isActive());
    QCOMPARE(other.order(*resting)->status, OrderStatus::Cancelled);
}

// A limit partly filled is moved: the size typed is what rests from now on; a move the new
// order could not make is refused before the old order is given up.
void tst_ManualOrders::aMoveKeepsWhatFilledAndIsCheckedFirst()
{
    Desk desk;
    desk.print("100.00");
    const auto placed = desk.engine.placeManualOrder(limitBuy("0.04", "99.00"));
    QVERIFY(placed);
    desk.print("98.90", "0.01");
    QCOMPARE(desk.order(*placed)->filledQuantity, dec("0.01"));
    // Off the grid: refused, and the order rests as it was.
    QVERIFY(!desk.engine.replaceOrder(*placed, dec("99.005"), dec("0.02")));
    QCOMPARE(desk.order(*placed)->status, OrderStatus::PartiallyFilled);
    QVERIFY(desk.engine.replaceOrder(*placed, dec("99.20"), dec("0.02")));
    QCOMPARE(desk.order(*placed)->status, OrderStatus::Cancelled);
    const Order* moved = nullptr;
    for (const Order& order : desk.snapshotNow.orders) {
        if (order.clientOrderId != *placed)
            moved = &order;
    }
    QVERIFY(moved);
    QCOMPARE(moved->quantity, dec("0.02"));
    QCOMPARE(*moved->limitPrice, dec("99.20"));
    // A bot's name cannot take the trader's ledger.
    QVERIFY(!BotConfig::fromJson(
        R"({"name":"Manual","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}}})"));
}

// A ledger whose order has not filled is still there after a restart: the account's equity (and
// its limits) do not move by its cash.
void tst_ManualOrders::theLedgerIsThereAfterARestart()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    Decimal equity;
    {
        Desk desk(journal);
        desk.print("100.00");
        const Decimal before = desk.engine.snapshot().equity;
        QVERIFY(!desk.engine.placeManualOrder(limitBuy("0.02", "99.005"))); // refused: no ledger
        QCOMPARE(desk.engine.snapshot().equity, before);
        QVERIFY(desk.engine.placeManualOrder(limitBuy("0.02", "99.00")));
        equity = desk.engine.snapshot().equity;
        QVERIFY(equity > before); // the Manual ledger's own cash
    }
    Desk again(journal);
    again.print("100.00");
    QCOMPARE(again.engine.snapshot().equity, equity);
}

// The paper venue forgets its orders with the process: a limit that was resting, partly filled,
// rests again after a restart with what was left of it and fills on the next print through it
// (numbered after the fill before, so nothing is booked twice); a stop-limit waits for its stop
// again; a resting order can be cancelled after the restart.
void tst_ManualOrders::aRestingLimitRestsAgainAfterARestart()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    QString limit;
    int prints = 0;
    {
        Desk desk(journal);
        desk.print("100.00");
        const auto placed = desk.engine.placeManualOrder(limitBuy("0.04", "99.00"));
        QVERIFY(placed);
        limit = *placed;
        desk.print("98.90", "0.01");
        QCOMPARE(desk.order(limit)->filledQuantity, dec("0.01"));
        prints = desk.prints;
    }
    QString stop;
    {
        Desk again(journal);
        again.prints = prints - 1;
        QCOMPARE(again.order(limit)->status, OrderStatus::PartiallyFilled);
        // The print that filled it before the restart, played again (a recording replayed into
        // the same session): it fills nothing a second time.
        again.print("98.90", "0.01");
        QCOMPARE(again.order(limit)->filledQuantity, dec("0.01"));
        again.print("99.50", "5"); // not through it
        QCOMPARE(again.order(limit)->filledQuantity, dec("0.01"));
        again.print("98.80", "5"); // through it: the rest, and no more
        QCOMPARE(again.order(limit)->status, OrderStatus::Filled);
        QCOMPARE(again.order(limit)->filledQuantity, dec("0.04"));
        QCOMPARE(again.engine.snapshot().positions.front().quantity, dec("0.04"));
        ManualOrder stopSell;
        stopSell.productId = Btc;
        stopSell.side = Side::Sell;
        stopSell.type = OrderType::StopLimit;
        stopSell.quantity = dec("0.02");
        stopSell.stopPrice = dec("95.00");
        stopSell.limitPrice = dec("94.00");
        const auto placed = again.engine.placeManualOrder(stopSell);
        QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
        stop = *placed;
        prints = again.prints;
    }
    QString lower;
    {
        Desk third(journal);
        third.prints = prints;
        QCOMPARE(third.order(stop)->status, OrderStatus::Accepted);
        third.print("94.90", "1"); // under its stop: triggered
        third.print("94.50", "1"); // over its limit: sold there, as a taker
        QCOMPARE(third.order(stop)->status, OrderStatus::Filled);
        QCOMPARE(third.engine.snapshot().positions.front().quantity, dec("0.02"));
        const auto placed = third.engine.placeManualOrder(limitBuy("0.02", "90.00"));
        QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
        lower = *placed;
        prints = third.prints;
    }
    Desk fourth(journal);
    fourth.prints = prints;
    QVERIFY(fourth.engine.cancelOrder(lower));
    QCOMPARE(fourth.order(lower)->status, OrderStatus::Cancelled);
    fourth.print("89.00", "1"); // through where it was: nothing
    QCOMPARE(fourth.engine.snapshot().positions.front().quantity, dec("0.02"));

    // Both fills of the limit are in the journal, under their own trade ids.
    JournalStore store;
    QVERIFY(store.open(journal));
    const auto fills = store.loadFills();
    QVERIFY(fills);
    QStringList tradeIds;
    for (const Fill& fill : *fills) {
        if (fill.clientOrderId == limit)
            tradeIds.append(fill.tradeId);
    }
    QCOMPARE(tradeIds, QStringList({limit + QStringLiteral("#1"), limit + QStringLiteral("#2")}));
}

// A market of candles alone (a candle replay) with no bot: the order is named by the market's
// time, the latest candle's start, as on a market that prints trades.
void tst_ManualOrders::onCandlesAloneItsIdTellsTheMarketTime()
{
    Desk desk;
    Candle candle;
    candle.start = T0 + std::chrono::minutes(5);
    candle.open = candle.high = candle.low = candle.close = dec("100.00");
    candle.volume = dec("3");
    desk.hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candle});
    const auto placed = desk.engine.placeManualOrder(limitBuy("0.02", "99.00"));
    QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
    QCOMPARE(*placed,
        QStringLiteral("Manual/BTC-USD/%1").arg(toUnixSeconds(T0 + std::chrono::minutes(5))));
    QCOMPARE(desk.order(*placed)->createdAt, candle.start);
}

// A second engine on a journal another one trades on is refused (the window and a headless run
// on one paper session would each book the other's orders as their own); the first one's end
// frees it.
void tst_ManualOrders::oneEngineTradesOnAJournalAtATime()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("paper.sqlite"));
    {
        Desk first(journal);
        TradingEngine second(first.hub, first.watch, Desk::optionsWith(journal));
        const Status opened = second.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QLatin1String("is in use by")),
            qPrintable(opened.error().message));
    }
    Desk again(journal); // (it stops the test if its open() fails)
}

// A limit good til a date: refused with an end already past; resting, it fills on a print
// through it before its end, and at its end the paper venue expires what is left (a print
// through it then fills nothing).
void tst_ManualOrders::aGoodTilDateLimitExpiresAtItsEnd()
{
    Desk desk;
    desk.print("100");
    ManualOrder order = limitBuy("0.02", "99");
    order.timeInForce = TimeInForce::GoodTilDate;
    order.endTime = T0; // before the print's time: past
    QVERIFY(!desk.engine.placeManualOrder(order));
    order.endTime = T0 + std::chrono::seconds(5);
    const auto placed = desk.engine.placeManualOrder(order);
    QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
    QCOMPARE(desk.order(*placed)->endTime, order.endTime);
    desk.print("98.5", "0.01"); // at T0 + 2 s: through it, half fills
    QCOMPARE(desk.order(*placed)->filledQuantity, dec("0.01"));
    desk.print("100"); // T0 + 3 s
    desk.print("100"); // T0 + 4 s
    desk.print("98.5"); // T0 + 5 s: its end has come
    const Order* ended = desk.order(*placed);
    QCOMPARE(ended->status, OrderStatus::Expired);
    QCOMPARE(ended->filledQuantity, dec("0.01"));
    QCOMPARE(desk.engine.snapshot().positions.front().quantity, dec("0.01"));
}

// A buy stop-limit waits under its stop, is triggered by a print at it and fills on the next
// print under its limit as a taker, at that print; a bracket then sells the holding at its target
// as a maker. Terms that make no sense against the market are refused before anything is placed.
void tst_ManualOrders::aStopLimitBuysTheBreakoutAndABracketSellsIt()
{
    Desk desk;
    ManualOrder stop;
    stop.productId = Btc;
    stop.side = Side::Buy;
    stop.type = OrderType::StopLimit;
    stop.quantity = dec("0.02");
    stop.stopPrice = dec("101.00");
    stop.limitPrice = dec("101.50");
    QVERIFY(!desk.engine.placeManualOrder(stop)); // no market yet: which side is its stop on?
    desk.print("100.00");
    stop.timeInForce = TimeInForce::ImmediateOrCancel; // a stop-limit rests
    QVERIFY(!desk.engine.placeManualOrder(stop));
    stop.timeInForce = TimeInForce::GoodTilCancelled;
    stop.stopPrice = dec("99.00"); // under the market: it would trigger at once
    QVERIFY(!desk.engine.placeManualOrder(stop));
    stop.stopPrice = dec("101.00");
    stop.limitPrice = dec("100.50"); // a buy's limit under its stop
    QVERIFY(!desk.engine.placeManualOrder(stop));
    stop.limitPrice = dec("101.50");
    stop.postOnly = true;
    QVERIFY(!desk.engine.placeManualOrder(stop));
    stop.postOnly = false;
    QVERIFY(desk.engine.snapshot().orders.empty());

    const auto placed = desk.engine.placeManualOrder(stop);
    QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
    const Order* waiting = desk.order(*placed);
    QCOMPARE(waiting->type, OrderType::StopLimit);
    QCOMPARE(*waiting->stopPrice, dec("101.00"));
    QCOMPARE(waiting->status, OrderStatus::Accepted);
    QCOMPARE(desk.engine.ordersAwaitingVenue(), 0); // it waits for the market, not the venue
    desk.print("100.80");
    desk.print("101.00"); // triggered: a limit at 101.50 from now on
    QCOMPARE(desk.order(*placed)->filledQuantity, Decimal{});
    desk.print("101.20");
    const Order* bought = desk.order(*placed);
    QCOMPARE(bought->status, OrderStatus::Filled);
    QCOMPARE(bought->averageFillPrice, dec("101.20")); // the print, better than its limit
    QCOMPARE(bought->fees, dec("0.012144")); // 2.024 × 0.6 % (taker)

    ManualOrder bracket;
    bracket.productId = Btc;
    bracket.side = Side::Buy; // spot: a bracket sells a holding
    bracket.type = OrderType::Bracket;
    bracket.quantity = dec("0.02");
    bracket.limitPrice = dec("103.00");
    bracket.stopPrice = dec("100.00");
    QVERIFY(!desk.engine.placeManualOrder(bracket));
    bracket.side = Side::Sell;
    bracket.limitPrice = dec("101.00"); // a target under the market (101.20)
    QVERIFY(!desk.engine.placeManualOrder(bracket));
    bracket.limitPrice = dec("103.00");
    bracket.stopPrice = dec("101.30"); // a stop over it
    QVERIFY(!desk.engine.placeManualOrder(bracket));
    bracket.stopPrice = dec("100.00");
    const auto sent = desk.engine.placeManualOrder(bracket);
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    QCOMPARE(desk.order(*sent)->type, OrderType::Bracket);
    desk.print("103.00"); // at the target: others first
    QCOMPARE(desk.order(*sent)->status, OrderStatus::Accepted);
    desk.print("103.10");
    QCOMPARE(desk.order(*sent)->status, OrderStatus::Filled);
    QCOMPARE(desk.order(*sent)->fees, dec("0.00824")); // 2.06 × 0.4 % (maker)
    const TradingSnapshot after = desk.engine.snapshot();
    QVERIFY(after.positions.empty());
    QCOMPARE(after.trades.size(), size_t(1));
    QCOMPARE(after.trades.front().entryPrice, dec("101.20"));
    QCOMPARE(after.trades.front().exitPrice, dec("103.00"));
    QCOMPARE(after.trades.front().exitReason, ExitReason::Manual);
}

QTEST_GUILESS_MAIN(tst_ManualOrders)
#include "tst_manualorders.moc"

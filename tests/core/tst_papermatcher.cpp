#include "core/execution/papermatcher.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

const QString Btc = QStringLiteral("BTC-USD");
const Timestamp Now = fromUnixSeconds(1751328000);

Product btcUsd()
{
    Product p;
    p.id = Btc;
    p.baseIncrement = dec("0.00000001");
    p.quoteIncrement = dec("0.01");
    p.priceIncrement = dec("0.01");
    p.baseMinSize = dec("0.0001");
    p.baseMaxSize = dec("100");
    p.quoteMinSize = dec("1");
    return p;
}

OrderBook book()
{
    OrderBook b(Btc);
    b.applySnapshot({{Side::Buy, dec("99.5"), dec("2")}, {Side::Buy, dec("99"), dec("3")},
        {Side::Sell, dec("100"), dec("0.5")}, {Side::Sell, dec("100.5"), dec("1")}});
    return b;
}

Order order(Side side, OrderType type, const char* quantity, std::optional<const char*> limit = {},
    TimeInForce tif = TimeInForce::GoodTilCancelled)
{
    static int next = 0;
    Order o;
    o.clientOrderId = QStringLiteral("o%1").arg(++next);
    o.productId = Btc;
    o.side = side;
    o.type = type;
    o.timeInForce = tif;
    o.quantity = dec(quantity);
    if (limit)
        o.limitPrice = dec(*limit);
    return o;
}

Trade print(const char* price, const char* size)
{
    Trade t;
    t.productId = Btc;
    t.price = dec(price);
    t.size = dec(size);
    t.time = Now;
    return t;
}

PaperMatcher matcher()
{
    PaperMatcher m;
    m.addProduct(btcUsd());
    return m;
}

} // namespace

class tst_PaperMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marketBuyWalksTheBookPayingTakerFees();
    void marketOrderWithoutBookSlipsAgainstTheTaker();
    void ordersOutsideTheProductsLimitsAreRefused();
    void marketableLimitTakesThenRestsTheRemainder();
    void iocLimitCancelsWhatItCannotTake();
    void postOnlyThatWouldCrossIsRefused();
    void stopLimitWaitsForItsStop();
    void bracketTakesProfitOrStopsOut();
    void cancelRemovesARestingOrder();
    void preTradeChecksRefuseLocally();
    void fillsBeyondTheRangeFillNothing();
    void aCandleFillsOnlyTheLimitsItCrossed();
    void aPrintBeforeTheOrderFillsNothing();
    void candlesTriggerAStopLimitThenFillIt();
    void aLimitAtTheTouchWaitsForTheQueueTheBookShowedAhead();
    void aCandleThatReachesABracketsStopSellsAtTheStop();
    void aGoodTilDateOrderExpiresAtItsEnd();
};

void tst_PaperMatcher::marketBuyWalksTheBookPayingTakerFees()
{
    PaperMatcher m = matcher();
    const OrderBook b = book();
    const PaperResult r = m.submit(order(Side::Buy, OrderType::Market, "1"), &b, dec("99.75"), Now);
    QCOMPARE(r.reject, PaperRejectReason::None);
    QCOMPARE(r.fills.size(), size_t(2));
    QCOMPARE(r.fills[0].price, dec("100"));
    QCOMPARE(r.fills[0].size, dec("0.5"));
    QCOMPARE(r.fills[0].fee, dec("0.3")); // 50 × 0.6 %
    QCOMPARE(r.fills[0].liquidity, Liquidity::Taker);
    QCOMPARE(r.fills[1].price, dec("100.5"));
    QCOMPARE(r.fills[1].size, dec("0.5"));
    QCOMPARE(r.fills[1].fee, dec("0.3015"));
    QVERIFY(r.fills[0].tradeId != r.fills[1].tradeId);
}

void tst_PaperMatcher::marketOrderWithoutBookSlipsAgainstTheTaker()
{
    PaperMatcher m = matcher();
    const PaperResult buy
        = m.submit(order(Side::Buy, OrderType::Market, "0.001"), nullptr, dec("65083.67"), Now);
    QCOMPARE(buy.fills.front().price,
        dec("65116.22")); // 65,083.67 × 1.0005 = 65,116.211…, up to the tick
    const PaperResult sell
        = m.submit(order(Side::Sell, OrderType::Market, "0.001"), nullptr, dec("65083.67"), Now);
    QCOMPARE(sell.fills.front().price, dec("65051.12")); // × 0.9995 = 65,051.128…, down to the tick
    const PaperResult blind
        = m.submit(order(Side::Buy, OrderType::Market, "0.001"), nullptr, Decimal{}, Now);
    QCOMPARE(blind.reject, PaperRejectReason::NoPrice);
}

void tst_PaperMatcher::ordersOutsideTheProductsLimitsAreRefused()
{
    PaperMatcher m = matcher();
    const OrderBook b = book();
    PaperResult r = m.submit(order(Side::Buy, OrderType::Market, "0.00001"), &b, dec("100"), Now);
    QCOMPARE(r.reject, PaperRejectReason::SizeOrPrice);
    QCOMPARE(r.sizeProblem, OrderSizeProblem::BelowBaseMinSize);
    r = m.submit(order(Side::Buy, OrderType::Limit, "0.1", "99.005"), &b, dec("100"), Now);
    QCOMPARE(r.sizeProblem, OrderSizeProblem::PriceOffIncrement);
    Order eth = order(Side::Buy, OrderType::Market, "1");
    eth.productId = QStringLiteral("ETH-USD");
    QCOMPARE(m.submit(eth, nullptr, dec("2000"), Now).reject, PaperRejectReason::UnknownProduct);
    QVERIFY(r.fills.empty());
}

void tst_PaperMatcher::marketableLimitTakesThenRestsTheRemainder()
{
    PaperMatcher m = matcher();
    const OrderBook b = book();
    const Order o = order(Side::Buy, OrderType::Limit, "1", "100.25");
    const PaperResult r = m.submit(o, &b, dec("100"), Now);
    QCOMPARE(r.fills.size(), size_t(1)); // 100.5 is beyond the limit
    QCOMPARE(r.fills[0].price, dec("100"));
    QVERIFY(r.resting);
    QVERIFY(m.isResting(o.clientOrderId));

    QVERIFY(m.onTrade(print("100.26", "5")).empty()); // over a buy's limit: not reached
    // A malformed print (a negative size, a price of zero) fills nothing.
    QVERIFY(m.onTrade(print("100.2", "-9999999999999999999")).empty());
    QVERIFY(m.onTrade(print("0", "1")).empty());
    QVERIFY(m.isResting(o.clientOrderId));
    std::vector<Fill> fills = m.onTrade(print("100.2", "0.3"));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("100.25"));
    QCOMPARE(fills[0].size, dec("0.3"));
    QCOMPARE(fills[0].liquidity, Liquidity::Maker);
    QCOMPARE(fills[0].fee, dec("0.1203")); // 30.075 × 0.4 %
    fills = m.onTrade(print("100.1", "1"));
    QCOMPARE(fills.front().size, dec("0.2"));
    QVERIFY(!m.isResting(o.clientOrderId));
}

void tst_PaperMatcher::iocLimitCancelsWhatItCannotTake()
{
    PaperMatcher m = matcher();
    const OrderBook b = book();
    const Order o
        = order(Side::Sell, OrderType::Limit, "4", "99.2", TimeInForce::ImmediateOrCancel);
    const PaperResult r = m.submit(o, &b, dec("99.5"), Now);
    QCOMPARE(r.fills.size(), size_t(1));
    QCOMPARE(r.fills[0].size, dec("2")); // 99 is below the limit
    QVERIFY(r.cancelled);
    QVERIFY(!m.isResting(o.clientOrderId));
}

void tst_PaperMatcher::postOnlyThatWouldCrossIsRefused()
{
    PaperMatcher m = matcher();
    const OrderBook b = book();
    Order crossing = order(Side::Buy, OrderType::Limit, "0.1", "100");
    crossing.postOnly = true;
    QCOMPARE(m.submit(crossing, &b, dec("100"), Now).reject, PaperRejectReason::PostOnlyWouldCross);
    Order passive = order(Side::Buy, OrderType::Limit, "0.1", "99.6");
    passive.postOnly = true;
    const PaperResult r = m.submit(passive, &b, dec("100"), Now);
    QVERIFY(r.resting);
    QVERIFY(r.fills.empty());
}

void tst_PaperMatcher::stopLimitWaitsForItsStop()
{
    PaperMatcher m = matcher();
    Order stop = order(Side::Sell, OrderType::StopLimit, "0.5", "94.5");
    stop.stopPrice = dec("95");
    QVERIFY(m.submit(stop, nullptr, dec("100"), Now).resting);
    QVERIFY(m.onTrade(print("96", "1")).empty());
    QVERIFY(m.onTrade(print("95", "1")).empty()); // triggered: now a limit at 94.5
    QVERIFY(m.onTrade(print("94", "1")).empty()); // below a sell limit: no fill
    const std::vector<Fill> fills = m.onTrade(print("94.8", "1"));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("94.8")); // placed at the stop, it takes: at the print
    QCOMPARE(fills[0].size, dec("0.5"));
    QCOMPARE(fills[0].liquidity, Liquidity::Taker);
    QCOMPARE(fills[0].fee, dec("0.2844")); // 47.40 × 0.6 %
}

void tst_PaperMatcher::bracketTakesProfitOrStopsOut()
{
    PaperMatcher m = matcher();
    Order bracket = order(Side::Sell, OrderType::Bracket, "0.5", "105");
    bracket.timeInForce = TimeInForce::GoodTilCancelled;
    bracket.stopPrice = dec("95");
    QVERIFY(m.submit(bracket, nullptr, dec("100"), Now).resting);
    QVERIFY(m.onTrade(print("104", "1")).empty());
    QVERIFY(m.onTrade(print("105", "1")).empty()); // at the limit is not through it
    const std::vector<Fill> profit = m.onTrade(print("105.5", "0.2"));
    QCOMPARE(profit.size(), size_t(1));
    QCOMPARE(profit[0].price, dec("105"));
    QCOMPARE(profit[0].size, dec("0.2"));
    QCOMPARE(profit[0].liquidity, Liquidity::Maker);
    const std::vector<Fill> stopped = m.onTrade(print("94.9", "0.01"));
    QCOMPARE(stopped.size(), size_t(1));
    QCOMPARE(stopped[0].size, dec("0.3")); // the whole rest, whatever the print's size
    QCOMPARE(stopped[0].price, dec("94.85")); // 94.9 × (1 − 0.05 %) = 94.85255, down to the tick
    QCOMPARE(stopped[0].liquidity, Liquidity::Taker);
    QVERIFY(!m.isResting(bracket.clientOrderId));

    // A stop on the wrong side of the take-profit is no bracket.
    Order backwards = order(Side::Sell, OrderType::Bracket, "0.5", "95");
    backwards.stopPrice = dec("105");
    QCOMPARE(m.submit(backwards, nullptr, dec("100"), Now).reject, PaperRejectReason::SizeOrPrice);
    // A buy bracket (closing a short) mirrors it.
    Order cover = order(Side::Buy, OrderType::Bracket, "0.5", "95");
    cover.stopPrice = dec("105");
    QVERIFY(m.submit(cover, nullptr, dec("100"), Now).resting);
    const std::vector<Fill> covered = m.onTrade(print("105", "1"));
    QCOMPARE(covered.size(), size_t(1));
    QCOMPARE(covered[0].price, dec("105.06")); // 105 × 1.0005 = 105.0525, up to the tick
}

void tst_PaperMatcher::cancelRemovesARestingOrder()
{
    PaperMatcher m = matcher();
    const Order o = order(Side::Buy, OrderType::Limit, "0.1", "90");
    QVERIFY(m.submit(o, nullptr, dec("100"), Now).resting);
    QVERIFY(m.cancel(o.clientOrderId));
    QVERIFY(!m.cancel(o.clientOrderId));
    QVERIFY(m.onTrade(print("80", "1")).empty());
}

// T33: what breaks a pre-trade limit is refused by the venue model before anything is placed —
// over the product's largest size, a limit price far through the mid (a fat finger), a price off
// the tick, under the minimum, and products taking cancels or limit orders only.
void tst_PaperMatcher::preTradeChecksRefuseLocally()
{
    PaperMatcher m = matcher();
    const OrderBook b = book(); // mid (99.5 + 100) / 2 = 99.75
    const auto refused = [&](const Order& o) {
        const PaperResult r = m.submit(o, &b, dec("100"), Now);
        return r.fills.empty() && !r.resting && !m.isResting(o.clientOrderId)
            ? r.reject
            : PaperRejectReason::None;
    };
    QCOMPARE(refused(order(Side::Buy, OrderType::Market, "101")), PaperRejectReason::SizeOrPrice);
    QCOMPARE(refused(order(Side::Buy, OrderType::Limit, "0.1", "104.74")),
        PaperRejectReason::PriceOutsideBand); // 5.0025 % over the mid
    QCOMPARE(refused(order(Side::Sell, OrderType::Limit, "0.1", "94.76")),
        PaperRejectReason::PriceOutsideBand);
    QCOMPARE(
        m.submit(order(Side::Buy, OrderType::Limit, "0.1", "94.77"), &b, dec("100"), Now).reject,
        PaperRejectReason::None); // 4.99 % under it: rests
    QCOMPARE(refused(order(Side::Buy, OrderType::Limit, "0.1", "99.001")),
        PaperRejectReason::SizeOrPrice);
    QCOMPARE(
        refused(order(Side::Buy, OrderType::Market, "0.00005")), PaperRejectReason::SizeOrPrice);

    Product cancelOnly = btcUsd();
    cancelOnly.cancelOnly = true;
    m.addProduct(cancelOnly);
    QCOMPARE(
        refused(order(Side::Buy, OrderType::Limit, "0.1", "99")), PaperRejectReason::CancelOnly);
    Product limitOnly = btcUsd();
    limitOnly.limitOnly = true;
    m.addProduct(limitOnly);
    QCOMPARE(refused(order(Side::Buy, OrderType::Market, "0.1")), PaperRejectReason::LimitOnly);
    QCOMPARE(m.submit(order(Side::Buy, OrderType::Limit, "0.1", "99"), &b, dec("100"), Now).reject,
        PaperRejectReason::None);
    Product disabled = btcUsd();
    disabled.tradingDisabled = true;
    m.addProduct(disabled);
    QCOMPARE(refused(order(Side::Buy, OrderType::Limit, "0.1", "99")),
        PaperRejectReason::TradingDisabled);
}

// Prices near the edge of the Decimal range: an order whose fill price (a deeper level, the
// slippage) or notional cannot be held is refused whole with its own reason, never filled at a
// fee of zero or at a price off the tick; the same order at a price in range fills.
void tst_PaperMatcher::fillsBeyondTheRangeFillNothing()
{
    Product wide = btcUsd();
    wide.baseMaxSize = Decimal{};
    PaperMatcher m;
    m.addProduct(wide);
    // The best ask passes the size checks; the level behind it does not fit the range.
    OrderBook thin(Btc);
    thin.applySnapshot({{Side::Buy, dec("99"), dec("1")}, {Side::Sell, dec("100"), dec("1")},
        {Side::Sell, dec("9000000000000000000"), dec("5")}});
    PaperResult walked = m.submit(order(Side::Buy, OrderType::Market, "3"), &thin, {}, Now);
    QCOMPARE(walked.reject, PaperRejectReason::ArithmeticError);
    QVERIFY(walked.fills.empty());
    QCOMPARE(paperRejectReasonName(walked.reject), "arithmetic_error");
    walked = m.submit(order(Side::Buy, OrderType::Market, "1.0000001"), &thin, {}, Now);
    QCOMPARE(walked.reject, PaperRejectReason::None);
    QCOMPARE(walked.fills.size(), size_t(2));
    QCOMPARE(walked.fills.back().price, dec("9000000000000000000"));
    QCOMPARE(walked.fills.back().fee, dec("5400000000")); // 9·10^18 × 10^-7 × 0.006

    // No book: the last price moved by the slippage leaves the range.
    const Decimal edge = dec("9999999999999999999.99");
    const PaperResult slipped
        = m.submit(order(Side::Buy, OrderType::Market, "0.0001"), nullptr, edge, Now);
    QCOMPARE(slipped.reject, PaperRejectReason::ArithmeticError);
    QVERIFY(slipped.fills.empty());
    const PaperResult sold
        = m.submit(order(Side::Sell, OrderType::Market, "0.0001"), nullptr, edge, Now);
    QCOMPARE(sold.reject, PaperRejectReason::None); // down by the slippage: in range
    QCOMPARE(sold.fills.front().price, dec("9994999999999999999.99"));

    // A notional past the range is a size the product cannot take (the pre-trade check).
    const PaperResult huge
        = m.submit(order(Side::Sell, OrderType::Market, "2"), nullptr, edge, Now);
    QCOMPARE(huge.reject, PaperRejectReason::SizeOrPrice);
    QCOMPARE(huge.sizeProblem, OrderSizeProblem::AboveQuoteMaxSize);
}

// The candle model of a market without prints (a candle replay, a backtest): crossed, not
// touched; the limit's price and the maker fee; no more than the candle traded; each candle once.
void tst_PaperMatcher::aCandleFillsOnlyTheLimitsItCrossed()
{
    PaperMatcher m = matcher();
    Order buy = order(Side::Buy, OrderType::Limit, "0.5", "99.00");
    buy.postOnly = true;
    buy.createdAt = Now;
    QVERIFY(m.submit(buy, nullptr, dec("99.50"), Now).resting);
    const auto candle = [](const char* low, const char* volume, qint64 minute) {
        return Candle{Now + std::chrono::minutes(minute), dec("99.50"), dec("99.80"), dec(low),
            dec("99.60"), dec(volume)};
    };
    const Timestamp close = Now + std::chrono::minutes(1);
    // A candle that began before the order was placed could have traded before it.
    QVERIFY(m.onCandle(Btc, candle("98.00", "5", -1), Now).empty());
    QVERIFY(m.onCandle(Btc, candle("99.00", "5", 0), close).empty()); // touched: a queue ahead
    QVERIFY(m.onCandle(QStringLiteral("ETH-USD"), candle("98", "5", 1), close).empty());
    // Through it, with 0.2 traded: 0.2 filled, at the limit, as a maker.
    auto fills = m.onCandle(Btc, candle("98.99", "0.2", 1), close + std::chrono::minutes(1));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("99.00"));
    QCOMPARE(fills[0].size, dec("0.2"));
    QCOMPARE(fills[0].fee, dec("0.0792")); // 19.80 × 0.4 %
    QVERIFY(fills[0].liquidity == Liquidity::Maker);
    QCOMPARE(fills[0].time, close + std::chrono::minutes(1));
    // The same candle again (a second bot's bar close) fills nothing more.
    QVERIFY(m.onCandle(Btc, candle("98.99", "0.2", 1), close + std::chrono::minutes(1)).empty());
    fills = m.onCandle(Btc, candle("97", "10", 2), close + std::chrono::minutes(2));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].size, dec("0.3"));
    QVERIFY(!m.isResting(buy.clientOrderId));

    // A sell's limit is crossed by a high over it.
    Order sell = order(Side::Sell, OrderType::Limit, "0.1", "101.00");
    sell.createdAt = Now;
    QVERIFY(m.submit(sell, nullptr, dec("99.50"), Now).resting);
    Candle up = candle("99", "5", 0);
    up.high = dec("101.00");
    QVERIFY(m.onCandle(Btc, up, close).empty());
    up.start += std::chrono::minutes(1);
    up.high = dec("101.01");
    QCOMPARE(m.onCandle(Btc, up, close + std::chrono::minutes(1)).size(), size_t(1));
}

// A limit joins the back of its price level: prints at its price fill the queue the book showed
// ahead of it first, and it fills from what they leave; at a price no one else was at it fills
// from the first print there. Without a book the queue is unknown: only a print through fills.
void tst_PaperMatcher::aLimitAtTheTouchWaitsForTheQueueTheBookShowedAhead()
{
    PaperMatcher m = matcher();
    const OrderBook b = book(); // bids 2 at 99.5, 3 at 99
    Order behind = order(Side::Buy, OrderType::Limit, "0.5", "99.5");
    behind.postOnly = true;
    QVERIFY(m.submit(behind, &b, dec("99.75"), Now).resting);
    QVERIFY(m.onTrade(print("99.5", "1.5")).empty()); // 0.5 of the queue left ahead
    std::vector<Fill> fills = m.onTrade(print("99.5", "0.8"));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].size, dec("0.3")); // 0.8 − 0.5
    QCOMPARE(fills[0].price, dec("99.5"));
    QCOMPARE(fills[0].liquidity, Liquidity::Maker);
    fills = m.onTrade(print("99.5", "1"));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].size, dec("0.2")); // the rest
    QVERIFY(!m.isResting(behind.clientOrderId));

    Order alone = order(Side::Buy, OrderType::Limit, "0.5", "99.6"); // a level of its own
    alone.postOnly = true;
    QVERIFY(m.submit(alone, &b, dec("99.75"), Now).resting);
    fills = m.onTrade(print("99.6", "0.1"));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].size, dec("0.1"));

    // Two of this venue's own at one price: the later one queues behind the earlier one too.
    PaperMatcher two = matcher();
    Order first = order(Side::Buy, OrderType::Limit, "0.5", "99.5");
    Order second = order(Side::Buy, OrderType::Limit, "0.5", "99.5");
    QVERIFY(two.submit(first, &b, dec("99.75"), Now).resting); // 2 ahead
    QVERIFY(two.submit(second, &b, dec("99.75"), Now).resting); // 2.5 ahead
    fills = two.onTrade(print("99.5", "2.7")); // 0.7 left after the book's 2
    Decimal filled;
    for (const Fill& fill : fills)
        filled = *filled.plus(fill.size);
    QCOMPARE(filled, dec("0.7"));
    QVERIFY(!two.isResting(first.clientOrderId)); // the earlier one whole
    QVERIFY(two.isResting(second.clientOrderId));

    PaperMatcher bookless = matcher();
    Order unknown = order(Side::Buy, OrderType::Limit, "0.5", "99.5");
    QVERIFY(bookless.submit(unknown, nullptr, dec("99.75"), Now).resting);
    QVERIFY(bookless.onTrade(print("99.5", "100")).empty());
    QCOMPARE(bookless.onTrade(print("99.4", "1")).size(), size_t(1)); // through it
}

// On candles a stop-limit's stop is reached in one candle and its limit fills from the next
// (where in the candle the stop came is not known): a buy stop at 101, limit 101.50.
void tst_PaperMatcher::candlesTriggerAStopLimitThenFillIt()
{
    PaperMatcher m = matcher();
    Order stop = order(Side::Buy, OrderType::StopLimit, "0.5", "101.50");
    stop.stopPrice = dec("101");
    stop.createdAt = Now;
    QVERIFY(m.submit(stop, nullptr, dec("100"), Now).resting);
    const auto candle = [](qint64 minute, const char* high, const char* low) {
        return Candle{Now + std::chrono::minutes(minute), dec(high), dec(high), dec(low), dec(high),
            dec("10")};
    };
    const auto close = [](qint64 minute) { return Now + std::chrono::minutes(minute + 1); };
    QVERIFY(m.onCandle(Btc, candle(0, "100.99", "99"), close(0)).empty()); // under its stop
    // Up to the stop and down through the limit in one candle: triggered, not filled.
    QVERIFY(m.onCandle(Btc, candle(1, "101", "99"), close(1)).empty());
    const std::vector<Fill> fills = m.onCandle(Btc, candle(2, "102", "101.49"), close(2));
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("101.50")); // it opened at 102: no better than the limit
    QCOMPARE(fills[0].size, dec("0.5"));
    QCOMPARE(fills[0].liquidity, Liquidity::Taker);
    QCOMPARE(fills[0].time, close(2));
    QVERIFY(!m.isResting(stop.clientOrderId));
}

// A bracket on candles: the stop is assumed to come first when a candle reaches both legs; it
// sells at the stop (or at an open that gapped under it) less the slippage, as a taker.
void tst_PaperMatcher::aCandleThatReachesABracketsStopSellsAtTheStop()
{
    const auto bracketOf = [](const char* quantity) {
        Order bracket = order(Side::Sell, OrderType::Bracket, quantity, "105");
        bracket.stopPrice = dec("95");
        bracket.createdAt = Now;
        return bracket;
    };
    const auto candle = [](const char* open, const char* high, const char* low) {
        return Candle{Now, dec(open), dec(high), dec(low), dec(low), dec("1")};
    };
    const Timestamp close = Now + std::chrono::minutes(1);
    PaperMatcher m = matcher();
    const Order both = bracketOf("0.5");
    QVERIFY(m.submit(both, nullptr, dec("100"), Now).resting);
    std::vector<Fill> fills = m.onCandle(Btc, candle("100", "106", "94"), close);
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("94.95")); // 95 × (1 − 0.05 %) = 94.9525, down to the tick
    QCOMPARE(fills[0].size, dec("0.5")); // the whole, whatever the candle's volume
    QCOMPARE(fills[0].liquidity, Liquidity::Taker);

    const Order gapped = bracketOf("0.5");
    QVERIFY(m.submit(gapped, nullptr, dec("100"), Now).resting);
    fills = m.onCandle(Btc, candle("93", "93.5", "92"), close);
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("92.95")); // 93 × (1 − 0.05 %) = 92.9535

    // Only the target reached: the limit fills as a maker, up to the candle's volume.
    const Order target = bracketOf("2");
    QVERIFY(m.submit(target, nullptr, dec("100"), Now).resting);
    fills = m.onCandle(Btc, candle("100", "105.01", "99"), close);
    QCOMPARE(fills.size(), size_t(1));
    QCOMPARE(fills[0].price, dec("105"));
    QCOMPARE(fills[0].size, dec("1"));
    QCOMPARE(fills[0].liquidity, Liquidity::Maker);
    QVERIFY(m.isResting(target.clientOrderId));
}

void tst_PaperMatcher::aPrintBeforeTheOrderFillsNothing()
{
    PaperMatcher m = matcher();
    Order buy = order(Side::Buy, OrderType::Limit, "0.5", "99.00");
    buy.createdAt = Now;
    QVERIFY(m.submit(buy, nullptr, dec("99.50"), Now).resting);
    Trade early = print("98", "1");
    early.time = Now - std::chrono::seconds(1);
    QVERIFY(m.onTrade(early).empty());
    QCOMPARE(m.onTrade(print("98", "1")).size(), size_t(1));
}

void tst_PaperMatcher::aGoodTilDateOrderExpiresAtItsEnd()
{
    PaperMatcher m = matcher();
    Order gtd = order(Side::Buy, OrderType::Limit, "0.5", "99.00");
    gtd.createdAt = Now;
    gtd.timeInForce = TimeInForce::GoodTilDate;
    gtd.endTime = Now + std::chrono::minutes(10);
    QVERIFY(m.submit(gtd, nullptr, dec("99.50"), Now).resting);
    Order gtc = order(Side::Buy, OrderType::Limit, "0.5", "98.00");
    gtc.clientOrderId = QStringLiteral("gtc");
    gtc.createdAt = Now;
    QVERIFY(m.submit(gtc, nullptr, dec("99.50"), Now).resting);
    // Before its end nothing expires; another product's time expires nothing of this one.
    QVERIFY(m.expire(Btc, Now + std::chrono::minutes(9)).isEmpty());
    QVERIFY(m.expire(QStringLiteral("ETH-USD"), Now + std::chrono::hours(1)).isEmpty());
    QVERIFY(m.isResting(gtd.clientOrderId));
    // At its end it goes; a good-til-cancelled order stays.
    QCOMPARE(m.expire(Btc, Now + std::chrono::minutes(10)), QStringList{gtd.clientOrderId});
    QVERIFY(!m.isResting(gtd.clientOrderId));
    QVERIFY(m.isResting(gtc.clientOrderId));
}

QTEST_GUILESS_MAIN(tst_PaperMatcher)
#include "tst_papermatcher.moc"

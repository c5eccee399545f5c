#include "core/coinbase/coinbaseexecution.h"
#include "core/execution/paperexecution.h"

#include "decimalliteral.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;
using Kind = OrderEvent::Kind;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
const QString Btc = QStringLiteral("BTC-USD");

// An event as both venues must agree on it: no venue ids, trade ids or reason wording.
QString comparable(const OrderEvent& event)
{
    QString text = event.clientOrderId + QLatin1Char(' ') + QString::number(int(event.kind));
    if (event.fill)
        text += QStringLiteral(" %1 %2 %3 %4 fee %5")
                    .arg(sideToString(event.fill->side), event.fill->size.toString(),
                        event.fill->price.toString(),
                        event.fill->liquidity == Liquidity::Maker ? QStringLiteral("maker")
                                                                  : QStringLiteral("taker"),
                        event.fill->fee.toString());
    return text;
}

Order order(const char* id, Side side, OrderType type, const char* quantity,
    std::optional<const char*> limit = {}, TimeInForce tif = TimeInForce::GoodTilCancelled,
    bool postOnly = false)
{
    Order o;
    o.clientOrderId = QString::fromLatin1(id);
    o.productId = Btc;
    o.side = side;
    o.type = type;
    o.timeInForce = type == OrderType::Market ? TimeInForce::ImmediateOrCancel : tif;
    o.quantity = dec(quantity);
    if (limit)
        o.limitPrice = dec(*limit);
    o.postOnly = postOnly;
    o.createdAt = SystemClock().now();
    return o;
}

// The book the paper venue sees when the fake venue's price is `price`: one deep level a cent
// either side of it, so a market order takes the whole size at the price as the fake venue does.
OrderBook bookAt(const Decimal& price)
{
    OrderBook book(Btc);
    book.applySnapshot(
        {{Side::Buy, *price.minus(dec("0.01")), dec("50")}, {Side::Sell, price, dec("50")}});
    return book;
}

} // namespace

// T37 at the execution layer: the same orders, at the same market, through the paper venue and
// through CoinbaseExecution at the fake Coinbase give the same events — accepted, each fill with
// its side, size, price, liquidity and fee, and how each order ended. (The venues' ids and their
// words for a refusal differ; nothing else may.)
class tst_ExecutionParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paperAndLiveAnswerAlike();
    void paperCancelOnTheFirstFillCancelsTheRest();
    void paperRestingLimitFillsOnPrintsOrCandles();
};

void tst_ExecutionParity::paperAndLiveAnswerAlike()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    SystemClock clock;
    FakeVenue venue(key->publicKeyPem(), KeyName);
    TradingRestClient::Config restConfig;
    restConfig.baseUrl = venue.baseUrl();
    TradingRestClient rest(restConfig, {*key, KeyName}, clock);
    CoinbaseExecution::Config liveConfig;
    liveConfig.pollEvery = std::chrono::milliseconds(10);
    CoinbaseExecution live(rest, clock, liveConfig);

    PaperExchangeConfig paperConfig; // Coinbase's default fee rates, as the fake venue's
    paperConfig.slippage = Decimal{}; // the fake venue fills at its price
    PaperExecution paper(paperConfig);
    paper.addProduct(Product::spotDefaults(Btc));

    std::vector<QString> liveEvents;
    std::vector<QString> paperEvents;
    connect(&live, &ExecutionClient::orderEvent, this,
        [&](const OrderEvent& e) { liveEvents.push_back(comparable(e)); });
    connect(&paper, &ExecutionClient::orderEvent, this,
        [&](const OrderEvent& e) { paperEvents.push_back(comparable(e)); });

    OrderBook book = bookAt(dec("80000"));
    const auto market = [&](const char* price) {
        venue.setPrice(Btc, dec(price));
        book = bookAt(dec(price));
        paper.setMarket(Btc, dec(price), &book);
    };

    market("80000");
    // A market buy, a resting sell the market then trades through, a resting buy cancelled, an
    // IOC limit that cannot take, and a post-only limit that would.
    const std::vector<Order> orders{order("p-market", Side::Buy, OrderType::Market, "0.01"),
        order("p-rest-sell", Side::Sell, OrderType::Limit, "0.01", "81000"),
        order("p-rest-buy", Side::Buy, OrderType::Limit, "0.02", "79000"),
        order(
            "p-ioc", Side::Buy, OrderType::Limit, "0.01", "79500", TimeInForce::ImmediateOrCancel),
        order("p-post-only", Side::Buy, OrderType::Limit, "0.01", "80500",
            TimeInForce::GoodTilCancelled, true)};
    for (const Order& o : orders) {
        paper.submit(o);
        live.submit(o);
        // The live side answers over the network: wait until it has said as much as paper.
        QTRY_COMPARE(liveEvents.size(), paperEvents.size());
    }
    QTRY_COMPARE(live.openCount(), 2); // the two resting limits

    // The market rises through the resting sell.
    market("81500");
    Trade print;
    print.productId = Btc;
    print.price = dec("81500");
    print.size = dec("1");
    print.time = clock.now();
    paper.onTrade(print);
    QTRY_COMPARE(live.openCount(), 1);
    QTRY_COMPARE(liveEvents.size(), paperEvents.size());

    paper.cancel({QStringLiteral("p-rest-buy")}, false);
    live.cancel({QStringLiteral("p-rest-buy")}, false);
    QTRY_COMPARE(live.openCount(), 0);
    QTRY_COMPARE(liveEvents.size(), paperEvents.size());

    QCOMPARE(paperEvents.size(), size_t(9));
    for (size_t i = 0; i < paperEvents.size(); ++i)
        QCOMPARE(liveEvents[i], paperEvents[i]);
    // The fills themselves, to be sure the comparison saw them.
    QVERIFY(paperEvents[1].contains(QLatin1String("0.01 80000 taker fee 4.8")));
    QVERIFY(std::any_of(paperEvents.begin(), paperEvents.end(),
        [](const QString& e) { return e.contains(QLatin1String("0.01 81000 maker fee 3.24")); }));
}

// A limit that takes part of the book and rests the rest; the engine cancels on the first fill,
// as it may live: the rest is cancelled, not reported as already ended.
void tst_ExecutionParity::paperCancelOnTheFirstFillCancelsTheRest()
{
    PaperExecution paper;
    paper.addProduct(Product::spotDefaults(Btc));
    OrderBook book(Btc);
    book.applySnapshot({{Side::Buy, dec("79999"), dec("1")},
        {Side::Sell, dec("80000"), dec("0.005")}, {Side::Sell, dec("80100"), dec("1")}});
    paper.setMarket(Btc, dec("80000"), &book);
    std::vector<QString> kinds;
    connect(&paper, &ExecutionClient::orderEvent, this, [&](const OrderEvent& e) {
        kinds.push_back(QString::number(int(e.kind)));
        if (e.kind == Kind::Fill)
            paper.cancel({e.clientOrderId}, false);
    });
    paper.submit(order("part", Side::Buy, OrderType::Limit, "0.01", "80000"));
    const std::vector<QString> expected{QString::number(int(Kind::Accepted)),
        QString::number(int(Kind::Fill)), QString::number(int(Kind::Cancelled))};
    QCOMPARE(kinds, expected);
}

// A resting post-only buy: on a market without prints the candles that cross it fill it; once
// the tape prints, only prints through its price do (a candle would count them twice).
void tst_ExecutionParity::paperRestingLimitFillsOnPrintsOrCandles()
{
    const QString btc = QStringLiteral("BTC-USD");
    const Timestamp now = fromUnixSeconds(1751328000);
    PaperExecution venue;
    venue.addProduct(Product::spotDefaults(btc));
    venue.setMarket(btc, Decimal::fromInteger(100));
    QList<OrderEvent> events;
    connect(&venue, &ExecutionClient::orderEvent, this,
        [&events](const OrderEvent& event) { events.append(event); });
    Order order;
    order.clientOrderId = QStringLiteral("maker-1");
    order.botId = QStringLiteral("bot");
    order.productId = btc;
    order.side = Side::Buy;
    order.type = OrderType::Limit;
    order.postOnly = true;
    order.quantity = *Decimal::fromString(std::string_view("0.5"));
    order.limitPrice = *Decimal::fromString(std::string_view("99.00"));
    order.createdAt = now;
    venue.submit(order);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.back().kind, OrderEvent::Kind::Accepted);

    const auto price
        = [](const char* text) { return *Decimal::fromString(std::string_view(text)); };
    // Another bot's candle leaves it alone; its own crossing candle fills 0.2 of it.
    const Candle crossing{
        now, price("99.50"), price("99.60"), price("98.90"), price("99.40"), price("0.2")};
    venue.onCandle(btc, crossing, now + std::chrono::minutes(1), QStringLiteral("other"));
    QCOMPARE(events.size(), 1);
    venue.onCandle(btc, crossing, now + std::chrono::minutes(1), QStringLiteral("bot"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.back().kind, OrderEvent::Kind::Fill);
    QCOMPARE(events.back().fill->size, price("0.2"));
    QVERIFY(events.back().fill->liquidity == Liquidity::Maker);

    Trade at;
    at.productId = btc;
    at.price = price("99.00");
    at.size = price("1");
    at.time = now + std::chrono::minutes(2);
    venue.onTrade(at); // at the limit: not through it
    QCOMPARE(events.size(), 2);
    Candle later = crossing;
    later.start = now + std::chrono::minutes(2);
    later.volume = price("5");
    venue.onCandle(btc, later, now + std::chrono::minutes(3), QStringLiteral("bot"));
    QCOMPARE(events.size(), 2); // the tape prints: candles no longer fill
    Trade through = at;
    through.price = price("98.99");
    venue.onTrade(through);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.back().fill->size, price("0.3"));
    QCOMPARE(events.back().fill->price, price("99.00"));
}

QTEST_GUILESS_MAIN(tst_ExecutionParity)
#include "tst_executionparity.moc"

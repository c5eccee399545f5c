#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/reconciler.h"
#include "core/engine/botwatch.h"
#include "core/engine/livejournal.h"
#include "core/engine/tradingengine.h"
#include "core/storage/journalstore.h"

#include "decimalliteral.h"
#include "demodata.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;
using Candela::TestData::demoCandles;
using Candela::TestData::playCandles;
using Candela::TestData::scalper;
using Candela::TestData::SilentFeed;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
const QString Btc = QStringLiteral("BTC-USD");
constexpr int SettleMs = 10000;

TradingEngine::Options traderOptions(
    std::vector<BotConfig> bots, const QString& journal, ExecutionClient* execution)
{
    TradingEngine::Options options;
    options.bots = std::move(bots);
    options.startingCash = Decimal::fromInteger(10000);
    options.journalPath = journal;
    options.execution = execution;
    return options;
}

// The engine trading at the fake Coinbase: the hub and bot watch fed candle by candle, the
// trader's orders through CoinbaseExecution, signed with the test key.
struct LiveDesk
{
    LiveDesk(FakeVenue& venue, const SigningKey& key, const QString& journal = {},
        CoinbaseExecution::Config config = FakeVenue::quickLookups(),
        const std::vector<BotConfig>& bots = {scalper()})
        : rest(venue.clientConfig(), {key, KeyName}, clock)
        , execution(rest, clock, config)
        , hub(feed)
        , watch(hub, bots, std::chrono::milliseconds(1))
        , trader(hub, watch, traderOptions(bots, journal, &execution))
    {
        if (auto opened = trader.open(); !opened)
            qFatal("%s", qPrintable(opened.error().message));
    }

    // Candle by candle, each order settled at the venue before the next candle, as minutes
    // apart in a real session.
    bool play(const std::vector<Candle>& candles, size_t from, size_t to)
    {
        for (size_t i = from; i < to; ++i) {
            playCandles(hub, Btc, candles, i, i + 1);
            if (!settled())
                return false;
        }
        return true;
    }

    bool settled()
    {
        return QTest::qWaitFor([&] { return trader.ordersInFlight() == 0; }, SettleMs);
    }

    SystemClock clock;
    TradingRestClient rest;
    CoinbaseExecution execution;
    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
};

struct PaperDesk
{
    explicit PaperDesk(const std::vector<BotConfig>& bots = {scalper()})
        : hub(feed)
        , watch(hub, bots, std::chrono::milliseconds(1))
        , trader(hub, watch, traderOptions(bots, {}, nullptr))
    { }

    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
};

std::optional<SigningKey> testKey()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    return key ? std::optional<SigningKey>(std::move(key).value()) : std::nullopt;
}

void fundVenue(FakeVenue& venue, const std::vector<Candle>& candles)
{
    venue.setPrice(Btc, candles.front().close);
    venue.setBalance(QStringLiteral("USD"), dec("1000000"));
    venue.setBalance(QStringLiteral("BTC"), dec("100"));
}

// The fake Coinbase of one test: funded, trusting the test key, with a fresh directory for the
// live journal.
struct TestVenue
{
    TestVenue()
        : key(*testKey())
        , venue(key.publicKeyPem(), KeyName)
    {
        fundVenue(venue, candles);
    }

    std::tuple<const std::vector<Candle>&, const SigningKey*, FakeVenue&> parts()
    {
        return {candles, &key, venue};
    }
    QString journal() const { return dir.filePath(QStringLiteral("live.sqlite")); }

    std::vector<Candle> candles = demoCandles(3000);
    SigningKey key;
    FakeVenue venue;
    QTemporaryDir dir;
};

// Plays until the trader holds a position; the index of the next candle, or 0 if it never did.
size_t playUntilLong(LiveDesk& desk, const std::vector<Candle>& candles)
{
    for (size_t i = 0; i < candles.size(); ++i) {
        if (!desk.play(candles, i, i + 1))
            return 0;
        if (!desk.trader.snapshot().positions.empty())
            return i + 1;
    }
    return 0;
}

// The orders the bot's intents placed, newest first: the stops resting under positions left out.
std::vector<Order> intentOrders(const TradingSnapshot& snapshot)
{
    std::vector<Order> orders;
    std::copy_if(snapshot.orders.begin(), snapshot.orders.end(), std::back_inserter(orders),
        [](const Order& order) {
            return order.type != OrderType::StopLimit && order.type != OrderType::Bracket;
        });
    return orders;
}

// The venue stops Candela placed under positions (each one POST).
std::vector<const FakeVenue::Order*> openStopsAt(const FakeVenue& venue)
{
    std::vector<const FakeVenue::Order*> open;
    for (const FakeVenue::Order& order : venue.orders()) {
        if (order.configuration.startsWith(u"stop_limit") && order.status == u"OPEN")
            open.push_back(&order);
    }
    return open;
}

int stopsAt(const FakeVenue& venue)
{
    return int(std::count_if(venue.orders().begin(), venue.orders().end(),
        [](const FakeVenue::Order& o) { return o.configuration.startsWith(u"stop_limit"); }));
}

qsizetype refusalsWith(const QSignalSpy& events, const QString& reason)
{
    return std::count_if(events.begin(), events.end(), [&](const QVariantList& e) {
        const auto event = e.at(0).value<TradingEvent>();
        return event.kind == TradingEvent::Kind::Refused && event.reasonName() == reason;
    });
}

// A second market for tests of several products: the BTC-USD recording `shift` bars later, at
// a 25th of the price, on the same times (so the two bots act at different moments).
std::vector<Candle> ethLike(const std::vector<Candle>& btc, size_t shift)
{
    const Decimal scale = dec("0.04");
    const Decimal cent = dec("0.01");
    std::vector<Candle> eth;
    for (size_t i = 0; i + shift < btc.size(); ++i) {
        Candle candle = btc[i + shift];
        candle.start = btc[i].start;
        for (Decimal* price : {&candle.open, &candle.high, &candle.low, &candle.close})
            *price = price->times(scale)
                         .value()
                         .roundedToIncrement(cent, RoundingMode::HalfEven)
                         .value();
        eth.push_back(candle);
    }
    return eth;
}

BotConfig ethScalper()
{
    BotConfig bot = scalper();
    bot.name = QStringLiteral("ETH Scalper");
    bot.product = QStringLiteral("ETH-USD");
    return bot;
}

} // namespace

// The trading engine at Coinbase (the fake venue on 127.0.0.1): the paper session's intents
// from the same recording (T37), an order in flight at a crash taken up after the restart and
// never sent twice (T03, T13), the venue's refusals as the bot's refusals, and the kill switch
// clearing the venue before it flattens (T31).
class tst_LiveTrading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveSessionPlacesThePaperSessionsIntents();
    void botsOnTwoProductsShareThePortfolioAsOnPaper();
    void restartResumesTheOrderInFlightWithoutResending();
    void orderTheVenueNeverGotIsRejectedAfterTheRestart();
    void venueRefusalIsTheBotsRefusal();
    void killSwitchClearsTheVenueThenFlattens();
    void positionRestsOnAStopAtTheVenue();
    void restartAdoptsTheStopInsteadOfPlacingAnother();
    void aRestingTakeProfitMakesTheStopABracket();
    void aPlainStopBecomesABracketWhenTheBotRestsItsTarget();
    void stopThatCannotBePlacedClosesThePosition();
    void refusedStopAndRefusedExitStopTheBot();
    void closingByHandTakesTheStopAwayFirst();
    void fillsWhileAwayAreBookedOnceAfterTheRestart();
    void differenceAtTheVenueBlocksTheProductUntilResolved();
    void fillTheJournalCouldNotTakeIsBookedWhenReArmed();
    void orderGivenUpAsNeverPlacedIsBookedWhenTheVenueHasIt();
};

void tst_LiveTrading::liveSessionPlacesThePaperSessionsIntents()
{
    const std::vector<Candle> candles = demoCandles(2500);
    PaperDesk paper;
    playCandles(paper.hub, Btc, candles, 0, candles.size());
    const TradingSnapshot expected = paper.trader.snapshot();
    QVERIFY(expected.trades.size() >= 3);

    // The fake Coinbase fills each order at the price the paper venue gave the same intent (its
    // own slippage model is not under test here): the same fills, the same ledger, so every
    // later intent is sized alike.
    std::map<QString, Decimal> paperPrices;
    for (const Order& order : expected.orders)
        paperPrices.emplace(order.clientOrderId, order.averageFillPrice);
    auto key = testKey();
    QVERIFY(key);
    FakeVenue venue(key->publicKeyPem(), KeyName);
    fundVenue(venue, candles);
    QStringList unexpected;
    venue.marketPrice = [&](const FakeVenue::Order& order) -> std::optional<Decimal> {
        const auto found = paperPrices.find(order.clientOrderId);
        if (found != paperPrices.end())
            return found->second;
        unexpected.append(order.clientOrderId);
        return std::nullopt;
    };
    LiveDesk live(venue, *key);
    // The venue's clock is the recording's: a fill is at the first moment after its bar.
    venue.marketClock = [&] { return live.trader.snapshot().time; };
    QVERIFY(live.play(candles, 0, candles.size()));
    QCOMPARE(unexpected, QStringList());

    const TradingSnapshot actual = live.trader.snapshot();
    const std::vector<Order> placed = intentOrders(actual);
    QCOMPARE(placed.size(), expected.orders.size());
    for (size_t i = 0; i < placed.size(); ++i) {
        const Order& a = placed[i];
        const Order& e = expected.orders[i];
        QCOMPARE(a.clientOrderId, e.clientOrderId);
        QCOMPARE(a.side, e.side);
        QCOMPARE(a.quantity, e.quantity);
        QCOMPARE(a.status, OrderStatus::Filled);
        QCOMPARE(a.filledQuantity, e.filledQuantity);
        QCOMPARE(a.averageFillPrice, e.averageFillPrice);
        QVERIFY(!a.venueOrderId.isEmpty());
        QCOMPARE(venue.ordersWithClientId(a.clientOrderId), 1);
    }
    QCOMPARE(actual.trades.size(), expected.trades.size());
    for (size_t i = 0; i < actual.trades.size(); ++i) {
        QCOMPARE(actual.trades[i].entryTime, expected.trades[i].entryTime);
        QCOMPARE(actual.trades[i].exitReason, expected.trades[i].exitReason);
        QCOMPARE(actual.trades[i].pnl, expected.trades[i].pnl);
    }
    QCOMPARE(actual.cash, expected.cash);
    QCOMPARE(int(venue.fills().size()), int(placed.size()));
    // Every position rested on a stop at the venue, taken away before the bot's exit: one
    // stop is left, under the position still open, or none.
    QVERIFY(stopsAt(venue) >= int(expected.trades.size()));
    QCOMPARE(openStopsAt(venue).size(), actual.positions.size());
}

// T37 with two bots on two products in one portfolio: each bot's orders go to its own product,
// each position rests on its own stop, and the live session places what the paper session
// placed, each bot spending only its own cash.
void tst_LiveTrading::botsOnTwoProductsShareThePortfolioAsOnPaper()
{
    const std::vector<Candle> btc = demoCandles(2600);
    const std::vector<Candle> eth = ethLike(btc, 600);
    const QString Eth = QStringLiteral("ETH-USD");
    const std::vector<BotConfig> bots = {scalper(), ethScalper()};
    auto playBoth = [&](MarketDataHub& hub, size_t i) {
        playCandles(hub, Btc, btc, i, i + 1);
        playCandles(hub, Eth, eth, i, i + 1);
    };
    PaperDesk paper(bots);
    for (size_t i = 0; i < eth.size(); ++i)
        playBoth(paper.hub, i);
    const TradingSnapshot expected = paper.trader.snapshot();
    std::map<QString, int> tradesPerProduct;
    for (const ClosedTrade& trade : expected.trades)
        ++tradesPerProduct[trade.productId];
    QVERIFY2(tradesPerProduct[Btc] >= 2 && tradesPerProduct[Eth] >= 2,
        "the recording must make both bots trade");

    std::map<QString, Order> paperOrders;
    for (const Order& order : expected.orders)
        paperOrders.emplace(order.clientOrderId, order);
    auto key = testKey();
    QVERIFY(key);
    FakeVenue venue(key->publicKeyPem(), KeyName);
    fundVenue(venue, btc);
    venue.setPrice(Eth, eth.front().close);
    venue.setBalance(QStringLiteral("ETH"), dec("1000"));
    QStringList unexpected;
    venue.marketPrice = [&](const FakeVenue::Order& order) -> std::optional<Decimal> {
        const auto found = paperOrders.find(order.clientOrderId);
        if (found != paperOrders.end() && found->second.productId == order.productId)
            return found->second.averageFillPrice;
        unexpected.append(order.clientOrderId + u' ' + order.productId);
        return std::nullopt;
    };
    LiveDesk live(venue, *key, {}, FakeVenue::quickLookups(), bots);
    venue.marketClock = [&] { return live.trader.snapshot().time; };
    for (size_t i = 0; i < eth.size(); ++i) {
        playBoth(live.hub, i);
        QVERIFY2(live.settled(), qPrintable(QStringLiteral("candle %1").arg(i)));
    }
    QCOMPARE(unexpected, QStringList());

    const TradingSnapshot actual = live.trader.snapshot();
    // Within one bar the two bots' orders may leave in another order: live, a bot's exit waits
    // until its stop is gone from the venue. Each bot spends only its own cash, so the
    // orders are compared in the order of their ids (bot, bar, side).
    auto byId = [](std::vector<Order> orders) {
        std::sort(orders.begin(), orders.end(),
            [](const Order& a, const Order& b) { return a.clientOrderId < b.clientOrderId; });
        return orders;
    };
    const std::vector<Order> placed = byId(intentOrders(actual));
    const std::vector<Order> wanted = byId(expected.orders);
    QCOMPARE(placed.size(), wanted.size());
    for (size_t i = 0; i < placed.size(); ++i) {
        QCOMPARE(placed[i].clientOrderId, wanted[i].clientOrderId);
        QCOMPARE(placed[i].botId, wanted[i].botId);
        QCOMPARE(placed[i].productId, wanted[i].productId);
        QCOMPARE(placed[i].quantity, wanted[i].quantity);
        QCOMPARE(placed[i].filledQuantity, wanted[i].filledQuantity);
        QCOMPARE(venue.ordersWithClientId(placed[i].clientOrderId), 1);
    }
    QCOMPARE(actual.trades.size(), expected.trades.size());
    for (size_t i = 0; i < actual.trades.size(); ++i) {
        QCOMPARE(actual.trades[i].botId, expected.trades[i].botId);
        QCOMPARE(actual.trades[i].pnl, expected.trades[i].pnl);
    }
    QCOMPARE(actual.cash, expected.cash);
    // Each open position rests on one stop at the venue, on its own product and with its size.
    QTRY_COMPARE_WITH_TIMEOUT(openStopsAt(venue).size(), actual.positions.size(), 5000);
    const auto stops = openStopsAt(venue);
    for (const OpenPosition& position : actual.positions) {
        const auto own = std::count_if(stops.begin(), stops.end(), [&](const auto* stop) {
            return stop->productId == position.productId && stop->size == position.quantity;
        });
        QCOMPARE(int(own), 1);
    }
    for (const FakeVenue::Order& order : venue.orders()) {
        const bool ethOrder = order.productId == Eth;
        QVERIFY(ethOrder || order.productId == Btc);
        // An ETH order is priced in ETH's range, a BTC one in BTC's: nothing crossed products.
        if (!order.stopPrice.isZero())
            QCOMPARE(order.stopPrice < Decimal::fromInteger(20000), ethOrder);
    }
}

void tst_LiveTrading::restartResumesTheOrderInFlightWithoutResending()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();

    // The venue takes the first order and its answer is lost; the process dies before a lookup
    // could settle it.
    venue.scriptFaults(QStringLiteral("/orders"), {FakeVenue::Fault::LoseAck});
    QString clientOrderId;
    size_t next = 0;
    {
        CoinbaseExecution::Config slow = FakeVenue::quickLookups();
        slow.firstCheck = std::chrono::hours(1);
        LiveDesk first(venue, *key, journal, slow);
        for (; next < candles.size() && first.trader.ordersInFlight() == 0; ++next)
            playCandles(first.hub, Btc, candles, next, next + 1);
        QCOMPARE(first.trader.ordersInFlight(), 1);
        QTRY_COMPARE(
            intentOrders(first.trader.snapshot()).front().status, OrderStatus::SubmitUnknown);
        clientOrderId = intentOrders(first.trader.snapshot()).front().clientOrderId;
        QVERIFY(first.trader.snapshot().positions.empty()); // nothing counted yet
    }
    QCOMPARE(venue.ordersWithClientId(clientOrderId), 1);
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), 1);

    // Restarted on the same journal: the order is looked up, found filled, and its fill booked.
    auto second = std::make_unique<LiveDesk>(venue, *key, journal);
    QCOMPARE(second->trader.ordersInFlight(), 1);
    QVERIFY(second->settled());
    const TradingSnapshot resumed = second->trader.snapshot();
    QCOMPARE(intentOrders(resumed).front().clientOrderId, clientOrderId);
    QCOMPARE(intentOrders(resumed).front().status, OrderStatus::Filled);
    QCOMPARE(resumed.positions.size(), size_t(1));
    QCOMPARE(resumed.positions.front().quantity, intentOrders(resumed).front().quantity);
    // Its stop and target came back with the decision it was placed for.
    const OpenPosition& position = resumed.positions.front();
    QVERIFY(position.stop && position.stop->isPositive());
    QVERIFY(position.target && *position.target > *position.stop);
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), 1 + stopsAt(venue));

    // The bar is met again after the restart (history arriving): no second order.
    playCandles(second->hub, Btc, candles, 0, next);
    QVERIFY(second->settled());
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), 1 + stopsAt(venue));
    QCOMPARE(venue.ordersWithClientId(clientOrderId), 1);

    // A third start adds nothing: the fill is counted once.
    const Decimal cash = second->trader.snapshot().cash;
    second.reset(); // (one engine trades on a journal at a time)
    {
        LiveDesk third(venue, *key, journal);
        QCOMPARE(third.trader.ordersInFlight(), 0);
        QCOMPARE(third.trader.snapshot().cash, cash);
    }
    JournalStore store;
    QVERIFY(store.open(journal));
    QCOMPARE(store.loadFills()->size(), size_t(1));
}

void tst_LiveTrading::orderTheVenueNeverGotIsRejectedAfterTheRestart()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();

    // The request times out before the venue took it, and the process dies.
    venue.scriptFaults(QStringLiteral("/orders"), {FakeVenue::Fault::TimeoutBefore});
    {
        CoinbaseExecution::Config slow = FakeVenue::quickLookups();
        slow.firstCheck = std::chrono::hours(1);
        LiveDesk first(venue, *key, journal, slow);
        for (size_t i = 0; i < candles.size() && first.trader.ordersInFlight() == 0; ++i)
            playCandles(first.hub, Btc, candles, i, i + 1);
        QCOMPARE(first.trader.ordersInFlight(), 1);
        QTRY_COMPARE(
            intentOrders(first.trader.snapshot()).front().status, OrderStatus::SubmitUnknown);
    }
    QVERIFY(venue.orders().empty());

    // After the restart the lookups find nothing: the order is rejected, nothing is sent, and
    // the bot is free to act on its next intent.
    LiveDesk second(venue, *key, journal);
    QSignalSpy events(&second.trader, &TradingEngine::tradingEvent);
    QVERIFY(second.settled());
    QCOMPARE(intentOrders(second.trader.snapshot()).front().status, OrderStatus::Rejected);
    QVERIFY(second.trader.snapshot().positions.empty());
    QCOMPARE(refusalsWith(events, QStringLiteral("NOT_AT_VENUE")), 1);
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), 1);
    QVERIFY(venue.orders().empty());
}

void tst_LiveTrading::venueRefusalIsTheBotsRefusal()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    venue.scriptFaults(QStringLiteral("/orders"), {FakeVenue::Fault::Refuse});
    LiveDesk desk(venue, *key);
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    size_t i = 0;
    for (; i < candles.size() && desk.trader.snapshot().orders.empty(); ++i)
        QVERIFY(desk.play(candles, i, i + 1));
    QCOMPARE(intentOrders(desk.trader.snapshot()).front().status, OrderStatus::Rejected);
    QCOMPARE(refusalsWith(events, QStringLiteral("INSUFFICIENT_FUND")), 1);
    QVERIFY(desk.trader.snapshot().positions.empty());
    // The next intent is placed and trades.
    const size_t opened = playUntilLong(desk, {candles.begin() + qsizetype(i), candles.end()});
    QVERIFY(opened > 0);
    QCOMPARE(intentOrders(desk.trader.snapshot()).front().status, OrderStatus::Filled);
}

void tst_LiveTrading::killSwitchClearsTheVenueThenFlattens()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    LiveDesk desk(venue, *key);
    QVERIFY(playUntilLong(desk, candles) > 0);
    const Decimal held = desk.trader.snapshot().positions.front().quantity;
    // An order the user placed in the web UI rests at the venue.
    const QString external
        = venue.placeExternal(Btc, QStringLiteral("BUY"), dec("0.01"), dec("1000"));

    QSignalSpy clear(&desk.execution, &ExecutionClient::venueClear);
    desk.trader.flatten(HaltCause::Pressed);
    // Nothing is sold until the venue is clear of open orders.
    QVERIFY(clear.wait(SettleMs));
    QCOMPARE(venue.order(external)->status, QStringLiteral("CANCELLED"));
    QVERIFY(desk.settled());
    const TradingSnapshot flat = desk.trader.snapshot();
    QVERIFY(flat.positions.empty());
    QCOMPARE(flat.trades.back().exitReason, ExitReason::KillSwitch);
    QCOMPARE(flat.trades.back().quantity, held);
    const auto sells = std::count_if(venue.orders().begin(), venue.orders().end(),
        [](const FakeVenue::Order& o) { return o.clientOrderId.contains(u"/flatten/"); });
    QCOMPARE(sells, 1);
}

// T32: an entry's position rests on a stop-limit at the venue, at the bot's stop, for the whole
// position; removed in the web UI, it is placed again; when it trades, the position is closed
// with its stop loss and the bot sells nothing more.
void tst_LiveTrading::positionRestsOnAStopAtTheVenue()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();
    LiveDesk desk(venue, *key, journal);
    QVERIFY(playUntilLong(desk, candles) > 0);
    const OpenPosition position = desk.trader.snapshot().positions.front();
    QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
    const FakeVenue::Order first = *openStopsAt(venue).front();
    QCOMPARE(first.side, QStringLiteral("SELL"));
    QCOMPARE(first.size, position.quantity);
    QCOMPARE(first.stopPrice, *position.stop);
    QVERIFY(first.limitPrice < first.stopPrice);
    {
        JournalStore store;
        QVERIFY(store.open(journal));
        const auto orders = store.loadOrders();
        QVERIFY(std::any_of(orders->begin(), orders->end(),
            [&](const Order& o) { return o.clientOrderId == first.clientOrderId; }));
    }

    // Someone cancels it in the web UI: it is back within the poll interval.
    venue.cancelFromOutside(first.orderId);
    QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
    const FakeVenue::Order second = *openStopsAt(venue).front();
    QVERIFY(second.clientOrderId != first.clientOrderId);
    QCOMPARE(second.size, position.quantity);

    // The market falls through it: the venue sells, the ledger books the stop loss.
    const int sellsBefore = int(std::count_if(venue.orders().begin(), venue.orders().end(),
        [](const FakeVenue::Order& o) { return o.side == u"SELL"; }));
    venue.fillResting(second.orderId, second.size, second.limitPrice);
    QTRY_VERIFY(desk.trader.snapshot().positions.empty());
    const TradingSnapshot after = desk.trader.snapshot();
    QCOMPARE(after.trades.back().exitReason, ExitReason::StopLoss);
    QCOMPARE(after.trades.back().exitPrice, second.limitPrice);
    QCOMPARE(after.trades.back().quantity, position.quantity);
    QTest::qWait(100); // polls come and go: nothing else is sold
    QCOMPARE(int(std::count_if(venue.orders().begin(), venue.orders().end(),
                 [](const FakeVenue::Order& o) { return o.side == u"SELL"; })),
        sellsBefore);
    QVERIFY(openStopsAt(venue).empty());
}

// After a restart the stop the journal holds still guards the position: no second stop (two
// could sell it twice), and one removed at the venue is replaced as before.
void tst_LiveTrading::restartAdoptsTheStopInsteadOfPlacingAnother()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();
    QString stopId;
    {
        LiveDesk first(venue, *key, journal);
        QVERIFY(playUntilLong(first, candles) > 0);
        QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
        stopId = openStopsAt(venue).front()->orderId;
    }
    const int posts = venue.postsTo(QStringLiteral("/orders"));
    LiveDesk second(venue, *key, journal);
    QCOMPARE(second.trader.snapshot().positions.size(), size_t(1));
    QTest::qWait(100); // a few polls
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), posts);
    QCOMPARE(openStopsAt(venue).size(), size_t(1));
    venue.cancelFromOutside(stopId);
    QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
    QVERIFY(openStopsAt(venue).front()->orderId != stopId);
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), posts + 1);

    // Halted, the venue is cleared, the stop too; re-armed, the position rests on one again.
    QSignalSpy clear(&second.execution, &ExecutionClient::venueClear);
    second.trader.halt(HaltCause::Pressed);
    QVERIFY(clear.wait(SettleMs));
    QVERIFY(openStopsAt(venue).empty());
    QCOMPARE(second.trader.snapshot().positions.size(), size_t(1));
    second.trader.rearm();
    QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
}

// A bot that takes profit with a resting limit keeps one protective order at Coinbase: a trigger
// bracket with the stop as its trigger and the target, on the grid, as its limit. After a
// restart it is adopted as a bracket (one cancelled in the web UI comes back as one), and when
// its limit trades the position is closed at the target as a take profit.
void tst_LiveTrading::aRestingTakeProfitMakesTheStopABracket()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();
    BotConfig bot = scalper();
    bot.exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    const auto bracketsAt = [](const FakeVenue& at) {
        std::vector<FakeVenue::Order> open;
        for (const FakeVenue::Order& order : at.orders()) {
            if (order.configuration == u"trigger_bracket_gtc" && order.status == u"OPEN")
                open.push_back(order);
        }
        return open;
    };
    OpenPosition position;
    {
        LiveDesk first(venue, *key, journal, FakeVenue::quickLookups(), {bot});
        QVERIFY(playUntilLong(first, candles) > 0);
        position = first.trader.snapshot().positions.front();
        QTRY_COMPARE(bracketsAt(venue).size(), size_t(1));
    }
    QCOMPARE(stopsAt(venue), 0); // the bracket is the position's one protective order
    const FakeVenue::Order placed = bracketsAt(venue).front();
    QCOMPARE(placed.side, QStringLiteral("SELL"));
    QCOMPARE(placed.size, position.quantity);
    QCOMPARE(placed.stopPrice, *position.stop);
    QCOMPARE(placed.limitPrice,
        *Product::spotDefaults(Btc).priceRounded(*position.target, RoundingMode::Up));

    LiveDesk second(venue, *key, journal, FakeVenue::quickLookups(), {bot});
    QCOMPARE(second.trader.snapshot().positions.size(), size_t(1));
    venue.cancelFromOutside(placed.orderId);
    QTRY_COMPARE(bracketsAt(venue).size(), size_t(1));
    const FakeVenue::Order replaced = bracketsAt(venue).front();
    QVERIFY(replaced.orderId != placed.orderId);
    QCOMPARE(replaced.limitPrice, placed.limitPrice);
    QCOMPARE(replaced.stopPrice, placed.stopPrice);

    venue.fillResting(replaced.orderId, replaced.size, replaced.limitPrice);
    QTRY_VERIFY(second.trader.snapshot().positions.empty());
    const ClosedTrade trade = second.trader.snapshot().trades.back(); // (a copy: the snapshot goes)
    QCOMPARE(trade.exitReason, ExitReason::TakeProfit);
    QCOMPARE(trade.exitPrice, placed.limitPrice);
    QCOMPARE(trade.quantity, position.quantity);
}

// A position guarded by a plain stop (opened before the bot took profit with a resting limit)
// gets the bracket at the next bar close: the stop is cancelled first, then the bracket placed,
// never both resting.
void tst_LiveTrading::aPlainStopBecomesABracketWhenTheBotRestsItsTarget()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();
    size_t next = 0;
    {
        LiveDesk first(venue, *key, journal);
        next = playUntilLong(first, candles);
        QVERIFY(next > 0);
        QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
    }
    BotConfig bot = scalper();
    bot.exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    LiveDesk second(venue, *key, journal, FakeVenue::quickLookups(), {bot});
    QVERIFY(second.play(candles, next, next + 2)); // (the first bar the new desk sees closes)
    QTRY_VERIFY(openStopsAt(venue).empty());
    const auto isOpenBracket = [](const FakeVenue::Order& order) {
        return order.configuration == u"trigger_bracket_gtc" && order.status == u"OPEN";
    };
    QTRY_COMPARE(
        std::count_if(venue.orders().begin(), venue.orders().end(), isOpenBracket), qsizetype(1));
    QCOMPARE(second.trader.snapshot().positions.size(), size_t(1));
}

// T32's last clause: a stop the venue refuses leaves the position unguarded, so it is closed at
// market rather than held without an exit at the venue.
void tst_LiveTrading::stopThatCannotBePlacedClosesThePosition()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    // The entry goes through; the stop after it is refused.
    venue.scriptFaults(
        QStringLiteral("/orders"), {FakeVenue::Fault::None, FakeVenue::Fault::Refuse});
    LiveDesk desk(venue, *key);
    size_t i = 0;
    for (; i < candles.size() && venue.orders().empty(); ++i)
        QVERIFY(desk.play(candles, i, i + 1));
    QTRY_VERIFY(desk.trader.snapshot().positions.empty());
    QVERIFY(desk.settled());
    const TradingSnapshot snapshot = desk.trader.snapshot();
    QCOMPARE(snapshot.trades.size(), size_t(1));
    QCOMPARE(snapshot.trades.front().exitReason, ExitReason::StopLoss);
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), 3); // entry, refused stop, exit
    QVERIFY(openStopsAt(venue).empty());
}

// No ping-pong when the venue refuses both: the stop refused, the exit at market refused, the
// stop put back refused too — the bot stops and says the position is unguarded, and nothing
// more is sent.
void tst_LiveTrading::refusedStopAndRefusedExitStopTheBot()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    venue.scriptFaults(QStringLiteral("/orders"),
        {FakeVenue::Fault::None, FakeVenue::Fault::Refuse, FakeVenue::Fault::Refuse,
            FakeVenue::Fault::Refuse});
    LiveDesk desk(venue, *key);
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    size_t i = 0;
    for (; i < candles.size() && venue.orders().empty(); ++i)
        QVERIFY(desk.play(candles, i, i + 1));
    QTRY_COMPARE(refusalsWith(events, QStringLiteral("unguarded_position")), 1);
    QVERIFY(desk.settled());
    const TradingSnapshot snapshot = desk.trader.snapshot();
    QCOMPARE(snapshot.positions.size(), size_t(1));
    QVERIFY(snapshot.stoppedBots.contains(snapshot.positions.front().botId));
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), 4); // entry, stop, exit, stop
    // A stopped bot opens nothing (its own stop and target may still close the position).
    QVERIFY(desk.play(candles, i, i + 200));
    const QStringList placed = venue.createsPerClientId().keys();
    QCOMPARE(placed.filter(QStringLiteral("/BUY")).size(), 1);
}

// The trader closes a live position by hand: the stop resting under it is cancelled and seen
// gone before the one market sell goes out (never two sells), booked as "manual".
void tst_LiveTrading::closingByHandTakesTheStopAwayFirst()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    LiveDesk desk(venue, *key);
    QVERIFY(playUntilLong(desk, candles) > 0);
    QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
    const QString stopId = openStopsAt(venue).front()->orderId;
    const OpenPosition position = desk.trader.snapshot().positions.front();
    const size_t venueOrders = venue.orders().size();

    QVERIFY(desk.trader.closePosition(position.botId, position.productId, position.quantity));
    QVERIFY(desk.settled());
    const TradingSnapshot after = desk.trader.snapshot();
    QVERIFY(after.positions.empty());
    QCOMPARE(after.trades.back().exitReason, ExitReason::Manual);
    QCOMPARE(venue.order(stopId)->status, QStringLiteral("CANCELLED"));
    QCOMPARE(venue.orders().size(), venueOrders + 1);
    const FakeVenue::Order& sell = venue.orders().back();
    QCOMPARE(sell.side, QStringLiteral("SELL"));
    QCOMPARE(sell.configuration, QStringLiteral("market_market_ioc"));
    QCOMPARE(sell.size, position.quantity);
    QCOMPARE(sell.status, QStringLiteral("FILLED"));
    QVERIFY(openStopsAt(venue).empty());
    // The cancel reached the venue before the sell, never beside it.
    const QList<QUrl> requests = venue.http().requests();
    const QList<QByteArray> methods = venue.http().requestMethods();
    qsizetype lastCancel = -1;
    qsizetype lastCreate = -1;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (methods[i] != "POST")
            continue;
        if (requests[i].path().endsWith(u"/orders/batch_cancel"))
            lastCancel = i;
        else if (requests[i].path().endsWith(u"/orders"))
            lastCreate = i;
    }
    QVERIFY(lastCancel >= 0);
    QVERIFY(lastCancel < lastCreate);
}

// T13: while Candela is closed the venue fills the position's stop in two parts, with fees. On
// restart each fill is booked once with the venue's trade id and fee, and the bot's cash moved
// exactly as the portfolio's did.
void tst_LiveTrading::fillsWhileAwayAreBookedOnceAfterTheRestart()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const Decimal venueCashBefore = venue.balance(QStringLiteral("USD"));
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("live.sqlite"));
    {
        LiveDesk first(venue, *key, journal);
        QVERIFY(playUntilLong(first, candles) > 0);
        QTRY_COMPARE(openStopsAt(venue).size(), size_t(1));
    }
    const FakeVenue::Order stop = *openStopsAt(venue).front();
    const Decimal part = dec("0.0001");
    QVERIFY(part < stop.size);
    venue.fillResting(stop.orderId, part, stop.stopPrice);
    venue.fillResting(stop.orderId, *stop.size.minus(part), stop.limitPrice);
    QCOMPARE(venue.order(stop.orderId)->status, QStringLiteral("FILLED"));

    auto second = std::make_unique<LiveDesk>(venue, *key, journal);
    QTRY_VERIFY(second->trader.snapshot().positions.empty());
    const TradingSnapshot after = second->trader.snapshot();
    QCOMPARE(after.trades.size(), size_t(2));
    QCOMPARE(after.trades[0].exitReason, ExitReason::StopLoss);
    QCOMPARE(after.trades[0].quantity, part);
    QCOMPARE(after.trades[1].exitPrice, stop.limitPrice);
    // The bot's cash moved exactly as the portfolio's: the buy, the two sells, all three fees.
    const Decimal venueMoved = *venue.balance(QStringLiteral("USD")).minus(venueCashBefore);
    QCOMPARE(*after.cash.minus(Decimal::fromInteger(10000)), venueMoved);
    QCOMPARE(venue.fills().size(), size_t(3));
    JournalStore store;
    QVERIFY(store.open(journal));
    const auto fills = store.loadFills();
    QCOMPARE(fills->size(), size_t(3));
    for (const auto& venueFill : venue.fills()) {
        const auto same = std::find_if(fills->begin(), fills->end(),
            [&](const Fill& f) { return f.tradeId == venueFill.tradeId; });
        QVERIFY(same != fills->end());
        QCOMPARE(same->fee, venueFill.commission);
    }
    // Nothing was sold besides the stop, and a third start books nothing again.
    QTest::qWait(100);
    second.reset(); // (one engine trades on a journal at a time)
    LiveDesk third(venue, *key, journal);
    QCOMPARE(third.trader.snapshot().cash, after.cash);
    QCOMPARE(third.trader.snapshot().trades.size(), size_t(2));
    QCOMPARE(venue.fills().size(), size_t(3));
}

// T15 in the engine: a reconciliation that finds the portfolio holding something else than the
// journal says (BTC sold by hand) halts the engine (the kill switch, with the reason) and blocks
// the bots on that product until the user takes Coinbase's figures and a run comes back clean;
// re-armed before that, its intents are refused as "unreconciled" and nothing is sent. A run
// that cannot reach Coinbase blocks every product (T16) without halting.
void tst_LiveTrading::differenceAtTheVenueBlocksTheProductUntilResolved()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("live.sqlite"));
    {
        // Live trading starts with the portfolio as it is.
        JournalStore journal;
        QVERIFY(journal.open(journalPath));
        QVERIFY(LiveJournal::recordStartBalances(journal,
            {{QStringLiteral("USD"), venue.balance(QStringLiteral("USD")), {}},
                {QStringLiteral("BTC"), venue.balance(QStringLiteral("BTC")), {}}}));
    }
    LiveDesk desk(venue, *key, journalPath);
    Reconciler reconciler(
        desk.rest, {std::chrono::milliseconds(10), std::chrono::milliseconds(50), {}});
    connect(&reconciler, &Reconciler::finished, &desk.trader,
        [&](const ReconcileReport& report) { desk.trader.applyReconciliation(report); });
    connect(&reconciler, &Reconciler::notReady, &desk.trader,
        [&](const QString& why) { desk.trader.applyReconciliation(std::nullopt, why); });
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    const auto reconcile = [&] {
        finished.clear();
        reconciler.run([&] { return desk.trader.venueBook().valueOr(LocalBook{}); });
        return finished.wait(SettleMs);
    };

    // Trading keeps the journal and the portfolio in step.
    const size_t next = playUntilLong(desk, candles);
    QVERIFY(next > 0);
    QVERIFY(reconcile());
    QVERIFY(desk.trader.unreconciledProducts().isEmpty());

    // 1 BTC sold in the web UI: the engine halts itself and says why; the product is blocked.
    venue.setBalance(QStringLiteral("BTC"), *venue.balance(QStringLiteral("BTC")).minus(dec("1")));
    QSignalSpy switched(&desk.trader, &TradingEngine::killSwitchChanged);
    QVERIFY(reconcile());
    QCOMPARE(desk.trader.unreconciledProducts(), QSet<QString>{Btc});
    QCOMPARE(switched.count(), 1);
    QCOMPARE(desk.trader.killSwitch().state, KillSwitchState::Halted);
    QCOMPARE(desk.trader.killSwitch().cause, HaltCause::Reconciliation);
    QVERIFY(desk.trader.killSwitch().detail.contains(Btc));
    // Halting itself left the position's stop at the venue; the trader's press clears it there.
    const auto openAtVenue = [&at = venue] { // (clang 14 cannot capture a structured binding)
        return std::count_if(at.orders().begin(), at.orders().end(),
            [](const FakeVenue::Order& order) { return order.status == QLatin1String("OPEN"); });
    };
    QCOMPARE(openAtVenue(), 1);
    QSignalSpy clear(&desk.execution, &ExecutionClient::venueClear);
    desk.trader.halt(HaltCause::Pressed);
    QTRY_COMPARE_WITH_TIMEOUT(openAtVenue(), 0, SettleMs);
    // Until the kill switch's own last round has listed the venue empty, it refuses every order
    // (even after a re-arm): wait for that, or the bars below would be refused for it instead.
    QVERIFY(clear.count() > 0 || clear.wait(SettleMs));
    // Re-armed before it is resolved: the bot still sends nothing on the blocked product.
    desk.trader.rearm();
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    const int posts = venue.postsTo(QStringLiteral("/orders"));
    QVERIFY(desk.play(candles, next, next + 600));
    QCOMPARE(venue.postsTo(QStringLiteral("/orders")), posts);
    QVERIFY(refusalsWith(events, QStringLiteral("unreconciled")) >= 1);
    QCOMPARE(desk.trader.killSwitch().state, KillSwitchState::Active); // the same block: no halt

    // The user takes Coinbase's figures: the next run is clean and the bot trades again.
    {
        JournalStore journal;
        QVERIFY(journal.open(journalPath));
        const ReconcileReport last = finished.last().at(0).value<ReconcileReport>();
        QVERIFY(LiveJournal::acceptVenueBalances(
            journal, last.venueBalances, desk.clock.now(), {})); // every currency
    }
    QVERIFY(reconcile());
    QVERIFY(desk.trader.unreconciledProducts().isEmpty());
    QVERIFY(desk.play(candles, next + 600, candles.size()));
    QVERIFY(venue.postsTo(QStringLiteral("/orders")) > posts);

    // Coinbase out of reach: not ready, every product blocked.
    venue.scriptGetFaults(QStringLiteral("/accounts"),
        QList<FakeVenue::Fault>(20, FakeVenue::Fault::ServerErrorBefore));
    QSignalSpy notReady(&reconciler, &Reconciler::notReady);
    reconciler.run([&] { return desk.trader.venueBook().valueOr(LocalBook{}); });
    QVERIFY(notReady.wait(SettleMs));
    QCOMPARE(desk.trader.unreconciledProducts(), QSet<QString>{Btc});
    QCOMPARE(desk.trader.killSwitch().state, KillSwitchState::Active);
}

namespace {
// Another connection renames a journal table, as a failing disk would break writes to it.
bool renameTable(const QString& journal, const QString& from, const QString& to)
{
    bool done = false;
    {
        QSqlDatabase saboteur
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        saboteur.setDatabaseName(journal);
        done = saboteur.open()
            && QSqlQuery(saboteur).exec(
                QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    return done;
}
} // namespace

// A fill arriving while the journal cannot be written is not counted (the engine halts, as on
// paper) but not lost either: the venue will not report it again, so it is kept and booked once
// the journal works and the trader re-arms — once.
void tst_LiveTrading::fillTheJournalCouldNotTakeIsBookedWhenReArmed()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    const QString journal = fixture.journal();
    LiveDesk desk(venue, *key, journal);
    QSignalSpy failed(&desk.trader, &TradingEngine::killSwitchChanged);
    // The venue takes the entry; before its fill reaches the engine, the fills table breaks.
    bool broken = false;
    venue.marketPrice = [&](const FakeVenue::Order&) -> std::optional<Decimal> {
        if (!broken)
            broken = renameTable(journal, QStringLiteral("fills"), QStringLiteral("fills_away"));
        return std::nullopt;
    };
    for (size_t i = 0; i < candles.size() && desk.trader.ordersInFlight() == 0; ++i)
        playCandles(desk.hub, Btc, candles, i, i + 1);
    QTRY_VERIFY(broken);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, SettleMs); // (it may come while waiting above)
    QCOMPARE(desk.trader.snapshot().killSwitch.state, KillSwitchState::Halted);
    QVERIFY(desk.trader.snapshot().positions.empty()); // not on the record, not counted
    QCOMPARE(venue.fills().size(), size_t(1));

    venue.marketPrice = {};
    QVERIFY(renameTable(journal, QStringLiteral("fills_away"), QStringLiteral("fills")));
    desk.trader.rearm();
    QVERIFY(desk.settled());
    const TradingSnapshot after = desk.trader.snapshot();
    QCOMPARE(after.positions.size(), size_t(1));
    QCOMPARE(after.positions.front().quantity, venue.fills().front().size);
    JournalStore store;
    QVERIFY(store.open(journal));
    QCOMPARE(store.loadFills()->size(), size_t(1));
    QCOMPARE(store.loadFills()->front().tradeId, venue.fills().front().tradeId);
}

// The lookups found nothing, so the entry was given up as never placed; then the order-updates
// channel shows Coinbase has it after all (its lists lagged). The venue's record wins: the order
// is in flight again and its fill is booked.
void tst_LiveTrading::orderGivenUpAsNeverPlacedIsBookedWhenTheVenueHasIt()
{
    TestVenue fixture;
    const auto& [candles, key, venue] = fixture.parts();
    venue.scriptFaults(QStringLiteral("/orders"), {FakeVenue::Fault::TimeoutBefore});
    LiveDesk desk(venue, *key, fixture.journal());
    for (size_t i = 0; i < candles.size() && desk.trader.ordersInFlight() == 0; ++i)
        playCandles(desk.hub, Btc, candles, i, i + 1);
    QVERIFY(desk.settled());
    const Order lost = intentOrders(desk.trader.snapshot()).front();
    QCOMPARE(lost.status, OrderStatus::Rejected);
    QVERIFY(venue.orders().empty());

    // The order reaches the venue late (placed there now under its client id) and trades.
    TradingRestClient late(venue.clientConfig(), {*key, KeyName}, desk.clock);
    std::optional<TradingRestClient::SubmitResult> placed;
    late.submitOrder(lost, [&](auto result) { placed = result; });
    QTRY_VERIFY(placed.has_value());
    QCOMPARE(placed->kind, TradingRestClient::SubmitResult::Kind::Accepted);
    UserOrderUpdate update;
    update.venueOrderId = placed->venueOrderId;
    update.clientOrderId = lost.clientOrderId;
    update.productId = Btc;
    update.venueStatus = QStringLiteral("FILLED");
    update.status = OrderStatus::Filled;
    update.cumulativeQuantity = lost.quantity;
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("Coinbase has it")));
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("the venue has it")));
    desk.execution.onUserUpdate(update);
    QVERIFY(desk.settled());
    const TradingSnapshot after = desk.trader.snapshot();
    QCOMPARE(intentOrders(after).front().clientOrderId, lost.clientOrderId);
    QCOMPARE(intentOrders(after).front().status, OrderStatus::Filled);
    QCOMPARE(after.positions.size(), size_t(1));
    QCOMPARE(after.positions.front().quantity, lost.quantity);
    JournalStore store;
    QVERIFY(store.open(fixture.journal()));
    QCOMPARE(store.loadFills()->size(), size_t(1));
}

QTEST_GUILESS_MAIN(tst_LiveTrading)
#include "tst_livetrading.moc"

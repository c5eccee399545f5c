#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/productcatalog.h"
#include "core/coinbase/publiccodec.h"
#include "core/engine/botwatch.h"
#include "core/engine/tradingengine.h"
#include "core/execution/protectivestops.h"

#include "coinbasefixture.h"
#include "decimalliteral.h"
#include "demodata.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;
using Candela::TestData::demoCandles;
using Candela::TestData::playCandles;
using Candela::TestData::scalper;
using Candela::TestData::SilentFeed;

Q_DECLARE_METATYPE(Candela::Core::Product)

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
const QString Doge = QStringLiteral("DOGE-USD");

Product product(const char* id, const char* priceIncrement, const char* baseIncrement)
{
    Product product;
    product.id = QLatin1String(id);
    product.baseCurrency = product.id.section(QLatin1Char('-'), 0, 0);
    product.quoteCurrency = product.id.section(QLatin1Char('-'), 1, 1);
    product.quoteIncrement = dec(priceIncrement);
    product.priceIncrement = dec(priceIncrement);
    product.baseIncrement = dec(baseIncrement);
    product.baseMinSize = dec(baseIncrement);
    return product;
}

// DOGE-USD as Coinbase lists it: prices in steps of 0.00001, sizes in steps of 0.1.
Product doge()
{
    Product rules = product("DOGE-USD", "0.00001", "0.1");
    rules.baseMinSize = dec("1");
    rules.quoteMinSize = dec("1");
    return rules;
}

// The demo's BTC-USD candles at DOGE's price (about 0.12), on its grid.
std::vector<Candle> dogeCandles()
{
    const Decimal scale = dec("0.000002");
    const Decimal step = doge().priceIncrement;
    std::vector<Candle> candles = demoCandles(3000);
    for (Candle& candle : candles) {
        for (Decimal* price : {&candle.open, &candle.high, &candle.low, &candle.close})
            *price
                = price->times(scale).value().roundedToIncrement(step, RoundingMode::Down).value();
        candle.volume = candle.volume.times(dec("500000")).value();
    }
    return candles;
}

BotConfig dogeScalper()
{
    BotConfig bot = scalper();
    bot.name = QStringLiteral("DOGE Scalper");
    bot.product = Doge;
    bot.positionSize = dec("20000");
    return bot;
}

// The engine trading DOGE-USD at the fake Coinbase with the catalog given.
struct DogeDesk
{
    DogeDesk(FakeVenue& venue, const SigningKey& key, const ProductCatalog& catalog)
        : rest(venue.clientConfig(), {key, KeyName}, clock)
        , execution(rest, clock, FakeVenue::quickLookups())
        , hub(feed)
        , watch(hub, {dogeScalper()}, std::chrono::milliseconds(1))
        , trader(hub, watch, options(catalog))
    { }

    TradingEngine::Options options(const ProductCatalog& catalog)
    {
        TradingEngine::Options options;
        options.bots = {dogeScalper()};
        options.execution = &execution;
        options.products = &catalog;
        return options;
    }

    // Plays until the trader holds a position, each order settled before the next candle.
    bool playUntilLong(const std::vector<Candle>& candles)
    {
        for (size_t i = 0; i < candles.size(); ++i) {
            playCandles(hub, Doge, candles, i, i + 1);
            if (!QTest::qWaitFor([&] { return trader.ordersInFlight() == 0; }, 10000))
                return false;
            if (!trader.snapshot().positions.empty())
                return true;
        }
        return false;
    }

    SystemClock clock;
    TradingRestClient rest;
    CoinbaseExecution execution;
    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
};

const FakeVenue::Order* restingStop(const FakeVenue& venue)
{
    for (const FakeVenue::Order& order : venue.orders()) {
        if (order.configuration.startsWith(u"stop_limit") && order.status == u"OPEN")
            return &order;
    }
    return nullptr;
}

struct Venue
{
    Venue()
        : key(*SigningKey::fromText(Candela::TestData::newP256KeyPem()))
        , venue(key.publicKeyPem(), KeyName)
    {
        venue.setProduct(doge());
        venue.setPrice(Doge, candles.front().close);
        venue.setBalance(QStringLiteral("USD"), dec("1000000"));
        venue.setBalance(QStringLiteral("DOGE"), dec("10000000"));
    }

    PublicRestClient::Config publicRest() const
    {
        PublicRestClient::Config config;
        config.baseUrl = venue.baseUrl();
        config.maxRequestsPerSecond = 1000;
        config.initialBackoff = std::chrono::milliseconds(10);
        return config;
    }

    std::vector<Candle> candles = dogeCandles();
    SigningKey key;
    FakeVenue venue;
};

} // namespace

// Every price and size Candela sends is on its product's grid, taken from Coinbase's product
// list (ProductCatalog): the protective stop's limit, rounded down, on products whose price
// steps are a cent, 0.00001, 0.00000001 and a BTC-quoted pair; the list cached between runs; a
// live session orders nothing on a product the list lacks, and what it sends for DOGE-USD is on
// DOGE's grid at the venue.
class tst_ProductGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopLimitIsOnTheProductsGrid_data();
    void stopLimitIsOnTheProductsGrid();
    void stopLimitThatRoundsToNothingIsRefused();
    void productListRoundTrips();
    void catalogKeepsTheListBetweenRuns();
    void brokenCacheIsReportedNotTrusted();
    void liveOrdersOnDogeAreOnItsGrid();
    void liveSessionOrdersNothingOnAnUnlistedProduct();
    void productLeavingTheListKeepsThePositionsStop();
};

void tst_ProductGrid::stopLimitIsOnTheProductsGrid_data()
{
    QTest::addColumn<Product>("rules");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("limit");
    // 1 % under the stop, then down onto the grid (worked out by hand).
    QTest::newRow("BTC-USD, cents") << product("BTC-USD", "0.01", "0.00000001")
                                    << QStringLiteral("64000.5") << QStringLiteral("63360.49");
    QTest::newRow("DOGE-USD, 0.00001")
        << doge() << QStringLiteral("0.12345") << QStringLiteral("0.12221");
    QTest::newRow("SHIB-USD, 0.00000001")
        << product("SHIB-USD", "0.00000001", "1") << QStringLiteral("0.00001234")
        << QStringLiteral("0.00001221");
    QTest::newRow("ETH-BTC, quoted in BTC")
        << product("ETH-BTC", "0.00001", "0.00000001") << QStringLiteral("0.03125")
        << QStringLiteral("0.03093");
    QTest::newRow("a coarse grid of 0.5")
        << product("XYZ-USD", "0.5", "1") << QStringLiteral("101.5") << QStringLiteral("100.0");
}

void tst_ProductGrid::stopLimitIsOnTheProductsGrid()
{
    QFETCH(Product, rules);
    QFETCH(QString, stop);
    QFETCH(QString, limit);
    const auto sent = protectiveStopLimit(rules, dec(stop));
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(*sent, dec(limit));
    QVERIFY(sent->isMultipleOf(rules.priceIncrement));
    QVERIFY(*sent < dec(stop));
    QCOMPARE(rules.checkOrder(dec("100"), *sent), OrderSizeProblem::None);
}

void tst_ProductGrid::stopLimitThatRoundsToNothingIsRefused()
{
    // SHIB-USD priced on the cent (Coinbase's usual spot rules): a stop limit of zero would sell
    // at any price, so there is none.
    const auto sent
        = protectiveStopLimit(Product::spotDefaults(QStringLiteral("SHIB-USD")), dec("0.00001234"));
    QVERIFY(!sent);
    QVERIFY2(
        sent.error().message.contains(QLatin1String("0.01")), qPrintable(sent.error().message));
}

void tst_ProductGrid::productListRoundTrips()
{
    const auto fixture
        = parseProductList(Candela::TestData::coinbaseFixture("rest_list_products_response.json"));
    QVERIFY(fixture);
    std::vector<Product> products = *fixture;
    products.push_back(doge());
    const auto again = parseProductList(productListToJson(products));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(*again == products);
}

void tst_ProductGrid::catalogKeepsTheListBetweenRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache/products.json"));
    {
        ProductCatalog catalog(path);
        QVERIFY(!catalog.find(Doge));
        QSignalSpy updated(&catalog, &ProductCatalog::updated);
        catalog.learn({doge()});
        QCOMPARE(updated.size(), 1);
    }
    const ProductCatalog restarted(path);
    QVERIFY(restarted.cacheProblem().isEmpty());
    QCOMPARE(restarted.size(), 1);
    QVERIFY(restarted.find(Doge) == doge());
}

void tst_ProductGrid::brokenCacheIsReportedNotTrusted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("products.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"products":[{"product_id":"DOGE-USD","quote_increment":"0.0000x"}]})");
    file.close();
    ProductCatalog catalog(path);
    QCOMPARE(catalog.size(), 0);
    QVERIFY2(catalog.cacheProblem().contains(QLatin1String("products.json")),
        qPrintable(catalog.cacheProblem()));
    // The next list fetched replaces it.
    catalog.learn({doge()});
    QVERIFY(ProductCatalog(path).find(Doge) == doge());
}

// The bot enters DOGE-USD at the fake Coinbase, which refuses any price or size off DOGE's grid:
// the entry's size is in tenths, the stop and its limit in 0.00001 (not cents), nothing refused.
void tst_ProductGrid::liveOrdersOnDogeAreOnItsGrid()
{
    Venue fixture;
    ProductCatalog catalog;
    QSignalSpy updated(&catalog, &ProductCatalog::updated);
    catalog.refreshFrom(fixture.publicRest());
    QVERIFY(updated.wait(5000));
    QCOMPARE(fixture.venue.productListRequests(), 1);
    QVERIFY(catalog.find(Doge) == doge());

    DogeDesk desk(fixture.venue, fixture.key, catalog);
    QVERIFY(desk.trader.open());
    QVERIFY(desk.playUntilLong(fixture.candles));
    const OpenPosition position = desk.trader.snapshot().positions.front();
    QVERIFY(position.quantity.isMultipleOf(dec("0.1")));
    QTRY_VERIFY_WITH_TIMEOUT(restingStop(fixture.venue), 20000);
    QVERIFY2(fixture.venue.offGridRefusals().isEmpty(),
        qPrintable(fixture.venue.offGridRefusals().join(u", ")));
    for (const FakeVenue::Order& order : fixture.venue.orders()) {
        QVERIFY(order.size.isMultipleOf(dec("0.1")));
        if (!order.configuration.startsWith(u"stop_limit"))
            continue;
        QCOMPARE(order.stopPrice, *position.stop);
        QVERIFY(order.stopPrice.isMultipleOf(dec("0.00001")));
        QVERIFY(order.limitPrice.isMultipleOf(dec("0.00001")));
        // 1 % under the stop on DOGE's grid: not rounded down to a cent (2 % and more lower).
        QCOMPARE(order.limitPrice,
            order.stopPrice.times(dec("0.99"))
                .value()
                .roundedToIncrement(dec("0.00001"), RoundingMode::Down)
                .value());
    }
}

// Before Coinbase's list names the product, its increments are unknown: the bot's entry is
// refused as an unknown product and nothing reaches the venue; once the list has it, it trades.
void tst_ProductGrid::liveSessionOrdersNothingOnAnUnlistedProduct()
{
    Venue fixture;
    ProductCatalog catalog;
    DogeDesk desk(fixture.venue, fixture.key, catalog);
    QVERIFY(desk.trader.open());
    QSignalSpy events(&desk.trader, &TradingEngine::tradingEvent);
    size_t played = 0;
    const auto refusedUnknown = [&] {
        return std::any_of(events.begin(), events.end(), [](const QVariantList& e) {
            return e.at(0).value<TradingEvent>().reasonName() == QLatin1String("unknown_product");
        });
    };
    while (played < fixture.candles.size() && !refusedUnknown()) {
        playCandles(desk.hub, Doge, fixture.candles, played, played + 1);
        ++played;
    }
    QVERIFY(refusedUnknown());
    // Refused in the engine, before any order exists: none in flight, none in its book.
    QCOMPARE(desk.trader.ordersInFlight(), 0);
    QVERIFY(desk.trader.snapshot().orders.empty());

    catalog.learn({doge()});
    std::vector<Candle> rest(fixture.candles.begin() + qsizetype(played), fixture.candles.end());
    QVERIFY(desk.playUntilLong(rest));
    QVERIFY(fixture.venue.postsTo(QStringLiteral("/orders")) > 0);
    QVERIFY(fixture.venue.offGridRefusals().isEmpty());
}

// A refreshed list without the product (Coinbase delisting it, or a partial answer) stops new
// entries only: the open position keeps its stop and target, in the engine and at the venue.
void tst_ProductGrid::productLeavingTheListKeepsThePositionsStop()
{
    Venue fixture;
    ProductCatalog catalog;
    catalog.learn({doge()});
    DogeDesk desk(fixture.venue, fixture.key, catalog);
    QVERIFY(desk.trader.open());
    QVERIFY(desk.playUntilLong(fixture.candles));
    QTRY_VERIFY_WITH_TIMEOUT(restingStop(fixture.venue), 20000);
    const OpenPosition before = desk.trader.snapshot().positions.front();
    QVERIFY(before.stop);
    const QString stopId = restingStop(fixture.venue)->orderId;

    catalog.learn({product("XYZ-USD", "0.01", "1")});
    const TradingSnapshot after = desk.trader.snapshot();
    QCOMPARE(after.positions.size(), size_t(1));
    QCOMPARE(after.positions.front().stop, before.stop);
    QCOMPARE(after.positions.front().target, before.target);
    QVERIFY(restingStop(fixture.venue));
    QCOMPARE(restingStop(fixture.venue)->orderId, stopId);

    // Back in the list: the same position, the same stop.
    catalog.learn({doge()});
    QCOMPARE(desk.trader.snapshot().positions.front().stop, before.stop);
    QCOMPARE(restingStop(fixture.venue)->orderId, stopId);
}

QTEST_GUILESS_MAIN(tst_ProductGrid)
#include "tst_productgrid.moc"

// T22 stale-price guard: one product's prices freeze while the others keep flowing. Its health
// turns Stale once its last price is older than the limit in market time, and Live again with
// its next price; the feed's own word (a lost connection, a resync) comes first.

#include "core/market/producthealth.h"

#include <QTest>

using namespace Candela::Core;
using namespace std::chrono_literals;

namespace {
const QString Btc = QStringLiteral("BTC-USD");
const QString Eth = QStringLiteral("ETH-USD");
const Timestamp Start = fromUnixSeconds(1'786'000'000);

MarketMessage ticker(const QString& product, std::chrono::milliseconds at)
{
    TickerEvent event;
    event.productId = product;
    event.price = Decimal::fromInteger(100);
    return {Channel::Ticker, QStringLiteral("ticker"), -1, Start + at, {event}};
}

MarketMessage trade(const QString& product, std::chrono::milliseconds at)
{
    Trade print;
    print.productId = product;
    print.price = Decimal::fromInteger(100);
    print.size = Decimal::fromInteger(1);
    return {Channel::MarketTrades, QStringLiteral("market_trades"), -1, Start + at,
        {TradesEvent{false, {print}}}};
}

MarketMessage candle(const QString& product, std::chrono::milliseconds at)
{
    CandlesEvent event;
    event.productId = product;
    event.candles.push_back(Candle{});
    return {Channel::Candles, QStringLiteral("candles"), -1, Start + at, {event}};
}

MarketMessage heartbeat(std::chrono::milliseconds at)
{
    return {Channel::Heartbeats, QStringLiteral("heartbeats"), -1, Start + at, {HeartbeatEvent{}}};
}

bool changed(const ProductHealth::Changes& changes, const QString& product, DataHealth health)
{
    return std::find(changes.begin(), changes.end(), std::pair{product, health}) != changes.end();
}
} // namespace

class tst_ProductHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFrozenProductGoesStaleWhileOthersFlow();
    void theFeedsWordComesFirst();
    void candlesDoNotRefreshAPriceButHeartbeatsMoveTheClock();
};

void tst_ProductHealth::aFrozenProductGoesStaleWhileOthersFlow()
{
    ProductHealth health(60s);
    QVERIFY(changed(health.apply(ticker(Btc, 0s)), Btc, DataHealth::Live));
    QVERIFY(changed(health.apply(trade(Eth, 1s)), Eth, DataHealth::Live));
    // ETH keeps trading; BTC says nothing. At exactly the limit BTC is still live.
    for (auto at = 2s; at <= 60s; at += 1s)
        QVERIFY(health.apply(trade(Eth, at)).empty());
    QCOMPARE(health.health(Btc), DataHealth::Live);
    const auto past = health.apply(trade(Eth, 60s + 1ms));
    QCOMPARE(past.size(), size_t(1));
    QVERIFY(changed(past, Btc, DataHealth::Stale));
    QCOMPARE(health.health(Eth), DataHealth::Live);
    QCOMPARE(health.all().value(Btc), DataHealth::Stale);
    // Its next price, even one dated earlier than the market's clock, makes it live again.
    QVERIFY(changed(health.apply(ticker(Btc, 30s)), Btc, DataHealth::Live));
    QCOMPARE(health.health(Btc), DataHealth::Live);
    // A product never priced is not judged by age.
    QCOMPARE(health.health(QStringLiteral("SOL-USD")), DataHealth::Live);
    QVERIFY(!health.all().contains(QStringLiteral("SOL-USD")));
}

void tst_ProductHealth::theFeedsWordComesFirst()
{
    ProductHealth health(60s);
    health.apply(ticker(Btc, 0s));
    QVERIFY(changed(health.setFeedHealth(Btc, DataHealth::Resyncing), Btc, DataHealth::Resyncing));
    health.apply(ticker(Btc, 1s)); // a price while the book resyncs does not make it live
    QCOMPARE(health.health(Btc), DataHealth::Resyncing);
    health.apply(trade(Eth, 120s));
    QCOMPARE(health.health(Btc), DataHealth::Resyncing); // still the feed's word
    // The feed says live again, but BTC's last price is two minutes old: stale until it prices.
    QVERIFY(changed(health.setFeedHealth(Btc, DataHealth::Live), Btc, DataHealth::Stale));
    QVERIFY(changed(health.apply(ticker(Btc, 121s)), Btc, DataHealth::Live));
    QVERIFY(changed(health.setFeedHealth(Eth, DataHealth::Stale), Eth, DataHealth::Stale));
    QVERIFY(health.setFeedHealth(Eth, DataHealth::Stale).empty()); // no change, no news
}

void tst_ProductHealth::candlesDoNotRefreshAPriceButHeartbeatsMoveTheClock()
{
    ProductHealth health(60s);
    health.apply(ticker(Btc, 0s));
    health.apply(candle(Btc, 30s)); // the candles channel repeats the bucket: not a price
    QVERIFY(health.apply(heartbeat(60s)).empty());
    QVERIFY(changed(health.apply(heartbeat(61s)), Btc, DataHealth::Stale));
    health.apply(candle(Btc, 62s));
    QCOMPARE(health.health(Btc), DataHealth::Stale);
    // A book change is a price.
    BookEvent book{Btc, false, {BookLevel{Side::Buy, Decimal::fromInteger(99), {}}}};
    QVERIFY(
        changed(health.apply({Channel::Level2, QStringLiteral("l2_data"), -1, Start + 63s, {book}}),
            Btc, DataHealth::Live));
}

QTEST_GUILESS_MAIN(tst_ProductHealth)
#include "tst_producthealth.moc"

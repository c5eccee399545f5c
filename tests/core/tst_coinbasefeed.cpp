// The live feed against the fake Coinbase server on 127.0.0.1 (RELIABILITY.md T19, T20, T23,
// T24). Timeouts are shrunk so the faults play out in well under a second each.

#include "core/coinbase/coinbasefeed.h"
#include "core/market/marketdatahub.h"

#include "fakecoinbaseserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Candela::Core;
using Candela::Test::FakeCoinbaseServer;
using namespace std::chrono;

namespace {

const QByteArray BtcSnapshot
    = R"([{"side":"bid","event_time":"1970-01-01T00:00:00Z","price_level":"65083.66","new_quantity":"0.2"},)"
      R"({"side":"offer","event_time":"1970-01-01T00:00:00Z","price_level":"65083.67","new_quantity":"0.3"}])";
const QByteArray BtcUpdate
    = R"([{"side":"bid","event_time":"2026-08-09T21:05:48.1Z","price_level":"65083.5","new_quantity":"1"}])";

CoinbaseFeed::Config configFor(const FakeCoinbaseServer& server)
{
    CoinbaseFeed::Config config;
    config.url = server.url();
    config.products = {QStringLiteral("BTC-USD"), QStringLiteral("ETH-USD")};
    config.staleAfter = milliseconds(2000);
    config.reconnect.initialDelay = milliseconds(10);
    config.reconnect.maxDelay = milliseconds(50);
    return config;
}

QStringList describe(const QList<QJsonObject>& requests)
{
    QStringList lines;
    for (const QJsonObject& request : requests) {
        QStringList products;
        for (const QJsonValue& product : request.value(QStringLiteral("product_ids")).toArray())
            products.append(product.toString());
        lines.append(request.value(QStringLiteral("type")).toString() + QLatin1Char(' ')
            + request.value(QStringLiteral("channel")).toString() + QLatin1Char(' ')
            + products.join(QLatin1Char(',')));
    }
    return lines;
}

const QStringList InitialSubscriptions{QStringLiteral("subscribe heartbeats "),
    QStringLiteral("subscribe ticker BTC-USD,ETH-USD"),
    QStringLiteral("subscribe candles BTC-USD,ETH-USD"),
    QStringLiteral("subscribe market_trades BTC-USD,ETH-USD"),
    QStringLiteral("subscribe level2 BTC-USD,ETH-USD")};

} // namespace

class tst_CoinbaseFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void subscribesOneMessagePerChannelInOrder();
    void snapshotMakesTheBookLive();
    void sequenceGapInvalidatesBooksAndResubscribesLevel2();
    void duplicateAndOutOfOrderFramesAreDroppedAndResync();
    void droppedDuplicateAndLateFramesRebuildTheMocksBook();
    void silentSocketGoesStaleAndReconnectsWithSubscriptions();
    void badFramesAreRejectedAndCountedWithoutDropping();
    void crossedBookResyncOnRequest();
    void reconnectStormStaysWithinEightConnectsPerSecond();

private:
    void startLive();

    std::unique_ptr<FakeCoinbaseServer> m_server;
    std::unique_ptr<CoinbaseFeed> m_feed;
    SystemClock m_clock;
};

void tst_CoinbaseFeed::init()
{
    m_server = std::make_unique<FakeCoinbaseServer>();
    m_server->setBookSnapshot(QStringLiteral("BTC-USD"), BtcSnapshot);
}

void tst_CoinbaseFeed::cleanup()
{
    m_feed.reset();
    m_server.reset();
}

void tst_CoinbaseFeed::startLive()
{
    m_feed = std::make_unique<CoinbaseFeed>(configFor(*m_server), m_clock);
    m_feed->start();
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
}

void tst_CoinbaseFeed::subscribesOneMessagePerChannelInOrder()
{
    startLive();
    QTRY_COMPARE(m_server->requests().value(0).size(), 5);
    QCOMPARE(describe(m_server->requests().at(0)), InitialSubscriptions);
}

void tst_CoinbaseFeed::snapshotMakesTheBookLive()
{
    m_feed = std::make_unique<CoinbaseFeed>(configFor(*m_server), m_clock);
    QSignalSpy messages(m_feed.get(), &MarketFeed::messageReceived);
    QSignalSpy health(m_feed.get(), &MarketFeed::healthChanged);
    m_feed->start();
    QTRY_VERIFY(!health.isEmpty());
    QCOMPARE(health.first().at(0).toString(), QStringLiteral("BTC-USD"));
    QCOMPARE(health.first().at(1).value<DataHealth>(), DataHealth::Live);
    bool sawSnapshot = false;
    for (const QList<QVariant>& arguments : std::as_const(messages)) {
        const auto message = arguments.at(0).value<MarketMessage>();
        for (const MarketEvent& event : message.events) {
            if (const auto* book = std::get_if<BookEvent>(&event)) {
                sawSnapshot = sawSnapshot
                    || (book->snapshot && book->productId == QLatin1String("BTC-USD")
                        && book->levels.size() == 2);
            }
        }
    }
    QVERIFY(sawSnapshot);
    QCOMPARE(m_feed->stats().rejectedFrames, 0);
}

// T19
void tst_CoinbaseFeed::sequenceGapInvalidatesBooksAndResubscribesLevel2()
{
    startLive();
    QSignalSpy invalidated(m_feed.get(), &MarketFeed::booksInvalidated);
    QSignalSpy health(m_feed.get(), &MarketFeed::healthChanged);
    m_server->sendL2Update(QStringLiteral("BTC-USD"), BtcUpdate);
    m_server->skipSequenceNumbers(3);
    m_server->sendL2Update(QStringLiteral("BTC-USD"), BtcUpdate);

    QTRY_COMPARE(invalidated.count(), 1);
    QCOMPARE(invalidated.first().at(0).toStringList(),
        QStringList({QStringLiteral("BTC-USD"), QStringLiteral("ETH-USD")}));
    QCOMPARE(m_feed->stats().sequenceGaps, 1);
    QTRY_COMPARE(m_server->requests().at(0).size(), 7);
    QCOMPARE(describe(m_server->requests().at(0).mid(5)),
        QStringList({QStringLiteral("unsubscribe level2 BTC-USD,ETH-USD"),
            QStringLiteral("subscribe level2 BTC-USD,ETH-USD")}));
    // Resyncing, then live again on the fresh snapshot the server answers with.
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
    QCOMPARE(health.first().at(1).value<DataHealth>(), DataHealth::Resyncing);
    QCOMPARE(m_feed->stats().connects, 1);
}

void tst_CoinbaseFeed::duplicateAndOutOfOrderFramesAreDroppedAndResync()
{
    startLive();
    QSignalSpy messages(m_feed.get(), &MarketFeed::messageReceived);
    QSignalSpy invalidated(m_feed.get(), &MarketFeed::booksInvalidated);
    m_server->sendHeartbeat();
    QTRY_COMPARE(messages.count(), 1);
    m_server->resendLastFrame();
    QTRY_COMPARE(m_feed->stats().duplicateOrOutOfOrder, 1);
    QTRY_COMPARE(invalidated.count(), 1);
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);

    const int before = int(messages.count());
    m_server->sendNextFrameOutOfOrder();
    m_server->sendHeartbeat();
    QTRY_COMPARE(m_feed->stats().duplicateOrOutOfOrder, 2);
    QTRY_COMPARE(invalidated.count(), 2);
    // Neither the duplicate nor the out-of-order frame reached the listeners.
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
    for (qsizetype i = before; i < messages.count(); ++i)
        QVERIFY(messages.at(i).at(0).value<MarketMessage>().channel != Channel::Heartbeats);
}

// T19 end to end: the books behind the feed are rebuilt to exactly the server's snapshot.
void tst_CoinbaseFeed::droppedDuplicateAndLateFramesRebuildTheMocksBook()
{
    const QString btc = QStringLiteral("BTC-USD");
    m_feed = std::make_unique<CoinbaseFeed>(configFor(*m_server), m_clock);
    MarketDataHub hub(*m_feed);
    m_feed->start();
    QTRY_VERIFY(hub.state().book(btc) && hub.state().book(btc)->isValid());

    m_server->sendL2Update(btc, BtcUpdate); // applied: a second bid level
    QTRY_COMPARE(hub.state().book(btc)->bidLevelCount(), size_t(2));

    QElapsedTimer pause;
    pause.start();
    m_server->skipSequenceNumbers(1); // one level2 frame dropped on the way
    m_server->sendL2Update(btc, R"([{"side":"bid","price_level":"65000","new_quantity":"9"}])");
    QTRY_COMPARE(m_feed->stats().sequenceGaps, 1);
    QTRY_COMPARE(m_feed->health(btc), DataHealth::Live);
    QVERIFY2(pause.elapsed() < 2000, qPrintable(QString::number(pause.elapsed()))); // our budget

    m_server->resendLastFrame(); // a duplicate
    m_server->sendNextFrameOutOfOrder(); // and a late one
    m_server->sendL2Update(btc, R"([{"side":"offer","price_level":"65100","new_quantity":"9"}])");
    QTRY_COMPARE(m_feed->stats().duplicateOrOutOfOrder, 2);
    QTRY_COMPARE(m_feed->health(btc), DataHealth::Live);
    QTRY_VERIFY(hub.state().book(btc)->isValid());

    const OrderBook& book = *hub.state().book(btc);
    QCOMPARE(book.bidLevelCount(), size_t(1));
    QCOMPARE(book.askLevelCount(), size_t(1));
    QCOMPARE(book.bestBid()->price, *Decimal::fromString(QStringLiteral("65083.66")));
    QCOMPARE(book.bestBid()->quantity, *Decimal::fromString(QStringLiteral("0.2")));
    QCOMPARE(book.bestAsk()->price, *Decimal::fromString(QStringLiteral("65083.67")));
}

// T20
void tst_CoinbaseFeed::silentSocketGoesStaleAndReconnectsWithSubscriptions()
{
    CoinbaseFeed::Config config = configFor(*m_server);
    config.staleAfter = milliseconds(300);
    m_feed = std::make_unique<CoinbaseFeed>(config, m_clock);
    QSignalSpy states(m_feed.get(), &MarketFeed::connectionStateChanged);
    m_feed->start();
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
    // The server now says nothing: no heartbeats.
    QTRY_VERIFY(m_server->connectionCount() >= 2);
    bool sawStale = false;
    for (const QList<QVariant>& arguments : std::as_const(states))
        sawStale = sawStale || arguments.at(0).value<ConnectionState>() == ConnectionState::Stale;
    QVERIFY(sawStale);
    QTRY_COMPARE(m_server->requests().value(1).size(), 5);
    QCOMPARE(describe(m_server->requests().at(1)), InitialSubscriptions);
}

// T23
void tst_CoinbaseFeed::badFramesAreRejectedAndCountedWithoutDropping()
{
    startLive();
    QSignalSpy messages(m_feed.get(), &MarketFeed::messageReceived);
    QByteArray huge = R"({"channel":"heartbeats","events":[{"heartbeat_counter":1}]})";
    huge.insert(1, QByteArray(12 * 1024 * 1024, ' '));
    m_server->sendRaw("not json at all");
    m_server->sendRaw(R"({"channel":"l2_data","events":[{"type":"update",)");
    m_server->sendRaw(huge);
    m_server->sendBinary(QByteArray("\x00\x01\x02", 3));
    m_server->sendRaw(
        R"({"channel":"ticker","events":[{"type":"update","tickers":[{"product_id":"BTC-USD","price":"1e9"}]}]})");
    m_server->sendHeartbeat();
    QTRY_COMPARE(messages.count(), 1);
    QCOMPARE(messages.first().at(0).value<MarketMessage>().channel, Channel::Heartbeats);
    QCOMPARE(m_feed->stats().rejectedFrames, 5);
    QCOMPARE(m_feed->stats().connects, 1);
    QCOMPARE(m_server->openConnections(), 1);
    QCOMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
    QCOMPARE(m_feed->stats().resyncs, 0);

    // A rejected frame that carried a sequence number leaves a gap: the books resync.
    m_server->skipSequenceNumbers(1);
    m_server->sendHeartbeat();
    QTRY_COMPARE(m_feed->stats().resyncs, 1);
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
}

void tst_CoinbaseFeed::crossedBookResyncOnRequest()
{
    startLive();
    QSignalSpy invalidated(m_feed.get(), &MarketFeed::booksInvalidated);
    m_feed->requestResync(QStringLiteral("BTC-USD"));
    QCOMPARE(invalidated.count(), 1);
    QCOMPARE(invalidated.first().at(0).toStringList(), QStringList({QStringLiteral("BTC-USD")}));
    QTRY_COMPARE(m_server->requests().at(0).size(), 7);
    QCOMPARE(describe(m_server->requests().at(0).mid(5)),
        QStringList({QStringLiteral("unsubscribe level2 BTC-USD"),
            QStringLiteral("subscribe level2 BTC-USD")}));
    QTRY_COMPARE(m_feed->health(QStringLiteral("BTC-USD")), DataHealth::Live);
    m_feed->requestResync(QStringLiteral("DOGE-USD")); // not ours: ignored
    QCOMPARE(invalidated.count(), 1);
}

// T24, against a real socket: every connection is dropped on accept.
void tst_CoinbaseFeed::reconnectStormStaysWithinEightConnectsPerSecond()
{
    m_server->setDropOnConnect(true);
    CoinbaseFeed::Config config = configFor(*m_server);
    config.reconnect.initialDelay = milliseconds(1);
    config.reconnect.maxDelay = milliseconds(5);
    m_feed = std::make_unique<CoinbaseFeed>(config, m_clock);
    m_feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->connectionCount() >= 17, 10000);
    m_feed->stop();
    const QList<qint64> times = m_server->connectTimesMs();
    qsizetype oldest = 0;
    for (qsizetype newest = 0; newest < times.size(); ++newest) {
        while (times[newest] - times[oldest] >= 1000)
            ++oldest;
        // The server sees accepts a little after the client's attempts; allow for that skew.
        QVERIFY2(newest - oldest + 1 <= 9, qPrintable(QString::number(newest - oldest + 1)));
    }
    QVERIFY(times.last() - times.first() >= 1000); // 17 connects need more than a second
}

QTEST_GUILESS_MAIN(tst_CoinbaseFeed)
#include "tst_coinbasefeed.moc"

#include "core/coinbase/tradingrestclient.h"

#include "decimalliteral.h"
#include "fakevenue.h"
#include "jwtverifier.h"
#include "testkeys.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;
using Fault = FakeVenue::Fault;
using Client = TradingRestClient;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

Order marketBuy(const QString& clientOrderId)
{
    Order order;
    order.clientOrderId = clientOrderId;
    order.productId = QStringLiteral("BTC-USD");
    order.side = Side::Buy;
    order.type = OrderType::Market;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    order.quantity = dec("0.01");
    return order;
}

Order restingSell(const QString& clientOrderId)
{
    Order order = marketBuy(clientOrderId);
    order.side = Side::Sell;
    order.type = OrderType::Limit;
    order.timeInForce = TimeInForce::GoodTilCancelled;
    order.limitPrice = dec("90000");
    return order;
}

} // namespace

class tst_TradingRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyRequestCarriesItsOwnVerifiedToken();
    void acceptedOrderIsAtTheVenueOnce();
    void submitIsSentOnceWhateverTheAnswer_data();
    void submitIsSentOnceWhateverTheAnswer();
    void orderSentAsTheVenueClosesAnIdleConnectionArrives_data();
    void orderSentAsTheVenueClosesAnIdleConnectionArrives();
    void cancelIsSentOnceWhateverTheAnswer_data();
    void cancelIsSentOnceWhateverTheAnswer();
    void cancelsGoInBatchesOfAHundred();
    void getsAreRetriedWithinTheirBudget();
    void pagesAreFollowed();
    void findOrderByClientId();
    void feeTierAndPreviewPlaceNothing();
    void tokenBucketKeepsTheBudget();
    void reservedLaneNeverWaitsBehindBotTraffic();
    void tooManyRequestsPausesTheNormalLane();

private:
    std::unique_ptr<Client> makeClient(Client::Config config = {});
    Client::SubmitResult submit(Client& client, const Order& order);
    std::vector<Client::CancelResult> cancel(
        Client& client, const QStringList& ids, Client::Lane lane = Client::Lane::Normal);

    QByteArray m_keyPem;
    std::optional<SigningKey> m_key;
    SystemClock m_clock;
    std::unique_ptr<FakeVenue> m_venue;
};

void tst_TradingRestClient::initTestCase()
{
    m_keyPem = Candela::TestData::newP256KeyPem();
    auto key = SigningKey::fromText(m_keyPem);
    QVERIFY(key);
    m_key = *key;
}

void tst_TradingRestClient::init()
{
    m_venue = std::make_unique<FakeVenue>(m_key->publicKeyPem(), KeyName);
    m_venue->setPrice(QStringLiteral("BTC-USD"), dec("80000"));
}

void tst_TradingRestClient::cleanup()
{
    m_venue.reset();
}

std::unique_ptr<Client> tst_TradingRestClient::makeClient(Client::Config config)
{
    config.baseUrl = m_venue->baseUrl();
    if (config.timeout == Client::Config{}.timeout)
        config.timeout = std::chrono::milliseconds(1000); // a loaded machine still answers
    config.initialBackoff = std::chrono::milliseconds(10);
    if (config.requestsPerSecond == Client::Config{}.requestsPerSecond) {
        config.requestsPerSecond = 1000;
        config.burst = 100;
    }
    return std::make_unique<Client>(config, Client::Credentials{*m_key, KeyName}, m_clock);
}

Client::SubmitResult tst_TradingRestClient::submit(Client& client, const Order& order)
{
    std::optional<Client::SubmitResult> result;
    client.submitOrder(order, [&](Client::SubmitResult r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000); }();
    return result.value_or(Client::SubmitResult{});
}

std::vector<Client::CancelResult> tst_TradingRestClient::cancel(
    Client& client, const QStringList& ids, Client::Lane lane)
{
    std::optional<std::vector<Client::CancelResult>> result;
    client.cancelOrders(ids, lane, [&](std::vector<Client::CancelResult> r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000); }();
    return result.value_or(std::vector<Client::CancelResult>{});
}

// T28: a fresh token per request, verified by OpenSSL with the public key alone, uri naming the
// method and path without the query, no nonce twice.
void tst_TradingRestClient::everyRequestCarriesItsOwnVerifiedToken()
{
    auto client = makeClient();
    QCOMPARE(submit(*client, marketBuy(QStringLiteral("t28-1"))).kind,
        Client::SubmitResult::Kind::Accepted);
    std::optional<Result<std::vector<CoinbaseOrders::VenueOrder>>> orders;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("product_ids"), QStringLiteral("BTC-USD"));
    client->listOrders(query, [&](auto r) { orders = r; });
    QTRY_VERIFY(orders.has_value());
    QVERIFY(*orders);
    QCOMPARE(submit(*client, marketBuy(QStringLiteral("t28-2"))).kind,
        Client::SubmitResult::Kind::Accepted);

    const QList<QByteArray> tokens = m_venue->tokens();
    QCOMPARE(tokens.size(), 3);
    QVERIFY2(m_venue->authProblems().isEmpty(), qPrintable(m_venue->authProblems().join(u'\n')));
    QSet<QString> nonces;
    for (const QByteArray& token : tokens) {
        const auto decoded = Candela::Test::decodeJwt(token);
        QVERIFY(decoded);
        QCOMPARE(decoded->header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(decoded->header.value(QStringLiteral("kid")).toString(), KeyName);
        nonces.insert(decoded->header.value(QStringLiteral("nonce")).toString());
    }
    QCOMPARE(nonces.size(), 3);
    const QString getUri
        = Candela::Test::decodeJwt(tokens[1])->claims.value(QStringLiteral("uri")).toString();
    QCOMPARE(
        getUri, QStringLiteral("GET api.coinbase.com/api/v3/brokerage/orders/historical/batch"));

    // A token signed by another key is refused by the venue (the check can fail).
    auto other = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(other);
    Client::Config config;
    config.baseUrl = m_venue->baseUrl();
    Client impostor(config, Client::Credentials{*other, KeyName}, m_clock);
    QCOMPARE(submit(impostor, marketBuy(QStringLiteral("t28-3"))).kind,
        Client::SubmitResult::Kind::Unknown);
    QCOMPARE(m_venue->authProblems(), QStringList{QStringLiteral("bad signature")});
    QCOMPARE(m_venue->ordersWithClientId(QStringLiteral("t28-3")), 0);
}

void tst_TradingRestClient::acceptedOrderIsAtTheVenueOnce()
{
    auto client = makeClient();
    const auto first = submit(*client, marketBuy(QStringLiteral("once-1")));
    QVERIFY2(m_venue->authProblems().isEmpty(), qPrintable(m_venue->authProblems().join(u'\n')));
    QVERIFY2(first.kind == Client::SubmitResult::Kind::Accepted, qPrintable(first.reason));
    QCOMPARE(first.kind, Client::SubmitResult::Kind::Accepted);
    QVERIFY(!first.venueOrderId.isEmpty());
    const FakeVenue::Order* placed = m_venue->order(first.venueOrderId);
    QVERIFY(placed);
    QCOMPARE(placed->status, QStringLiteral("FILLED"));
    QCOMPARE(placed->size, dec("0.01"));
    QCOMPARE(placed->configuration, QStringLiteral("market_market_ioc"));
    // Coinbase's idempotency key: the same client id again is the same order, not a second one.
    const auto again = submit(*client, marketBuy(QStringLiteral("once-1")));
    QCOMPARE(again.venueOrderId, first.venueOrderId);
    QCOMPARE(m_venue->ordersWithClientId(QStringLiteral("once-1")), 1);
}

// T01/T04: only a definitive answer rejects; everything else leaves the order unknown, and the
// POST reached the wire exactly once, whatever happened to it.
void tst_TradingRestClient::submitIsSentOnceWhateverTheAnswer_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expected");
    const auto row = [](const char* name, Fault fault, Client::SubmitResult::Kind kind) {
        QTest::newRow(name) << int(fault) << int(kind);
    };
    using Kind = Client::SubmitResult::Kind;
    row("lost ack (reset)", Fault::LoseAck, Kind::Unknown);
    row("503 after taking it", Fault::ServerErrorAfter, Kind::Unknown);
    row("timeout after taking it", Fault::TimeoutAfter, Kind::Unknown);
    row("broken json", Fault::BrokenJsonAfter, Kind::Unknown);
    row("500", Fault::ServerErrorBefore, Kind::Unknown);
    row("timeout", Fault::TimeoutBefore, Kind::Unknown);
    row("429", Fault::TooManyRequests, Kind::Unknown);
    row("401", Fault::Unauthorized, Kind::Unknown);
    row("403", Fault::Forbidden, Kind::Unknown);
    row("400 with failure reason", Fault::BadRequest, Kind::Rejected);
    row("200 success false", Fault::Refuse, Kind::Rejected);
}

void tst_TradingRestClient::submitIsSentOnceWhateverTheAnswer()
{
    QFETCH(int, fault);
    QFETCH(int, expected);
    auto client = makeClient();
    constexpr int Repeats = 10;
    for (int i = 0; i < Repeats; ++i) {
        m_venue->scriptFaults(QStringLiteral("/orders"), {Fault(fault)});
        const QString id = QStringLiteral("t01-%1").arg(i);
        const auto result = submit(*client, marketBuy(id));
        QCOMPARE(int(result.kind), expected);
        QCOMPARE(m_venue->postsTo(QStringLiteral("/orders")), i + 1);
        QCOMPARE(m_venue->ordersWithClientId(id), FakeVenue::takesEffect(Fault(fault)) ? 1 : 0);
        if (result.kind == Client::SubmitResult::Kind::Rejected)
            QVERIFY(!result.reason.isEmpty());
    }
    QCOMPARE(client->postsSent(), Repeats);
}

// A server closes a kept-alive connection after a while idle. An order sent on such a connection
// as it closes would be lost: Qt may not send it again (it could be a second order), so it would
// stay unknown until the lookups call it never placed. Orders therefore leave on a connection of
// their own, never on one that waited idle.
void tst_TradingRestClient::orderSentAsTheVenueClosesAnIdleConnectionArrives_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("server says Connection: close") << true;
    QTest::newRow("server closes without a word") << false;
}

void tst_TradingRestClient::orderSentAsTheVenueClosesAnIdleConnectionArrives()
{
    QFETCH(bool, announced);
    m_venue->http().setAnnounceClose(announced);
    auto client = makeClient();
    constexpr int Orders = 20;
    for (int i = 0; i < Orders; ++i) {
        // Bot traffic leaves a connection idle; the venue closes it just as the order goes.
        std::optional<Result<std::vector<CoinbaseOrders::Balance>>> balances;
        client->listAccounts([&](auto r) { balances = r; });
        QTRY_VERIFY(balances.has_value());
        QVERIFY(*balances);
        const int connections = m_venue->http().connectionsAccepted();
        std::optional<Client::SubmitResult> result;
        client->submitOrder(marketBuy(QStringLiteral("idle-%1").arg(i)),
            [&](Client::SubmitResult r) { result = r; });
        m_venue->http().closeIdleConnections();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY2(result->kind == Client::SubmitResult::Kind::Accepted,
            qPrintable(QStringLiteral("order %1: %2").arg(i).arg(result->reason)));
        QVERIFY(m_venue->http().connectionsAccepted() > connections); // a connection of its own
    }
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders")), Orders);
}

void tst_TradingRestClient::cancelIsSentOnceWhateverTheAnswer_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expected");
    using Kind = Client::CancelResult::Kind;
    QTest::newRow("lost ack") << int(Fault::LoseAck) << int(Kind::Unknown);
    QTest::newRow("503") << int(Fault::ServerErrorAfter) << int(Kind::Unknown);
    QTest::newRow("timeout") << int(Fault::TimeoutBefore) << int(Kind::Unknown);
    QTest::newRow("broken json") << int(Fault::BrokenJsonAfter) << int(Kind::Unknown);
    QTest::newRow("429") << int(Fault::TooManyRequests) << int(Kind::Unknown);
    QTest::newRow("401") << int(Fault::Unauthorized) << int(Kind::Unknown);
    QTest::newRow("400") << int(Fault::BadRequest) << int(Kind::Refused);
    QTest::newRow("answered") << int(Fault::None) << int(Kind::Cancelled);
}

void tst_TradingRestClient::cancelIsSentOnceWhateverTheAnswer()
{
    QFETCH(int, fault);
    QFETCH(int, expected);
    auto client = makeClient();
    const auto placed = submit(*client, restingSell(QStringLiteral("resting")));
    QCOMPARE(placed.kind, Client::SubmitResult::Kind::Accepted);
    QCOMPARE(m_venue->order(placed.venueOrderId)->status, QStringLiteral("OPEN"));
    m_venue->scriptFaults(QStringLiteral("/orders/batch_cancel"), {Fault(fault)});
    const auto results = cancel(*client, {placed.venueOrderId});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(int(results.front().kind), expected);
    QCOMPARE(results.front().venueOrderId, placed.venueOrderId);
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders/batch_cancel")), 1);
    // A second cancel of a cancelled order is refused, not reported as cancelled again.
    if (FakeVenue::takesEffect(Fault(fault))) {
        const auto second = cancel(*client, {placed.venueOrderId});
        QCOMPARE(second.front().kind, Client::CancelResult::Kind::Refused);
    }
}

void tst_TradingRestClient::cancelsGoInBatchesOfAHundred()
{
    QStringList ids;
    for (int i = 0; i < 250; ++i)
        ids << m_venue->placeExternal(
            QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.001"), dec("1000"));
    ids << QStringLiteral("no-such-order");
    auto client = makeClient();
    const auto results = cancel(*client, ids, Client::Lane::Reserved);
    QCOMPARE(results.size(), size_t(251));
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders/batch_cancel")), 3);
    int cancelled = 0;
    for (const auto& result : results)
        cancelled += result.kind == Client::CancelResult::Kind::Cancelled;
    QCOMPARE(cancelled, 250);
    const auto missing = std::find_if(results.begin(), results.end(),
        [](const auto& r) { return r.venueOrderId == QLatin1String("no-such-order"); });
    QCOMPARE(missing->kind, Client::CancelResult::Kind::Refused);
    QCOMPARE(missing->reason, QStringLiteral("UNKNOWN_CANCEL_ORDER"));
}

void tst_TradingRestClient::getsAreRetriedWithinTheirBudget()
{
    auto client = makeClient();
    m_venue->scriptGetFaults(QStringLiteral("/accounts"),
        {Fault::ServerErrorBefore, Fault::TimeoutBefore, Fault::TooManyRequests});
    m_venue->setBalance(QStringLiteral("USD"), dec("1234.56"));
    std::optional<Result<std::vector<CoinbaseOrders::Balance>>> balances;
    client->listAccounts([&](auto r) { balances = r; });
    QTRY_VERIFY_WITH_TIMEOUT(balances.has_value(), 5000);
    QVERIFY(*balances);
    QCOMPARE((*balances)->front().available, dec("1234.56"));
    QCOMPARE(client->requestsSent(), 4);

    // Past the budget (4 attempts) the GET fails with a clear error.
    m_venue->scriptGetFaults(
        QStringLiteral("/accounts"), QList<Fault>(4, Fault::ServerErrorBefore));
    balances.reset();
    client->listAccounts([&](auto r) { balances = r; });
    QTRY_VERIFY_WITH_TIMEOUT(balances.has_value(), 5000);
    QVERIFY(!*balances);
    QVERIFY(balances->error().message.contains(QLatin1String("HTTP 500")));
    QCOMPARE(client->postsSent(), 0);
}

void tst_TradingRestClient::pagesAreFollowed()
{
    for (int i = 0; i < 230; ++i)
        m_venue->placeExternal(
            QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.001"), dec("1000"));
    const auto id = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.5"), dec("1000"));
    for (int i = 0; i < 120; ++i)
        m_venue->fillResting(id, dec("0.001"), dec("1000"));
    auto client = makeClient();
    std::optional<Result<std::vector<CoinbaseOrders::VenueOrder>>> orders;
    client->listOrders({}, [&](auto r) { orders = r; });
    QTRY_VERIFY(orders.has_value());
    QVERIFY(*orders);
    QCOMPARE((*orders)->size(), size_t(231));
    QCOMPARE(client->requestsSent(), 3); // 100 + 100 + 31

    std::optional<Result<std::vector<CoinbaseOrders::VenueFill>>> fills;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order_ids"), id);
    client->listFills(query, [&](auto r) { fills = r; });
    QTRY_VERIFY(fills.has_value());
    QVERIFY(*fills);
    QCOMPARE((*fills)->size(), size_t(120)); // three pages of at most 50, cursor only
    QSet<QString> trades;
    for (const auto& fill : **fills)
        trades.insert(fill.fill.tradeId);
    QCOMPARE(trades.size(), 120);
}

void tst_TradingRestClient::findOrderByClientId()
{
    auto client = makeClient();
    const Timestamp start = m_clock.now();
    m_venue->scriptFaults(QStringLiteral("/orders"), {Fault::LoseAck});
    QCOMPARE(submit(*client, restingSell(QStringLiteral("lost-1"))).kind,
        Client::SubmitResult::Kind::Unknown);
    m_venue->placeExternal(QStringLiteral("ETH-USD"), QStringLiteral("BUY"), dec("1"), dec("10"));
    std::optional<Result<std::vector<CoinbaseOrders::VenueOrder>>> found;
    client->listOrders(
        Client::ordersSince(QStringLiteral("BTC-USD"), start), [&](auto r) { found = r; });
    QTRY_VERIFY(found.has_value());
    QVERIFY(*found);
    QCOMPARE(found->value().size(), size_t(1)); // the product's orders only
    QCOMPARE(found->value().front().clientOrderId, QStringLiteral("lost-1"));
    QCOMPARE(found->value().front().status, std::optional<OrderStatus>(OrderStatus::Accepted));

    // Orders created before the window (less a quarter of an hour of slack) are not listed.
    found.reset();
    client->listOrders(
        Client::ordersSince(QStringLiteral("BTC-USD"), start + std::chrono::minutes(20)),
        [&](auto r) { found = r; });
    QTRY_VERIFY(found.has_value());
    QVERIFY(*found);
    QVERIFY(found->value().empty());
}

// The fee tier is read from the account, and a preview prices an order without placing it: no
// create request, no client order id in the body.
void tst_TradingRestClient::feeTierAndPreviewPlaceNothing()
{
    auto client = makeClient();
    std::optional<Result<CoinbaseOrders::FeeTier>> tier;
    client->feeTier([&](auto r) { tier = r; });
    QTRY_VERIFY(tier.has_value());
    QVERIFY(*tier);
    QCOMPARE((*tier)->takerFeeRate, m_venue->takerFeeRate);
    QCOMPARE((*tier)->makerFeeRate, m_venue->makerFeeRate);

    m_venue->setPrice(QStringLiteral("BTC-USD"), dec("100000"));
    m_venue->setBalance(QStringLiteral("USD"), dec("2000"));
    std::optional<Result<CoinbaseOrders::OrderPreview>> preview;
    client->previewOrder(marketBuy(QStringLiteral("p-1")), [&](auto r) { preview = r; });
    QTRY_VERIFY(preview.has_value());
    QVERIFY(*preview);
    QCOMPARE((*preview)->orderTotal, dec("1006")); // 0.01 × 100,000 + 0.6 %
    QVERIFY((*preview)->errors.isEmpty());
    m_venue->setBalance(QStringLiteral("USD"), dec("500"));
    preview.reset();
    client->previewOrder(marketBuy(QStringLiteral("p-2")), [&](auto r) { preview = r; });
    QTRY_VERIFY(preview.has_value());
    QVERIFY(*preview);
    QCOMPARE((*preview)->errors, QStringList{QStringLiteral("PREVIEW_INSUFFICIENT_FUND")});
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders")), 0);
    QVERIFY(m_venue->orders().empty());
}

// T26: the bucket holds traffic to its budget however fast requests are asked for.
void tst_TradingRestClient::tokenBucketKeepsTheBudget()
{
    TokenBucket bucket(10, 3);
    int taken = 0;
    for (qint64 ms = 0; ms <= 2000; ms += 5)
        while (bucket.tryTake(ms))
            ++taken;
    QCOMPARE(taken, 3 + 20); // the burst, then 10 a second for 2 s
    TokenBucket empty(4, 1);
    QVERIFY(empty.tryTake(0));
    QCOMPARE(empty.msUntilToken(0), 251);
    QVERIFY(!empty.tryTake(249));
    QVERIFY(empty.tryTake(251));

    Client::Config config;
    config.requestsPerSecond = 40;
    config.burst = 5;
    auto client = makeClient(config);
    int answered = 0;
    for (int i = 0; i < 25; ++i)
        client->listAccounts([&](auto) { ++answered; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 25, 5000);
    const QList<qint64> times = m_venue->http().requestTimesMs();
    QCOMPARE(times.size(), 25);
    // After the burst of 5, 20 more at 40/s take at least half a second.
    QVERIFY2(times.last() - times.first() >= 450,
        qPrintable(QStringLiteral("%1 ms").arg(times.last() - times.first())));
}

// T26: kill-switch cancels use their own lane and go out ahead of queued bot traffic.
void tst_TradingRestClient::reservedLaneNeverWaitsBehindBotTraffic()
{
    const QString id = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.001"), dec("1000"));
    Client::Config config;
    config.requestsPerSecond = 2;
    config.burst = 2;
    auto client = makeClient(config);
    int answered = 0;
    for (int i = 0; i < 30; ++i)
        client->listAccounts([&](auto) { ++answered; });
    const auto results = cancel(*client, {id}, Client::Lane::Reserved);
    QCOMPARE(results.front().kind, Client::CancelResult::Kind::Cancelled);
    // The cancel was answered while most of the bot traffic still waits in its lane.
    QVERIFY2(answered < 10, qPrintable(QString::number(answered)));
    const QList<QUrl> requests = m_venue->http().requests();
    const auto cancelAt = std::find_if(requests.begin(), requests.end(),
        [](const QUrl& url) { return url.path().endsWith(QLatin1String("batch_cancel")); });
    QVERIFY(cancelAt - requests.begin() <= 3);
}

void tst_TradingRestClient::tooManyRequestsPausesTheNormalLane()
{
    Client::Config config;
    config.initialBackoff = std::chrono::milliseconds(10);
    auto client = makeClient(config);
    m_venue->http().failNextWith429(2, 1); // Retry-After: 1 s
    int answered = 0;
    client->listAccounts([&](auto) { ++answered; });
    client->listAccounts([&](auto) { ++answered; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 5000);
    const QList<qint64> times = m_venue->http().requestTimesMs();
    QCOMPARE(times.size(), 4);
    // Both retries waited out the Retry-After, not the 10 ms backoff.
    QVERIFY2(times[2] - times[0] >= 950, qPrintable(QString::number(times[2] - times[0])));
    QVERIFY(times[3] - times[0] >= 950);
}

QTEST_GUILESS_MAIN(tst_TradingRestClient)
#include "tst_tradingrestclient.moc"

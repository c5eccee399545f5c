#include "core/coinbase/userchannel.h"

#include "coinbasefixture.h"
#include "decimalliteral.h"
#include "fakecoinbaseserver.h"
#include "jwtverifier.h"
#include "testkeys.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeCoinbaseServer;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

QJsonObject fixture(const char* name)
{
    return QJsonDocument::fromJson(Candela::TestData::coinbaseFixture(name)).object();
}

// One user-channel order as Coinbase sends it: every field a string.
QByteArray userOrder(const QString& status, const char* quantity = "0", const char* value = "0",
    const char* fees = "0", int fills = 0)
{
    return QStringLiteral(R"({"order_id":"o-1","client_order_id":"c-1","product_id":"BTC-USD",
        "order_side":"BUY","status":"%1","cumulative_quantity":"%2","avg_price":"0",
        "filled_value":"%3","total_fees":"%4","number_of_fills":"%5","leaves_quantity":"0"})")
        .arg(status, QLatin1String(quantity), QLatin1String(value), QLatin1String(fees))
        .arg(fills)
        .toUtf8();
}

UserOrderUpdate cumulative(const Decimal& quantity, const Decimal& value, const Decimal& fees,
    int fills, const QString& status = QStringLiteral("OPEN"))
{
    UserOrderUpdate update;
    update.venueOrderId = QStringLiteral("o-1");
    update.venueStatus = status;
    update.cumulativeQuantity = quantity;
    update.filledValue = value;
    update.totalFees = fees;
    update.numberOfFills = fills;
    return update;
}

} // namespace

class tst_UserChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesTheFixture();
    void cumulativeUpdatesBecomeTheVenuesFills();
    void replaysAndLateUpdatesAddNothing();
    void unknownStatusesAndBrokenOrdersAreNeverTerminal();
    void subscribesWithAFreshTokenAndWaitsForConfirmation();
    void noConfirmationMeansNotReady();
    void errorFrameMeansNotReady();
    void everyReconnectSubscribesAfreshWithNewTokens();

private:
    // `confirmWithin`: long enough that a loaded machine does not give up on a good server.
    std::unique_ptr<UserChannel> makeChannel(const FakeCoinbaseServer& server,
        std::chrono::milliseconds confirmWithin = std::chrono::milliseconds(3000));

    std::optional<SigningKey> m_key;
    SystemClock m_clock;
};

void tst_UserChannel::initTestCase()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    m_key = *key;
}

std::unique_ptr<UserChannel> tst_UserChannel::makeChannel(
    const FakeCoinbaseServer& server, std::chrono::milliseconds confirmWithin)
{
    UserChannel::Config config;
    config.url = server.url();
    config.confirmWithin = confirmWithin;
    config.reconnect.initialDelay = std::chrono::milliseconds(20);
    return std::make_unique<UserChannel>(config, *m_key, KeyName, m_clock);
}

void tst_UserChannel::decodesTheFixture()
{
    const auto frame = decodeUserFrame(fixture("ws_user.json"));
    QVERIFY(frame);
    QCOMPARE(frame->orders.size(), size_t(1));
    QCOMPARE(frame->malformedOrders, 0);
    const UserOrderUpdate& order = frame->orders.front();
    QCOMPARE(order.venueOrderId, QStringLiteral("YYY"));
    QCOMPARE(order.clientOrderId, QStringLiteral("XXX"));
    QCOMPARE(order.side, std::optional<Side>(Side::Buy));
    QCOMPARE(order.status, std::optional<OrderStatus>(OrderStatus::Filled));
    QCOMPARE(order.cumulativeQuantity, dec("0.01"));
    QCOMPARE(order.filledValue, std::optional<Decimal>(dec("500")));
    QCOMPARE(order.totalFees, dec("2"));
    QCOMPARE(order.numberOfFills, 1);
    QVERIFY(order.snapshot);
    QVERIFY(!decodeUserFrame(QJsonObject{{QStringLiteral("channel"), QStringLiteral("ticker")}}));
}

// T36: the per-fill quantity, price and fee derived from cumulative updates equal the venue's
// fills, and their sums equal the order's totals.
void tst_UserChannel::cumulativeUpdatesBecomeTheVenuesFills()
{
    struct VenueFill
    {
        Decimal size, price, fee;
    };
    const std::vector<VenueFill> venue{{dec("0.004"), dec("64000.10"), dec("1.5360024")},
        {dec("0.0015"), dec("64001.35"), dec("0.57601215")},
        {dec("0.0045"), dec("63999.99"), dec("1.72799973")}};
    CumulativeFills derive;
    Decimal quantity, value, fees, sumSize, sumFees;
    int count = 0;
    for (const VenueFill& fill : venue) {
        quantity = *quantity.plus(fill.size);
        value = *value.plus(*fill.price.times(fill.size));
        fees = *fees.plus(fill.fee);
        const auto derived = derive.apply(cumulative(quantity, value, fees, ++count));
        QVERIFY(derived);
        QCOMPARE(derived->size, fill.size);
        QCOMPARE(derived->price, fill.price);
        QCOMPARE(derived->fee, fill.fee);
        QCOMPARE(derived->fillsCovered, 1);
        sumSize = *sumSize.plus(derived->size);
        sumFees = *sumFees.plus(derived->fee);
    }
    QCOMPARE(sumSize, quantity);
    QCOMPARE(sumFees, fees);
    QCOMPARE(derive.filled(QStringLiteral("o-1")), dec("0.01"));

    // Two fills in one update: one record at their volume-weighted price, saying so.
    CumulativeFills merged;
    const auto both = merged.apply(cumulative(dec("0.0055"),
        *(*venue[0].price.times(venue[0].size)).plus(*venue[1].price.times(venue[1].size)),
        *venue[0].fee.plus(venue[1].fee), 2));
    QVERIFY(both);
    QCOMPARE(both->size, dec("0.0055"));
    QCOMPARE(both->fillsCovered, 2);
    QVERIFY(both->price > venue[0].price && both->price < venue[1].price);
}

// T17: a replay after a reconnect, a duplicate, or an older state arriving late adds nothing;
// the filled quantity never runs past what the venue reported.
void tst_UserChannel::replaysAndLateUpdatesAddNothing()
{
    CumulativeFills derive;
    QVERIFY(derive.apply(cumulative(dec("0.004"), dec("256"), dec("1.5"), 1)));
    QVERIFY(derive.apply(cumulative(dec("0.01"), dec("640"), dec("3.8"), 2)));
    QVERIFY(!derive.apply(cumulative(dec("0.01"), dec("640"), dec("3.8"), 2))); // replay
    QVERIFY(!derive.apply(cumulative(dec("0.004"), dec("256"), dec("1.5"), 1))); // late
    QVERIFY(!derive.apply(cumulative(dec("0"), dec("0"), dec("0"), 0))); // snapshot of nothing
    QCOMPARE(derive.filled(QStringLiteral("o-1")), dec("0.01"));
}

// T05: statuses that settle nothing, ones never seen, and orders missing fields.
void tst_UserChannel::unknownStatusesAndBrokenOrdersAreNeverTerminal()
{
    FakeCoinbaseServer server;
    auto channel = makeChannel(server);
    std::vector<UserOrderUpdate> updates;
    connect(channel.get(), &UserChannel::orderUpdated, this,
        [&](const UserOrderUpdate& update) { updates.push_back(update); });
    QSignalSpy ready(channel.get(), &UserChannel::readyChanged);
    channel->start();
    QTRY_VERIFY(channel->isReady());

    QByteArray orders;
    for (const char* status :
        {"QUEUED", "CANCEL_QUEUED", "PENDING", "UNKNOWN_ORDER_STATUS", "HALF_FILLED_MAYBE"})
        orders += userOrder(QString::fromLatin1(status)) + ',';
    orders += R"({"client_order_id":"no-order-id","status":"FILLED"},)";
    orders += R"({"order_id":"o-2","status":"FILLED","cumulative_quantity":"lots"})";
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNKNOWN_ORDER_STATUS")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("HALF_FILLED_MAYBE")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("2 order\\(s\\)")));
    server.sendChannel(QStringLiteral("user"), R"([{"type":"update","orders":[)" + orders + "]}]");
    server.sendRaw("{\"channel\":\"user\",\"events\":[{\"type\":"); // truncated
    QTRY_COMPARE(updates.size(), size_t(5));
    QTRY_COMPARE(channel->stats().malformed, qint64(3));
    for (const UserOrderUpdate& update : updates)
        QVERIFY2(!update.status, qPrintable(update.venueStatus));
    QCOMPARE(channel->stats().unknownStatuses, qint64(2));
    QVERIFY(channel->isReady()); // bad orders do not take the channel down
}

// T21, T28: heartbeats and user subscribed, each with its own verified WebSocket token; ready
// only on Coinbase's confirmation.
void tst_UserChannel::subscribesWithAFreshTokenAndWaitsForConfirmation()
{
    FakeCoinbaseServer server;
    auto channel = makeChannel(server);
    QSignalSpy ready(channel.get(), &UserChannel::readyChanged);
    channel->start();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toBool(), true);
    const QList<QJsonObject> requests = server.requests().value(0);
    QCOMPARE(requests.size(), 2);
    QSet<QString> nonces;
    for (const QJsonObject& request : requests) {
        const QByteArray token = request.value(QStringLiteral("jwt")).toString().toLatin1();
        const QString problem = Candela::Test::jwtProblem(
            token, m_key->publicKeyPem(), KeyName, {}, QDateTime::currentSecsSinceEpoch());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        nonces.insert(
            Candela::Test::decodeJwt(token)->header.value(QStringLiteral("nonce")).toString());
    }
    QCOMPARE(nonces.size(), 2);
    QCOMPARE(requests[1].value(QStringLiteral("channel")).toString(), QStringLiteral("user"));

    // A dropped connection: not ready, then ready again with new tokens.
    server.dropConnections();
    QTRY_COMPARE(ready.count(), 3);
    QCOMPARE(ready.at(1).at(0).toBool(), false);
    QCOMPARE(ready.at(2).at(0).toBool(), true);
    const QByteArray again
        = server.requests().value(1).value(1).value(QStringLiteral("jwt")).toString().toLatin1();
    QVERIFY(!again.isEmpty());
    QVERIFY(!nonces.contains(
        Candela::Test::decodeJwt(again)->header.value(QStringLiteral("nonce")).toString()));
}

void tst_UserChannel::noConfirmationMeansNotReady()
{
    FakeCoinbaseServer server;
    server.setSubscribeAnswer(FakeCoinbaseServer::SubscribeAnswer::Ignore);
    auto channel = makeChannel(server, std::chrono::milliseconds(200));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("no subscription confirmation")));
    channel->start();
    // It gives up on the silent connection and tries again, never ready meanwhile.
    QTRY_VERIFY(server.connectionCount() >= 2);
    QVERIFY(!channel->isReady());
    channel->stop();
}

void tst_UserChannel::errorFrameMeansNotReady()
{
    FakeCoinbaseServer server;
    server.setSubscribeAnswer(FakeCoinbaseServer::SubscribeAnswer::Error);
    auto channel = makeChannel(server);
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("authentication failure")));
    channel->start();
    QTRY_VERIFY(channel->stats().subscribeErrors >= 1);
    QVERIFY(!channel->isReady());
    channel->stop();
}

// T24 for the user channel: dropped twenty times, it comes back each time with heartbeats then
// user, once each, every subscribe carrying a token never used before, at most 8 connects a
// second.
void tst_UserChannel::everyReconnectSubscribesAfreshWithNewTokens()
{
    FakeCoinbaseServer server;
    UserChannel::Config config;
    config.url = server.url();
    config.reconnect.initialDelay = std::chrono::milliseconds(5);
    config.reconnect.stableAfter = std::chrono::milliseconds(1); // a confirmed one was fine
    UserChannel channel(config, *m_key, KeyName, m_clock);
    channel.start();
    constexpr int Drops = 20;
    for (int i = 0; i < Drops; ++i) {
        QTRY_VERIFY(channel.isReady());
        server.dropConnections();
        QTRY_VERIFY(!channel.isReady());
    }
    QTRY_VERIFY(channel.isReady());
    const QList<QList<QJsonObject>> connections = server.requests();
    QCOMPARE(connections.size(), Drops + 1);
    QSet<QString> nonces;
    for (const QList<QJsonObject>& requests : connections) {
        QCOMPARE(requests.size(), 2);
        QCOMPARE(
            requests[0].value(QStringLiteral("channel")).toString(), QStringLiteral("heartbeats"));
        QCOMPARE(requests[1].value(QStringLiteral("channel")).toString(), QStringLiteral("user"));
        for (const QJsonObject& request : requests)
            nonces.insert(
                Candela::Test::decodeJwt(request.value(QStringLiteral("jwt")).toString().toLatin1())
                    ->header.value(QStringLiteral("nonce"))
                    .toString());
    }
    QCOMPARE(nonces.size(), 2 * (Drops + 1));
    // The policy's cap: never more than 8 connects within any second. Seen from the server,
    // whose accepts lag the client's attempts by a scheduling slice: 50 ms of slack.
    const QList<qint64> times = server.connectTimesMs();
    for (qsizetype i = 8; i < times.size(); ++i)
        QVERIFY2(
            times[i] - times[i - 8] >= 950, qPrintable(QString::number(times[i] - times[i - 8])));
    channel.stop();
}

QTEST_GUILESS_MAIN(tst_UserChannel)
#include "tst_userchannel.moc"

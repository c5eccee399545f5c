#include "core/coinbase/publicrestclient.h"

#include "coinbasefixture.h"
#include "decimalliteral.h"
#include "fakecandles.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeHttpServer;
using namespace std::chrono;

namespace {

constexpr qint64 T0 = 1751328000; // 2025-07-01 00:00 UTC

// Serves one-minute candles for whatever range is asked, newest first like Coinbase.
FakeHttpServer::Response candlesFor(const QUrl& url)
{
    return Candela::Test::candlesAnswer(url, 60, T0, QByteArrayLiteral("1.5"));
}

} // namespace

class tst_PublicRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchesProducts();
    void splitsLongRangesIntoChunksOf350AndSortsThem();
    void pacesRequestsToTheConfiguredRate();
    void retriesAfter429AndSucceeds();
    void givesUpAfterTheLastAttempt();
    void clientErrorsAreNotRetried();
    void malformedBodyIsAParseError();
    void readsTheServerClockAndJudgesTheSkew();

private:
    PublicRestClient::Config config() const;
    Result<std::vector<Candle>> fetch(PublicRestClient& client, qint64 minutes);

    std::unique_ptr<FakeHttpServer> m_server;
};

void tst_PublicRestClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    m_server->setHandler(candlesFor);
}

PublicRestClient::Config tst_PublicRestClient::config() const
{
    PublicRestClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.maxRequestsPerSecond = 1000;
    config.initialBackoff = milliseconds(10);
    return config;
}

Result<std::vector<Candle>> tst_PublicRestClient::fetch(PublicRestClient& client, qint64 minutes)
{
    std::optional<Result<std::vector<Candle>>> result;
    client.fetchCandles(QStringLiteral("BTC-USD"), Timeframe::OneMinute, fromUnixSeconds(T0),
        fromUnixSeconds(T0 + minutes * 60), [&](Result<std::vector<Candle>> r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return makeError(ErrorCode::IoError, QStringLiteral("test timed out"));
    return *result;
}

void tst_PublicRestClient::fetchesProducts()
{
    m_server->setHandler([](const QUrl& url) -> FakeHttpServer::Response {
        if (url.path() == QLatin1String("/api/v3/brokerage/market/products"))
            return {200, Candela::TestData::coinbaseFixture("rest_list_products_response.json")};
        return {404, {}};
    });
    PublicRestClient client(config());
    std::optional<Result<std::vector<Product>>> result;
    client.fetchProducts([&](Result<std::vector<Product>> r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(*result, qPrintable(result->hasValue() ? QString() : result->error().message));
    QCOMPARE((*result)->size(), size_t(1));
    const Product& product = (*result)->front();
    QCOMPARE(product.id, QStringLiteral("BTC-USD"));
    QCOMPARE(product.baseCurrency, QStringLiteral("BTC"));
    QCOMPARE(product.baseIncrement, dec("0.00000001"));
    QCOMPARE(product.baseMaxSize, dec("1000"));
    QVERIFY(!product.tradingDisabled);
    QVERIFY(product.cancelOnly); // the fixture's documented sample flags
    QVERIFY(product.limitOnly);
}

void tst_PublicRestClient::splitsLongRangesIntoChunksOf350AndSortsThem()
{
    PublicRestClient client(config());
    const auto candles = fetch(client, 800);
    QVERIFY2(candles, qPrintable(candles ? QString() : candles.error().message));
    QCOMPARE(candles->size(), size_t(800));
    for (size_t i = 0; i < candles->size(); ++i)
        QCOMPARE(toUnixSeconds((*candles)[i].start), T0 + qint64(i) * 60);
    QCOMPARE(candles->back().close, dec("899"));

    const QList<QUrl> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QStringList ranges;
    for (const QUrl& url : requests) {
        const QUrlQuery query(url);
        QCOMPARE(url.path(), QStringLiteral("/api/v3/brokerage/market/products/BTC-USD/candles"));
        QCOMPARE(query.queryItemValue(QStringLiteral("granularity")), QStringLiteral("ONE_MINUTE"));
        ranges.append(
            QString::number(query.queryItemValue(QStringLiteral("start")).toLongLong() - T0)
            + QLatin1Char('-')
            + QString::number(query.queryItemValue(QStringLiteral("end")).toLongLong() - T0));
    }
    QCOMPARE(ranges,
        QStringList({QStringLiteral("0-20999"), QStringLiteral("21000-41999"),
            QStringLiteral("42000-47999")}));
}

void tst_PublicRestClient::pacesRequestsToTheConfiguredRate()
{
    PublicRestClient::Config paced = config();
    paced.maxRequestsPerSecond = 20;
    PublicRestClient client(paced);
    QVERIFY(fetch(client, 350 * 25));
    const QList<qint64> times = m_server->requestTimesMs();
    QCOMPARE(times.size(), 25);
    qsizetype oldest = 0; // of the requests within a second of the newest
    for (qsizetype newest = 0; newest < times.size(); ++newest) {
        while (times[newest] - times[oldest] >= 1000)
            ++oldest;
        QVERIFY2(newest - oldest + 1 <= 20, qPrintable(QString::number(newest - oldest + 1)));
    }
}

void tst_PublicRestClient::retriesAfter429AndSucceeds()
{
    m_server->failNextWith429(2);
    PublicRestClient client(config());
    const auto candles = fetch(client, 10);
    QVERIFY(candles);
    QCOMPARE(candles->size(), size_t(10));
    QCOMPARE(m_server->requests().size(), 3);
}

void tst_PublicRestClient::givesUpAfterTheLastAttempt()
{
    m_server->failNextWith429(100);
    PublicRestClient::Config limited = config();
    limited.maxAttempts = 3;
    PublicRestClient client(limited);
    const auto candles = fetch(client, 10);
    QVERIFY(!candles);
    QVERIFY2(candles.error().message.contains(QLatin1String("429")),
        qPrintable(candles.error().message));
    QCOMPARE(m_server->requests().size(), 3);
}

void tst_PublicRestClient::clientErrorsAreNotRetried()
{
    m_server->setHandler([](const QUrl&) -> FakeHttpServer::Response {
        return {400, R"({"error":"INVALID_ARGUMENT","message":"granularity is invalid"})"};
    });
    PublicRestClient client(config());
    const auto candles = fetch(client, 10);
    QVERIFY(!candles);
    QVERIFY(candles.error().message.contains(QLatin1String("granularity is invalid")));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_PublicRestClient::malformedBodyIsAParseError()
{
    m_server->setHandler([](const QUrl&) -> FakeHttpServer::Response {
        return {200, "{\"candles\":[{"};
    });
    PublicRestClient client(config());
    const auto candles = fetch(client, 10);
    QVERIFY(!candles);
    QCOMPARE(candles.error().code, ErrorCode::ParseError);
}

// GET /time in the shapes it may take (its body is UNVERIFIED in REFERENCE.md), and the live
// gate's judgement of the difference: up to 30 s is fine, more blocks live trading with a
// message that says which way and by how much.
void tst_PublicRestClient::readsTheServerClockAndJudgesTheSkew()
{
    QByteArray body;
    m_server->setHandler([&](const QUrl& url) -> FakeHttpServer::Response {
        if (url.path() != QLatin1String("/api/v3/brokerage/time"))
            return {404, {}};
        return {200, body};
    });
    PublicRestClient client(config());
    const auto serverTime = [&](const QByteArray& answer) {
        body = answer;
        std::optional<Result<Timestamp>> result;
        client.fetchServerTime([&](Result<Timestamp> r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qFatal("no answer");
        return *result;
    };
    auto time = serverTime(
        R"({"iso":"2025-11-22T08:00:00Z","epochSeconds":"1763798400","epochMillis":"1763798400250"})");
    QVERIFY(time);
    QCOMPARE(time->time_since_epoch().count(), qint64(1763798400250000));
    time = serverTime(R"({"epochSeconds":1763798400})");
    QCOMPARE(toUnixSeconds(*time), qint64(1763798400));
    time = serverTime(R"({"iso":"2025-11-22T08:00:00Z"})");
    QCOMPARE(toUnixSeconds(*time), qint64(1763798400));
    QVERIFY(!serverTime(R"({"time":"soon"})"));
    QVERIFY(!serverTime("not json"));

    const Timestamp server = fromUnixSeconds(1763798400);
    QVERIFY(clockSkewProblem(server + std::chrono::seconds(29), server).isEmpty());
    QVERIFY(clockSkewProblem(server - std::chrono::seconds(30), server).isEmpty());
    const QString ahead = clockSkewProblem(server + std::chrono::seconds(31), server);
    QVERIFY(ahead.contains(QLatin1String("31.0 s ahead of Coinbase")));
    QVERIFY(clockSkewProblem(server - std::chrono::seconds(95), server)
                .contains(QLatin1String("95.0 s behind Coinbase")));
}

QTEST_GUILESS_MAIN(tst_PublicRestClient)
#include "tst_publicrestclient.moc"

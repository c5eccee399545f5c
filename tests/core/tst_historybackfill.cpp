#include "core/engine/historybackfill.h"
#include "core/market/marketdatahub.h"
#include "core/storage/candlecache.h"

#include "decimalliteral.h"
#include "fakehttpserver.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeHttpServer;

namespace {

constexpr qint64 T0 = 1751328000;
const QString Btc = QStringLiteral("BTC-USD");

// A feed that says nothing: the history is all the hub gets.
class SilentFeed final : public MarketFeed
{
public:
    void start() override { }
    void stop() override { }
    void requestResync(const QString&) override { }
};

FakeHttpServer::Response fiveMinuteCandles(const QUrl& url)
{
    const QUrlQuery query(url);
    const qint64 start = query.queryItemValue(QStringLiteral("start")).toLongLong();
    const qint64 end = query.queryItemValue(QStringLiteral("end")).toLongLong();
    QByteArray candles;
    for (qint64 time = start - start % 300; time <= end; time += 300) {
        candles += (candles.isEmpty() ? "" : ",") + QByteArray(R"({"start":")")
            + QByteArray::number(time)
            + R"(","low":"10","high":"12","open":"11","close":"11.5","volume":"2"})";
    }
    return {200, "{\"candles\":[" + candles + "]}"};
}

} // namespace

class tst_HistoryBackfill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCacheThenFetchesOnlyWhatIsNew();
};

void tst_HistoryBackfill::readsTheCacheThenFetchesOnlyWhatIsNew()
{
    FakeHttpServer server;
    server.setHandler(fiveMinuteCandles);
    PublicRestClient::Config config;
    config.baseUrl = server.baseUrl();
    config.maxRequestsPerSecond = 1000;
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("candles.db"));

    const auto runBackfill = [&](MarketDataHub& hub, qint64 toOffset) {
        HistoryBackfill backfill(hub, config, cachePath);
        std::optional<Status> outcome;
        backfill.fetch(Btc, Timeframe::FiveMinutes, fromUnixSeconds(T0),
            fromUnixSeconds(T0 + toOffset), [&](Status status) { outcome = status; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(*outcome);
    };

    SilentFeed feed;
    MarketDataHub first(feed);
    runBackfill(first, 3600);
    QCOMPARE(first.state().series(Btc, Timeframe::FiveMinutes)->candles().size(), size_t(12));
    {
        CandleCache cache;
        QVERIFY(cache.open(cachePath));
        QCOMPARE(cache.load(Btc, 300, fromUnixSeconds(T0), fromUnixSeconds(T0 + 3600))->size(),
            size_t(12));
    }

    // A restart: history comes from the cache, and only the newest bucket onwards is fetched.
    MarketDataHub second(feed);
    runBackfill(second, 7200);
    const auto& candles = second.state().series(Btc, Timeframe::FiveMinutes)->candles();
    QCOMPARE(candles.size(), size_t(24));
    QCOMPARE(candles.front().close, dec("11.5"));
    const QUrlQuery lastQuery(server.requests().last());
    QCOMPARE(lastQuery.queryItemValue(QStringLiteral("start")).toLongLong(), T0 + 3300);
}

QTEST_GUILESS_MAIN(tst_HistoryBackfill)
#include "tst_historybackfill.moc"

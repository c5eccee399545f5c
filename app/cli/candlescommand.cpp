#include "candlescommand.h"

#include "candlerange.h"

#include "core/coinbase/publicrestclient.h"
#include "core/market/csvcandles.h"
#include "core/market/timeframe.h"
#include "core/storage/candlecache.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTextStream>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

constexpr int ExitUsage = 2;

// One request's worth of buckets, fetched and stored as a unit.
Result<std::vector<Candle>> fetchChunk(PublicRestClient& client, const QString& product,
    Timeframe timeframe, Timestamp from, Timestamp to)
{
    std::optional<Result<std::vector<Candle>>> answer;
    QEventLoop loop;
    client.fetchCandles(product, timeframe, from, to, [&](Result<std::vector<Candle>> candles) {
        answer = std::move(candles);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

QString defaultCachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("candles.sqlite"));
}

} // namespace

int runCandles(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption productOption(
        QStringLiteral("product"), QString(), QStringLiteral("id"));
    const QCommandLineOption timeframeOption(
        QStringLiteral("timeframe"), QString(), QStringLiteral("5m"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QString(), QStringLiteral("file"));
    const QCommandLineOption restOption(
        QStringLiteral("rest-url"), QString(), QStringLiteral("url"));
    parser.addOptions({productOption, timeframeOption, cacheOption, restOption});
    parser.addOptions(CandleRange::options());
    const bool parsed = parser.parse(QStringList{QStringLiteral("candles")} + arguments);
    const auto timeframe = timeframeFromShortName(parser.value(timeframeOption));
    if (!parsed || !parser.isSet(productOption) || !timeframe
        || !parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))
        || !parser.positionalArguments().isEmpty()) {
        err << "usage: candela-cli candles --product BTC-USD --timeframe 1m|5m|15m|1h|4h|1d "
               "--from DATE --to DATE [--cache FILE] > candles.csv\n";
        return ExitUsage;
    }
    const auto range = CandleRange::bounds(parser);
    if (!range) {
        err << "candela-cli candles: " << range.error().message << '\n';
        return ExitUsage;
    }
    const QString product = parser.value(productOption);
    const auto bucket = std::chrono::seconds(seconds(*timeframe));
    const Timestamp from = bucketStart(range->first, *timeframe);
    // Nothing is asked of the future: the range ends with the bucket forming now.
    const Timestamp now = fromUnixSeconds(QDateTime::currentSecsSinceEpoch());
    const Timestamp to = std::min(range->second, bucketStart(now, *timeframe) + bucket);
    if (to <= from) {
        err << "candela-cli candles: --to must come after --from\n";
        return ExitUsage;
    }

    CandleCache cache;
    const QString cachePath
        = parser.isSet(cacheOption) ? parser.value(cacheOption) : defaultCachePath();
    if (const Status opened = cache.open(cachePath); !opened) {
        err << "candela-cli candles: " << opened.error().message << '\n';
        return 1;
    }
    PublicRestClient::Config config;
    if (parser.isSet(restOption))
        config.baseUrl = QUrl(parser.value(restOption));
    PublicRestClient client(config);

    // Chunk by chunk, oldest first. A chunk an earlier download fetched whole is skipped, which is
    // how a stopped run resumes and a longer range fetches only what is new.
    const auto chunk = bucket * PublicRestClient::MaxCandlesPerRequest;
    const auto total = double((to - from).count());
    int reported = -1;
    qint64 fetched = 0;
    for (Timestamp start = from; start < to; start += chunk) {
        const Timestamp end = std::min(to, start + chunk);
        const auto done = cache.wasFetched(product, bucket.count(), start, end);
        if (!done) {
            err << "candela-cli candles: " << done.error().message << '\n';
            return 1;
        }
        if (!*done) {
            const auto candles = fetchChunk(client, product, *timeframe, start, end);
            if (!candles) {
                err << "candela-cli candles: stopped at " << toIsoString(start) << ": "
                    << candles.error().message << " (run the same command again to resume)\n";
                return 1;
            }
            // The newest chunk is not yet whole while its last bucket is forming: stored, not
            // marked, so that the next run asks for it again.
            const bool whole = end + bucket <= fromUnixSeconds(QDateTime::currentSecsSinceEpoch());
            const Status stored = whole
                ? cache.storeFetched(product, bucket.count(), *candles, start, end)
                : cache.store(product, bucket.count(), *candles);
            if (!stored) {
                err << "candela-cli candles: " << stored.error().message << '\n';
                return 1;
            }
            fetched += qint64(candles->size());
        }
        const int percent = int(double((end - from).count()) / total * 100);
        if (percent / 10 != reported / 10 || end == to) {
            err << product << ' ' << toShortName(*timeframe) << ": " << toIsoString(end) << " ("
                << percent << " %), " << fetched << " candles downloaded\n";
            err.flush();
            reported = percent;
        }
    }
    const auto candles = cache.load(product, bucket.count(), from, to);
    if (!candles) {
        err << "candela-cli candles: " << candles.error().message << '\n';
        return 1;
    }
    out << csvCandleHeader() << '\n';
    for (const Candle& candle : *candles)
        out << toCsvRow(candle) << '\n';
    return 0;
}

} // namespace Candela::Cli

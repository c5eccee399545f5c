#include "publicrestclient.h"

#include "jsonanswer.h"
#include "publiccodec.h"

#include "core/corelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace Candela::Core {

namespace {

// Coinbase's error body: {"error": "...", "message": "..."}.
QString describeFailure(QNetworkReply* reply, const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(QStringLiteral("message"))
                                .toString(object.value(QStringLiteral("error")).toString());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QStringLiteral("%1 %2: %3")
        .arg(status > 0 ? QString::number(status) : reply->errorString(), reply->url().path(),
            message.isEmpty() ? reply->errorString() : message);
}

} // namespace

PublicRestClient::PublicRestClient(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    m_pacer.setParent(this);
    m_pacer.setSingleShot(true);
    connect(&m_pacer, &QTimer::timeout, this, &PublicRestClient::dispatch);
}

PublicRestClient::~PublicRestClient() = default;

QUrl PublicRestClient::endpoint(const QString& path) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    return url;
}

void PublicRestClient::fetchProducts(ProductsCallback done)
{
    enqueue({endpoint(QStringLiteral("/market/products")), 0,
        [done = std::move(done)](Result<QByteArray> body) {
            if (!body)
                return done(body.error());
            done(parseProductList(*body));
        }});
}

void PublicRestClient::fetchServerTime(TimeCallback done)
{
    enqueue(
        {endpoint(QStringLiteral("/time")), 0, [done = std::move(done)](Result<QByteArray> body) {
             if (!body)
                 return done(body.error());
             const auto root = parseJsonObject(*body, "time");
             if (!root)
                 return done(root.error());
             // A positive whole number up to `latest` (beyond it a conversion would overflow).
             const auto integer = [&](const char* key, qint64 latest) -> std::optional<qint64> {
                 const QJsonValue value = root->value(QLatin1String(key));
                 bool ok = false;
                 qint64 whole = 0;
                 if (value.isDouble()) {
                     const double number = value.toDouble(); // checked before it is cast
                     ok = number > 0 && number <= double(latest);
                     whole = ok ? qint64(number) : 0;
                 } else {
                     whole = value.toString().toLongLong(&ok);
                 }
                 return ok && whole > 0 && whole <= latest ? std::optional<qint64>(whole)
                                                           : std::nullopt;
             };
             if (const auto millis = integer("epochMillis", LatestUnixSeconds * 1000))
                 return done(Timestamp(std::chrono::milliseconds(*millis)));
             if (const auto seconds = integer("epochSeconds", LatestUnixSeconds))
                 return done(fromUnixSeconds(*seconds));
             if (const auto iso
                 = parseIsoTimestamp(root->value(QStringLiteral("iso")).toString().toStdString()))
                 return done(*iso);
             done(makeError(ErrorCode::ParseError,
                 QStringLiteral("time: no epochMillis, epochSeconds or iso")));
         }});
}

QString clockSkewProblem(Timestamp local, Timestamp server, std::chrono::seconds limit)
{
    const auto skew = std::chrono::duration_cast<std::chrono::milliseconds>(local - server);
    if (std::chrono::abs(skew) <= limit)
        return {};
    return QStringLiteral("This computer's clock is %1 s %2 Coinbase's (more than %3 s): live "
                          "trading stays off until the clock is set right (enable network time).")
        .arg(QString::number(std::chrono::abs(skew).count() / 1000.0, 'f', 1),
            skew.count() > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"))
        .arg(limit.count());
}

void PublicRestClient::fetchCandles(const QString& productId, Timeframe timeframe, Timestamp from,
    Timestamp to, CandlesCallback done)
{
    const qint64 step = seconds(timeframe);
    const qint64 first = toUnixSeconds(bucketStart(from, timeframe));
    const qint64 end = toUnixSeconds(to);
    if (end <= first)
        return done(std::vector<Candle>{});

    struct Collector
    {
        std::vector<Candle> candles;
        int pending = 0;
        bool failed = false;
        CandlesCallback done;
    };
    auto collector = std::make_shared<Collector>();
    collector->done = std::move(done);
    const qint64 chunk = step * MaxCandlesPerRequest;
    for (qint64 start = first; start < end; start += chunk)
        ++collector->pending;
    for (qint64 start = first; start < end; start += chunk) {
        QUrl url = endpoint(QStringLiteral("/market/products/%1/candles").arg(productId));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start"), QString::number(start));
        // `end` is the last bucket start we want in this chunk.
        query.addQueryItem(
            QStringLiteral("end"), QString::number(std::min(start + chunk, end) - 1));
        query.addQueryItem(QStringLiteral("granularity"), toGranularity(timeframe));
        query.addQueryItem(QStringLiteral("limit"), QString::number(MaxCandlesPerRequest));
        url.setQuery(query);
        enqueue({url, 0, [collector, from, to, timeframe](Result<QByteArray> body) {
                     if (collector->failed)
                         return;
                     auto candles
                         = body ? parseCandles(*body) : Result<std::vector<Candle>>(body.error());
                     if (!candles) {
                         collector->failed = true;
                         return collector->done(candles.error());
                     }
                     for (const Candle& candle : *candles) {
                         if (candle.start >= bucketStart(from, timeframe) && candle.start < to)
                             collector->candles.push_back(candle);
                     }
                     if (--collector->pending > 0)
                         return;
                     // Coinbase's order is not documented (newest first in practice): sort,
                     // and drop any bucket two chunks both returned.
                     auto& all = collector->candles;
                     std::sort(all.begin(), all.end(),
                         [](const Candle& a, const Candle& b) { return a.start < b.start; });
                     all.erase(
                         std::unique(all.begin(), all.end(),
                             [](const Candle& a, const Candle& b) { return a.start == b.start; }),
                         all.end());
                     collector->done(std::move(all));
                 }});
    }
}

void PublicRestClient::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    if (!m_pacer.isActive())
        m_pacer.start(0);
}

void PublicRestClient::dispatch()
{
    if (m_queue.isEmpty())
        return;
    Request request = m_queue.dequeue();
    ++request.attempt;
    ++m_requestsSent;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setTransferTimeout(int(m_config.timeout.count()));
    QNetworkReply* reply = m_network->get(networkRequest);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, request = std::move(request)]() mutable {
            onFinished(reply, std::move(request));
        });
    // Pace: the next request leaves no sooner than 1/N s after this one.
    if (!m_queue.isEmpty())
        m_pacer.start(1000 / std::max(1, m_config.maxRequestsPerSecond));
}

void PublicRestClient::onFinished(QNetworkReply* reply, Request request)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
        return request.done(body);

    const bool retryable = status == 429 || status >= 500 || status == 0;
    if (retryable && request.attempt < m_config.maxAttempts) {
        auto delay = m_config.initialBackoff;
        for (int i = 1; i < request.attempt && delay < m_config.maxBackoff; ++i)
            delay *= 2;
        bool hasRetryAfter = false;
        const int retryAfter = reply->rawHeader("Retry-After").toInt(&hasRetryAfter);
        if (hasRetryAfter && retryAfter >= 0)
            delay = std::max(delay, std::chrono::milliseconds(retryAfter * 1000));
        delay = std::min(delay, m_config.maxBackoff);
        qCInfo(lcCoinbase).noquote()
            << describeFailure(reply, body) << "- retrying in" << delay.count() << "ms";
        return retryLater(std::move(request), delay);
    }
    request.done(makeError(ErrorCode::IoError, describeFailure(reply, body)));
}

void PublicRestClient::retryLater(Request request, std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this, request = std::move(request)]() mutable {
        m_queue.prepend(std::move(request));
        if (!m_pacer.isActive())
            m_pacer.start(0);
    });
}

} // namespace Candela::Core

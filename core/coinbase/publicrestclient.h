#pragma once

#include "core/market/timeframe.h"
#include "core/model/candle.h"
#include "core/model/product.h"
#include "core/model/result.h"

#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Candela::Core {

// Coinbase's public market-data REST endpoints (no key): the product list and candle
// backfill. Requests are paced to at most `maxRequestsPerSecond` (Coinbase states 10/s per IP
// for public endpoints); HTTP 429, 5xx and network errors are retried with doubling backoff
// (Retry-After is honoured). Only GETs exist here, so retrying cannot place anything twice.
// The base URL is configurable so tests point it at 127.0.0.1.
class PublicRestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicRestClient)

public:
    static constexpr int MaxCandlesPerRequest = 350;

    struct Config
    {
        QUrl baseUrl{QStringLiteral("https://api.coinbase.com/api/v3/brokerage")};
        int maxRequestsPerSecond = 10;
        std::chrono::milliseconds initialBackoff{500};
        std::chrono::milliseconds maxBackoff{30'000};
        int maxAttempts = 6;
        std::chrono::milliseconds timeout{15'000};
    };

    using ProductsCallback = std::function<void(Result<std::vector<Product>>)>;
    using CandlesCallback = std::function<void(Result<std::vector<Candle>>)>;
    using TimeCallback = std::function<void(Result<Timestamp>)>;

    explicit PublicRestClient(Config config, QObject* parent = nullptr);
    ~PublicRestClient() override;

    void fetchProducts(ProductsCallback done);
    // Candles whose bucket starts in [from, to), oldest first, fetched in chunks of at most
    // 350 buckets.
    void fetchCandles(const QString& productId, Timeframe timeframe, Timestamp from, Timestamp to,
        CandlesCallback done);

    // Coinbase's clock, GET /time. The body's shape is not in REFERENCE.md (UNVERIFIED); read
    // defensively: epochMillis, else epochSeconds (numbers or strings), else the ISO time.
    void fetchServerTime(TimeCallback done);

    qint64 requestsSent() const { return m_requestsSent; }

private:
    struct Request
    {
        QUrl url;
        int attempt = 0;
        std::function<void(Result<QByteArray>)> done;
    };

    void enqueue(Request request);
    void dispatch();
    void onFinished(QNetworkReply* reply, Request request);
    void retryLater(Request request, std::chrono::milliseconds delay);
    QUrl endpoint(const QString& path) const;

    Config m_config;
    QNetworkAccessManager* m_network;
    QQueue<Request> m_queue;
    QTimer m_pacer;
    qint64 m_requestsSent = 0;
};

// The live gate on clock skew: JWTs live two minutes and are checked against Coinbase's clock, so
// a local clock more than `limit` off blocks live trading. Empty when within the limit, else the
// message for the user.
QString clockSkewProblem(
    Timestamp local, Timestamp server, std::chrono::seconds limit = std::chrono::seconds(30));

} // namespace Candela::Core

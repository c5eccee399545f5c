#pragma once

#include "jwt.h"
#include "livegate.h"
#include "ordercodec.h"
#include "tokenbucket.h"

#include "core/model/clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Candela::Core {

// Coinbase Advanced Trade's authenticated REST endpoints (REFERENCE.md §2.5–2.6), each request
// signed with a fresh JWT. The rules that keep money safe live here:
//   - An order-changing POST (create order, batch cancel) goes on the wire exactly once. Only a
//     2xx answer the codec understands, or a 400 that names its failure, proves an outcome;
//     anything else (timeout, reset, 401/403/429/5xx, broken JSON) is "unknown", and only a
//     lookup may settle it.
//   - GETs change nothing, so they are retried (429, 5xx, network errors) with doubling backoff,
//     honouring Retry-After.
//   - Requests pass a token bucket (Coinbase's private limit is cited as 30/s, UNVERIFIED); a 429
//     pauses the normal lane. Kill-switch cancels use a reserved lane with its own budget that
//     never waits behind bot traffic.
// The base URL is configurable so tests point it at the fake venue on 127.0.0.1.
class TradingRestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingRestClient)

public:
    enum class Lane {
        Normal,
        Reserved, // the kill switch's cancels
    };

    struct Config
    {
        QUrl baseUrl{QStringLiteral("https://api.coinbase.com/api/v3/brokerage")};
        double requestsPerSecond = 20; // normal lane
        double burst = 10;
        double reservedPerSecond = 8; // on top, for the kill switch (20 + 8 < 30)
        std::chrono::milliseconds timeout{10'000};
        std::chrono::milliseconds initialBackoff{500};
        std::chrono::milliseconds maxBackoff{30'000};
        int maxGetAttempts = 4;
        int maxPages = 200; // a cursor that never ends is an error, not a hang
        // Requests on the wire at once on the normal lane: Qt opens at most six connections to
        // a host and queues the rest, and a request that times out in that queue was never sent.
        int maxInFlight = 6;
        // Certificates trusted beside the system's (tests' own CA). Verification is never
        // switched off; TLS 1.2 is the floor.
        QList<QSslCertificate> extraCaCertificates;
    };

    struct Credentials
    {
        SigningKey key;
        QString keyName;
    };

    struct SubmitResult
    {
        enum class Kind {
            Accepted,
            Rejected,
            Unknown, // nothing proves whether the venue has the order
        };
        Kind kind = Kind::Unknown;
        QString venueOrderId;
        QString reason; // rejected: the venue's failure reason; unknown: what went wrong
        QString detail;
    };

    struct CancelResult
    {
        enum class Kind {
            Cancelled,
            Refused,
            Unknown,
        };
        Kind kind = Kind::Unknown;
        QString venueOrderId;
        QString reason;
    };

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    TradingRestClient(
        Config config, Credentials credentials, const Clock& clock, QObject* parent = nullptr);
    ~TradingRestClient() override;

    // POST /orders, once.
    void submitOrder(const Order& order, std::function<void(SubmitResult)> done);
    // POST /orders/batch_cancel in batches of at most 100 ids, each sent once; `done` gets one
    // result per id after every batch answered.
    void cancelOrders(const QStringList& venueOrderIds, Lane lane,
        std::function<void(std::vector<CancelResult>)> done);

    // GETs, every page followed.
    // `lane`: the kill switch lists open orders on its reserved lane.
    void listOrders(QUrlQuery query, Callback<std::vector<CoinbaseOrders::VenueOrder>> done,
        Lane lane = Lane::Normal);
    void getOrder(const QString& venueOrderId, Callback<CoinbaseOrders::VenueOrder> done);
    void listFills(QUrlQuery query, Callback<std::vector<CoinbaseOrders::VenueFill>> done);
    void listAccounts(Callback<std::vector<CoinbaseOrders::Balance>> done);
    // GET /key_permissions: what this key may do, and for which portfolio.
    void keyPermissions(Callback<KeyPermissions> done);
    // GET /transaction_summary: the account's fee tier (Coinbase's fees are not hard-coded).
    void feeTier(Callback<CoinbaseOrders::FeeTier> done);
    // POST /orders/preview: the cost of `order` and Coinbase's objections, placing nothing.
    // Sent once like every POST; a failed preview is an error, never a reason to place.
    void previewOrder(const Order& order, Callback<CoinbaseOrders::OrderPreview> done);
    // The list-orders query for a product's orders created since `since` (a minute of slack for
    // clocks): where an order sent with an unknown outcome is looked for by its client id.
    static QUrlQuery ordersSince(const QString& productId, Timestamp since);

    // The kill switch: create-order POSTs still waiting in the normal lane (rate limit, a 429
    // pause, six already on the wire) are never sent; each is answered Rejected "NOT_SENT" —
    // provable, since it never left. Returns how many.
    int dropUnsentOrders();

    qint64 postsSent() const { return m_postsSent; }
    qint64 requestsSent() const { return m_requestsSent; }

    static constexpr int MaxCancelBatch = 100;

private:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString transportError;
        std::chrono::milliseconds retryAfter{-1};
        bool notSent = false; // dropped from the queue: it never left
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        Lane lane = Lane::Normal;
        int attempt = 0;
        std::function<void(Answer)> done;
    };

    void enqueue(Request request);
    void pump();
    void send(Request request);
    void onFinished(QNetworkReply* reply, Request request);
    std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds retryAfter) const;
    void get(const QString& path, const QUrlQuery& query, std::function<void(Answer)> done,
        Lane lane = Lane::Normal);
    template<typename Page, typename Item>
    void getPages(const QString& path, QUrlQuery query, Result<Page> (*parse)(const QByteArray&),
        std::vector<Item> Page::*items, Callback<std::vector<Item>> done, Lane lane = Lane::Normal,
        std::vector<Item> sofar = {}, int page = 0);
    void sendCancelBatch(
        const QStringList& ids, Lane lane, std::function<void(std::vector<CancelResult>)> done);

    Config m_config;
    Credentials m_credentials;
    const Clock& m_clock;
    QNetworkAccessManager* m_network;
    QNetworkAccessManager* m_reservedNetwork; // its own connections: never behind a slow request
    int m_inFlight = 0; // normal lane
    QSslConfiguration m_tls;
    QQueue<Request> m_normal;
    QQueue<Request> m_reserved;
    TokenBucket m_normalBucket;
    TokenBucket m_reservedBucket;
    QElapsedTimer m_elapsed;
    qint64 m_pausedUntilMs = 0; // after a 429: the normal lane waits
    QTimer m_pump;
    qint64 m_postsSent = 0;
    qint64 m_requestsSent = 0;
};

} // namespace Candela::Core

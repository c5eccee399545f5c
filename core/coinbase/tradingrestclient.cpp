#include "tradingrestclient.h"

#include "core/corelogging.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>
#include <memory>

namespace Candela::Core {

using namespace CoinbaseOrders;

namespace {

// An order request's body, readable once. Qt's HTTP/1.1 channel sends a request again by itself
// when the connection drops before the answer — a POST too — and refuses to (ContentReSendError)
// only when the body cannot be read a second time. A create or cancel must reach the venue at
// most once: its fate after a dropped connection is for the lookups to find out.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_read);
        std::copy_n(m_data.constData() + m_read, count, data);
        m_read += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

QString problemOf(int status, const QString& transportError)
{
    return status == 0 ? transportError : QStringLiteral("HTTP %1").arg(status);
}

// A 400 that names its failure is the venue saying no; nothing else non-2xx proves anything.
std::optional<VenueError> definiteRefusal(int status, const QByteArray& body)
{
    if (status != 400)
        return std::nullopt;
    VenueError error = parseErrorBody(body);
    if (error.reason.isEmpty() && error.message.isEmpty())
        return std::nullopt;
    if (error.reason.isEmpty())
        error.reason = QStringLiteral("INVALID_ARGUMENT");
    return error;
}

} // namespace

TradingRestClient::TradingRestClient(
    Config config, Credentials credentials, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_reservedNetwork(new QNetworkAccessManager(this))
    , m_normalBucket(m_config.requestsPerSecond, m_config.burst)
    , m_reservedBucket(m_config.reservedPerSecond, std::max(m_config.reservedPerSecond, 1.0))
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_config.extraCaCertificates.isEmpty())
        m_tls.addCaCertificates(m_config.extraCaCertificates);
    m_elapsed.start();
    m_pump.setSingleShot(true);
    connect(&m_pump, &QTimer::timeout, this, &TradingRestClient::pump);
}

TradingRestClient::~TradingRestClient() = default;

void TradingRestClient::submitOrder(const Order& order, std::function<void(SubmitResult)> done)
{
    auto body = createOrderBody(order);
    if (!body) {
        // Never sent: the order could not be expressed, which proves it is not at the venue.
        done({SubmitResult::Kind::Rejected, {}, QStringLiteral("INVALID_ORDER"),
            body.error().message});
        return;
    }
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/orders");
    request.body = *body;
    request.done = [done = std::move(done)](const Answer& answer) {
        if (answer.notSent) {
            done({SubmitResult::Kind::Rejected, {}, QStringLiteral("NOT_SENT"),
                QStringLiteral("dropped before it was sent")});
            return;
        }
        if (answer.status >= 200 && answer.status < 300) {
            auto parsed = parseCreateOrderResponse(answer.body);
            if (!parsed) {
                done({SubmitResult::Kind::Unknown, {}, QStringLiteral("unreadable answer"),
                    parsed.error().message});
            } else if (parsed->accepted) {
                done({SubmitResult::Kind::Accepted, parsed->venueOrderId, {}, {}});
            } else {
                done({SubmitResult::Kind::Rejected, {}, parsed->reason, parsed->message});
            }
            return;
        }
        if (auto refusal = definiteRefusal(answer.status, answer.body)) {
            done({SubmitResult::Kind::Rejected, {}, refusal->reason, refusal->message});
            return;
        }
        done(
            {SubmitResult::Kind::Unknown, {}, problemOf(answer.status, answer.transportError), {}});
    };
    enqueue(std::move(request));
}

void TradingRestClient::cancelOrders(const QStringList& venueOrderIds, Lane lane,
    std::function<void(std::vector<CancelResult>)> done)
{
    if (venueOrderIds.isEmpty()) {
        done({});
        return;
    }
    const qsizetype batches = (venueOrderIds.size() + MaxCancelBatch - 1) / MaxCancelBatch;
    auto results = std::make_shared<std::vector<CancelResult>>();
    auto left = std::make_shared<qsizetype>(batches);
    auto finish = std::make_shared<std::function<void(std::vector<CancelResult>)>>(std::move(done));
    for (qsizetype start = 0; start < venueOrderIds.size(); start += MaxCancelBatch) {
        sendCancelBatch(venueOrderIds.mid(start, MaxCancelBatch), lane,
            [results, left, finish](std::vector<CancelResult> batch) {
                results->insert(results->end(), batch.begin(), batch.end());
                if (--*left == 0)
                    (*finish)(std::move(*results));
            });
    }
}

void TradingRestClient::sendCancelBatch(
    const QStringList& ids, Lane lane, std::function<void(std::vector<CancelResult>)> done)
{
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/orders/batch_cancel");
    request.body = batchCancelBody(ids);
    request.lane = lane;
    request.done = [ids, done = std::move(done)](const Answer& answer) {
        std::vector<CancelResult> results;
        const auto everyId = [&](CancelResult::Kind kind, const QString& reason) {
            for (const QString& id : ids)
                results.push_back({kind, id, reason});
        };
        if (answer.status >= 200 && answer.status < 300) {
            auto parsed = parseBatchCancelResponse(answer.body);
            if (!parsed) {
                everyId(CancelResult::Kind::Unknown, parsed.error().message);
            } else {
                for (const QString& id : ids) {
                    const auto found = std::find_if(parsed->begin(), parsed->end(),
                        [&](const CancelAnswer& a) { return a.venueOrderId == id; });
                    if (found == parsed->end())
                        results.push_back(
                            {CancelResult::Kind::Unknown, id, QStringLiteral("not in the answer")});
                    else if (found->cancelled)
                        results.push_back({CancelResult::Kind::Cancelled, id, {}});
                    else
                        results.push_back({CancelResult::Kind::Refused, id, found->reason});
                }
            }
        } else if (auto refusal = definiteRefusal(answer.status, answer.body)) {
            everyId(CancelResult::Kind::Refused, refusal->reason);
        } else {
            everyId(CancelResult::Kind::Unknown, problemOf(answer.status, answer.transportError));
        }
        done(std::move(results));
    };
    enqueue(std::move(request));
}

void TradingRestClient::listOrders(
    QUrlQuery query, Callback<std::vector<VenueOrder>> done, Lane lane)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    getPages(QStringLiteral("/orders/historical/batch"), query, &parseOrderList, &OrderPage::orders,
        std::move(done), lane);
}

void TradingRestClient::getOrder(const QString& venueOrderId, Callback<VenueOrder> done)
{
    if (venueOrderId.isEmpty() || venueOrderId.contains(QLatin1Char('/'))
        || venueOrderId.contains(QLatin1Char('?'))) {
        done(makeError(ErrorCode::InvalidArgument, QStringLiteral("not an order id")));
        return;
    }
    get(QStringLiteral("/orders/historical/") + venueOrderId, {},
        [done = std::move(done)](const Answer& answer) {
            if (answer.status != 200)
                done(makeError(ErrorCode::IoError,
                    QStringLiteral("get order: ")
                        + problemOf(answer.status, answer.transportError)));
            else
                done(parseOrderDetail(answer.body));
        });
}

void TradingRestClient::listFills(QUrlQuery query, Callback<std::vector<VenueFill>> done)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    getPages(QStringLiteral("/orders/historical/fills"), query, &parseFillList, &FillPage::fills,
        std::move(done));
}

void TradingRestClient::listAccounts(Callback<std::vector<Balance>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("250"));
    getPages(QStringLiteral("/accounts"), query, &parseAccountList, &AccountPage::balances,
        std::move(done));
}

void TradingRestClient::keyPermissions(Callback<KeyPermissions> done)
{
    get(QStringLiteral("/key_permissions"), {}, [done = std::move(done)](const Answer& answer) {
        if (answer.status != 200)
            done(makeError(ErrorCode::IoError,
                QStringLiteral("key permissions: ")
                    + problemOf(answer.status, answer.transportError)));
        else
            done(parseKeyPermissions(answer.body));
    });
}

void TradingRestClient::feeTier(Callback<CoinbaseOrders::FeeTier> done)
{
    get(QStringLiteral("/transaction_summary"), {}, [done = std::move(done)](const Answer& answer) {
        if (answer.status != 200)
            done(makeError(ErrorCode::IoError,
                QStringLiteral("fee tier: ") + problemOf(answer.status, answer.transportError)));
        else
            done(parseTransactionSummary(answer.body));
    });
}

void TradingRestClient::previewOrder(
    const Order& order, Callback<CoinbaseOrders::OrderPreview> done)
{
    auto body = createOrderBody(order);
    if (!body) {
        done(body.error());
        return;
    }
    // The create body without the order's client id: a preview must never look like the order.
    QJsonObject previewBody = QJsonDocument::fromJson(*body).object();
    previewBody.remove(QStringLiteral("client_order_id"));
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/orders/preview");
    request.body = QJsonDocument(previewBody).toJson(QJsonDocument::Compact);
    request.done = [done = std::move(done)](const Answer& answer) {
        if (answer.status != 200)
            done(makeError(ErrorCode::IoError,
                QStringLiteral("preview: ") + problemOf(answer.status, answer.transportError)));
        else
            done(parsePreviewResponse(answer.body));
    };
    enqueue(std::move(request));
}

QUrlQuery TradingRestClient::ordersSince(const QString& productId, Timestamp since)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("product_ids"), productId);
    // `since` is the engine's market time when the order was decided; the venue's clock (up to
    // 30 s apart) and a slow send must not put the order outside the window: a lookup that
    // misses it would call it never placed.
    query.addQueryItem(QStringLiteral("start_date"), toIsoString(since - std::chrono::minutes(15)));
    return query;
}

template<typename Page, typename Item>
void TradingRestClient::getPages(const QString& path, QUrlQuery query,
    Result<Page> (*parse)(const QByteArray&), std::vector<Item> Page::*items,
    Callback<std::vector<Item>> done, Lane lane, std::vector<Item> sofar, int page)
{
    get(
        path, query,
        [this, path, query, parse, items, done = std::move(done), lane, sofar = std::move(sofar),
            page](const Answer& answer) mutable {
            if (answer.status != 200) {
                done(makeError(ErrorCode::IoError,
                    QStringLiteral("GET %1: %2")
                        .arg(path, problemOf(answer.status, answer.transportError))));
                return;
            }
            auto parsed = parse(answer.body);
            if (!parsed) {
                done(parsed.error());
                return;
            }
            auto& got = (*parsed).*items;
            std::move(got.begin(), got.end(), std::back_inserter(sofar));
            if (parsed->cursor.isEmpty() || got.empty()) {
                done(std::move(sofar));
                return;
            }
            if (page + 1 >= m_config.maxPages) {
                done(makeError(ErrorCode::IoError,
                    QStringLiteral("GET %1: more than %2 pages").arg(path).arg(m_config.maxPages)));
                return;
            }
            query.removeAllQueryItems(QStringLiteral("cursor"));
            query.addQueryItem(QStringLiteral("cursor"), parsed->cursor);
            getPages(path, query, parse, items, std::move(done), lane, std::move(sofar), page + 1);
        },
        lane);
}

void TradingRestClient::get(
    const QString& path, const QUrlQuery& query, std::function<void(Answer)> done, Lane lane)
{
    Request request;
    request.lane = lane;
    request.method = "GET";
    request.path = path;
    request.query = query;
    request.done = std::move(done);
    enqueue(std::move(request));
}

int TradingRestClient::dropUnsentOrders()
{
    QQueue<Request> kept;
    std::vector<Request> dropped;
    while (!m_normal.isEmpty()) {
        Request request = m_normal.dequeue();
        if (request.method == "POST" && request.path == QLatin1String("/orders"))
            dropped.push_back(std::move(request));
        else
            kept.enqueue(std::move(request));
    }
    m_normal = std::move(kept);
    Answer notSent;
    notSent.notSent = true;
    for (Request& request : dropped)
        request.done(notSent);
    return int(dropped.size());
}

void TradingRestClient::enqueue(Request request)
{
    (request.lane == Lane::Reserved ? m_reserved : m_normal).enqueue(std::move(request));
    pump();
}

void TradingRestClient::pump()
{
    const qint64 now = m_elapsed.elapsed();
    // The reserved lane first, and regardless of a 429 pause: a kill switch tries at once.
    while (!m_reserved.isEmpty() && m_reservedBucket.tryTake(now))
        send(m_reserved.dequeue());
    while (!m_normal.isEmpty() && m_inFlight < m_config.maxInFlight && now >= m_pausedUntilMs
        && m_normalBucket.tryTake(now))
        send(m_normal.dequeue());

    qint64 wait = std::numeric_limits<qint64>::max();
    if (!m_reserved.isEmpty())
        wait = std::min(wait, m_reservedBucket.msUntilToken(now));
    if (!m_normal.isEmpty() && m_inFlight < m_config.maxInFlight)
        wait = std::min(wait, std::max(m_pausedUntilMs - now, m_normalBucket.msUntilToken(now)));
    if (wait != std::numeric_limits<qint64>::max())
        m_pump.start(int(std::clamp<qint64>(wait, 1, 60'000)));
}

void TradingRestClient::send(Request request)
{
    QUrl url = m_config.baseUrl;
    url.setPath(m_config.baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    const qint64 nowSeconds = m_clock.now().time_since_epoch() / std::chrono::seconds(1);
    // The uri claim ("METHOD api.coinbase.com/path", no query) is makeJwt's to build.
    const JwtRequest claim{QString::fromLatin1(request.method), url.path()};
    auto token = makeJwt(m_credentials.key, m_credentials.keyName, nowSeconds, claim);
    if (!token) {
        Answer answer;
        answer.transportError = QStringLiteral("cannot sign the request: ") + token.error().message;
        request.done(answer);
        return;
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + *token);
    networkRequest.setHeader(
        QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    networkRequest.setTransferTimeout(int(m_config.timeout.count()));
    networkRequest.setSslConfiguration(m_tls);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        QNetworkRequest::ManualRedirectPolicy); // a redirect never carries the token elsewhere
    ++m_requestsSent;
    const bool reserved = request.lane == Lane::Reserved;
    if (!reserved)
        ++m_inFlight;
    QNetworkReply* reply = nullptr;
    if (request.method == "POST") {
        // A POST goes out on a new connection, never on one kept alive since an earlier answer:
        // a server closes those when they idle, and a POST written as it does is lost, since it
        // must not be sent again (see OneShotBody). Each POST has a network manager of its own,
        // gone with its answer, so no connection outlives it; "Connection: close" asks the
        // server to end it too, and HTTP/2 is off (it would multiplex on one connection).
        ++m_postsSent;
        networkRequest.setRawHeader("Connection", "close");
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(request.body);
        auto* ownNetwork = new QNetworkAccessManager(this);
        reply = ownNetwork->post(networkRequest, body);
        body->setParent(reply);
        connect(reply, &QNetworkReply::finished, ownNetwork, &QObject::deleteLater);
    } else {
        reply = (reserved ? m_reservedNetwork : m_network)->get(networkRequest);
    }
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, request = std::move(request)]() mutable {
            onFinished(reply, std::move(request));
        });
}

void TradingRestClient::onFinished(QNetworkReply* reply, Request request)
{
    reply->deleteLater();
    if (request.lane == Lane::Normal)
        --m_inFlight;
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    if (answer.status == 0)
        answer.transportError = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("timed out")
            : reply->error() == QNetworkReply::ContentReSendError
            ? QStringLiteral("connection dropped before the answer (not sent again)")
            : reply->errorString();
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    if (ok && retryAfter >= 0)
        answer.retryAfter = std::chrono::seconds(retryAfter);

    if (answer.status == 429) {
        // Everyone on the normal lane waits out the venue's limit.
        const qint64 pause = backoff(request.attempt, answer.retryAfter).count();
        m_pausedUntilMs = std::max(m_pausedUntilMs, m_elapsed.elapsed() + pause);
        qCWarning(lcCoinbase) << "rate limited: pausing requests for" << pause << "ms";
    }
    const bool transient = answer.status == 0 || answer.status == 429 || answer.status >= 500;
    if (request.method == "GET" && transient && request.attempt + 1 < m_config.maxGetAttempts) {
        const auto delay = backoff(request.attempt, answer.retryAfter);
        ++request.attempt;
        QTimer::singleShot(delay, this,
            [this, request = std::move(request)]() mutable { enqueue(std::move(request)); });
        pump();
        return;
    }
    if (transient)
        qCWarning(lcCoinbase).noquote()
            << request.method << request.path
            << "failed:" << problemOf(answer.status, answer.transportError);
    request.done(answer);
    pump();
}

std::chrono::milliseconds TradingRestClient::backoff(
    int attempt, std::chrono::milliseconds retryAfter) const
{
    if (retryAfter.count() >= 0)
        return std::min(std::max(retryAfter, m_config.initialBackoff), m_config.maxBackoff);
    auto delay = m_config.initialBackoff;
    for (int i = 0; i < attempt && delay < m_config.maxBackoff; ++i)
        delay *= 2;
    return std::min(delay, m_config.maxBackoff);
}

} // namespace Candela::Core

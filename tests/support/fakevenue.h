#pragma once

#include "fakehttpserver.h"

#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/model/decimal.h"
#include "core/model/product.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace Candela::Test {

// The order half of the fake Coinbase on 127.0.0.1: verifies every request's JWT against the
// test key, keeps orders and fills in a small matching engine, and answers the authenticated
// endpoints the live client uses (create order, batch cancel, list/get orders, list fills,
// accounts) in Coinbase's shapes. client_order_id is the idempotency key, as on Coinbase: a
// second create with the same id returns the first order. Faults are scripted per POST path, or
// chosen by a function for randomised runs.
class FakeVenue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeVenue)

public:
    enum class Fault {
        None,
        // The venue takes the order (or cancel), then the answer is lost:
        LoseAck, // the connection drops
        ServerErrorAfter, // 503
        TimeoutAfter, // no answer ever
        BrokenJsonAfter, // 200 with half a body
        // The venue never takes it:
        ServerErrorBefore, // 500
        TimeoutBefore,
        TooManyRequests, // 429 with Coinbase's body
        Unauthorized, // 401
        Forbidden, // 403
        BadRequest, // 400 naming its failure
        Refuse, // 200 success:false, INSUFFICIENT_FUND
    };
    static bool takesEffect(Fault fault);

    struct Order
    {
        QString orderId;
        QString clientOrderId;
        QString productId;
        QString side; // BUY / SELL
        QString configuration; // the order_configuration key
        Core::Decimal size;
        Core::Decimal limitPrice;
        Core::Decimal stopPrice;
        bool postOnly = false;
        QString status; // OPEN, FILLED, CANCELLED, …
        Core::Decimal filled;
        Core::Decimal filledValue;
        Core::Decimal fees;
        bool external = false; // placed "in the web UI", not through the API
        qint64 createdMs = 0; // epoch
    };
    struct VenueFill
    {
        QString tradeId;
        QString orderId;
        QString productId;
        QString side;
        Core::Decimal price;
        Core::Decimal size;
        Core::Decimal commission;
        bool maker = false;
        qint64 timeMs = 0;
    };

    FakeVenue(QByteArray publicKeyPem, QString keyName, QObject* parent = nullptr);
    ~FakeVenue() override;

    QUrl baseUrl() const { return m_http.baseUrl(); }
    // A client configuration for tests: this venue, no rate limit to speak of, a 300 ms timeout
    // (the fake answers in about a millisecond) and 10 ms backoff.
    Core::TradingRestClient::Config clientConfig() const;
    // An execution configuration for tests: first order lookup after 30 ms, then every 20 ms,
    // fills polled every 10 ms.
    static Core::CoinbaseExecution::Config quickLookups();
    FakeHttpServer& http() { return m_http; }

    // Faults for the next POSTs to `path` ("/orders", "/orders/batch_cancel"), in order.
    void scriptFaults(const QString& path, const QList<Fault>& faults);
    // Faults for every POST to come, chosen per request (a randomised run).
    void setFaultChooser(std::function<Fault(const QString& path)> chooser);
    // Faults for the next GETs to `path` prefix (5xx, 429, timeouts), in order.
    void scriptGetFaults(const QString& pathPrefix, const QList<Fault>& faults);

    // Market orders fill at this price (taker); resting limits that it crosses fill at their
    // limit (maker).
    void setPrice(const QString& productId, const Core::Decimal& price);
    // A product's increments and limits as GET /market/products lists them (public, no token);
    // a product priced but not given here is listed with Coinbase's usual spot rules. An order
    // whose price or size is off its product's grid is refused (INVALID_PRICE_PRECISION,
    // INVALID_SIZE_PRECISION) and nothing is placed.
    void setProduct(const Core::Product& product);
    int productListRequests() const { return m_productListRequests; }
    QStringList offGridRefusals() const { return m_offGridRefusals; }
    // Balances move with every fill (buy: base in, quote and fee out).
    void setBalance(const QString& currency, const Core::Decimal& available);
    Core::Decimal balance(const QString& currency) const
    {
        const auto it = m_balances.find(currency);
        return it == m_balances.end() ? Core::Decimal{} : it->second;
    }
    // GET /time (public, no token) answers the real time moved by this much.
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    // What GET /key_permissions answers (default: view and trade, no transfer).
    void setKeyPermissions(bool canView, bool canTrade, bool canTransfer,
        const QString& portfolio = QStringLiteral("bot-portfolio"))
    {
        m_permissions = {canView, canTrade, canTransfer, portfolio};
    }
    // An order placed outside Candela (the web UI); rests OPEN.
    QString placeExternal(const QString& productId, const QString& side, const Core::Decimal& size,
        const Core::Decimal& limitPrice);
    // Sets an order's status as the venue reports it ("QUEUED", "PENDING", …).
    void setStatus(const QString& orderId, const QString& status);
    // Cancels a resting order as someone in the web UI would.
    void cancelFromOutside(const QString& orderId);
    // Fills (part of) a resting order now, as the venue would while the app is away.
    void fillResting(const QString& orderId, const Core::Decimal& size, const Core::Decimal& price);

    const std::vector<Order>& orders() const { return m_orders; }
    const Order* order(const QString& orderId) const;
    int ordersWithClientId(const QString& clientOrderId) const;
    const std::vector<VenueFill>& fills() const { return m_fills; }
    int postsTo(const QString& path) const { return m_posts.value(path); }
    int getsTo(const QString& path) const { return m_gets.value(path); }
    // Create-order requests that reached the venue with this client_order_id (signed, whatever
    // their fault), counting ones the idempotency key answered with the first order.
    int createsFor(const QString& clientOrderId) const
    {
        return m_createsPerClientId.value(clientOrderId);
    }
    const QHash<QString, int>& createsPerClientId() const { return m_createsPerClientId; }
    QList<QByteArray> tokens() const { return m_tokens; }
    QStringList authProblems() const { return m_authProblems; }

    // Where set and answering, a market order fills at this price instead of the product's (a
    // test replaying the fills another venue gave the same orders).
    std::function<std::optional<Core::Decimal>(const Order& order)> marketPrice;

    // Where set, orders and fills carry this time instead of the wall clock's (a recording
    // replayed through the venue; tokens are still checked against the wall clock).
    std::function<Core::Timestamp()> marketClock;

    Core::Decimal takerFeeRate; // 0.006
    Core::Decimal makerFeeRate; // 0.004

private:
    FakeHttpServer::Reply handle(const FakeHttpServer::Request& request);
    FakeHttpServer::Reply createOrder(const QByteArray& body, Fault fault);
    FakeHttpServer::Reply batchCancel(const QByteArray& body, Fault fault);
    FakeHttpServer::Reply previewOrder(const QByteArray& body) const;
    FakeHttpServer::Reply listOrders(const QUrl& url) const;
    FakeHttpServer::Reply listFills(const QUrl& url) const;
    FakeHttpServer::Reply listAccounts() const;
    Fault nextFault(const QString& path, bool post);
    void match(Order& order, bool taker);
    qint64 marketTimeMs() const;
    void addFill(Order& order, const Core::Decimal& size, const Core::Decimal& price, bool maker);
    QJsonObject orderJson(const Order& order) const;

    FakeHttpServer m_http;
    QByteArray m_publicKeyPem;
    QString m_keyName;
    std::vector<Order> m_orders;
    std::vector<VenueFill> m_fills;
    std::map<QString, Core::Decimal> m_prices;
    std::map<QString, Core::Product> m_products;
    int m_productListRequests = 0;
    QStringList m_offGridRefusals;
    std::map<QString, Core::Decimal> m_balances;
    QHash<QString, QList<Fault>> m_scripted;
    QHash<QString, QList<Fault>> m_scriptedGets;
    std::function<Fault(const QString&)> m_chooser;
    QHash<QString, int> m_posts;
    QHash<QString, int> m_gets;
    QHash<QString, int> m_createsPerClientId;
    QList<QByteArray> m_tokens;
    QStringList m_authProblems;
    QSet<QString> m_nonces;
    int m_nextId = 1;
    qint64 m_clockOffset = 0;
    struct Permissions
    {
        bool canView = true;
        bool canTrade = true;
        bool canTransfer = false;
        QString portfolio = QStringLiteral("bot-portfolio");
    } m_permissions;
};

} // namespace Candela::Test

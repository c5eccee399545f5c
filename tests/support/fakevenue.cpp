#include "fakevenue.h"

#include "jwtverifier.h"

#include "core/coinbase/publiccodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Candela::Test {

using Core::Decimal;
using Reply = FakeHttpServer::Reply;

namespace {

Decimal decimal(const QJsonValue& value)
{
    return Decimal::fromString(value.toString()).valueOr(Decimal{});
}

Decimal times(const Decimal& a, const Decimal& b)
{
    return a.times(b).valueOr(Decimal{});
}

Decimal plus(const Decimal& a, const Decimal& b)
{
    return a.plus(b).valueOr(Decimal{});
}

// A commission as Coinbase reports it: to 8 decimals.
Decimal commissionRounded(const Decimal& value)
{
    static const Decimal satoshi = *Decimal::fromString(std::string_view("0.00000001"));
    return value.roundedToIncrement(satoshi, Core::RoundingMode::HalfEven).valueOr(Decimal{});
}

Reply json(int status, const QJsonObject& body)
{
    return {
        Reply::Disposition::Answer, status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

Reply errorReply(int status, const QString& error, const QString& message)
{
    return json(status,
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("code"), status},
            {QStringLiteral("message"), message}});
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The reply a fault gives instead of the real one; empty for faults that do not replace it.
std::optional<Reply> faultReply(FakeVenue::Fault fault, const Reply& real)
{
    using Fault = FakeVenue::Fault;
    switch (fault) {
    case Fault::None:
    case Fault::Refuse:
        return std::nullopt;
    case Fault::LoseAck:
        return Reply{Reply::Disposition::Drop, 0, {}, {}};
    case Fault::TimeoutAfter:
    case Fault::TimeoutBefore:
        return Reply{Reply::Disposition::Hang, 0, {}, {}};
    case Fault::ServerErrorAfter:
        return errorReply(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("try again"));
    case Fault::ServerErrorBefore:
        return errorReply(500, QStringLiteral("INTERNAL"), QStringLiteral("internal error"));
    case Fault::BrokenJsonAfter:
        return Reply{Reply::Disposition::Answer, 200, real.body.left(real.body.size() / 2), {}};
    case Fault::TooManyRequests: {
        Reply reply = errorReply(
            429, QStringLiteral("RATE_LIMIT_EXCEEDED"), QStringLiteral("Too many requests"));
        reply.extraHeaders = "Retry-After: 0\r\n";
        return reply;
    }
    case Fault::Unauthorized:
        return errorReply(401, QStringLiteral("UNAUTHENTICATED"), QStringLiteral("Unauthorized"));
    case Fault::Forbidden:
        return errorReply(
            403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("Missing required scopes"));
    case Fault::BadRequest:
        return errorReply(400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("base_size is below the minimum"));
    }
    return std::nullopt;
}

} // namespace

bool FakeVenue::takesEffect(Fault fault)
{
    switch (fault) {
    case Fault::None:
    case Fault::LoseAck:
    case Fault::ServerErrorAfter:
    case Fault::TimeoutAfter:
    case Fault::BrokenJsonAfter:
        return true;
    default:
        return false;
    }
}

FakeVenue::FakeVenue(QByteArray publicKeyPem, QString keyName, QObject* parent)
    : QObject(parent)
    , takerFeeRate(*Decimal::fromString(std::string_view("0.006")))
    , makerFeeRate(*Decimal::fromString(std::string_view("0.004")))
    , m_publicKeyPem(std::move(publicKeyPem))
    , m_keyName(std::move(keyName))
{
    m_http.setRequestHandler(
        [this](const FakeHttpServer::Request& request) { return handle(request); });
}

FakeVenue::~FakeVenue() = default;

Core::TradingRestClient::Config FakeVenue::clientConfig() const
{
    Core::TradingRestClient::Config config;
    config.baseUrl = baseUrl();
    config.requestsPerSecond = 2000;
    config.burst = 200;
    config.timeout = std::chrono::milliseconds(300);
    config.initialBackoff = std::chrono::milliseconds(10);
    return config;
}

Core::CoinbaseExecution::Config FakeVenue::quickLookups()
{
    Core::CoinbaseExecution::Config config;
    config.firstCheck = std::chrono::milliseconds(30);
    config.checkEvery = std::chrono::milliseconds(20);
    config.pollEvery = std::chrono::milliseconds(10);
    return config;
}

void FakeVenue::scriptFaults(const QString& path, const QList<Fault>& faults)
{
    m_scripted[path] += faults;
}

void FakeVenue::setFaultChooser(std::function<Fault(const QString& path)> chooser)
{
    m_chooser = std::move(chooser);
}

void FakeVenue::scriptGetFaults(const QString& pathPrefix, const QList<Fault>& faults)
{
    m_scriptedGets[pathPrefix] += faults;
}

void FakeVenue::setProduct(const Core::Product& product)
{
    m_products.insert_or_assign(product.id, product);
}

void FakeVenue::setPrice(const QString& productId, const Decimal& price)
{
    m_prices[productId] = price;
    for (Order& order : m_orders)
        if (order.productId == productId && order.status == QLatin1String("OPEN"))
            match(order, false);
}

void FakeVenue::setBalance(const QString& currency, const Decimal& available)
{
    m_balances[currency] = available;
}

QString FakeVenue::placeExternal(
    const QString& productId, const QString& side, const Decimal& size, const Decimal& limitPrice)
{
    Order order;
    order.orderId = QStringLiteral("venue-%1").arg(m_nextId++);
    order.clientOrderId = QStringLiteral("web-%1").arg(order.orderId);
    order.productId = productId;
    order.side = side;
    order.configuration = QStringLiteral("limit_limit_gtc");
    order.size = size;
    order.limitPrice = limitPrice;
    order.status = QStringLiteral("OPEN");
    order.external = true;
    order.createdMs = marketTimeMs();
    m_orders.push_back(order);
    return order.orderId;
}

void FakeVenue::fillResting(const QString& orderId, const Decimal& size, const Decimal& price)
{
    for (Order& order : m_orders)
        if (order.orderId == orderId && order.status == QLatin1String("OPEN"))
            addFill(order, size, price, true);
}

void FakeVenue::setStatus(const QString& orderId, const QString& status)
{
    for (Order& order : m_orders)
        if (order.orderId == orderId)
            order.status = status;
}

void FakeVenue::cancelFromOutside(const QString& orderId)
{
    for (Order& order : m_orders)
        if (order.orderId == orderId && order.status == QLatin1String("OPEN"))
            order.status = QStringLiteral("CANCELLED");
}

const FakeVenue::Order* FakeVenue::order(const QString& orderId) const
{
    for (const Order& order : m_orders)
        if (order.orderId == orderId)
            return &order;
    return nullptr;
}

int FakeVenue::ordersWithClientId(const QString& clientOrderId) const
{
    return int(std::count_if(m_orders.begin(), m_orders.end(),
        [&](const Order& order) { return order.clientOrderId == clientOrderId; }));
}

FakeVenue::Fault FakeVenue::nextFault(const QString& path, bool post)
{
    if (post) {
        QList<Fault>& scripted = m_scripted[path];
        if (!scripted.isEmpty())
            return scripted.takeFirst();
        return m_chooser ? m_chooser(path) : Fault::None;
    }
    for (auto it = m_scriptedGets.begin(); it != m_scriptedGets.end(); ++it)
        if (path.startsWith(it.key()) && !it.value().isEmpty())
            return it.value().takeFirst();
    return Fault::None;
}

Reply FakeVenue::handle(const FakeHttpServer::Request& request)
{
    const QString base = m_http.baseUrl().path();
    const QString path = request.url.path().mid(base.size());
    if (path == QLatin1String("/market/products")) { // public: no token needed
        ++m_productListRequests;
        std::map<QString, Core::Product> listed = m_products;
        for (const auto& [productId, price] : m_prices)
            listed.try_emplace(productId, Core::Product::spotDefaults(productId));
        std::vector<Core::Product> products;
        for (const auto& [productId, product] : listed)
            products.push_back(product);
        return {Reply::Disposition::Answer, 200, Core::productListToJson(products), {}};
    }
    if (path == QLatin1String("/time")) { // public: no token needed
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() + m_clockOffset * 1000;
        return json(200,
            QJsonObject{{QStringLiteral("iso"), iso(ms)},
                {QStringLiteral("epochSeconds"), QString::number(ms / 1000)},
                {QStringLiteral("epochMillis"), QString::number(ms)}});
    }
    // Every POST that arrives counts, signed or not: an order request on the wire twice is what
    // the tests look for.
    if (request.method == "POST")
        m_posts[path] += 1;
    else
        m_gets[path] += 1;
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray token
        = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    m_tokens.append(token);
    // Tokens name Coinbase's host whatever the address they are sent to.
    const QString uri = QString::fromLatin1(request.method) + QStringLiteral(" api.coinbase.com")
        + request.url.path();
    QString problem
        = jwtProblem(token, m_publicKeyPem, m_keyName, uri, QDateTime::currentSecsSinceEpoch());
    if (problem.isEmpty()) {
        const QString nonce = decodeJwt(token)->header.value(QStringLiteral("nonce")).toString();
        if (m_nonces.contains(nonce))
            problem = QStringLiteral("nonce reused");
        m_nonces.insert(nonce);
    }
    if (!problem.isEmpty()) {
        m_authProblems.append(problem);
        return errorReply(401, QStringLiteral("UNAUTHENTICATED"), problem);
    }

    if (request.method == "POST") {
        const Fault fault = nextFault(path, true);
        if (path == QLatin1String("/orders"))
            return createOrder(request.body, fault);
        if (path == QLatin1String("/orders/batch_cancel"))
            return batchCancel(request.body, fault);
        if (path == QLatin1String("/orders/preview"))
            return previewOrder(request.body);
        return errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such route"));
    }
    if (auto reply = faultReply(nextFault(path, false), Reply{}))
        return *reply;
    if (path == QLatin1String("/orders/historical/batch"))
        return listOrders(request.url);
    if (path == QLatin1String("/orders/historical/fills"))
        return listFills(request.url);
    if (path.startsWith(QLatin1String("/orders/historical/"))) {
        const Order* found = order(path.section(QLatin1Char('/'), 3));
        if (!found)
            return errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such order"));
        return json(200, QJsonObject{{QStringLiteral("order"), orderJson(*found)}});
    }
    if (path == QLatin1String("/accounts"))
        return listAccounts();
    if (path == QLatin1String("/transaction_summary"))
        return json(200,
            QJsonObject{{QStringLiteral("total_fees"), 0},
                {QStringLiteral("fee_tier"),
                    QJsonObject{{QStringLiteral("pricing_tier"), QStringLiteral("<$10k")},
                        {QStringLiteral("taker_fee_rate"), takerFeeRate.toString()},
                        {QStringLiteral("maker_fee_rate"), makerFeeRate.toString()}}}});
    if (path == QLatin1String("/key_permissions"))
        return json(200,
            QJsonObject{{QStringLiteral("can_view"), m_permissions.canView},
                {QStringLiteral("can_trade"), m_permissions.canTrade},
                {QStringLiteral("can_transfer"), m_permissions.canTransfer},
                {QStringLiteral("portfolio_uuid"), m_permissions.portfolio},
                {QStringLiteral("portfolio_type"), QStringLiteral("DEFAULT")}});
    return errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such route"));
}

Reply FakeVenue::previewOrder(const QByteArray& body) const
{
    // base_size at the limit (a market order: at the product's price), with the maker fee for a
    // post-only limit or a bracket's target, the taker's otherwise.
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    if (request.contains(QStringLiteral("client_order_id")))
        return errorReply(400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("a preview carries no client_order_id"));
    const QJsonObject configurations
        = request.value(QStringLiteral("order_configuration")).toObject();
    if (configurations.size() != 1)
        return errorReply(400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("exactly one order configuration"));
    const QString kind = configurations.keys().front();
    const QJsonObject configuration = configurations.value(kind).toObject();
    const QString productId = request.value(QStringLiteral("product_id")).toString();
    const auto size
        = Decimal::fromString(configuration.value(QStringLiteral("base_size")).toString());
    const auto limit
        = Decimal::fromString(configuration.value(QStringLiteral("limit_price")).toString());
    const auto market = m_prices.find(productId);
    std::optional<Decimal> price;
    if (limit)
        price = *limit;
    else if (market != m_prices.end())
        price = market->second;
    if (!size || !price)
        return errorReply(400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("a preview needs base_size and a price"));
    const bool maker = configuration.value(QStringLiteral("post_only")).toBool()
        || kind.startsWith(QLatin1String("trigger_bracket"));
    const Decimal notional = times(*size, *price);
    const Decimal commission
        = commissionRounded(times(notional, maker ? makerFeeRate : takerFeeRate));
    const bool buy = request.value(QStringLiteral("side")).toString() == QLatin1String("BUY");
    const Decimal total
        = buy ? plus(notional, commission) : notional.minus(commission).valueOr(notional);
    QJsonArray errors;
    if (buy && balance(productId.section(QLatin1Char('-'), 1, 1)) < total)
        errors.append(QStringLiteral("PREVIEW_INSUFFICIENT_FUND"));
    return json(200,
        QJsonObject{{QStringLiteral("order_total"), total.toString()},
            {QStringLiteral("commission_total"), commission.toString()},
            {QStringLiteral("errs"), errors}, {QStringLiteral("warning"), QJsonArray()},
            {QStringLiteral("est_average_filled_price"), price->toString()},
            {QStringLiteral("preview_id"), QStringLiteral("preview-1")}});
}

Reply FakeVenue::createOrder(const QByteArray& body, Fault fault)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString clientOrderId = request.value(QStringLiteral("client_order_id")).toString();
    m_createsPerClientId[clientOrderId] += 1;
    const QJsonObject configuration
        = request.value(QStringLiteral("order_configuration")).toObject();
    if (clientOrderId.isEmpty() || configuration.size() != 1)
        return errorReply(400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("client_order_id and exactly one order_configuration are required"));
    const auto answer = [](const Order& order) {
        return json(200,
            QJsonObject{{QStringLiteral("success"), true},
                {QStringLiteral("success_response"),
                    QJsonObject{{QStringLiteral("order_id"), order.orderId},
                        {QStringLiteral("product_id"), order.productId},
                        {QStringLiteral("side"), order.side},
                        {QStringLiteral("client_order_id"), order.clientOrderId}}}});
    };
    if (!takesEffect(fault)) {
        if (fault == Fault::Refuse)
            return json(200,
                QJsonObject{{QStringLiteral("success"), false},
                    {QStringLiteral("error_response"),
                        QJsonObject{{QStringLiteral("error"), QStringLiteral("INSUFFICIENT_FUND")},
                            {QStringLiteral("message"),
                                QStringLiteral("Insufficient balance in source account")}}}});
        return *faultReply(fault, Reply{});
    }
    // The idempotency key: the same client_order_id returns the order it already made.
    for (const Order& existing : m_orders)
        if (existing.clientOrderId == clientOrderId) {
            const Reply real = answer(existing);
            return faultReply(fault, real).value_or(real);
        }

    Order order;
    order.orderId = QStringLiteral("venue-%1").arg(m_nextId++);
    order.clientOrderId = clientOrderId;
    order.productId = request.value(QStringLiteral("product_id")).toString();
    order.side = request.value(QStringLiteral("side")).toString();
    order.configuration = configuration.begin().key();
    const QJsonObject variant = configuration.begin().value().toObject();
    order.size = decimal(variant.value(QStringLiteral("base_size")));
    order.limitPrice = decimal(variant.value(QStringLiteral("limit_price")));
    order.stopPrice = decimal(variant.value(QStringLiteral("stop_price")));
    if (order.stopPrice.isZero())
        order.stopPrice = decimal(variant.value(QStringLiteral("stop_trigger_price")));
    order.postOnly = variant.value(QStringLiteral("post_only")).toBool();
    order.status = QStringLiteral("OPEN");
    // A price or size off the product's grid is refused, as Coinbase refuses it.
    if (const auto product = m_products.find(order.productId); product != m_products.end()) {
        const Core::Product& rules = product->second;
        const Decimal& step
            = rules.priceIncrement.isPositive() ? rules.priceIncrement : rules.quoteIncrement;
        const auto offGrid = [&](const Decimal& price) {
            return !price.isZero() && step.isPositive() && !price.isMultipleOf(step);
        };
        const char* problem = offGrid(order.limitPrice) || offGrid(order.stopPrice)
            ? "INVALID_PRICE_PRECISION"
            : rules.baseIncrement.isPositive() && !order.size.isMultipleOf(rules.baseIncrement)
            ? "INVALID_SIZE_PRECISION"
            : nullptr;
        if (problem) {
            m_offGridRefusals.append(QLatin1String(problem));
            return json(200,
                QJsonObject{{QStringLiteral("success"), false},
                    {QStringLiteral("error_response"),
                        QJsonObject{{QStringLiteral("error"), QLatin1String(problem)},
                            {QStringLiteral("message"),
                                QStringLiteral(
                                    "the price or size is not on the product's increment")}}}});
        }
    }
    // A post-only limit that would take is refused outright, and nothing is placed.
    const auto market = m_prices.find(order.productId);
    if (order.postOnly && market != m_prices.end()
        && (order.side == QLatin1String("BUY") ? market->second <= order.limitPrice
                                               : market->second >= order.limitPrice))
        return json(200,
            QJsonObject{{QStringLiteral("success"), false},
                {QStringLiteral("error_response"),
                    QJsonObject{
                        {QStringLiteral("error"), QStringLiteral("INVALID_LIMIT_PRICE_POST_ONLY")},
                        {QStringLiteral("message"),
                            QStringLiteral("post-only order would cross")}}}});
    order.createdMs = marketTimeMs();
    m_orders.push_back(order);
    match(m_orders.back(), true);
    const Reply real = answer(m_orders.back());
    return faultReply(fault, real).value_or(real);
}

void FakeVenue::match(Order& order, bool taker)
{
    const auto price = m_prices.find(order.productId);
    if (price == m_prices.end() || order.status != QLatin1String("OPEN"))
        return;
    const bool buy = order.side == QLatin1String("BUY");
    const QString& kind = order.configuration;
    const Decimal remaining = order.size.minus(order.filled).valueOr(Decimal{});
    if (kind.startsWith(QLatin1String("market_"))) {
        const std::optional<Decimal> scripted = marketPrice ? marketPrice(order) : std::nullopt;
        addFill(order, remaining, scripted.value_or(price->second), false);
        return;
    }
    if (!kind.startsWith(QLatin1String("limit_")) && kind != QLatin1String("sor_limit_ioc"))
        return; // stops and brackets rest until cancelled in this small venue
    const bool crosses
        = buy ? price->second <= order.limitPrice : price->second >= order.limitPrice;
    if (crosses)
        addFill(order, remaining, taker ? price->second : order.limitPrice, !taker);
    else if (kind == QLatin1String("sor_limit_ioc") || kind == QLatin1String("limit_limit_fok"))
        order.status = QStringLiteral("CANCELLED");
}

qint64 FakeVenue::marketTimeMs() const
{
    return marketClock
        ? std::chrono::duration_cast<std::chrono::milliseconds>(marketClock().time_since_epoch())
              .count()
        : QDateTime::currentMSecsSinceEpoch();
}

void FakeVenue::addFill(Order& order, const Decimal& size, const Decimal& price, bool maker)
{
    VenueFill fill;
    fill.tradeId = QStringLiteral("trade-%1").arg(m_nextId++);
    fill.orderId = order.orderId;
    fill.productId = order.productId;
    fill.side = order.side;
    fill.price = price;
    fill.size = size;
    fill.maker = maker;
    fill.commission
        = commissionRounded(times(times(price, size), maker ? makerFeeRate : takerFeeRate));
    fill.timeMs = marketTimeMs();
    m_fills.push_back(fill);
    // The account moves with the fill, as the venue's balances do.
    const QString base = order.productId.section(QLatin1Char('-'), 0, 0);
    const QString quote = order.productId.section(QLatin1Char('-'), 1, 1);
    const Decimal value = times(price, size);
    if (order.side == QLatin1String("BUY")) {
        m_balances[base] = plus(m_balances[base], size);
        m_balances[quote]
            = m_balances[quote].minus(plus(value, fill.commission)).valueOr(Decimal{});
    } else {
        m_balances[base] = m_balances[base].minus(size).valueOr(Decimal{});
        m_balances[quote]
            = plus(m_balances[quote], value.minus(fill.commission).valueOr(Decimal{}));
    }
    order.filled = plus(order.filled, size);
    order.filledValue = plus(order.filledValue, times(price, size));
    order.fees = plus(order.fees, fill.commission);
    if (order.filled >= order.size)
        order.status = QStringLiteral("FILLED");
}

Reply FakeVenue::batchCancel(const QByteArray& body, Fault fault)
{
    if (!takesEffect(fault))
        return *faultReply(fault, Reply{});
    QJsonArray results;
    const QJsonArray ids
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("order_ids")).toArray();
    for (const QJsonValue& id : ids) {
        Order* found = nullptr;
        for (Order& order : m_orders)
            if (order.orderId == id.toString())
                found = &order;
        QJsonObject result{{QStringLiteral("order_id"), id.toString()}};
        if (found && found->status == QLatin1String("OPEN")) {
            found->status = QStringLiteral("CANCELLED");
            result.insert(QStringLiteral("success"), true);
            result.insert(
                QStringLiteral("failure_reason"), QStringLiteral("UNKNOWN_CANCEL_FAILURE_REASON"));
        } else {
            result.insert(QStringLiteral("success"), false);
            result.insert(QStringLiteral("failure_reason"),
                found ? QStringLiteral("INVALID_CANCEL_REQUEST")
                      : QStringLiteral("UNKNOWN_CANCEL_ORDER"));
        }
        results.append(result);
    }
    const Reply real = json(200, QJsonObject{{QStringLiteral("results"), results}});
    return faultReply(fault, real).value_or(real);
}

QJsonObject FakeVenue::orderJson(const Order& order) const
{
    const Decimal average = order.filled.isZero()
        ? Decimal{}
        : order.filledValue.dividedBy(order.filled, 8, Core::RoundingMode::HalfEven)
              .valueOr(Decimal{});
    QJsonObject variant{{QStringLiteral("base_size"), order.size.toString()}};
    if (!order.limitPrice.isZero())
        variant.insert(QStringLiteral("limit_price"), order.limitPrice.toString());
    return QJsonObject{{QStringLiteral("order_id"), order.orderId},
        {QStringLiteral("client_order_id"), order.clientOrderId},
        {QStringLiteral("product_id"), order.productId}, {QStringLiteral("side"), order.side},
        {QStringLiteral("status"), order.status},
        {QStringLiteral("order_configuration"), QJsonObject{{order.configuration, variant}}},
        {QStringLiteral("filled_size"), order.filled.toString()},
        {QStringLiteral("average_filled_price"), average.toString()},
        {QStringLiteral("total_fees"), order.fees.toString()},
        {QStringLiteral("number_of_fills"),
            QString::number(std::count_if(m_fills.begin(), m_fills.end(),
                [&](const VenueFill& f) { return f.orderId == order.orderId; }))},
        {QStringLiteral("created_time"), iso(order.createdMs)},
        {QStringLiteral("order_placement_source"),
            order.external ? QStringLiteral("RETAIL_SIMPLE") : QStringLiteral("RETAIL_ADVANCED")}};
}

Reply FakeVenue::listOrders(const QUrl& url) const
{
    const QUrlQuery query(url);
    const QStringList products = query.allQueryItemValues(QStringLiteral("product_ids"));
    const QStringList ids = query.allQueryItemValues(QStringLiteral("order_ids"));
    const QStringList statuses = query.allQueryItemValues(QStringLiteral("order_status"));
    const QDateTime start = QDateTime::fromString(
        query.queryItemValue(QStringLiteral("start_date")), Qt::ISODateWithMs);
    std::vector<const Order*> matching;
    for (const Order& order : m_orders) {
        if ((!products.isEmpty() && !products.contains(order.productId))
            || (!ids.isEmpty() && !ids.contains(order.orderId))
            || (!statuses.isEmpty() && !statuses.contains(order.status))
            || (start.isValid() && order.createdMs < start.toMSecsSinceEpoch()))
            continue;
        matching.push_back(&order);
    }
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 100);
    const qsizetype offset = query.queryItemValue(QStringLiteral("cursor")).toLongLong();
    QJsonArray page;
    for (qsizetype i = offset; i < qsizetype(matching.size()) && page.size() < limit; ++i)
        page.append(orderJson(*matching[size_t(i)]));
    const bool hasNext = offset + page.size() < qsizetype(matching.size());
    return json(200,
        QJsonObject{{QStringLiteral("orders"), page}, {QStringLiteral("has_next"), hasNext},
            {QStringLiteral("cursor"),
                hasNext ? QString::number(offset + page.size()) : QString()}});
}

Reply FakeVenue::listFills(const QUrl& url) const
{
    const QUrlQuery query(url);
    const QStringList ids = query.allQueryItemValues(QStringLiteral("order_ids"));
    const QStringList products = query.allQueryItemValues(QStringLiteral("product_ids"));
    std::vector<const VenueFill*> matching;
    for (const VenueFill& fill : m_fills)
        if ((ids.isEmpty() || ids.contains(fill.orderId))
            && (products.isEmpty() || products.contains(fill.productId)))
            matching.push_back(&fill);
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 50);
    const qsizetype offset = query.queryItemValue(QStringLiteral("cursor")).toLongLong();
    QJsonArray page;
    for (qsizetype i = offset; i < qsizetype(matching.size()) && page.size() < limit; ++i) {
        const VenueFill& fill = *matching[size_t(i)];
        page.append(QJsonObject{
            {QStringLiteral("entry_id"), QString(QStringLiteral("entry-") + fill.tradeId)},
            {QStringLiteral("trade_id"), fill.tradeId}, {QStringLiteral("order_id"), fill.orderId},
            {QStringLiteral("trade_time"), iso(fill.timeMs)},
            {QStringLiteral("trade_type"), QStringLiteral("FILL")},
            {QStringLiteral("price"), fill.price.toString()},
            {QStringLiteral("size"), fill.size.toString()},
            {QStringLiteral("commission"), fill.commission.toString()},
            {QStringLiteral("product_id"), fill.productId},
            {QStringLiteral("liquidity_indicator"),
                fill.maker ? QStringLiteral("MAKER") : QStringLiteral("TAKER")},
            {QStringLiteral("size_in_quote"), false}, {QStringLiteral("side"), fill.side}});
    }
    const bool hasNext = offset + page.size() < qsizetype(matching.size());
    // Like Coinbase's fills list: a cursor and no has_next.
    return json(200,
        QJsonObject{{QStringLiteral("fills"), page},
            {QStringLiteral("cursor"),
                hasNext ? QString::number(offset + page.size()) : QString()}});
}

Reply FakeVenue::listAccounts() const
{
    QJsonArray accounts;
    for (const auto& [currency, available] : m_balances)
        accounts.append(
            QJsonObject{{QStringLiteral("uuid"), QString(QStringLiteral("account-") + currency)},
                {QStringLiteral("currency"), currency},
                {QStringLiteral("available_balance"),
                    QJsonObject{{QStringLiteral("value"), available.toString()},
                        {QStringLiteral("currency"), currency}}},
                {QStringLiteral("hold"),
                    QJsonObject{{QStringLiteral("value"), QStringLiteral("0")},
                        {QStringLiteral("currency"), currency}}},
                {QStringLiteral("ready"), true}});
    return json(200,
        QJsonObject{{QStringLiteral("accounts"), accounts}, {QStringLiteral("has_next"), false},
            {QStringLiteral("cursor"), QString()}});
}

} // namespace Candela::Test

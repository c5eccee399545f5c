#include "ordercodec.h"

#include "jsonanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Candela::Core::CoinbaseOrders {

namespace {

// A decimal sent as a string (or, defensively, as a JSON number); missing or empty is zero.
Result<Decimal> decimalField(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    QString text = value.toString();
    if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    if (text.isEmpty())
        return Decimal{};
    auto parsed = Decimal::fromString(text);
    if (!parsed)
        return makeError(ErrorCode::ParseError,
            QStringLiteral("%1: %2").arg(QLatin1String(key), parsed.error().message));
    return parsed;
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QString cursorOf(const QJsonObject& root)
{
    // has_next is authoritative where sent; the fills list sends only a cursor.
    const QJsonValue hasNext = root.value(QStringLiteral("has_next"));
    if (hasNext.isBool() && !hasNext.toBool())
        return {};
    return text(root, "cursor");
}

Result<VenueOrder> parseOrder(const QJsonObject& object)
{
    VenueOrder order;
    order.venueOrderId = text(object, "order_id");
    if (order.venueOrderId.isEmpty())
        return makeError(ErrorCode::ParseError, QStringLiteral("an order without order_id"));
    order.clientOrderId = text(object, "client_order_id");
    order.productId = text(object, "product_id");
    if (auto side = parseSide(text(object, "side")))
        order.side = *side;
    order.venueStatus = text(object, "status");
    const std::pair<const char*, Decimal*> fields[] = {{"filled_size", &order.filledQuantity},
        {"average_filled_price", &order.averageFillPrice}, {"total_fees", &order.fees}};
    for (const auto& [key, target] : fields) {
        auto value = decimalField(object, key);
        if (!value)
            return makeError(ErrorCode::ParseError,
                QStringLiteral("order %1: %2").arg(order.venueOrderId, value.error().message));
        *target = *value;
    }
    order.status = statusFromVenue(order.venueStatus, !order.filledQuantity.isZero());
    order.createdAt = parseIsoTimestamp(text(object, "created_time").toStdString());
    return order;
}

QString limitName(const Order& order)
{
    switch (order.timeInForce) {
    case TimeInForce::ImmediateOrCancel:
        return QStringLiteral("sor_limit_ioc");
    case TimeInForce::FillOrKill:
        return QStringLiteral("limit_limit_fok");
    case TimeInForce::GoodTilDate:
        return QStringLiteral("limit_limit_gtd");
    case TimeInForce::GoodTilCancelled:
        break;
    }
    return QStringLiteral("limit_limit_gtc");
}

} // namespace

Result<QByteArray> createOrderBody(const Order& order)
{
    const std::optional<Timestamp>& endTime = order.endTime;
    if (order.clientOrderId.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no client_order_id"));
    if (order.quantity <= Decimal{})
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the size must be positive"));
    const bool needsLimit = order.type != OrderType::Market;
    if (needsLimit && (!order.limitPrice || *order.limitPrice <= Decimal{}))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no limit price"));
    const bool needsStop = order.type == OrderType::StopLimit || order.type == OrderType::Bracket;
    if (needsStop && (!order.stopPrice || *order.stopPrice <= Decimal{}))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no stop price"));
    const bool gtd = order.timeInForce == TimeInForce::GoodTilDate;
    if (gtd && !endTime)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("a good-til-date order needs its end time"));

    QJsonObject variant{{QStringLiteral("base_size"), order.quantity.toString()}};
    if (needsLimit)
        variant.insert(QStringLiteral("limit_price"), order.limitPrice->toString());
    if (gtd)
        variant.insert(QStringLiteral("end_time"), toIsoString(*endTime));
    QString name;
    switch (order.type) {
    case OrderType::Market:
        if (order.timeInForce == TimeInForce::FillOrKill)
            name = QStringLiteral("market_market_fok");
        else if (order.timeInForce == TimeInForce::ImmediateOrCancel)
            name = QStringLiteral("market_market_ioc");
        else
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("a market order is immediate-or-cancel or fill-or-kill"));
        break;
    case OrderType::Limit:
        name = limitName(order);
        if (order.postOnly && order.timeInForce != TimeInForce::GoodTilCancelled && !gtd)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("post-only needs a good-til-cancelled or good-til-date limit"));
        if (order.timeInForce == TimeInForce::GoodTilCancelled || gtd)
            variant.insert(QStringLiteral("post_only"), order.postOnly);
        break;
    case OrderType::StopLimit:
        if (order.timeInForce != TimeInForce::GoodTilCancelled && !gtd)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("a stop-limit is good-til-cancelled or good-til-date"));
        name = gtd ? QStringLiteral("stop_limit_stop_limit_gtd")
                   : QStringLiteral("stop_limit_stop_limit_gtc");
        variant.insert(QStringLiteral("stop_price"), order.stopPrice->toString());
        variant.insert(QStringLiteral("stop_direction"),
            order.side == Side::Sell ? QStringLiteral("STOP_DIRECTION_STOP_DOWN")
                                     : QStringLiteral("STOP_DIRECTION_STOP_UP"));
        break;
    case OrderType::Bracket:
        if (order.timeInForce != TimeInForce::GoodTilCancelled && !gtd)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("a bracket is good-til-cancelled or good-til-date"));
        name = gtd ? QStringLiteral("trigger_bracket_gtd") : QStringLiteral("trigger_bracket_gtc");
        variant.insert(QStringLiteral("stop_trigger_price"), order.stopPrice->toString());
        break;
    }
    const QJsonObject body{{QStringLiteral("client_order_id"), order.clientOrderId},
        {QStringLiteral("product_id"), order.productId},
        {QStringLiteral("side"), sideToString(order.side).toUpper()},
        {QStringLiteral("order_configuration"), QJsonObject{{name, variant}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<SubmitAnswer> parseCreateOrderResponse(const QByteArray& body)
{
    auto root = parseJsonObject(body, "create order");
    if (!root)
        return root.error();
    const QJsonValue success = root->value(QStringLiteral("success"));
    if (!success.isBool())
        return makeError(ErrorCode::ParseError, QStringLiteral("create order: no success flag"));
    SubmitAnswer answer;
    if (success.toBool()) {
        const QJsonObject ok = root->value(QStringLiteral("success_response")).toObject();
        answer.accepted = true;
        answer.venueOrderId = text(ok, "order_id");
        if (answer.venueOrderId.isEmpty())
            answer.venueOrderId = text(*root, "order_id"); // legacy top-level field
        if (answer.venueOrderId.isEmpty())
            return makeError(
                ErrorCode::ParseError, QStringLiteral("create order: success without order_id"));
        return answer;
    }
    const QJsonObject failed = root->value(QStringLiteral("error_response")).toObject();
    answer.reason = text(failed, "new_order_failure_reason");
    for (const char* key : {"error", "preview_failure_reason"}) {
        const QString candidate = text(failed, key);
        if (answer.reason.isEmpty() || answer.reason.startsWith(QLatin1String("UNKNOWN_")))
            if (!candidate.isEmpty() && !candidate.startsWith(QLatin1String("UNKNOWN_")))
                answer.reason = candidate;
    }
    if (answer.reason.isEmpty())
        answer.reason = text(*root, "failure_reason"); // legacy
    if (answer.reason.isEmpty())
        answer.reason = QStringLiteral("UNKNOWN_FAILURE_REASON");
    answer.message = text(failed, "message");
    const QString details = text(failed, "error_details");
    if (!details.isEmpty())
        answer.message += (answer.message.isEmpty() ? QString() : QStringLiteral(": ")) + details;
    return answer;
}

VenueError parseErrorBody(const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    return {text(root, "error"), text(root, "message")};
}

std::optional<OrderStatus> statusFromVenue(QStringView venueStatus, bool partlyFilled)
{
    if (venueStatus == u"OPEN")
        return partlyFilled ? OrderStatus::PartiallyFilled : OrderStatus::Accepted;
    if (venueStatus == u"FILLED")
        return OrderStatus::Filled;
    if (venueStatus == u"CANCELLED")
        return OrderStatus::Cancelled;
    if (venueStatus == u"EXPIRED")
        return OrderStatus::Expired;
    if (venueStatus == u"FAILED")
        return OrderStatus::Rejected;
    return std::nullopt; // PENDING, QUEUED, CANCEL_QUEUED, EDIT_QUEUED, UNKNOWN_…, new ones
}

Result<OrderPage> parseOrderList(const QByteArray& body)
{
    auto root = parseJsonObject(body, "list orders");
    if (!root)
        return root.error();
    OrderPage page;
    for (const QJsonValue& value : root->value(QStringLiteral("orders")).toArray()) {
        auto order = parseOrder(value.toObject());
        if (!order)
            return order.error();
        page.orders.push_back(std::move(*order));
    }
    page.cursor = cursorOf(*root);
    return page;
}

Result<VenueOrder> parseOrderDetail(const QByteArray& body)
{
    auto root = parseJsonObject(body, "get order");
    if (!root)
        return root.error();
    return parseOrder(root->value(QStringLiteral("order")).toObject());
}

Result<FillPage> parseFillList(const QByteArray& body)
{
    auto root = parseJsonObject(body, "list fills");
    if (!root)
        return root.error();
    FillPage page;
    for (const QJsonValue& value : root->value(QStringLiteral("fills")).toArray()) {
        const QJsonObject object = value.toObject();
        VenueFill venueFill;
        Fill& fill = venueFill.fill;
        fill.tradeId = text(object, "trade_id");
        fill.venueOrderId = text(object, "order_id");
        if (fill.tradeId.isEmpty() || fill.venueOrderId.isEmpty())
            return makeError(
                ErrorCode::ParseError, QStringLiteral("a fill without trade_id or order_id"));
        fill.productId = text(object, "product_id");
        if (auto side = parseSide(text(object, "side"))) {
            fill.side = *side;
            venueFill.sideKnown = true;
        }
        const std::pair<const char*, Decimal*> fields[]
            = {{"price", &fill.price}, {"size", &fill.size}, {"commission", &fill.fee}};
        for (const auto& [key, target] : fields) {
            auto parsed = decimalField(object, key);
            if (!parsed)
                return makeError(ErrorCode::ParseError,
                    QStringLiteral("fill %1: %2").arg(fill.tradeId, parsed.error().message));
            *target = *parsed;
        }
        if (object.value(QStringLiteral("size_in_quote")).toBool() && !fill.price.isZero()) {
            // The size is in quote currency: turn it into base (18 decimals, rounded down).
            auto base = fill.size.dividedBy(fill.price, Decimal::Scale, RoundingMode::Down);
            if (!base)
                return base.error();
            fill.size = *base;
        }
        fill.liquidity = text(object, "liquidity_indicator") == QLatin1String("MAKER")
            ? Liquidity::Maker
            : Liquidity::Taker;
        if (auto time = parseIsoTimestamp(text(object, "trade_time").toStdString()))
            fill.time = *time;
        page.fills.push_back(std::move(venueFill));
    }
    page.cursor = cursorOf(*root);
    return page;
}

Result<std::vector<CancelAnswer>> parseBatchCancelResponse(const QByteArray& body)
{
    auto root = parseJsonObject(body, "batch cancel");
    if (!root)
        return root.error();
    const QJsonValue results = root->value(QStringLiteral("results"));
    if (!results.isArray())
        return makeError(ErrorCode::ParseError, QStringLiteral("batch cancel: no results"));
    std::vector<CancelAnswer> answers;
    for (const QJsonValue& value : results.toArray()) {
        const QJsonObject object = value.toObject();
        CancelAnswer answer;
        answer.venueOrderId = text(object, "order_id");
        answer.cancelled = object.value(QStringLiteral("success")).toBool();
        if (!answer.cancelled)
            answer.reason = text(object, "failure_reason");
        answers.push_back(answer);
    }
    return answers;
}

QByteArray batchCancelBody(const QStringList& venueOrderIds)
{
    return QJsonDocument(
        QJsonObject{{QStringLiteral("order_ids"), QJsonArray::fromStringList(venueOrderIds)}})
        .toJson(QJsonDocument::Compact);
}

Result<AccountPage> parseAccountList(const QByteArray& body)
{
    auto root = parseJsonObject(body, "list accounts");
    if (!root)
        return root.error();
    AccountPage page;
    for (const QJsonValue& value : root->value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        Balance balance;
        balance.currency = text(object, "currency");
        auto available
            = decimalField(object.value(QStringLiteral("available_balance")).toObject(), "value");
        auto hold = decimalField(object.value(QStringLiteral("hold")).toObject(), "value");
        if (!available || !hold)
            return makeError(ErrorCode::ParseError,
                QStringLiteral("account %1: a balance is not a decimal").arg(balance.currency));
        balance.available = *available;
        balance.hold = *hold;
        page.balances.push_back(balance);
    }
    page.cursor = cursorOf(*root);
    return page;
}

Result<FeeTier> parseTransactionSummary(const QByteArray& body)
{
    auto root = parseJsonObject(body, "transaction summary");
    if (!root)
        return root.error();
    const QJsonObject tier = root->value(QStringLiteral("fee_tier")).toObject();
    if (!tier.contains(QStringLiteral("taker_fee_rate"))
        || !tier.contains(QStringLiteral("maker_fee_rate")))
        return makeError(
            ErrorCode::ParseError, QStringLiteral("transaction summary: no fee_tier rates"));
    auto taker = decimalField(tier, "taker_fee_rate");
    auto maker = decimalField(tier, "maker_fee_rate");
    if (!taker || !maker)
        return makeError(ErrorCode::ParseError,
            QStringLiteral("transaction summary: a fee rate is not a decimal"));
    // A rate is a fraction of the notional: 0.6 % is "0.006". Anything from 10 % up is not a
    // rate in that form (a percentage sent by mistake) and is refused rather than charged.
    const Decimal ceiling = *Decimal::fromString(std::string_view("0.1"));
    if (taker->isNegative() || maker->isNegative() || *taker >= ceiling || *maker >= ceiling)
        return makeError(ErrorCode::ParseError,
            QStringLiteral("transaction summary: fee rates %1 / %2 are not fractions")
                .arg(taker->toString(), maker->toString()));
    return FeeTier{text(tier, "pricing_tier"), *taker, *maker};
}

Result<OrderPreview> parsePreviewResponse(const QByteArray& body)
{
    auto root = parseJsonObject(body, "preview order");
    if (!root)
        return root.error();
    if (!root->contains(QStringLiteral("order_total")) || !root->contains(QStringLiteral("errs")))
        return makeError(
            ErrorCode::ParseError, QStringLiteral("preview order: no order_total or errs"));
    auto total = decimalField(*root, "order_total");
    auto commission = decimalField(*root, "commission_total");
    if (!total || !commission)
        return makeError(
            ErrorCode::ParseError, QStringLiteral("preview order: a total is not a decimal"));
    OrderPreview preview;
    preview.orderTotal = *total;
    preview.commissionTotal = *commission;
    for (const QJsonValue& value : root->value(QStringLiteral("errs")).toArray())
        preview.errors.append(value.toString());
    for (const QJsonValue& value : root->value(QStringLiteral("warning")).toArray())
        preview.warnings.append(value.toString());
    if (root->contains(QStringLiteral("est_average_filled_price"))) {
        if (auto average = decimalField(*root, "est_average_filled_price"))
            preview.averagePrice = *average;
    }
    preview.previewId = text(*root, "preview_id");
    return preview;
}

} // namespace Candela::Core::CoinbaseOrders

#include "userorders.h"

#include "ordercodec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Candela::Core {

namespace {

// A decimal string; missing or empty is `fallback`, anything else unparsable is no value.
std::optional<Decimal> decimalOf(const QJsonObject& object, const char* key, Decimal fallback = {})
{
    const QString text = object.value(QLatin1String(key)).toString();
    if (text.isEmpty())
        return fallback;
    auto value = Decimal::fromString(text);
    if (!value)
        return std::nullopt;
    return *value;
}

std::optional<UserOrderUpdate> decodeOrder(const QJsonObject& object, bool snapshot)
{
    UserOrderUpdate update;
    update.snapshot = snapshot;
    update.venueOrderId = object.value(QStringLiteral("order_id")).toString();
    if (update.venueOrderId.isEmpty())
        return std::nullopt;
    update.clientOrderId = object.value(QStringLiteral("client_order_id")).toString();
    update.productId = object.value(QStringLiteral("product_id")).toString();
    if (auto side = parseSide(object.value(QStringLiteral("order_side")).toString()))
        update.side = *side;
    update.venueStatus = object.value(QStringLiteral("status")).toString();
    const auto quantity = decimalOf(object, "cumulative_quantity");
    const auto average = decimalOf(object, "avg_price");
    const auto fees = decimalOf(object, "total_fees");
    if (!quantity || !average || !fees || quantity->isNegative() || fees->isNegative())
        return std::nullopt;
    update.cumulativeQuantity = *quantity;
    update.averagePrice = *average;
    update.totalFees = *fees;
    if (object.contains(QStringLiteral("filled_value"))) {
        const auto value = decimalOf(object, "filled_value");
        if (!value)
            return std::nullopt;
        update.filledValue = *value;
    }
    bool ok = true;
    const QString fills = object.value(QStringLiteral("number_of_fills")).toString();
    update.numberOfFills = fills.isEmpty() ? 0 : fills.toInt(&ok);
    if (!ok)
        return std::nullopt;
    update.status
        = CoinbaseOrders::statusFromVenue(update.venueStatus, !update.cumulativeQuantity.isZero());
    return update;
}

} // namespace

Result<UserFrame> decodeUserFrame(const QJsonObject& frame)
{
    if (frame.value(QStringLiteral("channel")).toString() != QLatin1String("user"))
        return makeError(ErrorCode::ParseError, QStringLiteral("not a user channel frame"));
    UserFrame decoded;
    for (const QJsonValue& eventValue : frame.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = eventValue.toObject();
        const bool snapshot
            = event.value(QStringLiteral("type")).toString() == QLatin1String("snapshot");
        for (const QJsonValue& order : event.value(QStringLiteral("orders")).toArray()) {
            if (auto update = decodeOrder(order.toObject(), snapshot))
                decoded.orders.push_back(std::move(*update));
            else
                ++decoded.malformedOrders;
        }
    }
    return decoded;
}

std::optional<CumulativeFills::Derived> CumulativeFills::apply(const UserOrderUpdate& update)
{
    State& state = m_orders[update.venueOrderId];
    if (update.cumulativeQuantity <= state.quantity)
        return std::nullopt;
    Decimal value = update.filledValue.value_or(Decimal{});
    if (!update.filledValue) {
        auto estimated = update.averagePrice.times(update.cumulativeQuantity);
        if (!estimated)
            return std::nullopt;
        value = *estimated;
    }
    const auto size = update.cumulativeQuantity.minus(state.quantity);
    const auto valueDelta = value.minus(state.value);
    const auto fee = update.totalFees.minus(state.fees);
    if (!size || !valueDelta || !fee)
        return std::nullopt;
    const auto price = valueDelta->dividedBy(*size, Decimal::Scale, RoundingMode::HalfEven);
    if (!price)
        return std::nullopt;
    Derived derived{
        update.venueOrderId, *size, *price, *fee, std::max(1, update.numberOfFills - state.fills)};
    state = State{update.cumulativeQuantity, value, update.totalFees,
        std::max(state.fills, update.numberOfFills)};
    return derived;
}

Decimal CumulativeFills::filled(const QString& venueOrderId) const
{
    return m_orders.value(venueOrderId).quantity;
}

} // namespace Candela::Core

#include "ordermanager.h"

#include <QUuid>

namespace Candela::Core {

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return QStringLiteral("NEW");
    case OrderStatus::Submitted:
        return QStringLiteral("SUBMITTED");
    case OrderStatus::Accepted:
        return QStringLiteral("ACCEPTED");
    case OrderStatus::PartiallyFilled:
        return QStringLiteral("PARTIALLY_FILLED");
    case OrderStatus::Filled:
        return QStringLiteral("FILLED");
    case OrderStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    case OrderStatus::Rejected:
        return QStringLiteral("REJECTED");
    case OrderStatus::Expired:
        return QStringLiteral("EXPIRED");
    case OrderStatus::SubmitUnknown:
        return QStringLiteral("SUBMIT_UNKNOWN");
    }
    return {};
}

bool OrderManager::canTransition(OrderStatus from, OrderStatus to)
{
    using S = OrderStatus;
    switch (from) {
    case S::New:
        return to == S::Submitted || to == S::Rejected || to == S::Cancelled;
    case S::Submitted:
    case S::SubmitUnknown:
        return to == S::Accepted || to == S::PartiallyFilled || to == S::Filled
            || to == S::Cancelled || to == S::Rejected || to == S::Expired
            || (from == S::Submitted && to == S::SubmitUnknown);
    case S::Accepted:
        return to == S::PartiallyFilled || to == S::Filled || to == S::Cancelled
            || to == S::Expired;
    case S::PartiallyFilled:
        return to == S::PartiallyFilled || to == S::Filled || to == S::Cancelled
            || to == S::Expired;
    case S::Filled:
    case S::Cancelled:
    case S::Rejected:
    case S::Expired:
        return false;
    }
    return false;
}

OrderManager::OrderManager(IdGenerator nextId)
    : m_nextId(std::move(nextId))
{
    if (!m_nextId)
        m_nextId = &OrderManager::mintClientOrderId;
}

QString OrderManager::mintClientOrderId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const Order& OrderManager::create(const OrderRequest& request, Timestamp now)
{
    Order order;
    do {
        order.clientOrderId = m_nextId();
    } while (m_orders.contains(order.clientOrderId));
    order.botId = request.botId;
    order.productId = request.productId;
    order.side = request.side;
    order.type = request.type;
    order.timeInForce = request.timeInForce;
    order.postOnly = request.postOnly;
    order.quantity = request.quantity;
    order.limitPrice = request.limitPrice;
    order.stopPrice = request.stopPrice;
    order.status = OrderStatus::New;
    order.createdAt = now;
    order.updatedAt = now;
    return *m_orders.insert(order.clientOrderId, order);
}

void OrderManager::restore(const Order& order)
{
    m_orders.insert(order.clientOrderId, order);
}

Order* OrderManager::findMutable(const QString& clientOrderId)
{
    const auto it = m_orders.find(clientOrderId);
    return it == m_orders.end() ? nullptr : &*it;
}

const Order* OrderManager::find(const QString& clientOrderId) const
{
    const auto it = m_orders.constFind(clientOrderId);
    return it == m_orders.constEnd() ? nullptr : &*it;
}

Status OrderManager::transition(const QString& clientOrderId, OrderStatus to, Timestamp now)
{
    Order* order = findMutable(clientOrderId);
    if (!order)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("no order %1").arg(clientOrderId));
    if (!canTransition(order->status, to))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("order %1 cannot go from %2 to %3")
                .arg(clientOrderId, orderStatusName(order->status), orderStatusName(to)));
    order->status = to;
    order->updatedAt = now;
    return success();
}

Status OrderManager::setVenueOrderId(const QString& clientOrderId, const QString& venueOrderId)
{
    Order* order = findMutable(clientOrderId);
    if (!order)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("no order %1").arg(clientOrderId));
    order->venueOrderId = venueOrderId;
    return success();
}

Result<OrderManager::FillOutcome> OrderManager::applyFill(
    const QString& clientOrderId, const Fill& fill)
{
    Order* order = findMutable(clientOrderId);
    if (!order)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("fill for unknown order %1").arg(clientOrderId));
    const QString key = clientOrderId + QLatin1Char('/') + fill.tradeId;
    if (m_seenFills.contains(key))
        return FillOutcome::Duplicate;
    if (fill.side != order->side || fill.productId != order->productId)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("fill %1 does not match order %2").arg(fill.tradeId, clientOrderId));
    const auto filled = order->filledQuantity.plus(fill.size);
    if (!filled || *filled > order->quantity)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("fill %1 would overfill order %2").arg(fill.tradeId, clientOrderId));
    const OrderStatus next
        = *filled == order->quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
    if (!canTransition(order->status, next))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("order %1 in state %2 cannot take a fill")
                .arg(clientOrderId, orderStatusName(order->status)));
    // Average price over all fills: (avg × filled + price × size) / new filled.
    const auto oldValue = order->averageFillPrice.times(order->filledQuantity);
    const auto newValue = fill.price.times(fill.size);
    const auto fees = order->fees.plus(fill.fee);
    if (!oldValue || !newValue || !fees)
        return makeError(
            ErrorCode::Overflow, QStringLiteral("fill %1 overflows").arg(fill.tradeId));
    const auto total = oldValue->plus(*newValue);
    if (!total)
        return total.error();
    const auto average = total->dividedBy(*filled, Decimal::Scale, RoundingMode::HalfEven);
    if (!average)
        return average.error();
    order->filledQuantity = *filled;
    order->averageFillPrice = *average;
    order->fees = *fees;
    order->status = next;
    order->updatedAt = fill.time;
    m_seenFills.insert(key);
    return FillOutcome::Applied;
}

std::vector<const Order*> OrderManager::openOrders(const QString& botId) const
{
    std::vector<const Order*> open;
    for (const Order& order : m_orders) {
        if (!isTerminal(order.status) && (botId.isEmpty() || order.botId == botId))
            open.push_back(&order);
    }
    return open;
}

} // namespace Candela::Core

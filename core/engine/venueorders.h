#pragma once

#include "core/execution/executionclient.h"

#include <QString>

#include <optional>

// The trading engine's small shared rules for venue orders (tradingengine.cpp and
// venueprotection.cpp), not for use elsewhere.
namespace Candela::Core::VenueOrders {

// A position's key for its venue stop: the bot and the product.
inline QString positionKey(const QString& botId, const QString& productId)
{
    return botId + QLatin1Char('|') + productId;
}

// What an event other than a fill says of an order's state (canMoveOrder: never out of a
// terminal state, never backwards); false for an event that says nothing or a move the
// lifecycle does not have.
inline bool applyStatus(Order& order, const OrderEvent& event)
{
    std::optional<OrderStatus> to;
    switch (event.kind) {
    case OrderEvent::Kind::Accepted:
        if (!isTerminal(order.status) && !event.venueOrderId.isEmpty())
            order.venueOrderId = event.venueOrderId;
        if (order.status == OrderStatus::Submitted || order.status == OrderStatus::SubmitUnknown)
            to = OrderStatus::Accepted;
        else
            return !isTerminal(order.status); // already further along: the venue id is news
        break;
    case OrderEvent::Kind::SubmitUnknown:
        to = OrderStatus::SubmitUnknown;
        break;
    case OrderEvent::Kind::Rejected:
        to = OrderStatus::Rejected;
        break;
    case OrderEvent::Kind::Cancelled:
        to = OrderStatus::Cancelled;
        break;
    case OrderEvent::Kind::Expired:
        to = OrderStatus::Expired;
        break;
    case OrderEvent::Kind::Fill:
    case OrderEvent::Kind::CancelRefused:
    case OrderEvent::Kind::CancelUnknown:
        return false;
    }
    if (!canMoveOrder(order.status, *to))
        return false;
    order.status = *to;
    return true;
}

} // namespace Candela::Core::VenueOrders

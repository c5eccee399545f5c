#pragma once

#include "core/execution/executionclient.h"

#include <QString>

// The trading engine's small shared rules for venue orders (tradingengine.cpp and
// venueprotection.cpp), not for use elsewhere.
namespace Candela::Core::VenueOrders {

// A position's key for its venue stop: the bot and the product.
inline QString positionKey(const QString& botId, const QString& productId)
{
    return botId + QLatin1Char('|') + productId;
}

// What an event other than a fill says of an order's state; false for one that says nothing.
inline bool applyStatus(Order& order, const OrderEvent& event)
{
    switch (event.kind) {
    case OrderEvent::Kind::Accepted:
        if (!event.venueOrderId.isEmpty())
            order.venueOrderId = event.venueOrderId;
        if (order.status == OrderStatus::Submitted || order.status == OrderStatus::SubmitUnknown)
            order.status = OrderStatus::Accepted;
        return true;
    case OrderEvent::Kind::SubmitUnknown:
        if (order.status == OrderStatus::Submitted)
            order.status = OrderStatus::SubmitUnknown;
        return true;
    case OrderEvent::Kind::Rejected:
        order.status = OrderStatus::Rejected;
        return true;
    case OrderEvent::Kind::Cancelled:
        order.status = OrderStatus::Cancelled;
        return true;
    case OrderEvent::Kind::Expired:
        order.status = OrderStatus::Expired;
        return true;
    case OrderEvent::Kind::Fill:
    case OrderEvent::Kind::CancelRefused:
    case OrderEvent::Kind::CancelUnknown:
        break;
    }
    return false;
}

} // namespace Candela::Core::VenueOrders

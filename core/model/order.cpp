#include "order.h"

#include "exactsteps.h"

namespace Candela::Core {

bool canMoveOrder(OrderStatus from, OrderStatus to) noexcept
{
    using S = OrderStatus;
    if (isTerminal(from))
        return false;
    switch (to) {
    case S::New:
        return false;
    case S::Submitted:
        return from == S::New;
    case S::SubmitUnknown:
        return from == S::Submitted;
    case S::Accepted:
        return from == S::Submitted || from == S::SubmitUnknown || from == S::Accepted;
    case S::PartiallyFilled:
        return from != S::New;
    case S::Filled:
    case S::Expired:
        return from != S::New;
    case S::Cancelled:
    case S::Rejected:
        return true; // a New order is cancelled or refused before it is sent
    }
    return false;
}

bool isTerminal(OrderStatus status) noexcept
{
    switch (status) {
    case OrderStatus::Filled:
    case OrderStatus::Cancelled:
    case OrderStatus::Rejected:
    case OrderStatus::Expired:
        return true;
    case OrderStatus::New:
    case OrderStatus::Submitted:
    case OrderStatus::Accepted:
    case OrderStatus::PartiallyFilled:
    case OrderStatus::SubmitUnknown:
        return false;
    }
    return false;
}

bool canRest(const Order& order) noexcept
{
    return order.type != OrderType::Market
        && (order.timeInForce == TimeInForce::GoodTilCancelled
            || order.timeInForce == TimeInForce::GoodTilDate);
}

Decimal Order::remainingQuantity() const
{
    // Clamped at zero for an over-fill reported by a venue; a negative fill (a malformed answer)
    // counts as none.
    if (quantity.isNegative() || filledQuantity.isNegative())
        return quantity.isNegative() ? Decimal{} : quantity;
    const Decimal remaining = remainderOf(quantity, filledQuantity);
    return remaining.isNegative() ? Decimal{} : remaining;
}

} // namespace Candela::Core

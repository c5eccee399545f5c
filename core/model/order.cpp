#include "order.h"

namespace Candela::Core {

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

Decimal Order::remainingQuantity() const
{
    // Both operands are in range, and filled never exceeds the order's quantity by more
    // than the range allows; clamp at zero for an over-fill reported by a venue.
    const Decimal remaining = quantity.minus(filledQuantity).valueOr(Decimal{});
    return remaining.isNegative() ? Decimal{} : remaining;
}

} // namespace Candela::Core

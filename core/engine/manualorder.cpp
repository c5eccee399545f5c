#include "manualorder.h"

namespace Candela::Core {

Order venueOrderOf(const ManualOrder& manual)
{
    Order order;
    order.productId = manual.productId;
    order.side = manual.side;
    order.type = manual.type;
    order.quantity = manual.quantity;
    order.limitPrice = manual.limitPrice;
    order.stopPrice = manual.stopPrice;
    order.postOnly = manual.postOnly;
    order.timeInForce
        = manual.type == OrderType::Market ? TimeInForce::ImmediateOrCancel : manual.timeInForce;
    order.endTime = manual.endTime;
    return order;
}

} // namespace Candela::Core

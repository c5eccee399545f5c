#pragma once

#include "decimal.h"
#include "side.h"
#include "timestamp.h"

#include <QString>

#include <optional>

namespace Candela::Core {

enum class OrderType {
    Market,
    Limit,
    StopLimit,
    Bracket,
};

enum class TimeInForce {
    GoodTilCancelled,
    GoodTilDate,
    ImmediateOrCancel,
    FillOrKill,
};

// The order lifecycle. SubmitUnknown is an order whose send got no answer that proves the
// outcome: it is neither working nor terminal until a lookup by client_order_id settles it.
enum class OrderStatus {
    New,
    Submitted,
    Accepted,
    PartiallyFilled,
    Filled,
    Cancelled,
    Rejected,
    Expired,
    SubmitUnknown,
};

bool isTerminal(OrderStatus status) noexcept;

struct Order
{
    QString clientOrderId; // minted once per intent, persisted before sending
    QString venueOrderId; // Coinbase order_id, empty until accepted
    QString botId;
    QString productId;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    TimeInForce timeInForce = TimeInForce::GoodTilCancelled;
    bool postOnly = false;
    Decimal quantity;
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice;
    Decimal filledQuantity;
    Decimal averageFillPrice;
    Decimal fees;
    OrderStatus status = OrderStatus::New;
    Timestamp createdAt;
    Timestamp updatedAt;

    Decimal remainingQuantity() const;
};

} // namespace Candela::Core

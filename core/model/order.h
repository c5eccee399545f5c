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
// The order lifecycle, the one place it is written down:
//   New → Submitted → (SubmitUnknown) → Accepted → PartiallyFilled… → Filled | Cancelled |
//   Rejected | Expired.
// An order only moves forward; a terminal order never changes again; the venue may end a live
// order any way it reports (a FAILED order it had accepted is Rejected). SubmitUnknown is a send
// with no answer: only a lookup may settle it, and it is never Submitted again.
bool canMoveOrder(OrderStatus from, OrderStatus to) noexcept;

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
    std::optional<Timestamp> endTime; // good-til-date: when the venue cancels what is left
    Decimal filledQuantity;
    Decimal averageFillPrice;
    Decimal fees;
    OrderStatus status = OrderStatus::New;
    Timestamp createdAt;
    Timestamp updatedAt;

    Decimal remainingQuantity() const;
};

// A limit, stop-limit or bracket good til cancelled or a date: once accepted it waits at the
// venue until it fills or ends (a market order, IOC or FOK ends inside its answer).
bool canRest(const Order& order) noexcept;

} // namespace Candela::Core

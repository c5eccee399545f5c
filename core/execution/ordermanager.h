#pragma once

#include "core/model/fill.h"
#include "core/model/order.h"
#include "core/model/result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace Candela::Core {

// What a bot (through the risk gate) asks for; the OrderManager turns it into an Order.
struct OrderRequest
{
    QString botId;
    QString productId;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    TimeInForce timeInForce = TimeInForce::ImmediateOrCancel;
    bool postOnly = false;
    Decimal quantity;
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice;
};

// Owns every order's lifecycle on the engine thread:
//   New → Submitted → Accepted → PartiallyFilled → Filled | Cancelled | Rejected | Expired,
// plus SubmitUnknown for a send that got no answer proving its outcome (only a lookup by
// client_order_id may settle it). Moves outside that graph are refused, and a terminal order
// never changes again. The client_order_id is minted once, when the order is created — before
// anything is sent — so a retry or a restart reuses it and never places a second order.
class OrderManager final
{
public:
    using IdGenerator = std::function<QString()>;

    // `nextId` mints client order ids (default: mintClientOrderId).
    explicit OrderManager(IdGenerator nextId = {});

    // A random (version 4) UUID: 122 random bits from the system's generator, so ids stay unique
    // across restarts, paper and live instances and a clock moved back — nothing in it is time.
    static QString mintClientOrderId();

    // Registers a New order and returns it with its client_order_id.
    const Order& create(const OrderRequest& request, Timestamp now);
    // Re-registers an order read back from the journal (same id, same state).
    void restore(const Order& order);

    Status transition(const QString& clientOrderId, OrderStatus to, Timestamp now);
    Status setVenueOrderId(const QString& clientOrderId, const QString& venueOrderId);
    // Books a fill: cumulative quantity, average price and fees, then PartiallyFilled or
    // Filled. A fill already seen (same trade id) is ignored and reported as such.
    enum class FillOutcome {
        Applied,
        Duplicate,
    };
    Result<FillOutcome> applyFill(const QString& clientOrderId, const Fill& fill);

    const Order* find(const QString& clientOrderId) const;
    // Orders that may still trade or whose fate is unknown, optionally of one bot.
    std::vector<const Order*> openOrders(const QString& botId = {}) const;

    static bool canTransition(OrderStatus from, OrderStatus to);

private:
    Order* findMutable(const QString& clientOrderId);

    IdGenerator m_nextId;
    QHash<QString, Order> m_orders;
    QSet<QString> m_seenFills; // clientOrderId + '/' + tradeId
};

QString orderStatusName(OrderStatus status); // "NEW", "SUBMITTED", …

} // namespace Candela::Core

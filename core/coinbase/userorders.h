#pragma once

#include "core/model/decimal.h"
#include "core/model/order.h"
#include "core/model/result.h"
#include "core/model/side.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace Candela::Core {

// One order as the user channel reports it (REFERENCE.md §1.5 "user"): every field a string,
// quantities and fees cumulative over the order's life.
struct UserOrderUpdate
{
    QString venueOrderId;
    QString clientOrderId;
    QString productId;
    std::optional<Side> side;
    QString venueStatus;
    std::optional<OrderStatus> status; // empty: a status that settles nothing (or a new one)
    Decimal cumulativeQuantity;
    Decimal averagePrice;
    std::optional<Decimal> filledValue; // quote value of everything filled, when sent
    Decimal totalFees;
    int numberOfFills = 0;
    bool snapshot = false; // from the snapshot sent after subscribing
};

struct UserFrame
{
    std::vector<UserOrderUpdate> orders;
    int malformedOrders = 0; // orders left out: no order id, or a number that is not one
};

// The orders of a "user" channel frame. An order with a missing or broken field is left out and
// counted, never guessed; the frame's other orders still count.
Result<UserFrame> decodeUserFrame(const QJsonObject& frame);

// Turns cumulative updates into the fills between them: quantity and fees are differences, the
// price is the difference in filled value over the difference in quantity. An update that does
// not move the cumulative quantity forward (a replay after a reconnect, a duplicate, an older
// state arriving late) adds nothing. The records equal Coinbase's own fills when each update
// carries one fill; `fillsCovered` says how many venue fills a record stands for.
class CumulativeFills final
{
public:
    struct Derived
    {
        QString venueOrderId;
        Decimal size;
        Decimal price;
        Decimal fee;
        int fillsCovered = 1;
    };

    std::optional<Derived> apply(const UserOrderUpdate& update);
    Decimal filled(const QString& venueOrderId) const;

private:
    struct State
    {
        Decimal quantity;
        Decimal value;
        Decimal fees;
        int fills = 0;
    };
    QHash<QString, State> m_orders;
};

} // namespace Candela::Core

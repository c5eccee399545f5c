#pragma once

#include "core/model/order.h"

#include <QMetaType>
#include <QStringList>

namespace Candela::Core {

// The ledger a trader's own orders trade in, one account per product beside the bots'.
inline const QString ManualLedger = QStringLiteral("Manual");

// An order the trader places by hand (the order ticket): through the same engine as a bot's —
// journaled before it leaves, the kill switch, the account's risk limits, the product's grid,
// the ledger's own cash — into the Manual ledger. Spot: a sell sells what the ledger holds.
//   Market      at once, immediate-or-cancel.
//   Limit       rests at limitPrice (post-only: refused rather than take liquidity).
//   StopLimit   waits until the market reaches stopPrice (a sell's under the market, a buy's
//               over it), then rests as a limit at limitPrice (a sell's at or under its stop).
//   Bracket     sells a holding at limitPrice (the target, over the market) or, when the market
//               falls to stopPrice (under it), at market: one order, the first leg ends the other.
// All but Market are good til cancelled, or til endTime (good-til-date).
struct ManualOrder
{
    QString productId;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    Decimal quantity; // in the base currency
    std::optional<Decimal> limitPrice; // Limit, StopLimit; a Bracket's target
    std::optional<Decimal> stopPrice; // StopLimit's trigger; a Bracket's stop
    bool postOnly = false; // Limit only
    TimeInForce timeInForce = TimeInForce::GoodTilCancelled; // GTC or GTD
    std::optional<Timestamp> endTime; // GTD
};

// What the venue says of a manual order before it is placed (Coinbase's /orders/preview).
struct ManualOrderPreview
{
    QString problem; // the preview could not be had (no venue, no answer): nothing below holds
    Decimal orderTotal; // what the order costs (a buy) or brings (a sell), fees in
    Decimal commissionTotal;
    QStringList errors; // Coinbase's PREVIEW_* codes: it would refuse the order
    QStringList warnings;
    std::optional<Decimal> averagePrice; // the venue's estimate of the fill price
};

// The order a preview asks the venue about for `manual` (no ids; a market order is
// immediate-or-cancel), as the engine would place it.
Order venueOrderOf(const ManualOrder& manual);

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::ManualOrder)
Q_DECLARE_METATYPE(Candela::Core::ManualOrderPreview)

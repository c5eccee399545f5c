#pragma once

#include "core/model/order.h"

#include <QMetaType>

namespace Candela::Core {

// The ledger a trader's own orders trade in, one account per product beside the bots'.
inline const QString ManualLedger = QStringLiteral("Manual");

// An order the trader places by hand (the order ticket): through the same engine as a bot's —
// journaled before it leaves, the kill switch, the account's risk limits, the product's grid,
// the ledger's own cash — into the Manual ledger. Spot: a sell sells what the ledger holds.
struct ManualOrder
{
    QString productId;
    Side side = Side::Buy;
    OrderType type = OrderType::Market; // Market or Limit
    Decimal quantity; // in the base currency
    std::optional<Decimal> limitPrice; // Limit
    bool postOnly = false; // Limit: refused rather than take liquidity
    TimeInForce timeInForce = TimeInForce::GoodTilCancelled; // Limit: GTC or GTD
    std::optional<Timestamp> endTime; // GTD
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::ManualOrder)

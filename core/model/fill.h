#pragma once

#include "decimal.h"
#include "side.h"
#include "timestamp.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace Candela::Core {

enum class Liquidity {
    Maker,
    Taker,
};

// One execution of (part of) an order. A fill is unique on (venueOrderId, tradeId).
struct Fill
{
    QString venueOrderId;
    QString clientOrderId;
    QString tradeId;
    QString productId;
    Side side = Side::Buy;
    Decimal price;
    Decimal size;
    Decimal fee; // in the quote currency
    Liquidity liquidity = Liquidity::Taker;
    Timestamp time;

    // price x size, exact.
    Result<Decimal> notional() const;
};

// The size-weighted average price of `fills` (8 decimals, half even; zero without any fill): an
// order's, or a maker entry's over all of its orders. An error when a sum leaves the range.
Result<Decimal> averageFillPrice(const std::vector<Fill>& fills);

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::Fill)

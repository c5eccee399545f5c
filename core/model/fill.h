#pragma once

#include "decimal.h"
#include "side.h"
#include "timestamp.h"

#include <QMetaType>
#include <QString>

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

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::Fill)

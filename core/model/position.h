#pragma once

#include "decimal.h"
#include "side.h"

#include <QString>

#include <optional>

namespace Candela::Core {

// A bot's net holding in one product. `quantity` is signed: positive long, negative short.
struct Position
{
    QString botId;
    QString productId;
    Decimal quantity;
    Decimal averageEntryPrice;

    bool isFlat() const noexcept { return quantity.isZero(); }
    std::optional<Side> direction() const noexcept;
    // (mark - entry) x quantity: what closing the whole position at `mark` would realize
    // before fees.
    Result<Decimal> unrealizedPnl(const Decimal& mark) const;
};

} // namespace Candela::Core

#include "position.h"

namespace Candela::Core {

std::optional<Side> Position::direction() const noexcept
{
    if (quantity.isZero())
        return std::nullopt;
    return quantity.isPositive() ? Side::Buy : Side::Sell;
}

Result<Decimal> Position::unrealizedPnl(const Decimal& mark) const
{
    const auto move = mark.minus(averageEntryPrice);
    if (!move)
        return move.error();
    return move->times(quantity);
}

} // namespace Candela::Core

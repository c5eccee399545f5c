#include "fill.h"

#include "exactsteps.h"

namespace Candela::Core {

Result<Decimal> Fill::notional() const
{
    return price.times(size);
}

Result<Decimal> averageFillPrice(const std::vector<Fill>& fills)
{
    ExactSteps exact;
    Decimal notional;
    Decimal quantity;
    for (const Fill& fill : fills) {
        notional = exact(notional.plus(exact(fill.notional())));
        quantity = exact(quantity.plus(fill.size));
    }
    const Decimal average = quantity.isPositive()
        ? exact(notional.dividedBy(quantity, 8, RoundingMode::HalfEven))
        : Decimal{};
    return exact.result(average);
}

} // namespace Candela::Core

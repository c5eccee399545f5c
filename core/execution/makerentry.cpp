#include "makerentry.h"

#include "core/model/exactsteps.h"

namespace Candela::Core::MakerEntry {

Result<Decimal> limitPrice(
    const EntryPolicy& policy, const Product& product, Side side, const Decimal& reference)
{
    if (!reference.isPositive())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no price to rest under"));
    const Decimal& tick
        = product.priceIncrement.isPositive() ? product.priceIncrement : product.quoteIncrement;
    ExactSteps exact;
    const Decimal offset = exact(tick.times(Decimal::fromInteger(policy.offsetTicks)));
    const Decimal price = side == Side::Buy
        ? exact(product.priceRounded(exact(reference.minus(offset)), RoundingMode::Floor))
        : exact(product.priceRounded(exact(reference.plus(offset)), RoundingMode::Ceiling));
    if (exact.failed())
        return exact.error();
    if (!price.isPositive())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 ticks under %2 is not a price")
                .arg(policy.offsetTicks)
                .arg(reference.toString()));
    return price;
}

Step step(const EntryPolicy& policy, Side side, Timestamp placedAt, Timestamp now,
    const Decimal& resting, const Decimal& newPrice)
{
    if (now - placedAt >= policy.timeout)
        return Step::Expire;
    const bool leftBehind = side == Side::Buy ? newPrice > resting : newPrice < resting;
    return policy.reprice && leftBehind ? Step::Reprice : Step::Wait;
}

Result<Decimal> cost(const Decimal& quantity, const Decimal& limit, const Decimal& makerFeeRate)
{
    ExactSteps exact;
    const Decimal factor = exact(Decimal::fromInteger(1).plus(makerFeeRate));
    const Decimal total = exact(exact(quantity.times(limit)).times(factor, RoundingMode::Up));
    return exact.result(total);
}

} // namespace Candela::Core::MakerEntry

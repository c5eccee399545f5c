#include "product.h"

namespace Candela::Core {

namespace {
// Increments come from the venue and are positive; a missing one leaves the value unrounded.
Decimal roundedOrSame(const Decimal& value, const Decimal& increment, RoundingMode mode)
{
    if (!increment.isPositive())
        return value;
    return value.roundedToIncrement(increment, mode).valueOr(value);
}
} // namespace

Decimal Product::sizeRoundedDown(const Decimal& size) const
{
    return roundedOrSame(size, baseIncrement, RoundingMode::Floor);
}

Decimal Product::priceRounded(const Decimal& price, RoundingMode mode) const
{
    return roundedOrSame(
        price, priceIncrement.isPositive() ? priceIncrement : quoteIncrement, mode);
}

Product Product::spotDefaults(const QString& id)
{
    Product product;
    product.id = id;
    product.baseIncrement = *Decimal::fromString(std::string_view("0.00000001"));
    product.quoteIncrement = *Decimal::fromString(std::string_view("0.01"));
    product.priceIncrement = product.quoteIncrement;
    product.baseMinSize = product.baseIncrement;
    product.quoteMinSize = Decimal::fromInteger(1);
    return product;
}

OrderSizeProblem Product::checkOrder(const Decimal& size, const Decimal& price) const
{
    if (!size.isPositive())
        return OrderSizeProblem::SizeNotPositive;
    if (size < baseMinSize)
        return OrderSizeProblem::BelowBaseMinSize;
    if (baseMaxSize.isPositive() && size > baseMaxSize)
        return OrderSizeProblem::AboveBaseMaxSize;
    if (baseIncrement.isPositive() && !size.isMultipleOf(baseIncrement))
        return OrderSizeProblem::SizeOffIncrement;
    if (!price.isPositive())
        return OrderSizeProblem::PriceNotPositive;
    const Decimal priceStep = priceIncrement.isPositive() ? priceIncrement : quoteIncrement;
    if (priceStep.isPositive() && !price.isMultipleOf(priceStep))
        return OrderSizeProblem::PriceOffIncrement;
    const auto notional = size.times(price);
    if (!notional || (quoteMaxSize.isPositive() && *notional > quoteMaxSize))
        return OrderSizeProblem::AboveQuoteMaxSize;
    if (*notional < quoteMinSize)
        return OrderSizeProblem::BelowQuoteMinSize;
    return OrderSizeProblem::None;
}

} // namespace Candela::Core

#include "product.h"

namespace Candela::Core {

// Increments come from the venue and are positive; a missing one leaves the value unrounded.

Decimal Product::sizeRoundedDown(const Decimal& size) const
{
    if (!baseIncrement.isPositive())
        return size;
    // toward zero: |result| <= |size|, so always in range
    return *size.roundedToIncrement(baseIncrement, RoundingMode::Down);
}

Result<Decimal> Product::priceRounded(const Decimal& price, RoundingMode mode) const
{
    const Decimal& increment = priceIncrement.isPositive() ? priceIncrement : quoteIncrement;
    if (!increment.isPositive())
        return price;
    return price.roundedToIncrement(increment, mode);
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

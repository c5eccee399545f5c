#pragma once

#include "decimal.h"

#include <QString>

namespace Candela::Core {

// Why an order size or price does not suit a product (see Product::checkOrder).
enum class OrderSizeProblem {
    None,
    SizeNotPositive,
    BelowBaseMinSize,
    AboveBaseMaxSize,
    SizeOffIncrement,
    PriceNotPositive,
    PriceOffIncrement,
    BelowQuoteMinSize,
    AboveQuoteMaxSize,
};

// A tradable pair as Coinbase describes it ("BTC-USD": base BTC, quote USD) with the steps
// and limits every order must respect. A zero limit means "no limit given".
struct Product
{
    QString id;
    QString baseCurrency;
    QString quoteCurrency;
    Decimal baseIncrement;
    Decimal quoteIncrement;
    Decimal priceIncrement;
    Decimal baseMinSize;
    Decimal baseMaxSize;
    Decimal quoteMinSize;
    Decimal quoteMaxSize;
    bool tradingDisabled = false;
    bool cancelOnly = false; // the venue takes cancels only: no new orders
    bool limitOnly = false; // no market orders

    // The size on the base increment nearest zero, not beyond `size` (never leaves the range).
    Decimal sizeRoundedDown(const Decimal& size) const;
    // The price on the price increment (the quote increment when none is given); an error when
    // rounding away from zero would leave the Decimal range.
    Result<Decimal> priceRounded(const Decimal& price, RoundingMode mode) const;
    OrderSizeProblem checkOrder(const Decimal& size, const Decimal& price) const;

    friend bool operator==(const Product&, const Product&) = default;

    // Coinbase's usual spot rules (BTC-USD's steps: 10^-8 in size, 0.01 in price, 1 USD
    // minimum), for backtests and paper sessions run without the exchange's product list.
    static Product spotDefaults(const QString& id);
};

} // namespace Candela::Core

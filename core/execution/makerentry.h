#pragma once

#include "core/model/entrypolicy.h"
#include "core/model/product.h"
#include "core/model/side.h"
#include "core/model/timestamp.h"

namespace Candela::Core {

// A maker entry's rules, one copy for the backtest and the trading engine so that both place,
// move and give up the same limit at the same bar close (T37).
namespace MakerEntry {

// The post-only limit's price: `offsetTicks` price increments under the reference (the best
// bid, else the bar's close) for a buy, over it (the best ask, else the close) for a sell, on
// the product's grid and rounded away from the market, so it never crosses by rounding.
Result<Decimal> limitPrice(
    const EntryPolicy& policy, const Product& product, Side side, const Decimal& reference);

// What a working entry does at a bar close.
enum class Step {
    Wait, // keep resting
    Reprice, // the market left the limit behind: cancel it and rest at `newPrice`
    Expire, // the time is up: cancel, then the fallback for the rest
};
// `resting` is the limit's price now; `newPrice` the price limitPrice() gives at this close.
Step step(const EntryPolicy& policy, Side side, Timestamp placedAt, Timestamp now,
    const Decimal& resting, const Decimal& newPrice);

// What a buy of `quantity` at `limit` costs with the maker fee on top, rounded up: the cash a
// bot must hold before its limit is placed.
Result<Decimal> cost(const Decimal& quantity, const Decimal& limit, const Decimal& makerFeeRate);

} // namespace MakerEntry

} // namespace Candela::Core

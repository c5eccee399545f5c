#pragma once

#include "core/model/candle.h"
#include "core/model/product.h"
#include "core/model/side.h"

namespace Candela::Core {

// A resting take profit's rules (ExitPolicy::TakeProfit::RestingLimit), one copy for the backtest
// and the trading engine so that both rest, fill and cancel the same limit at the same bar (T37).
namespace RestingTakeProfit {

// The limit's price: the target on the product's grid, rounded so that it never takes less than
// the target (up for a sell closing a long, down for a buy closing a short).
Result<Decimal> limitPrice(const Product& product, Side exitSide, const Decimal& target);

// A bar that reached the position's stop cancels the resting limit before the bar's trades can
// fill it: of a bar that reaches both, the stop is assumed first (as for a market take profit).
bool stopComesFirst(const Candle& bar, Side exitSide, const Decimal& stop);

} // namespace RestingTakeProfit

} // namespace Candela::Core

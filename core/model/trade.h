#pragma once

#include "decimal.h"
#include "side.h"
#include "timestamp.h"

#include <QString>

namespace Candela::Core {

// A print on the public tape (Coinbase `market_trades`). `side` is the maker's side, as
// Coinbase reports it (../shared/coinbase/REFERENCE.md, market_trades).
struct Trade
{
    QString productId;
    QString tradeId;
    Side side = Side::Buy;
    Decimal price;
    Decimal size;
    Timestamp time;
};

} // namespace Candela::Core

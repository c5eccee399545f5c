#pragma once

#include "decimal.h"
#include "timestamp.h"

namespace Candela::Core {

// One OHLCV bucket. `start` is the bucket's UTC start; volume is in the base asset.
struct Candle
{
    Timestamp start;
    Decimal open;
    Decimal high;
    Decimal low;
    Decimal close;
    Decimal volume;

    // low <= min(open, close), high >= max(open, close), volume >= 0.
    bool isConsistent() const noexcept;
};

} // namespace Candela::Core

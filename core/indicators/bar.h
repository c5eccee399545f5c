#pragma once

#include "core/model/candle.h"

namespace Candela::Core {

// A candle in doubles: the boundary where exact prices become indicator inputs. Indicators and
// drawing use doubles; money never does.
struct Bar
{
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0;
};

inline Bar toBar(const Candle& candle)
{
    return Bar{candle.open.toDouble(), candle.high.toDouble(), candle.low.toDouble(),
        candle.close.toDouble(), candle.volume.toDouble()};
}

} // namespace Candela::Core

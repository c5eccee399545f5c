#pragma once

#include "core/indicators/bar.h"

#include <span>

namespace Candela::Core {

// Not on a path a user reaches yet: no bot signal reads these. They stay, tested
// (tst_triggers), for the strategy-depth issue's STRAT setups, which build on them; until then
// nothing in the bots' evaluation changes when they do.

// Rob Smith's STRAT bar types, against the previous bar of the same timeframe.
enum class StratBar {
    Inside, // "1": neither a higher high nor a lower low
    TwoUp, // "2U": a higher high only
    TwoDown, // "2D": a lower low only
    Outside, // "3": both
};

StratBar classifyStrat(const Bar& previous, const Bar& current);
const char* stratName(StratBar type); // "1", "2U", "2D", "3"

// Timeframe continuity: whether the current (forming) candles of several timeframes — say
// 15m, 1h, 4h and 1d — all trade above their open (FullUp), all below (FullDown), or neither.
enum class Continuity {
    FullUp,
    FullDown,
    Mixed,
};

Continuity timeframeContinuity(std::span<const Bar> formingBars);

} // namespace Candela::Core

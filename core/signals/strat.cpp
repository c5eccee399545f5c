#include "strat.h"

#include <algorithm>

namespace Candela::Core {

StratBar classifyStrat(const Bar& previous, const Bar& current)
{
    const bool higherHigh = current.high > previous.high;
    const bool lowerLow = current.low < previous.low;
    if (higherHigh && lowerLow)
        return StratBar::Outside;
    if (higherHigh)
        return StratBar::TwoUp;
    if (lowerLow)
        return StratBar::TwoDown;
    return StratBar::Inside;
}

const char* stratName(StratBar type)
{
    switch (type) {
    case StratBar::Inside:
        return "1";
    case StratBar::TwoUp:
        return "2U";
    case StratBar::TwoDown:
        return "2D";
    case StratBar::Outside:
        return "3";
    }
    return "";
}

Continuity timeframeContinuity(std::span<const Bar> formingBars)
{
    if (formingBars.empty())
        return Continuity::Mixed;
    if (std::all_of(
            formingBars.begin(), formingBars.end(), [](const Bar& b) { return b.close > b.open; }))
        return Continuity::FullUp;
    if (std::all_of(
            formingBars.begin(), formingBars.end(), [](const Bar& b) { return b.close < b.open; }))
        return Continuity::FullDown;
    return Continuity::Mixed;
}

} // namespace Candela::Core

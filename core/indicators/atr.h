#pragma once

#include "bar.h"
#include "movingaverages.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

// True range of a bar: high − low for the first bar, then the largest of high − low and the
// distances of high and low from the previous close.
inline double trueRange(const Bar& bar, double previousClose)
{
    const double range = bar.high - bar.low;
    if (!hasValue(previousClose))
        return range;
    return std::max({range, std::abs(bar.high - previousClose), std::abs(bar.low - previousClose)});
}

// Average true range (ta.atr): Wilder average of the true range from the first bar on.
class Atr final
{
public:
    explicit Atr(int period = 14);
    double update(const Bar& bar);
    double value() const { return m_average.value(); }

private:
    Rma m_average;
    double m_previousClose = NoValue;
};

} // namespace Candela::Core

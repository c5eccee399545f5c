#include "axisticks.h"

#include <algorithm>
#include <cmath>

namespace Candela::Gui {

AxisTicks AxisTicks::cover(double low, double high, int maxTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {};
    if (high < low)
        std::swap(low, high);
    maxTicks = std::max(maxTicks, 2);
    double span = high - low;
    if (!std::isfinite(span))
        return {}; // beyond what a double spans: no ticks made up
    if (span < 1e-9) // one value: a unit either side of it, on its own scale
        span = std::max(std::abs(high) * 0.01, 1e-6);
    // The smallest step of 1, 2 or 5 × 10^k whose whole steps cover the range in maxTicks ticks.
    const double rough = span / (maxTicks - 1);
    const double exponent = std::floor(std::log10(rough));
    constexpr double Factors[] = {1.0, 2.0, 5.0};
    AxisTicks ticks;
    for (int i = 0;; ++i) {
        const double step = Factors[i % 3] * std::pow(10.0, exponent + i / 3);
        if (step < rough * (1 - 1e-9))
            continue;
        ticks.min = std::floor(low / step) * step;
        ticks.max = std::ceil(high / step) * step;
        if (ticks.max <= ticks.min)
            ticks.max = ticks.min + step;
        ticks.tickCount = int(std::lround((ticks.max - ticks.min) / step)) + 1;
        if (ticks.tickCount > maxTicks)
            continue;
        ticks.decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
        break;
    }
    return ticks;
}

} // namespace Candela::Gui

#pragma once

namespace Candela::Gui {

// A value axis whose labels never repeat: the range widened to whole steps of 1, 2 or 5 × 10^k,
// at most `maxTicks` of them, and as many decimals as the step needs ("%.0f" over a range of two
// dollars printed 9999, 9999, 10000, 10000, 10001).
struct AxisTicks
{
    double min = 0;
    double max = 1;
    int tickCount = 2; // ticks from min to max, both included
    int decimals = 0;

    static AxisTicks cover(double low, double high, int maxTicks = 6);
};

} // namespace Candela::Gui

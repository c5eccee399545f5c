#include "atr.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

double trueRange(const Bar& bar, double previousClose)
{
    const double range = bar.high - bar.low;
    if (!hasValue(previousClose))
        return range;
    return std::max({range, std::abs(bar.high - previousClose), std::abs(bar.low - previousClose)});
}

Atr::Atr(int period)
    : m_average(period)
{ }

double Atr::update(const Bar& bar)
{
    const double range = trueRange(bar, m_previousClose);
    m_previousClose = bar.close;
    return m_average.update(range);
}

} // namespace Candela::Core

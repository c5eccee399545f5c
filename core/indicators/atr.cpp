#include "atr.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

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

#include "bollinger.h"

#include <cmath>

namespace Candela::Core {

Bollinger::Bollinger(int period, double multiplier)
    : m_sma(period)
    , m_multiplier(multiplier)
{ }

BollingerValue Bollinger::update(double close)
{
    const double mean = m_sma.update(close);
    if (!hasValue(mean))
        return m_value;
    // Two-pass over the window: exact, and still constant work for a fixed period.
    double squares = 0;
    for (const double x : m_sma.window())
        squares += (x - mean) * (x - mean);
    const double deviation = std::sqrt(squares / double(m_sma.period()));
    m_value = {mean, mean + m_multiplier * deviation, mean - m_multiplier * deviation};
    return m_value;
}

} // namespace Candela::Core

#include "rsi.h"

namespace Candela::Core {

Rsi::Rsi(int period)
    : m_gains(period)
    , m_losses(period)
{ }

double Rsi::update(double close)
{
    if (!hasValue(m_previous)) {
        m_previous = close;
        return m_value;
    }
    const double change = close - m_previous;
    m_previous = close;
    const double gain = m_gains.update(change > 0 ? change : 0.0);
    const double loss = m_losses.update(change < 0 ? -change : 0.0);
    if (!hasValue(gain))
        return m_value;
    if (loss == 0)
        m_value = gain == 0 ? 50.0 : 100.0;
    else
        m_value = 100.0 - 100.0 * loss / (loss + gain); // 100 − 100 / (1 + gain / loss)
    return m_value;
}

} // namespace Candela::Core

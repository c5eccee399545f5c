#include "macd.h"

namespace Candela::Core {

Macd::Macd(int fast, int slow, int signal)
    : m_fast(fast)
    , m_slow(slow)
    , m_signal(signal)
{ }

MacdValue Macd::update(double close)
{
    const double fast = m_fast.update(close);
    const double slow = m_slow.update(close);
    if (!hasValue(fast) || !hasValue(slow))
        return m_value;
    m_value.macd = fast - slow;
    m_value.signal = m_signal.update(m_value.macd);
    m_value.histogram = hasValue(m_value.signal) ? m_value.macd - m_value.signal : NoValue;
    return m_value;
}

} // namespace Candela::Core

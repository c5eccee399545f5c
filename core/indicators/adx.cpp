#include "adx.h"

#include "atr.h"

#include <cmath>

namespace Candela::Core {

Adx::Adx(int period)
    : m_range(period)
    , m_plusMove(period)
    , m_minusMove(period)
    , m_dx(period)
{ }

AdxValue Adx::update(const Bar& bar)
{
    if (!m_havePrevious) {
        m_previous = bar;
        m_havePrevious = true;
        return m_value;
    }
    const double up = bar.high - m_previous.high;
    const double down = m_previous.low - bar.low;
    const double range = m_range.update(trueRange(bar, m_previous.close));
    const double plus = m_plusMove.update(up > down && up > 0 ? up : 0.0);
    const double minus = m_minusMove.update(down > up && down > 0 ? down : 0.0);
    m_previous = bar;
    if (!hasValue(range))
        return m_value;
    m_value.plusDi = range > 0 ? 100.0 * plus / range : 0.0;
    m_value.minusDi = range > 0 ? 100.0 * minus / range : 0.0;
    // DX = 100·|+DI − −DI| / (+DI + −DI); the range cancels out, so it is worked out from the
    // moves themselves and need not wait for the DI divisions.
    const double sum = plus + minus;
    const double dx = range > 0 && sum > 0 ? 100.0 * std::abs(plus - minus) / sum : 0.0;
    m_value.adx = m_dx.update(dx);
    return m_value;
}

} // namespace Candela::Core

#include "movingaverages.h"

#include <algorithm>
#include <numeric>

namespace Candela::Core {

Sma::Sma(int period)
    : m_window(size_t(std::max(period, 1)), 0.0)
{ }

double Sma::update(double x)
{
    m_sum += x - m_window[m_next];
    m_window[m_next] = x;
    m_next = (m_next + 1) % m_window.size();
    ++m_count;
    if (m_next == 0) // once per lap: re-sum so that rounding cannot accumulate
        m_sum = std::accumulate(m_window.begin(), m_window.end(), 0.0);
    if (m_count >= m_window.size())
        m_value = m_sum / double(m_window.size());
    return m_value;
}

ExponentialAverage::ExponentialAverage(int period, double alpha)
    : m_period(std::max(period, 1))
    , m_alpha(alpha)
{ }

double ExponentialAverage::update(double x)
{
    if (m_count < m_period) {
        m_seedSum += x;
        if (++m_count == m_period)
            m_value = m_seedSum / double(m_period);
        return m_value;
    }
    m_value = m_alpha * x + (1.0 - m_alpha) * m_value;
    return m_value;
}

Ema::Ema(int period)
    : ExponentialAverage(period, 2.0 / (double(std::max(period, 1)) + 1.0))
{ }

Rma::Rma(int period)
    : ExponentialAverage(period, 1.0 / double(std::max(period, 1)))
{ }

} // namespace Candela::Core

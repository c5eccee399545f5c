#include "movingaverages.h"

#include <algorithm>
#include <numeric>

namespace Candela::Core {

Sma::Sma(int period)
    : m_window(size_t(std::max(period, 1)), 0.0)
{ }

void Sma::resum()
{
    m_sum = std::accumulate(m_window.begin(), m_window.end(), 0.0);
}

ExponentialAverage::ExponentialAverage(int period, double alpha)
    : m_period(std::max(period, 1))
    , m_alpha(alpha)
{ }

Ema::Ema(int period)
    : ExponentialAverage(period, 2.0 / (double(std::max(period, 1)) + 1.0))
{ }

Rma::Rma(int period)
    : ExponentialAverage(period, 1.0 / double(std::max(period, 1)))
{ }

} // namespace Candela::Core

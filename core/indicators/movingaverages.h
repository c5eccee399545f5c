#pragma once

#include <cmath>
#include <limits>
#include <vector>

namespace Candela::Core {

// Incremental averages with TradingView's warm-up (ta.sma, ta.ema, ta.rma). Each update is O(1)
// (the SMA keeps a running sum over a ring buffer and re-sums it once per lap, so rounding
// cannot drift). value() is NaN until the first full window.
inline constexpr double NoValue = std::numeric_limits<double>::quiet_NaN();

inline bool hasValue(double value)
{
    return !std::isnan(value);
}

// Mean of the last `period` inputs; first value after `period` inputs.
class Sma final
{
public:
    explicit Sma(int period);
    double update(double x)
    {
        m_sum += x - m_window[m_next];
        m_window[m_next] = x;
        ++m_count;
        if (++m_next == m_window.size()) {
            m_next = 0;
            resum(); // once per lap, so that rounding cannot accumulate
        }
        if (m_count >= m_window.size())
            m_value = m_sum / double(m_window.size());
        return m_value;
    }
    double value() const { return m_value; }
    int period() const { return int(m_window.size()); }
    // The inputs now in the window, oldest first is not guaranteed; for dispersion measures.
    const std::vector<double>& window() const { return m_window; }
    bool isFull() const { return m_count >= m_window.size(); }

private:
    void resum();

    std::vector<double> m_window;
    size_t m_next = 0;
    size_t m_count = 0;
    double m_sum = 0;
    double m_value = NoValue;
};

// A recursive average seeded like TradingView's: the mean of the first `period` inputs, then
// r = α·x + (1 − α)·r. Ema and Rma differ only in α.
class ExponentialAverage
{
public:
    ExponentialAverage(int period, double alpha);
    double update(double x)
    {
        if (m_count >= m_period) {
            m_value = m_alpha * x + (1.0 - m_alpha) * m_value;
            return m_value;
        }
        m_seedSum += x;
        if (++m_count == m_period)
            m_value = m_seedSum / double(m_period);
        return m_value;
    }
    double value() const { return m_value; }

private:
    int m_period;
    int m_count = 0;
    double m_alpha;
    double m_seedSum = 0;
    double m_value = NoValue;
};

// ta.ema: α = 2 / (period + 1).
class Ema final : public ExponentialAverage
{
public:
    explicit Ema(int period);
};

// Wilder's average, ta.rma: α = 1 / period, i.e. r = (r·(period − 1) + x) / period.
class Rma final : public ExponentialAverage
{
public:
    explicit Rma(int period);
};

} // namespace Candela::Core

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
    double update(double x);
    double value() const { return m_value; }
    int period() const { return int(m_window.size()); }
    // The inputs now in the window, oldest first is not guaranteed; for dispersion measures.
    const std::vector<double>& window() const { return m_window; }
    bool isFull() const { return m_count >= m_window.size(); }

private:
    std::vector<double> m_window;
    size_t m_next = 0;
    size_t m_count = 0;
    double m_sum = 0;
    double m_value = NoValue;
};

// Exponential average, α = 2 / (period + 1), seeded with the SMA of the first `period` inputs.
class Ema final
{
public:
    explicit Ema(int period);
    double update(double x);
    double value() const { return m_value; }

private:
    int m_period;
    int m_count = 0;
    double m_alpha;
    double m_seedSum = 0;
    double m_value = NoValue;
};

// Wilder's running average (RMA): seeded with the mean of the first `period` inputs, then
// r = (r·(period − 1) + x) / period.
class Rma final
{
public:
    explicit Rma(int period);
    double update(double x);
    double value() const { return m_value; }

private:
    int m_period;
    int m_count = 0;
    double m_seedSum = 0;
    double m_value = NoValue;
};

} // namespace Candela::Core

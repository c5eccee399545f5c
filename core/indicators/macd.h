#pragma once

#include "movingaverages.h"

namespace Candela::Core {

struct MacdValue
{
    double macd = NoValue; // fast EMA − slow EMA
    double signal = NoValue; // EMA of macd, seeded with the SMA of its first values
    double histogram = NoValue; // macd − signal
};

// ta.macd(close, fast, slow, signal): with 12/26/9 the macd starts at the 26th input and the
// signal at the 34th.
class Macd final
{
public:
    Macd(int fast = 12, int slow = 26, int signal = 9);
    MacdValue update(double close);
    const MacdValue& value() const { return m_value; }

private:
    Ema m_fast;
    Ema m_slow;
    Ema m_signal;
    MacdValue m_value;
};

} // namespace Candela::Core

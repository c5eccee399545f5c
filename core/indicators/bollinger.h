#pragma once

#include "movingaverages.h"

namespace Candela::Core {

struct BollingerValue
{
    double middle = NoValue;
    double upper = NoValue;
    double lower = NoValue;
};

// Bollinger bands (ta.bb): SMA ± multiplier × population standard deviation of the same window.
class Bollinger final
{
public:
    explicit Bollinger(int period = 20, double multiplier = 2.0);
    BollingerValue update(double close);
    const BollingerValue& value() const { return m_value; }

private:
    Sma m_sma;
    double m_multiplier;
    BollingerValue m_value;
};

} // namespace Candela::Core

#pragma once

#include "movingaverages.h"

namespace Candela::Core {

// Relative strength index (ta.rsi): Wilder averages of gains and losses of close-to-close
// changes, from the second input on; first value after period + 1 inputs. No losses gives 100,
// no movement at all 50.
class Rsi final
{
public:
    explicit Rsi(int period = 14);
    double update(double close);
    double value() const { return m_value; }

private:
    Rma m_gains;
    Rma m_losses;
    double m_previous = NoValue;
    double m_value = NoValue;
};

} // namespace Candela::Core

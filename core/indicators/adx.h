#pragma once

#include "bar.h"
#include "movingaverages.h"

namespace Candela::Core {

struct AdxValue
{
    double plusDi = NoValue;
    double minusDi = NoValue;
    double adx = NoValue;
};

// Average directional index (ta.dmi): from the second bar, Wilder averages of the true range
// and of the +DM/−DM moves give ±DI; DX = 100·|+DI − −DI| / (+DI + −DI); ADX is the Wilder
// average of DX. With period 14, ±DI start at the 15th bar and ADX at the 28th.
class Adx final
{
public:
    explicit Adx(int period = 14);
    AdxValue update(const Bar& bar);
    const AdxValue& value() const { return m_value; }

private:
    Rma m_range;
    Rma m_plusMove;
    Rma m_minusMove;
    Rma m_dx;
    Bar m_previous;
    bool m_havePrevious = false;
    AdxValue m_value;
};

} // namespace Candela::Core

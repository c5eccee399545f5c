#include "candle.h"

#include <algorithm>

namespace Candela::Core {

bool Candle::isConsistent() const noexcept
{
    return low <= std::min(open, close) && high >= std::max(open, close) && !volume.isNegative();
}

} // namespace Candela::Core

#include "clock.h"

namespace Candela::Core {

Timestamp SystemClock::now() const
{
    return std::chrono::time_point_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now());
}

} // namespace Candela::Core

#include "fill.h"

namespace Candela::Core {

Result<Decimal> Fill::notional() const
{
    return price.times(size);
}

} // namespace Candela::Core

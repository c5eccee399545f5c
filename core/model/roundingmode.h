#pragma once

namespace Candela::Core {

// How a value that does not fit the requested number of decimals is rounded.
enum class RoundingMode {
    HalfEven, // ties to the even neighbour (banker's rounding)
    HalfUp, // ties away from zero
    Down, // toward zero (truncate)
    Up, // away from zero
    Floor, // toward negative infinity
    Ceiling, // toward positive infinity
};

} // namespace Candela::Core

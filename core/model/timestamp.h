#pragma once

#include <chrono>

namespace Candela::Core {

// A UTC instant with microsecond resolution (Coinbase stamps events to the microsecond or
// finer). Time is read from the injected Clock, never from the wall clock inside core logic.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

} // namespace Candela::Core

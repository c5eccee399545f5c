#pragma once

#include "core/model/closedtrade.h"
#include "core/model/order.h"

#include <optional>

namespace Candela::Core {

// The numbers the journal stores for enum values, pinned here one by one (never an enum's
// position): reordering or extending an enum leaves every saved journal readable. A value's
// code never changes; a removed value's code is never reused; a new value takes the next free
// code. The codes are those the first journals were written with (tests/data/journals).
// A code read back that names no value is a damaged row (nullopt), never a guess.
int journalCode(OrderType value);
int journalCode(TimeInForce value);
int journalCode(OrderStatus value);
int journalCode(ExitReason value);

std::optional<OrderType> orderTypeFromJournal(int code);
std::optional<TimeInForce> timeInForceFromJournal(int code);
std::optional<OrderStatus> orderStatusFromJournal(int code);
std::optional<ExitReason> exitReasonFromJournal(int code);

} // namespace Candela::Core

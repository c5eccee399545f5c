#include "journalcodes.h"

namespace Candela::Core {

// Each value's code is written out in both directions; a value missing from a switch fails the
// build (-Wswitch), and tst_journalcodes pins every code.

int journalCode(OrderType value)
{
    switch (value) {
    case OrderType::Market:
        return 0;
    case OrderType::Limit:
        return 1;
    case OrderType::StopLimit:
        return 2;
    case OrderType::Bracket:
        return 3;
    }
    return -1;
}

int journalCode(TimeInForce value)
{
    switch (value) {
    case TimeInForce::GoodTilCancelled:
        return 0;
    case TimeInForce::GoodTilDate:
        return 1;
    case TimeInForce::ImmediateOrCancel:
        return 2;
    case TimeInForce::FillOrKill:
        return 3;
    }
    return -1;
}

int journalCode(OrderStatus value)
{
    switch (value) {
    case OrderStatus::New:
        return 0;
    case OrderStatus::Submitted:
        return 1;
    case OrderStatus::Accepted:
        return 2;
    case OrderStatus::PartiallyFilled:
        return 3;
    case OrderStatus::Filled:
        return 4;
    case OrderStatus::Cancelled:
        return 5;
    case OrderStatus::Rejected:
        return 6;
    case OrderStatus::Expired:
        return 7;
    case OrderStatus::SubmitUnknown:
        return 8;
    }
    return -1;
}

int journalCode(ExitReason value)
{
    switch (value) {
    case ExitReason::Signal:
        return 0;
    case ExitReason::StopLoss:
        return 1;
    case ExitReason::TakeProfit:
        return 2;
    case ExitReason::TrailingStop:
        return 3;
    case ExitReason::TimeStop:
        return 4;
    case ExitReason::KillSwitch:
        return 5;
    case ExitReason::Manual:
        return 6;
    }
    return -1;
}

std::optional<OrderType> orderTypeFromJournal(int code)
{
    switch (code) {
    case 0:
        return OrderType::Market;
    case 1:
        return OrderType::Limit;
    case 2:
        return OrderType::StopLimit;
    case 3:
        return OrderType::Bracket;
    default:
        return std::nullopt;
    }
}

std::optional<TimeInForce> timeInForceFromJournal(int code)
{
    switch (code) {
    case 0:
        return TimeInForce::GoodTilCancelled;
    case 1:
        return TimeInForce::GoodTilDate;
    case 2:
        return TimeInForce::ImmediateOrCancel;
    case 3:
        return TimeInForce::FillOrKill;
    default:
        return std::nullopt;
    }
}

std::optional<OrderStatus> orderStatusFromJournal(int code)
{
    switch (code) {
    case 0:
        return OrderStatus::New;
    case 1:
        return OrderStatus::Submitted;
    case 2:
        return OrderStatus::Accepted;
    case 3:
        return OrderStatus::PartiallyFilled;
    case 4:
        return OrderStatus::Filled;
    case 5:
        return OrderStatus::Cancelled;
    case 6:
        return OrderStatus::Rejected;
    case 7:
        return OrderStatus::Expired;
    case 8:
        return OrderStatus::SubmitUnknown;
    default:
        return std::nullopt;
    }
}

std::optional<ExitReason> exitReasonFromJournal(int code)
{
    switch (code) {
    case 0:
        return ExitReason::Signal;
    case 1:
        return ExitReason::StopLoss;
    case 2:
        return ExitReason::TakeProfit;
    case 3:
        return ExitReason::TrailingStop;
    case 4:
        return ExitReason::TimeStop;
    case 5:
        return ExitReason::KillSwitch;
    case 6:
        return ExitReason::Manual;
    default:
        return std::nullopt;
    }
}

} // namespace Candela::Core

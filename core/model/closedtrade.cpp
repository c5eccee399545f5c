#include "closedtrade.h"

namespace Candela::Core {

const char* exitReasonName(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Signal:
        return "signal";
    case ExitReason::StopLoss:
        return "stop_loss";
    case ExitReason::TakeProfit:
        return "take_profit";
    case ExitReason::TrailingStop:
        return "trailing_stop";
    case ExitReason::TimeStop:
        return "time_stop";
    case ExitReason::KillSwitch:
        return "kill_switch";
    case ExitReason::Manual:
        return "manual";
    }
    return "";
}

std::optional<ExitReason> exitReasonFromName(QStringView name)
{
    for (const ExitReason reason :
        {ExitReason::Signal, ExitReason::StopLoss, ExitReason::TakeProfit, ExitReason::TrailingStop,
            ExitReason::TimeStop, ExitReason::KillSwitch, ExitReason::Manual}) {
        if (name == QLatin1String(exitReasonName(reason)))
            return reason;
    }
    return std::nullopt;
}

} // namespace Candela::Core

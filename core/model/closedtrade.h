#pragma once

#include "core/model/decimal.h"
#include "core/model/side.h"
#include "core/model/timestamp.h"

#include <QString>

#include <optional>

namespace Candela::Core {

enum class ExitReason {
    Signal,
    StopLoss,
    TakeProfit,
    TrailingStop,
    TimeStop,
    KillSwitch,
    Manual,
};

const char* exitReasonName(ExitReason reason); // "signal", "stop_loss", …
// The reverse of exitReasonName; nullopt for anything else.
std::optional<ExitReason> exitReasonFromName(QStringView name);

// One FIFO round trip: an opening lot (or part of one) matched with a closing fill.
struct ClosedTrade
{
    qint64 id = 0;
    QString botId;
    QString productId;
    Side side = Side::Buy; // the position's side: Buy = long, Sell = short
    Timestamp entryTime;
    Decimal entryPrice;
    Timestamp exitTime;
    Decimal exitPrice;
    Decimal quantity;
    Decimal fees; // the entry fill's share plus the exit fill's share, quote currency
    Decimal pnl; // realized, after fees
    std::optional<double> rMultiple; // pnl / initial risk, when a stop defined the risk
    ExitReason exitReason = ExitReason::Signal;
};

} // namespace Candela::Core

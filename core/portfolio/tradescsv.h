#pragma once

#include "core/model/closedtrade.h"

#include <QByteArray>

#include <vector>

namespace Candela::Core {

// Closed trades as CSV, the format `candela-cli backtest --trades` writes and the window's
// "Export closed trades" saves (an interface: keep it stable). Header:
//   id,bot,side,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,r_multiple,exit_reason
// Times are UTC Unix seconds, money exact decimal strings, r_multiple empty when unknown; a bot
// name with a comma, quote or line break is quoted (RFC 4180).
QByteArray closedTradesCsv(const std::vector<ClosedTrade>& trades);

} // namespace Candela::Core

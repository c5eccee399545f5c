#pragma once

#include "core/model/closedtrade.h"
#include "core/model/result.h"

#include <QByteArray>

#include <vector>

namespace Candela::Core {

// Closed trades as CSV, the format `candela-cli backtest --trades` writes and the window's
// "Export closed trades" saves (an interface: keep it stable; columns are only ever added at the
// end). Header:
//   id,bot,side,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,r_multiple,
//   exit_reason,product,entry_time_utc,exit_time_utc,cost_basis,proceeds,fee_currency
// entry_time and exit_time are UTC Unix seconds, the _utc columns the same times in ISO 8601;
// money is exact decimal strings. cost_basis is what the position cost to open (a long's
// quantity × entry price; a short's buy back), proceeds what it brought (a long's sale), both
// before fees: pnl = proceeds − cost_basis − fees. Fees are in the product's quote currency
// (fee_currency). r_multiple is empty when unknown; a bot name with a comma, quote or line break
// is quoted (RFC 4180).
// An error naming the trade when a cost or proceeds leaves the Decimal range: nothing is written
// as zero.
Result<QByteArray> closedTradesCsv(const std::vector<ClosedTrade>& trades);

// The same round trips in Koinly's "universal" import layout (Date, Sent Amount, Sent Currency,
// Received Amount, Received Currency, Fee Amount, Fee Currency, Net Worth Amount, Net Worth
// Currency, Label, Description, TxHash): two rows per round trip, the opening trade and the
// closing one, oldest first, dated "YYYY-MM-DD HH:MM UTC". The journal keeps a round trip's fees
// as one figure (not the entry's and the exit's shares), so they are all on the closing row: the
// gain Koinly works out is the round trip's pnl. TxHash holds Candela's product, bot, trade id and
// leg
// ("candela-BTC-USD-Scalper%20BTC-12-open", the bot's name
// percent-encoded) so a second import of the same file is recognised.
Result<QByteArray> koinlyUniversalCsv(const std::vector<ClosedTrade>& trades);

} // namespace Candela::Core

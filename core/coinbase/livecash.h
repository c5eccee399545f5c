#pragma once

#include "ordercodec.h"

#include "core/model/decimal.h"

#include <QStringList>

#include <vector>

namespace Candela::Core {

// Each bot's starting cash when live trading starts: the bots of each quote currency share what
// the portfolio has available of it equally (to the cent, rounded down), and every bot starts
// with the smallest such share, so that none counts on money another one holds.
struct LiveCash
{
    enum class Problem {
        None,
        NoBots, // no bot would trade
        Inexact, // `currency`'s balances cannot be added up exactly (`detail`)
        NothingAvailable, // the portfolio has no `currency` available
    };
    Decimal perBot;
    Problem problem = Problem::None;
    QString currency;
    QString detail;
};

// `botProducts`: each bot's product ("BTC-USD"), one per bot.
LiveCash liveCashPerBot(
    const QStringList& botProducts, const std::vector<CoinbaseOrders::Balance>& balances);

} // namespace Candela::Core

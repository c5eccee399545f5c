#pragma once

#include "botwatch.h"
#include "tradingsnapshot.h"

#include "core/market/marketsnapshot.h"

#include <QHash>
#include <QMetaType>

#include <memory>
#include <vector>

namespace Candela::Core {

// How the session's market and account are doing.
struct SessionHealth
{
    ConnectionState connection = ConnectionState::Disconnected;
    QHash<QString, DataHealth> products; // those the feed has said something about
    QHash<QString, Decimal> lastPrices; // each product's last ticker price
    // A recording or candle file has played to its end and every order sent has settled.
    bool marketFinished = false;
    // Why the account does not trade at all (its journal could not be opened); empty otherwise.
    QString accountProblem;
    int ordersInFlight = 0;
};

// One picture of a trading session, published by TradingSession at most every
// SessionOptions::publishEvery (a kill-switch change at once) and never changed afterwards. The
// parts are shared: a part that did not change since the last snapshot is the same object, so
// a view redraws only what moved (compare the pointers).
struct SessionSnapshot
{
    std::shared_ptr<const MarketSnapshot> market; // the chart's product
    std::shared_ptr<const std::vector<BotStatus>> bots;
    std::shared_ptr<const TradingSnapshot> trading;
    KillSwitchStatus killSwitch;
    SessionHealth health;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::SessionSnapshot)

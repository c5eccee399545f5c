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

// A copy of `source` that shares no data with it, for a snapshot that crosses to another thread
// while the engine keeps writing the original. Qt's implicit sharing decides that a container may
// be written in place from a relaxed load of its reference count, which does not order the other
// thread's last read of the shared data before that write (ThreadSanitizer reports it as a race,
// rightly by the C++ memory model). Keys and values are copied whole and never written in place.
template<typename Key, typename Value>
QHash<Key, Value> unsharedCopy(const QHash<Key, Value>& source)
{
    QHash<Key, Value> copy;
    copy.reserve(source.size());
    for (auto it = source.cbegin(); it != source.cend(); ++it)
        copy.insert(it.key(), it.value());
    return copy;
}

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

#pragma once

#include "ordercodec.h"

#include "core/model/decimal.h"
#include "core/model/fill.h"
#include "core/model/order.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace Candela::Core {

// What the live journal believes, at start or after a reconnect.
struct LocalBook
{
    std::vector<Order> openOrders; // working, or sent with an unknown outcome
    QSet<QString> clientOrderIds; // every order this mode ever placed: "ours"
    QSet<QString> tradeIds; // venue trade ids already journaled
    std::map<QString, Decimal> balances; // by currency: what the portfolio should hold
    // False before live trading ever started on the journal: nothing to compare the venue's
    // balances with yet (they are shown, and recorded as the start when trading begins).
    bool balancesKnown = true;
};

// What Coinbase says, fetched by the Reconciler.
struct VenueBook
{
    std::vector<CoinbaseOrders::VenueOrder> openOrders;
    // The venue's record of the journal's open orders that are no longer open there (and of
    // any unknown submit found by client id).
    std::vector<CoinbaseOrders::VenueOrder> ourOrders;
    std::vector<CoinbaseOrders::VenueFill> fills; // of our orders, since the last sync
    std::vector<CoinbaseOrders::Balance> balances;
};

// The differences, and what follows from them. Missed fills of Candela's own orders are adopted
// once (T13); orders placed elsewhere are external — bots never manage them, the kill switch
// still cancels them (T18); a balance that differs after adopting the fills blocks every product
// trading that currency until the user resolves it (T15): never trade as if flat.
struct ReconcileReport
{
    struct Mismatch
    {
        QString currency;
        Decimal local; // after the adopted fills
        Decimal venue;
    };

    std::vector<Fill> fillsToAdopt; // oldest first, client ids set
    std::vector<CoinbaseOrders::VenueOrder> externalOrders;
    std::vector<CoinbaseOrders::VenueOrder> endedAtVenue; // ours, ended while we were away
    std::vector<Order> missingAtVenue; // ours, open locally, unknown to the venue
    std::vector<Mismatch> mismatches;
    QSet<QString> blockedCurrencies;
    // The venue's side as fetched, for the user to see.
    std::vector<CoinbaseOrders::Balance> venueBalances;
    std::vector<CoinbaseOrders::VenueOrder> venueOpenOrders;

    bool clean() const
    {
        return mismatches.empty() && missingAtVenue.empty() && blockedCurrencies.isEmpty();
    }
    // True when a bot may not trade `productId` ("BTC-USD") until the user resolves it.
    bool blocks(const QString& productId) const;
};

// Compares the two books. Balances are compared exactly unless `tolerance` says otherwise (the
// dedicated bot portfolio holds only what the bots put there).
ReconcileReport reconcile(
    const LocalBook& local, const VenueBook& venue, const Decimal& tolerance = Decimal{});

// How a fill moves the balances of its product's base and quote currencies: a buy adds the base
// and pays price × size + fee in quote; a sell the reverse, less the fee.
Status applyFillToBalances(const Fill& fill, std::map<QString, Decimal>& balances);

} // namespace Candela::Core

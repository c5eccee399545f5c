#pragma once

#include "core/coinbase/ordercodec.h"
#include "core/coinbase/reconciliation.h"
#include "core/model/result.h"

namespace Candela::Core {

class JournalStore;

// The live journal as reconciliation sees it. Candela's bots trade a portfolio of their own, so
// what that portfolio should hold is known exactly: its balances when live trading began there
// (journaled once) moved by every fill the journal holds. Anything else — a missed fill, money
// moved by hand — is a difference the user must see before a bot trades.
namespace LiveJournal {

// The orders ever placed (ours), those still open or of unknown fate, the trade ids counted,
// and the balances the portfolio should hold (not known before live trading first started).
Result<LocalBook> localBook(JournalStore& journal);

// The portfolio's balances as live trading starts on this journal for the first time; a journal
// that has them keeps its own.
Status recordStartBalances(
    JournalStore& journal, const std::vector<CoinbaseOrders::Balance>& venue);

// The user resolved the differences by taking Coinbase's figures (money moved into or out of the
// portfolio by hand, say): from now on the portfolio should hold `venue`'s balances, moved by the
// fills to come. Kept as an adjustment beside the start, with an audit entry naming each change.
// Only the listed currencies are taken (the user resolves one difference at a time); an empty
// list: every currency.
Status acceptVenueBalances(JournalStore& journal, const std::vector<CoinbaseOrders::Balance>& venue,
    Timestamp now, const QStringList& currencies);

} // namespace LiveJournal

} // namespace Candela::Core

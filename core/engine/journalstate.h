#pragma once

#include "core/model/result.h"
#include "core/risk/botrisk.h"
#include "core/risk/killswitch.h"

#include <QStringList>

namespace Candela::Core {

class JournalStore;

// The trading engine's facts kept in the journal's key-value state, each under a fixed key and
// by name (never an enum's position), so that a journal outlives changes to the code.

// The kill switch: "kill_switch" holds the state's name ("HALTED"; `candela-cli session kill`
// writes it too), "kill_switch/cause" the cause's name, "kill_switch/detail" and
// "kill_switch/since" (Unix microseconds) the rest. No state saved: Active. A state that cannot
// be read is taken as Halted: when in doubt, do not trade.
Status saveKillSwitch(JournalStore& store, const KillSwitchStatus& status);
Result<KillSwitchStatus> loadKillSwitch(JournalStore& store);

// The bots the trader stopped ("stopped_bots", a JSON array of names): they place no new orders
// until started again, also after a restart.
Status saveStoppedBots(JournalStore& store, const QStringList& bots);
Result<QStringList> loadStoppedBots(JournalStore& store);

// The keys of the engine's per-account state: an open position's stop and target
// ("protection/<bot>/<product>"), the risk limits' memory ("limits/<bot>/<product>", and
// "limits/account" for the whole account's), an order in flight's decision
// ("inflight/<client order id>").
QString protectionKey(const QString& botId, const QString& productId);
QString limitsKey(const QString& botId, const QString& productId);
QString inFlightKey(const QString& clientOrderId);

// What an order in flight was for ("inflight/<client order id>"), so that after a restart its
// fills are booked as before: "kind;side;quantity;price;exit reason;entry;stop;target", the kind
// and the exit reason by name ("enter", "exit"; exitReasonName). Journals written before the
// names (up to 914c9e0) hold the enums' numbers there, which are read as they were meant.
QString decisionToText(const TradeDecision& decision);
std::optional<TradeDecision> decisionFromText(const QString& text);

} // namespace Candela::Core

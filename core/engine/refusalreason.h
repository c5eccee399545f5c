#pragma once

#include "core/execution/papermatcher.h"

namespace Candela::Core {

// Why the engine refused to send an order a bot (or the trader) asked for. Travels to the UI as
// this enum, with the risk gate's Denial for BotRisk and AccountRisk; the UI words it in its
// language (TradingText::refusal), never by matching text.
enum class RefusalReason {
    KillSwitch,
    BotStopped,
    InsufficientCash,
    ProductRules, // the size or price breaks the product's increments or limits
    UnknownProduct,
    NoPrice, // no market price yet
    PositionChanged, // the position the trader closed is not the one shown any more
    OrderInFlight, // an order of the position has not ended yet
    Unreconciled, // the venue and the journal differ on the product
    UnguardedPosition, // no stop and no exit could be placed
    NothingToSell, // a manual sell beyond what the Manual ledger holds (spot: no shorts)
    VenueRejected, // the venue's own words in TradingEvent::venueReason
    TradingDisabled,
    CancelOnly,
    LimitOnly,
    PriceOutsideBand,
    PostOnlyWouldCross,
    RiskConfig, // the bot's "risk" section cannot be used
    BotRisk, // the bot's risk gate: TradingEvent::denial says which limit
    AccountRisk, // the whole account's daily loss or drawdown: TradingEvent::denial
    // a figure of the order (its cost, a fill's fee) left the Decimal range: the bot is stopped
    ArithmeticError,
    // a dry run (`candela-cli run --mode dry-run`): the order passed every check and was not sent
    DryRun,
};

// "kill_switch", "insufficient_cash", … for the audit log and scripts.
const char* refusalReasonName(RefusalReason reason);
// What the paper venue's own refusal means to the engine.
RefusalReason refusalFor(PaperRejectReason reason);

} // namespace Candela::Core

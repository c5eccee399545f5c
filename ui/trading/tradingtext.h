#pragma once

#include "core/engine/tradingsnapshot.h"

#include <QCoreApplication>
#include <QVariant>

namespace Candela::Gui {

// The words and number formats the trading tables, the performance panel and the log share,
// translated once here.
class TradingText final
{
    Q_DECLARE_TR_FUNCTIONS(TradingText)

public:
    static QString side(Core::Side side); // Buy / Sell
    static QString direction(Core::Side side); // Long / Short
    static QString orderType(Core::OrderType type);
    static QString orderStatus(Core::OrderStatus status);
    static QString exitReason(Core::ExitReason reason);
    // Why the kill switch left Active ("pressed", "journal failure", …) in words.
    static QString haltCause(Core::HaltCause cause);
    // The kill switch's state, cause and detail as one sentence for the status bar and log.
    static QString killSwitch(const Core::KillSwitchStatus& status);
    // Why the engine refused an order, in words.
    static QString refusal(Core::RefusalReason reason);
    // Which limit of the risk gate refused it (of the whole account's: `accountWide`).
    static QString denial(Core::DenialReason reason, bool accountWide = false);
    // A refusal with the risk gate's numbers when it has them ("risk: daily loss 2.1 % of the
    // 2.0 % limit").
    static QString refusal(const Core::TradingEvent& event);
    // Money in the quote currency, to the cent, with a sign when `signedValue`.
    static QString money(const Core::Decimal& value, bool signedValue = false);
    static QString dateTime(Core::Timestamp time); // UTC, to the minute
    static QString duration(std::chrono::seconds span); // "3 d 4 h", "2 h 15 m", "40 s"
    static QString percent(double fraction); // 0.583 → "58.3 %"
    // A fill or a refusal as one log line.
    static QString event(const Core::TradingEvent& event);
    // A number to sort a Decimal column by.
    static QVariant sortKey(const Core::Decimal& value) { return value.toDouble(); }
};

} // namespace Candela::Gui

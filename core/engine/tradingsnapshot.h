#pragma once

#include "refusalreason.h"

#include "core/risk/riskgate.h"

#include "core/model/closedtrade.h"
#include "core/model/order.h"
#include "core/portfolio/performancestats.h"
#include "core/risk/killswitch.h"

#include <QMetaType>
#include <QStringList>

#include <map>
#include <vector>

namespace Candela::Core {

// A bot's open position valued at the market's last price.
struct OpenPosition
{
    QString botId;
    QString productId;
    Side side = Side::Buy; // Buy: long
    Decimal quantity; // > 0
    Decimal entryPrice; // average of the open lots
    Decimal mark;
    Decimal unrealizedPnl; // before the exit's fees
    std::optional<Decimal> stop;
    std::optional<Decimal> target;
    Timestamp openedAt;
};

// Something the trader must hear about at once (the log, a tray message): a fill, an intent the
// venue or the cash refused, a position closed by the kill switch.
struct TradingEvent
{
    enum class Kind {
        Fill,
        Refused,
    };
    Kind kind = Kind::Fill;
    Timestamp time;
    QString botId;
    QString productId;
    Side side = Side::Buy;
    Decimal quantity;
    Decimal price; // the fill's price; for a refusal, the price it would have traded at
    Decimal fee;
    RefusalReason refusal = RefusalReason::KillSwitch; // a refusal's reason
    // The numbers behind a risk refusal (BotRisk, AccountRisk): which limit, what was measured,
    // the limit it met and the bars left of a pause; empty for other refusals.
    std::optional<Denial> denial;
    QString venueReason; // what the venue said (VenueRejected), as it said it

    // The refusal machine-readable, as the audit log and scripts name it: the risk gate's limit
    // ("daily_loss_limit", "account_max_drawdown"), the venue's reason, or refusalReasonName().
    QString reasonName() const;
};

// Everything the window shows about the paper account, taken at one moment on the trading
// thread and never changed afterwards (DESIGN.md, "Data flow").
struct TradingSnapshot
{
    Timestamp time; // market time of the last update
    KillSwitchStatus killSwitch;
    Decimal startingEquity;
    Decimal cash;
    Decimal equity; // cash + open positions at mark
    std::vector<OpenPosition> positions;
    std::vector<Order> orders; // newest first, the last OrdersKept
    std::vector<ClosedTrade> trades; // oldest first
    std::vector<EquityPoint> equityCurve; // oldest first
    PerformanceStats stats; // of `trades` and `equityCurve`
    QStringList stoppedBots; // bots the trader stopped: they place no new orders
    // Each bot's last refused order since its last fill: what keeps it out of the market now.
    std::map<QString, TradingEvent> lastRefusals;

    static constexpr size_t OrdersKept = 500;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::TradingSnapshot)
Q_DECLARE_METATYPE(Candela::Core::TradingEvent)
Q_DECLARE_METATYPE(Candela::Core::KillSwitchStatus)

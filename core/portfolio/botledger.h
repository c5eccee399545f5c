#pragma once

#include "core/model/closedtrade.h"

#include "core/model/fill.h"
#include "core/model/position.h"
#include "core/model/result.h"

#include <deque>
#include <vector>

namespace Candela::Core {

class ExactSteps;

// One bot's sub-ledger in one product: its cash and its open lots, exact to the unit. Several
// bots share one account without spending each other's capital because each trades only
// against its own cash.
//
// Fills are matched FIFO: a fill against the open side closes the oldest lots first (each match
// becomes a ClosedTrade), and what is left opens a new lot. A lot keeps the unspent part of its
// entry fee, so that fees split across partial closes always add up to the fee paid.
class BotLedger final
{
public:
    BotLedger(QString botId, QString productId, Decimal startingCash);

    struct FillContext
    {
        ExitReason exitReason = ExitReason::Signal; // why a closing fill closed
        Decimal riskPerUnit; // an opening fill's distance to its stop (zero: unknown)
    };

    // Applies a fill; returns the round trips it closed, or an error (which changes nothing)
    // for a fill of another product, a size or price not positive, a negative fee, or a step
    // that would leave the Decimal range (the cash, a fee share, a P&L, the open lots' totals).
    Result<std::vector<ClosedTrade>> apply(const Fill& fill, const FillContext& context);
    Result<std::vector<ClosedTrade>> apply(const Fill& fill);

    const QString& botId() const { return m_botId; }
    const QString& productId() const { return m_productId; }
    const Decimal& cash() const { return m_cash; }
    const Decimal& realizedPnl() const { return m_realized; }
    const Decimal& feesPaid() const { return m_fees; }
    Position position() const;
    bool isFlat() const { return m_lots.empty(); }
    // The open quantity, signed (positive long): cheaper than position() on a hot path.
    Decimal openQuantity() const
    {
        return m_side == Side::Buy ? m_open.quantity : -m_open.quantity;
    }
    // Cash plus the open lots valued at `mark` (a short is a liability).
    Result<Decimal> equity(const Decimal& mark) const;
    Result<Decimal> unrealizedPnl(const Decimal& mark) const;

private:
    struct Lot
    {
        Decimal quantity; // remaining, > 0
        Decimal price;
        Decimal fee; // entry fee not yet assigned to a closed trade
        Decimal riskPerUnit;
        Timestamp time;
    };

    // The open lots' quantity and average price, worked out when a fill is applied: a fill after
    // which they would leave the Decimal range is refused, so they are always exact.
    struct OpenTotals
    {
        Decimal quantity;
        Decimal averagePrice;
    };
    static OpenTotals openTotals(const std::deque<Lot>& lots, ExactSteps& exact);

    QString m_botId;
    QString m_productId;
    Decimal m_cash;
    Decimal m_realized;
    Decimal m_fees;
    Side m_side = Side::Buy; // side of the open lots
    std::deque<Lot> m_lots;
    OpenTotals m_open;
    qint64 m_nextTradeId = 1;
};

} // namespace Candela::Core

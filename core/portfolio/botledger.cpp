#include "botledger.h"

#include "core/model/exactsteps.h"

namespace Candela::Core {

BotLedger::BotLedger(QString botId, QString productId, Decimal startingCash)
    : m_botId(std::move(botId))
    , m_productId(std::move(productId))
    , m_cash(startingCash)
{ }

Result<std::vector<ClosedTrade>> BotLedger::apply(const Fill& fill, const FillContext& context)
{
    if (fill.productId != m_productId)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("fill for %1 in the %2 ledger").arg(fill.productId, m_productId));
    if (!fill.size.isPositive() || !fill.price.isPositive() || fill.fee.isNegative())
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("fill with a non-positive size or price"));

    // Work on copies; commit only if every step stayed exact.
    ExactSteps exact;
    std::deque<Lot> lots = m_lots;
    Side side = m_side;
    Decimal cash = m_cash;
    Decimal realized = m_realized;
    qint64 nextId = m_nextTradeId;
    std::vector<ClosedTrade> closed;

    const Decimal notional = exact(fill.price.times(fill.size));
    cash = fill.side == Side::Buy ? exact(cash.minus(notional)) : exact(cash.plus(notional));
    cash = exact(cash.minus(fill.fee));

    Decimal remaining = fill.size;
    Decimal exitFeeLeft = fill.fee;
    while (!lots.empty() && side != fill.side && remaining.isPositive()) {
        Lot& lot = lots.front();
        const Decimal matched = std::min(lot.quantity, remaining);
        const bool lotDone = matched == lot.quantity;
        const bool fillDone = matched == remaining;
        // Fee shares pro rata; the last share takes what is left, so shares add up exactly.
        const Decimal entryFee = lotDone
            ? lot.fee
            : exact(exact(lot.fee.times(matched))
                        .dividedBy(lot.quantity, Decimal::Scale, RoundingMode::HalfEven));
        const Decimal exitFee = fillDone
            ? exitFeeLeft
            : exact(exact(fill.fee.times(matched))
                        .dividedBy(fill.size, Decimal::Scale, RoundingMode::HalfEven));
        const Decimal move = side == Side::Buy ? exact(fill.price.minus(lot.price))
                                               : exact(lot.price.minus(fill.price));
        const Decimal gross = exact(move.times(matched));
        const Decimal fees = exact(entryFee.plus(exitFee));
        ClosedTrade trade;
        trade.id = nextId++;
        trade.botId = m_botId;
        trade.productId = m_productId;
        trade.side = side;
        trade.entryTime = lot.time;
        trade.entryPrice = lot.price;
        trade.exitTime = fill.time;
        trade.exitPrice = fill.price;
        trade.quantity = matched;
        trade.fees = fees;
        trade.pnl = exact(gross.minus(fees));
        trade.exitReason = context.exitReason;
        if (lot.riskPerUnit.isPositive()) {
            const Decimal risk = exact(lot.riskPerUnit.times(matched));
            if (risk.isPositive())
                trade.rMultiple = trade.pnl.toDouble() / risk.toDouble();
        }
        realized = exact(realized.plus(trade.pnl));
        closed.push_back(trade);

        remaining = exact(remaining.minus(matched));
        exitFeeLeft = exact(exitFeeLeft.minus(exitFee));
        lot.quantity = exact(lot.quantity.minus(matched));
        lot.fee = exact(lot.fee.minus(entryFee));
        if (lot.quantity.isZero())
            lots.pop_front();
    }
    if (remaining.isPositive()) {
        if (lots.empty())
            side = fill.side;
        lots.push_back(Lot{remaining, fill.price, exitFeeLeft, context.riskPerUnit, fill.time});
    }
    const Decimal fees = exact(m_fees.plus(fill.fee));
    const OpenTotals open = openTotals(lots, exact);
    if (exact.failed())
        return exact.error();

    m_lots = std::move(lots);
    m_side = side;
    m_cash = cash;
    m_realized = realized;
    m_fees = fees;
    m_open = open;
    m_nextTradeId = nextId;
    return closed;
}

Result<std::vector<ClosedTrade>> BotLedger::apply(const Fill& fill)
{
    return apply(fill, FillContext{});
}

BotLedger::OpenTotals BotLedger::openTotals(const std::deque<Lot>& lots, ExactSteps& exact)
{
    OpenTotals open;
    Decimal cost;
    for (const Lot& lot : lots) {
        open.quantity = exact(open.quantity.plus(lot.quantity));
        cost = exact(cost.plus(exact(lot.price.times(lot.quantity))));
    }
    // between the lowest and the highest lot's price, so in range when the sums are
    if (open.quantity.isPositive())
        open.averagePrice
            = exact(cost.dividedBy(open.quantity, Decimal::Scale, RoundingMode::HalfEven));
    return open;
}

Position BotLedger::position() const
{
    Position position;
    position.botId = m_botId;
    position.productId = m_productId;
    position.averageEntryPrice = m_open.averagePrice;
    position.quantity = openQuantity();
    return position;
}

Result<Decimal> BotLedger::equity(const Decimal& mark) const
{
    if (m_lots.empty())
        return m_cash;
    const auto value = openQuantity().times(mark);
    if (!value)
        return value;
    return m_cash.plus(*value);
}

Result<Decimal> BotLedger::unrealizedPnl(const Decimal& mark) const
{
    ExactSteps exact;
    Decimal total;
    for (const Lot& lot : m_lots) {
        const Decimal move
            = m_side == Side::Buy ? exact(mark.minus(lot.price)) : exact(lot.price.minus(mark));
        total = exact(total.plus(exact(move.times(lot.quantity))));
    }
    return exact.result(total);
}

} // namespace Candela::Core

#include "tradingengine.h"

#include "core/corelogging.h"
#include "core/execution/restingtakeprofit.h"
#include "venueorders.h"

// TradingEngine: resting take profits on paper. A bot whose "exit" is resting_limit takes profit
// with a limit resting at its target from the bar close its position opened at
// (RestingTakeProfit, the backtest's rules): the prints through it fill it (on a market without
// prints, the candles that cross it), for the maker fee. On candles, a bar that reached the stop
// cancels it before the bar can fill it (with prints, it may have filled during the bar); any
// other exit the risk decides cancels it first, then closes at market. At a real venue the
// position's one protective order carries the take profit instead: a bracket
// (venueprotection.cpp).

namespace Candela::Core {

const TradingEngine::InFlight* TradingEngine::takeProfitOf(const BotAccount& account) const
{
    const auto key = std::pair{account.ledger.botId(), account.ledger.productId()};
    for (const auto& [orderId, flight] : m_inFlight) {
        if (flight.account == key && flight.decision.kind == TradeDecision::Kind::Exit
            && flight.decision.exitReason == ExitReason::TakeProfit
            && flight.order.type == OrderType::Limit)
            return &flight;
    }
    return nullptr;
}

void TradingEngine::keepTakeProfit(BotAccount& account, Timestamp now)
{
    if (m_stops) {
        // At a real venue the take profit rides in the position's bracket: a plain stop (one
        // adopted from before, or the bot's exit changed since) becomes one.
        const QString key
            = VenueOrders::positionKey(account.ledger.botId(), account.ledger.productId());
        if (account.exit.restsTakeProfit() && !account.ledger.isFlat()
            && !m_stops->stopOrderId(key).isEmpty() && !m_stops->hasTakeProfit(key))
            protectPosition(account);
        return;
    }
    const bool halting = m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire);
    // (A bar that closed longer than a bar ago is history landing late: no order on it.)
    const bool stale = m_now - now > std::chrono::seconds(seconds(account.timeframe));
    if (!account.exit.restsTakeProfit() || !m_paper || !account.risk || !account.risk->protection()
        || !m_killSwitch.allowsNewOrders() || halting || stale || hasOrderInFlight(account)
        || m_unreconciled.contains(account.ledger.productId()))
        return;
    const Decimal open = account.ledger.openQuantity();
    const Decimal& target = account.risk->protection()->target;
    if (!open.isPositive() || !target.isPositive())
        return; // spot: longs only
    const QString& botId = account.ledger.botId();
    const auto price = RestingTakeProfit::limitPrice(
        m_book.productFor(account.ledger.productId()), Side::Sell, target);
    if (!price) {
        refuse(account, Side::Sell, open, target, now, RefusalReason::ArithmeticError, std::nullopt,
            price.error().message);
        return;
    }
    const TradeDecision exit
        = TradeDecision::exit(Side::Sell, open, *price, ExitReason::TakeProfit);
    QString orderId = QStringLiteral("%1/take-profit/%2").arg(botId).arg(toUnixSeconds(now));
    for (int n = 2; m_sentOrders.contains(orderId); ++n)
        orderId = QStringLiteral("%1/take-profit/%2-%3").arg(botId).arg(toUnixSeconds(now)).arg(n);
    trade(account, exit, orderId, now,
        LimitTerms{
            *price, false, TimeInForce::GoodTilCancelled, std::nullopt, OrderType::Limit, {}});
}

bool TradingEngine::clearTakeProfit(const BotAccount& account)
{
    const InFlight* takeProfit = takeProfitOf(account);
    if (!takeProfit)
        return true;
    const QString orderId = takeProfit->order.clientOrderId;
    qCInfo(lcEngine).noquote() << account.ledger.botId() << "cancels its take profit" << orderId;
    askCancel(orderId); // the paper venue answers inside the call
    return !m_inFlight.count(orderId);
}

void TradingEngine::cancelTakeProfitBeforeStop(
    const BotAccount& account, const Candle& bar, Timestamp closeTime)
{
    const InFlight* takeProfit = takeProfitOf(account);
    if (!account.risk || !account.risk->protection() || !takeProfit
        || closeTime <= takeProfit->order.createdAt)
        return; // (a bar from before it, played again after a restart, is not its bar)
    // Only where the stop's exit can follow: not halted, not on history landing late.
    const bool halting = m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire);
    if (!m_killSwitch.allowsNewOrders() || halting
        || m_now - closeTime > std::chrono::seconds(seconds(account.timeframe)))
        return;
    if (RestingTakeProfit::stopComesFirst(bar, Side::Sell, account.risk->protection()->stop))
        clearTakeProfit(account);
}

} // namespace Candela::Core

#include "tradingengine.h"

#include "core/corelogging.h"
#include "core/model/exactsteps.h"
#include "venueorders.h"

// TradingEngine: the trader's own orders (the order ticket) into the Manual ledger, the cancel
// and replace of a working order from the Orders dock, and a bot's position closed by hand.

namespace Candela::Core {

using VenueOrders::positionKey;

QString TradingEngine::manualTermsProblem(const ManualOrder& manual, const Decimal& market)
{
    const bool sell = manual.side == Side::Sell;
    const bool stopped = manual.type == OrderType::StopLimit || manual.type == OrderType::Bracket;
    if (manual.type != OrderType::Market && !(manual.limitPrice && manual.limitPrice->isPositive()))
        return manual.type == OrderType::Bracket ? QStringLiteral("a bracket needs its target")
                                                 : QStringLiteral("a limit order needs a price");
    if (stopped && !(manual.stopPrice && manual.stopPrice->isPositive()))
        return QStringLiteral("a stop-limit or bracket needs its stop price");
    if (manual.type == OrderType::Market && manual.timeInForce == TimeInForce::GoodTilDate)
        return QStringLiteral("a market order has no end time");
    if (manual.postOnly && manual.type != OrderType::Limit)
        return QStringLiteral("only a limit can be post-only");
    if (manual.timeInForce == TimeInForce::GoodTilDate && !manual.endTime)
        return QStringLiteral("a good-til-date order needs its end time");
    if (manual.type != OrderType::Market && manual.timeInForce != TimeInForce::GoodTilCancelled
        && manual.timeInForce != TimeInForce::GoodTilDate)
        return QStringLiteral("an order that rests is good til cancelled or good til a date");
    if (manual.type == OrderType::Bracket && !sell)
        return QStringLiteral("a bracket sells what the ledger holds (spot: there is no short "
                              "to close with a buy)");
    if (!stopped)
        return {};
    if (!market.isPositive()) // which side of the market the stop is on is not known
        return QStringLiteral("no market price yet to hold the stop against");
    const Decimal& stop = *manual.stopPrice;
    const Decimal& limit = *manual.limitPrice;
    // A stop the market has already passed would trigger at once: a typo, or a market order.
    if (sell ? stop >= market : stop <= market)
        return QStringLiteral("the stop %1 is not %2 the market %3")
            .arg(stop.toString(), sell ? QStringLiteral("under") : QStringLiteral("over"),
                market.toString());
    if (manual.type == OrderType::StopLimit && (sell ? limit > stop : limit < stop))
        return QStringLiteral("a sell stop-limit's limit is at or under its stop, a buy's at or "
                              "over it");
    if (manual.type == OrderType::Bracket && limit <= market)
        return QStringLiteral("the target %1 is not over the market %2")
            .arg(limit.toString(), market.toString());
    return {};
}

std::optional<RefusalReason> TradingEngine::manualRefusal(const ManualOrder& manual,
    const BotAccount* account, const Decimal& price, bool replacing) const
{
    const Decimal held = account ? account->ledger.openQuantity() : Decimal{};
    if (!m_killSwitch.allowsNewOrders()
        || (m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire)))
        return RefusalReason::KillSwitch;
    if (manual.side == Side::Sell && manual.quantity > held)
        return RefusalReason::NothingToSell;
    if (!m_book.isListed(manual.productId))
        return RefusalReason::UnknownProduct; // at Coinbase: its grid is not known
    if (m_unreconciled.contains(manual.productId))
        return RefusalReason::Unreconciled;
    if (!replacing && account && hasOrderInFlight(*account))
        return RefusalReason::OrderInFlight;
    if (!price.isPositive())
        return RefusalReason::NoPrice;
    // On the product's grid, at a real venue too (a market order is checked at the last price).
    const Product& product = m_book.productFor(manual.productId);
    if (product.checkOrder(manual.quantity, price) != OrderSizeProblem::None
        || (manual.stopPrice
            && product.checkOrder(manual.quantity, *manual.stopPrice) != OrderSizeProblem::None))
        return RefusalReason::ProductRules;
    if (manual.side == Side::Buy && m_book.limits().denial())
        return RefusalReason::AccountRisk;
    if (manual.side == Side::Buy) {
        // Its cost against the ledger's cash (a new ledger's: the starting cash), before the
        // ledger is made or an order it replaces is given up.
        const BotAccount fresh(ManualLedger, manual.productId, m_book.startingCash());
        const BotAccount& payer = account ? *account : fresh;
        const auto canPay = manual.postOnly && manual.type == OrderType::Limit
            ? affordableLimit(payer, manual.quantity, price)
            : affordableAt(payer, manual.quantity, price);
        if (!canPay)
            return RefusalReason::ArithmeticError;
        if (!*canPay)
            return RefusalReason::InsufficientCash;
    }
    return std::nullopt;
}

Result<QString> TradingEngine::placeManualOrder(const ManualOrder& manual)
{
    const auto refused = [&](const QString& why) -> Result<QString> {
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("manual order refused: %1").arg(why));
    };
    if (manual.productId.isEmpty() || !manual.quantity.isPositive())
        return refused(QStringLiteral("no product or no size"));
    if (const QString problem = manualTermsProblem(manual, markPrice(manual.productId));
        !problem.isEmpty())
        return refused(problem);
    if (manual.timeInForce == TimeInForce::GoodTilDate && *manual.endTime <= m_now)
        return refused(
            QStringLiteral("its end time %1 has passed").arg(toIsoString(*manual.endTime)));

    // The ledger is made only for an order that goes: a refused one leaves the account as it was.
    BotAccount* existing = m_book.find({ManualLedger, manual.productId});
    const bool market = manual.type == OrderType::Market;
    const Decimal price = market ? markPrice(manual.productId) : *manual.limitPrice;
    if (const auto refusal = manualRefusal(manual, existing, price, false)) {
        const BotAccount probe(ManualLedger, manual.productId, Decimal{});
        refuse(existing ? *existing : probe, manual.side, manual.quantity, price, m_now, *refusal,
            *refusal == RefusalReason::AccountRisk ? m_book.limits().denial() : std::nullopt);
        return refused(QString::fromLatin1(refusalReasonName(*refusal)));
    }
    BotAccount& account = m_book.accountFor(ManualLedger, manual.productId);
    TradeDecision decision;
    decision.side = manual.side;
    decision.quantity = manual.quantity;
    decision.price = price;
    // A buy adds to (or opens) the ledger's long; a sell takes from it.
    decision.kind
        = manual.side == Side::Buy ? TradeDecision::Kind::Enter : TradeDecision::Kind::Exit;
    decision.exitReason = ExitReason::Manual;
    QString orderId
        = QStringLiteral("%1/%2/%3").arg(ManualLedger, manual.productId).arg(toUnixSeconds(m_now));
    for (int n = 2; m_sentOrders.contains(orderId); ++n)
        orderId = QStringLiteral("%1/%2/%3-%4")
                      .arg(ManualLedger, manual.productId)
                      .arg(toUnixSeconds(m_now))
                      .arg(n);
    std::optional<LimitTerms> terms;
    if (!market)
        terms = LimitTerms{*manual.limitPrice, manual.postOnly, manual.timeInForce, manual.endTime,
            manual.type, manual.stopPrice};
    if (!trade(account, decision, orderId, m_now, terms))
        return refused(QStringLiteral("see the Orders dock"));
    m_dirty = true;
    return orderId;
}

Status TradingEngine::cancelOrder(const QString& clientOrderId)
{
    const auto found = m_inFlight.find(clientOrderId);
    if (found == m_inFlight.end())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("order %1 is not working: nothing to cancel").arg(clientOrderId));
    const QString key = positionKey(found->second.account.first, found->second.account.second);
    const auto entry = m_workingEntries.find(key);
    const bool makerEntry
        = entry != m_workingEntries.end() && entry->second.orderId == clientOrderId;
    if (found->second.account.first != ManualLedger && !makerEntry)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 is a bot's order: it is not cancelled by hand (close the "
                           "position from the Positions dock, or press the kill switch)")
                .arg(clientOrderId));
    if (makerEntry)
        entry->second.next = WorkingEntry::Next::Nothing; // the trader ends the entry
    m_replacements.erase(clientOrderId);
    qCInfo(lcEngine).noquote() << "the trader cancels" << clientOrderId;
    askCancel(clientOrderId);
    return success();
}

Status TradingEngine::replaceOrder(
    const QString& clientOrderId, const Decimal& limitPrice, const Decimal& quantity)
{
    const auto found = m_inFlight.find(clientOrderId);
    if (found == m_inFlight.end() || found->second.account.first != ManualLedger
        || found->second.order.type != OrderType::Limit)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 is not a working limit order of the trader's").arg(clientOrderId));
    if (!limitPrice.isPositive() || !quantity.isPositive())
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("a new price and size must be positive"));
    const Order& working = found->second.order;
    ManualOrder next;
    next.productId = working.productId;
    next.side = working.side;
    next.type = OrderType::Limit;
    next.quantity = quantity;
    next.limitPrice = limitPrice;
    next.postOnly = working.postOnly;
    next.timeInForce = working.timeInForce;
    next.endTime = working.endTime;
    // The new order must be able to go before the old one is given up.
    BotAccount* account = m_book.find(found->second.account);
    if (const auto refusal = manualRefusal(next, account, limitPrice, true)) {
        if (account)
            refuse(*account, next.side, quantity, limitPrice, m_now, *refusal);
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("moving %1 refused: %2")
                .arg(clientOrderId, QString::fromLatin1(refusalReasonName(*refusal))));
    }
    // `quantity` is what should rest from now on: what fills until the cancel is confirmed
    // comes off it (placeReplacement), what filled before does not.
    const auto total = quantity.plus(working.filledQuantity);
    if (!total)
        return total.error();
    next.quantity = *total;
    m_replacements.insert_or_assign(clientOrderId, next);
    qCInfo(lcEngine).noquote() << "the trader replaces" << clientOrderId << "with"
                               << quantity.toString() << "at" << limitPrice.toString();
    askCancel(clientOrderId);
    return success();
}

void TradingEngine::cancelManualOrders()
{
    QStringList working;
    for (const auto& [id, flight] : m_inFlight) {
        if (flight.account.first == ManualLedger)
            working.append(id);
    }
    for (const QString& id : std::as_const(working)) {
        m_replacements.erase(id);
        askCancel(id);
    }
}

void TradingEngine::placeReplacement(const QString& endedOrderId, const Order& ended)
{
    const auto found = m_replacements.find(endedOrderId);
    if (found == m_replacements.end())
        return;
    ManualOrder next = found->second;
    m_replacements.erase(found);
    if (ended.status != OrderStatus::Cancelled)
        return; // it filled (or the venue ended it) before the cancel: nothing to replace
    // What filled of the first stays filled: the new order does what is left of the new size.
    const Decimal left = remainderOf(next.quantity, ended.filledQuantity);
    if (!left.isPositive())
        return;
    next.quantity = left;
    if (auto placed = placeManualOrder(next); !placed) // (the kill switch, since)
        qCWarning(lcEngine).noquote()
            << "replacing" << endedOrderId << ":" << placed.error().message;
}

Status TradingEngine::closePosition(
    const QString& botId, const QString& productId, const Decimal& shownQuantity)
{
    const auto found = m_book.accounts().find({botId, productId});
    if (found == m_book.accounts().end() || found->second.ledger.isFlat())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 holds no position in %2").arg(botId, productId));
    BotAccount& account = found->second;
    const Decimal open = account.ledger.openQuantity();
    TradeDecision close;
    close.kind = TradeDecision::Kind::Exit;
    close.side = open.isPositive() ? Side::Sell : Side::Buy;
    close.quantity = open.abs();
    close.exitReason = ExitReason::Manual;
    const Decimal price = markPrice(productId);
    std::optional<RefusalReason> refusal;
    if (!m_killSwitch.allowsNewOrders()
        || (m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire)))
        refusal = RefusalReason::KillSwitch; // flattening closes every position
    else if (open != shownQuantity)
        refusal = RefusalReason::PositionChanged;
    else if (m_unreconciled.contains(productId))
        refusal = RefusalReason::Unreconciled;
    else if (hasOrderInFlight(account) && !takeProfitOf(account))
        refusal = RefusalReason::OrderInFlight;
    else if (!price.isPositive())
        refusal = RefusalReason::NoPrice;
    // Every check passed: a resting take profit goes first (the paper venue answers at once).
    else if (!clearTakeProfit(account))
        refusal = RefusalReason::OrderInFlight;
    if (refusal) {
        refuse(account, close.side, close.quantity, price, m_now, *refusal);
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("closing %1's %2 position refused: %3")
                .arg(botId, productId, QString::fromLatin1(refusalReasonName(*refusal))));
    }
    QString orderId = QStringLiteral("%1/close/%2").arg(botId).arg(toUnixSeconds(m_now));
    for (int n = 2; m_sentOrders.contains(orderId); ++n)
        orderId = QStringLiteral("%1/close/%2-%3").arg(botId).arg(toUnixSeconds(m_now)).arg(n);
    qCInfo(lcEngine).noquote() << "the trader closes" << botId << "'s" << productId
                               << "position:" << orderId;
    if (!trade(account, close, orderId, m_now))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("closing %1's %2 position was refused").arg(botId, productId));
    publishIfChanged();
    return success();
}

} // namespace Candela::Core

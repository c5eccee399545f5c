#include "tradingengine.h"

#include "core/corelogging.h"
#include "core/model/exactsteps.h"
#include "venueorders.h"

// TradingEngine: the trader's own orders (the order ticket) into the Manual ledger, and the
// cancel and replace of a working order from the Orders dock.

namespace Candela::Core {

using VenueOrders::positionKey;

Result<QString> TradingEngine::placeManualOrder(const ManualOrder& manual)
{
    const auto refused = [&](const QString& why) -> Result<QString> {
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("manual order refused: %1").arg(why));
    };
    if (manual.productId.isEmpty() || !manual.quantity.isPositive())
        return refused(QStringLiteral("no product or no size"));
    const bool limit = manual.type == OrderType::Limit;
    if (limit && !(manual.limitPrice && manual.limitPrice->isPositive()))
        return refused(QStringLiteral("a limit order needs a price"));
    if (!limit && manual.type != OrderType::Market)
        return refused(QStringLiteral("only market and limit orders are placed by hand"));
    if (manual.timeInForce == TimeInForce::GoodTilDate && !manual.endTime)
        return refused(QStringLiteral("a good-til-date order needs its end time"));

    BotAccount& account = m_book.accountFor(ManualLedger, manual.productId);
    const Decimal held = account.ledger.openQuantity();
    TradeDecision decision;
    decision.side = manual.side;
    decision.quantity = manual.quantity;
    decision.price = limit ? *manual.limitPrice : markPrice(manual.productId);
    // A buy adds to (or opens) the ledger's long; a sell takes from it.
    decision.kind
        = manual.side == Side::Buy ? TradeDecision::Kind::Enter : TradeDecision::Kind::Exit;
    decision.exitReason = ExitReason::Manual;
    std::optional<RefusalReason> refusal;
    if (!m_killSwitch.allowsNewOrders()
        || (m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire)))
        refusal = RefusalReason::KillSwitch;
    else if (manual.side == Side::Sell && manual.quantity > held)
        refusal = RefusalReason::NothingToSell;
    else if (!m_book.isListed(manual.productId))
        refusal = RefusalReason::UnknownProduct; // at Coinbase: its grid is not known
    else if (m_unreconciled.contains(manual.productId))
        refusal = RefusalReason::Unreconciled;
    else if (hasOrderInFlight(account))
        refusal = RefusalReason::OrderInFlight;
    else if (!decision.price.isPositive())
        refusal = RefusalReason::NoPrice;
    else if (manual.side == Side::Buy && m_book.limits().denial())
        refusal = RefusalReason::AccountRisk;
    if (refusal) {
        refuse(account, manual.side, manual.quantity, decision.price, m_now, *refusal,
            *refusal == RefusalReason::AccountRisk ? m_book.limits().denial() : std::nullopt);
        return refused(QString::fromLatin1(refusalReasonName(*refusal)));
    }
    QString orderId
        = QStringLiteral("%1/%2/%3").arg(ManualLedger, manual.productId).arg(toUnixSeconds(m_now));
    for (int n = 2; m_sentOrders.contains(orderId); ++n)
        orderId = QStringLiteral("%1/%2/%3-%4")
                      .arg(ManualLedger, manual.productId)
                      .arg(toUnixSeconds(m_now))
                      .arg(n);
    std::optional<LimitTerms> terms;
    if (limit)
        terms = LimitTerms{*manual.limitPrice, manual.postOnly, manual.timeInForce, manual.endTime};
    qCInfo(lcEngine).noquote() << "the trader places" << orderId << sideToString(manual.side)
                               << manual.quantity.toString() << manual.productId
                               << (limit ? manual.limitPrice->toString()
                                         : QStringLiteral("market"));
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
    if (const auto entry = m_workingEntries.find(key);
        entry != m_workingEntries.end() && entry->second.orderId == clientOrderId)
        entry->second.next = WorkingEntry::Next::Nothing; // the trader ends the entry
    m_replacements.erase(clientOrderId);
    qCInfo(lcEngine).noquote() << "the trader cancels" << clientOrderId;
    m_execution->cancel({clientOrderId}, false);
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
    m_replacements.insert_or_assign(clientOrderId, next);
    qCInfo(lcEngine).noquote() << "the trader replaces" << clientOrderId << "with"
                               << quantity.toString() << "at" << limitPrice.toString();
    m_execution->cancel({clientOrderId}, false);
    return success();
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
    if (auto placed = placeManualOrder(next); !placed)
        qCWarning(lcEngine).noquote()
            << "replacing" << endedOrderId << ":" << placed.error().message;
}

} // namespace Candela::Core

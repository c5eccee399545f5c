#include "tradingengine.h"

#include "journalstate.h"

#include "core/corelogging.h"
#include "core/execution/makerentry.h"
#include "core/market/marketdatahub.h"
#include "core/model/exactsteps.h"
#include "venueorders.h"

// TradingEngine: an order from a decision to its end — checked against the bot's cash, journaled
// before it leaves, sent, and booked from the venue's answers (fills, the round trips they close
// and the order's state in one transaction) into the bot's account.

namespace Candela::Core {

using VenueOrders::applyStatus;
using VenueOrders::positionKey;

bool TradingEngine::trade(BotAccount& account, const TradeDecision& decision,
    const QString& orderId, Timestamp now, std::optional<LimitTerms> limit)
{
    const QString key = positionKey(account.ledger.botId(), account.ledger.productId());
    if (m_stops && decision.kind == TradeDecision::Kind::Exit
        && !m_stops->stopOrderId(key).isEmpty()) {
        // The venue stop goes first, then the exit: both resting or trading could sell the
        // position twice. The stop's end (or its trade) decides what is left to sell.
        m_exitsAwaitingStop.insert_or_assign(key, PendingExit{decision, orderId, now});
        m_stops->release(key);
        return true;
    }
    const Side side = decision.side;
    const Decimal& quantity = decision.quantity;
    Order order;
    order.clientOrderId = orderId;
    order.botId = account.ledger.botId();
    order.productId = account.ledger.productId();
    order.side = side;
    order.type = OrderType::Market;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    order.quantity = quantity;
    order.createdAt = now;
    order.updatedAt = now;
    if (limit) { // a maker entry's, a take profit's or the trader's
        order.type = limit->type;
        order.timeInForce = limit->timeInForce;
        order.postOnly = limit->postOnly;
        order.limitPrice = limit->price;
        order.stopPrice = limit->stopPrice;
        order.endTime = limit->endTime;
    }
    // A limit that rests whole pays the maker fee; one that may take (a plain limit that
    // crosses, a stop-limit once triggered) is paid for at the taker's.
    const bool makerOnly = limit && limit->postOnly && limit->type == OrderType::Limit;

    // A stop or target is sent at its level (a book, when there is one, decides the fill).
    const Decimal price = decision.price.isPositive() ? decision.price : markPrice(order.productId);
    if (m_paper) {
        // The paper venue's answer is known before sending: a refusal or a buy beyond the bot's
        // cash places nothing.
        m_paper->setMarket(order.productId, price, m_hub.state().book(order.productId));
        const PaperResult preview = m_paper->preview(order);
        if (preview.reject != PaperRejectReason::None) {
            refuse(account, side, quantity, price, now, refusalFor(preview.reject));
            return false;
        }
        if (side == Side::Buy) {
            // A market order as the venue would fill it; a limit that rests whole at its price
            // with the maker fee; one that takes part of the book at its price with the taker's.
            const auto canPay = !limit ? affordable(account, preview.fills)
                : preview.fills.empty() && limit->type == OrderType::Limit
                ? affordableLimit(account, quantity, limit->price)
                : affordableAt(account, quantity, limit->price);
            if (!canPay || !*canPay) {
                refuse(account, side, quantity, price, now,
                    canPay ? RefusalReason::InsufficientCash : RefusalReason::ArithmeticError);
                return false;
            }
        }
    } else if (side == Side::Buy) {
        const auto canPay = makerOnly
            ? affordableLimit(account, quantity, limit->price)
            : affordableAt(account, quantity, limit ? limit->price : price);
        if (!canPay || !*canPay) {
            refuse(account, side, quantity, price, now,
                canPay ? RefusalReason::InsufficientCash : RefusalReason::ArithmeticError);
            return false;
        }
    }
    if (m_options.dryRun) { // on the record as what would have been sent
        refuse(
            account, side, quantity, order.limitPrice.value_or(price), now, RefusalReason::DryRun);
        return false;
    }
    // Durable before it leaves, with what it is for: an order found in the journal is never
    // placed again, and one in flight at a restart is taken up where it was.
    order.status = OrderStatus::Submitted;
    if (auto saved = journal([&](JournalStore& store) -> Status {
            if (auto stored = store.recordOrder(order); !stored)
                return stored;
            // (The paper venue answers a market order inside the send: only what rests there can
            // be in flight at a restart.)
            return m_paper && !canRest(order)
                ? success()
                : store.setState(inFlightKey(orderId), decisionToText(decision));
        });
        !saved)
        return false;
    m_sentOrders.insert(orderId);
    qCInfo(lcEngine).noquote()
        << "order" << orderId << sideToString(side) << quantity.toString() << order.productId
        << (order.limitPrice ? order.limitPrice->toString() : QStringLiteral("market"))
        << (order.stopPrice ? QStringLiteral("stop %1").arg(order.stopPrice->toString())
                            : QString());
    InFlight flight;
    flight.account = {order.botId, order.productId};
    flight.decision = decision;
    flight.order = order;
    flight.decidedAt = now;
    m_inFlight.insert_or_assign(orderId, std::move(flight));
    remember(order);
    m_dirty = true;

    // The paper venue answers inside submit(): its answers are booked together, in one
    // transaction, as they always were. A crash before that commit leaves the order Submitted
    // with nothing counted — never some fills without their trades.
    m_submitting = true;
    m_execution->submit(order);
    m_submitting = false;
    const std::vector<OrderEvent> answers = std::exchange(m_answers, {});
    QStringList answered;
    for (const OrderEvent& answer : answers) {
        if (!answered.contains(answer.clientOrderId))
            answered.append(answer.clientOrderId);
    }
    for (const QString& id : answered)
        settle(id, answers);
    return true;
}

void TradingEngine::onOrderEvent(const OrderEvent& event)
{
    if (const auto lost = m_gaveUp.find(event.clientOrderId); lost != m_gaveUp.end()
        && event.kind != OrderEvent::Kind::Rejected && !m_inFlight.count(event.clientOrderId)) {
        // Given up as never placed, yet the venue has it: its record wins. The order is in
        // flight again and its fills are booked as any.
        InFlight flight = std::move(lost->second);
        m_gaveUp.erase(lost);
        flight.order.status = OrderStatus::Submitted;
        const QString id = event.clientOrderId;
        qCCritical(lcEngine).noquote()
            << "order" << id << "was given up as never placed but the venue has it";
        Q_UNUSED(journal([&](JournalStore& store) -> Status {
            if (auto stored = store.setState(inFlightKey(id), decisionToText(flight.decision));
                !stored)
                return stored;
            return store.recordAudit({m_now, QStringLiteral("order_found"), flight.order.botId,
                QStringLiteral("order %1, given up as never placed, is at the venue").arg(id)});
        }));
        m_inFlight.insert_or_assign(id, std::move(flight));
    }
    if (event.kind == OrderEvent::Kind::CancelRefused
        || event.kind == OrderEvent::Kind::CancelUnknown) {
        m_replacements.erase(event.clientOrderId); // no replacement unless the cancel held
        if (const auto flight = m_inFlight.find(event.clientOrderId); flight != m_inFlight.end())
            flight->second.cancelAsked = false; // answered: asked again where it matters
    }
    if (m_stopOrders.count(event.clientOrderId)) {
        onStopEvent(event);
        return;
    }
    if (m_submitting)
        m_answers.push_back(event);
    else
        settle(event.clientOrderId, {event});
}

bool TradingEngine::hasOrderInFlight(const BotAccount& account) const
{
    const auto key = std::pair{account.ledger.botId(), account.ledger.productId()};
    return m_exitsAwaitingStop.count(positionKey(key.first, key.second)) > 0
        || std::any_of(m_inFlight.begin(), m_inFlight.end(),
            [&](const auto& each) { return each.second.account == key; });
}

void TradingEngine::askCancel(const QString& clientOrderId)
{
    if (const auto flight = m_inFlight.find(clientOrderId); flight != m_inFlight.end())
        flight->second.cancelAsked = true;
    m_execution->cancel({clientOrderId}, false);
}

int TradingEngine::ordersAwaitingVenue() const
{
    const auto resting = [](const Order& order) {
        return canRest(order)
            && (order.status == OrderStatus::Accepted
                || order.status == OrderStatus::PartiallyFilled);
    };
    return int(m_exitsAwaitingStop.size())
        + int(std::count_if(m_inFlight.begin(), m_inFlight.end(), [&](const auto& each) {
              return each.second.cancelAsked || !resting(each.second.order);
          }));
}

void TradingEngine::settle(const QString& clientOrderId, const std::vector<OrderEvent>& events)
{
    const auto found = m_inFlight.find(clientOrderId);
    if (found == m_inFlight.end()) {
        qCDebug(lcEngine) << "venue answer for an order not in flight:" << clientOrderId;
        return;
    }
    InFlight& flight = found->second;
    const auto accountIt = m_book.accounts().find(flight.account);
    if (accountIt == m_book.accounts().end())
        return;

    // The fills go to a copy of the account; the fills, the round trips they close and the
    // order's state are committed in one transaction, and only then does the copy replace the
    // account. A failed write leaves the account as it was.
    BotAccount staged = accountIt->second;
    Order order = flight.order;
    std::vector<Fill> fills;
    std::vector<ClosedTrade> closed;
    QString rejectReason;
    for (const OrderEvent& event : events) {
        if (event.clientOrderId != clientOrderId)
            continue;
        if (event.kind != OrderEvent::Kind::Fill) {
            if (event.kind == OrderEvent::Kind::Rejected)
                rejectReason = event.reason;
            applyStatus(order, event);
            continue;
        }
        if (!event.fill)
            continue;
        const bool seen = std::any_of(flight.fills.begin(), flight.fills.end(),
                              [&](const Fill& f) { return f.tradeId == event.fill->tradeId; })
            || std::any_of(fills.begin(), fills.end(),
                [&](const Fill& f) { return f.tradeId == event.fill->tradeId; });
        const auto after = order.filledQuantity.plus(event.fill->size);
        if (seen || !after || *after > order.quantity) {
            qCWarning(lcEngine).noquote() << "fill" << event.fill->tradeId << "of" << clientOrderId
                                          << "not counted (seen or beyond the order)";
            continue;
        }
        Fill fill = *event.fill;
        fill.clientOrderId = clientOrderId;
        if (fill.venueOrderId.isEmpty())
            fill.venueOrderId = order.venueOrderId;
        const auto trades = AccountBook::applyFill(staged, fill, flight.decision);
        const auto fees = order.fees.plus(fill.fee);
        if (!trades || !fees) {
            haltOnUnbookableFill(fill, order.botId, trades ? fees.error() : trades.error());
            keepUnbooked(clientOrderId, events);
            return;
        }
        closed.insert(closed.end(), trades->begin(), trades->end());
        fills.push_back(fill);
        order.filledQuantity = *after;
        order.fees = *fees;
        order.status
            = *after == order.quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
    }
    if (fills.empty() && order.status == flight.order.status
        && order.venueOrderId == flight.order.venueOrderId)
        return; // nothing new

    std::vector<Fill> allFills = flight.fills;
    allFills.insert(allFills.end(), fills.begin(), fills.end());
    const auto average = averageFillPrice(allFills);
    if (!average) {
        haltOnUnbookableFill(allFills.back(), order.botId, average.error());
        keepUnbooked(clientOrderId, events);
        return;
    }
    if (order.filledQuantity.isPositive())
        order.averageFillPrice = *average;
    const bool ended = isTerminal(order.status);
    std::vector<ClosedTrade> allClosed = flight.closed;
    allClosed.insert(allClosed.end(), closed.begin(), closed.end());
    // A maker entry's order that another follows tells the risk nothing yet; its last tells it
    // of the whole entry, at the average of all of the entry's fills.
    const QString key = positionKey(order.botId, order.productId);
    const bool goesOn = ended && makerEntryGoesOn(staged, order);
    const WorkingEntry* entry = makerEntryOf(key, clientOrderId);
    Result<Decimal> entryAverage = average;
    if (entry) { // the average of all of the entry's orders
        std::vector<Fill> entryFills = entry->fills;
        entryFills.insert(entryFills.end(), allFills.begin(), allFills.end());
        entryAverage = averageFillPrice(entryFills);
    }
    if (ended && staged.risk && !goesOn && entryAverage)
        staged.risk->onFilled(entry ? entry->decision : flight.decision, *entryAverage, allClosed,
            entry ? entry->decidedAt : flight.decidedAt);
    if (auto saved = journal([&](JournalStore& store) -> Status {
            if (ended) {
                if (auto stored = saveProtection(store, staged); !stored)
                    return stored;
                if (auto stored = saveLimits(store, staged); !stored)
                    return stored;
                if (!m_paper || canRest(order)) {
                    if (auto stored = store.setState(inFlightKey(clientOrderId), QString());
                        !stored)
                        return stored;
                }
            }
            for (const Fill& fill : fills) {
                if (const auto stored = store.recordFill(fill, order.botId); !stored)
                    return stored.error();
                const QString detail
                    = QStringLiteral("%1 %2 %3 at %4, fee %5, order %6")
                          .arg(sideToString(fill.side), fill.size.toString(), fill.productId,
                              fill.price.toString(), fill.fee.toString(), fill.clientOrderId);
                if (auto stored
                    = store.recordAudit({fill.time, QStringLiteral("fill"), order.botId, detail});
                    !stored)
                    return stored;
            }
            for (const ClosedTrade& trade : closed) {
                if (auto stored = store.recordClosedTrade(trade); !stored)
                    return stored;
            }
            return store.recordOrder(order);
        });
        !saved) {
        // Not on the record, so not counted; the venue will not say it again. Kept to be
        // booked when the journal works again (re-armed), as it is after a restart.
        keepUnbooked(clientOrderId, events);
        return;
    }
    BotAccount& account = accountIt->second;
    account = std::move(staged);
    if (!fills.empty() || !ended || order.status != OrderStatus::Rejected)
        account.lastDenial.clear();
    m_book.trades().insert(m_book.trades().end(), closed.begin(), closed.end());
    remember(order);
    for (const Fill& fill : fills)
        announceFill(account, fill);
    m_dirty = true;
    flight.order = order;
    flight.fills = std::move(allFills);
    flight.closed = std::move(allClosed);
    if (!ended)
        return;
    const InFlight done = std::move(flight);
    m_inFlight.erase(found);
    if (goesOn) {
        continueMakerEntry(account, done);
        return;
    }
    endMakerEntry(key, clientOrderId);
    if (order.status == OrderStatus::Rejected && rejectReason == QLatin1String("NOT_AT_VENUE"))
        m_gaveUp.insert_or_assign(clientOrderId, done); // in case the venue shows it after all
    const bool exitRefused = order.status == OrderStatus::Rejected && done.fills.empty()
        && done.decision.kind == TradeDecision::Kind::Exit;
    account.exitRefused = exitRefused;
    protectPosition(account); // an entry's, what an exit left, or one whose exit was refused
    if (order.status == OrderStatus::Rejected && done.fills.empty())
        refuse(account, order.side, order.quantity, done.decision.price, m_now,
            RefusalReason::VenueRejected, std::nullopt, rejectReason);
    else if (m_killSwitch.state() == KillSwitchState::Flattening && !m_paper && m_venueClear)
        flattenAll(); // a position that had an order in flight
    placeReplacement(clientOrderId, order); // a manual limit the trader moved
}

void TradingEngine::keepUnbooked(
    const QString& clientOrderId, const std::vector<OrderEvent>& events)
{
    for (const OrderEvent& event : events) {
        if (event.clientOrderId == clientOrderId)
            m_unbooked.push_back(event);
    }
}

void TradingEngine::haltOnUnbookableFill(const Fill& fill, const QString& botId, const Error& error)
{
    // The venue traded it, so it is never dropped: on the record in words, kept to be booked
    // again when re-armed, and nothing more is traded until the trader has looked.
    const QString detail
        = QStringLiteral("fill %1 of order %2 (%3 %4 %5 at %6, fee %7) cannot be booked "
                         "exactly: %8")
              .arg(fill.tradeId, fill.clientOrderId, sideToString(fill.side), fill.size.toString(),
                  fill.productId, fill.price.toString(), fill.fee.toString(), error.message);
    qCCritical(lcEngine).noquote() << botId << detail;
    Q_UNUSED(journal([&](JournalStore& store) {
        return store.recordAudit({m_now, QStringLiteral("fill_not_booked"), botId, detail});
    }));
    // A figure past the range is arithmetic; a fill no ledger takes (a size or price not
    // positive, another product) leaves the journal short of what the venue did.
    const bool arithmetic
        = error.code == ErrorCode::Overflow || error.code == ErrorCode::DivisionByZero;
    haltItself(arithmetic ? HaltCause::ArithmeticError : HaltCause::Reconciliation,
        botId + QStringLiteral(": ") + detail);
}

Result<bool> TradingEngine::affordable(
    const BotAccount& account, const std::vector<Fill>& fills) const
{
    ExactSteps exact;
    Decimal cost;
    for (const Fill& fill : fills)
        cost = exact(cost.plus(exact(exact(fill.notional()).plus(fill.fee))));
    return exact.result(cost <= account.ledger.cash());
}

Result<bool> TradingEngine::affordableAt(
    const BotAccount& account, const Decimal& quantity, const Decimal& price) const
{
    ExactSteps exact;
    const Decimal margin = exact(exact(Decimal::fromInteger(1).plus(m_options.fees.takerFeeRate))
                                     .plus(m_options.fees.slippage));
    const Decimal cost = exact(exact(quantity.times(price)).times(margin, RoundingMode::Up));
    return exact.result(cost <= account.ledger.cash());
}

Result<bool> TradingEngine::affordableLimit(
    const BotAccount& account, const Decimal& quantity, const Decimal& limit) const
{
    const auto cost = MakerEntry::cost(quantity, limit, m_options.fees.makerFeeRate);
    if (!cost)
        return cost.error();
    return *cost <= account.ledger.cash();
}

void TradingEngine::remember(const Order& order)
{
    const auto same = std::find_if(m_orders.begin(), m_orders.end(),
        [&](const Order& each) { return each.clientOrderId == order.clientOrderId; });
    if (same != m_orders.end())
        *same = order;
    else
        m_orders.push_back(order);
    if (m_orders.size() > TradingSnapshot::OrdersKept)
        m_orders.erase(m_orders.begin());
}
} // namespace Candela::Core

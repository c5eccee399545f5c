#include "tradingengine.h"

#include "livejournal.h"
#include "venueorders.h"

#include "core/corelogging.h"
#include "core/execution/restingtakeprofit.h"

// The trading engine at a real venue: the stops (or brackets, a stop with its take profit) that
// rest there under its positions (T32) and
// what its reconciliation with the venue decides (T15, T16).
namespace Candela::Core {

using VenueOrders::applyStatus;
using VenueOrders::positionKey;

Result<LocalBook> TradingEngine::venueBook()
{
    if (!m_journal)
        return LocalBook{};
    return LiveJournal::localBook(*m_journal);
}

void TradingEngine::applyReconciliation(
    const std::optional<ReconcileReport>& report, const QString& why)
{
    QSet<QString> blocked;
    for (const auto& [key, account] : m_book.accounts()) {
        if (!report || report->blocks(key.second))
            blocked.insert(key.second);
    }
    if (blocked == m_unreconciled)
        return;
    m_unreconciled = blocked;
    m_dirty = true;
    QStringList products = blocked.values();
    products.sort();
    const QString detail = blocked.isEmpty()
        ? QStringLiteral("reconciled with the venue: trading again")
        : QStringLiteral("not reconciled with the venue (%1): no orders for %2")
              .arg(report ? QStringLiteral("differences") : why, products.join(u", "));
    qCWarning(lcEngine).noquote() << detail;
    Q_UNUSED(journal([&](JournalStore& store) {
        return store.recordAudit({m_now, QStringLiteral("reconciliation"), QString(), detail});
    }));
    // Differences found (not a run that could not reach the venue): nothing trades until the
    // trader has looked, whatever product a bot is on.
    if (report && !blocked.isEmpty())
        haltItself(HaltCause::Reconciliation,
            QStringLiteral("the venue and the journal differ on %1").arg(products.join(u", ")));
}

void TradingEngine::protectPosition(const BotAccount& account)
{
    if (!m_stops || account.ledger.isFlat() || !account.risk || !account.risk->protection()
        || !m_killSwitch.allowsNewOrders() || hasOrderInFlight(account))
        return; // halted, or an order of the account is on its way: a stop now could sell twice
    const Decimal open = account.ledger.openQuantity();
    if (!open.isPositive())
        return; // spot: longs only
    const Decimal stop = account.risk->protection()->stop;
    const auto limit = protectiveStopLimit(account.risk->product(), stop);
    const QString key = positionKey(account.ledger.botId(), account.ledger.productId());
    if (!limit) {
        // Never a stop whose limit is zero (it would sell at any price): none, said loudly.
        const QString detail = QStringLiteral("no stop at the venue for %1: its limit under %2: %3")
                                   .arg(key, stop.toString(), limit.error().message);
        qCCritical(lcEngine).noquote() << detail;
        Q_UNUSED(journal([&](JournalStore& store) {
            return store.recordAudit(
                {m_now, QStringLiteral("protection"), account.ledger.botId(), detail});
        }));
        return;
    }
    ProtectiveStops::Stop guard{account.ledger.productId(), Side::Sell, open, stop, *limit, {}};
    // A bot that takes profit with a resting limit: the stop and the target in one bracket.
    if (const Decimal& target = account.risk->protection()->target;
        account.exit.restsTakeProfit() && target.isPositive()) {
        const auto takeProfit
            = RestingTakeProfit::limitPrice(account.risk->product(), Side::Sell, target);
        if (takeProfit)
            guard.takeProfit = *takeProfit;
        else // the stop alone, said loudly; the target is then taken at market
            qCCritical(lcEngine).noquote()
                << "no take profit in the bracket of" << key << ":" << takeProfit.error().message;
    }
    m_stops->protect(key, guard);
}

void TradingEngine::protectAll()
{
    if (!m_stops)
        return;
    for (const auto& [key, account] : m_book.accounts()) {
        if (m_stops->stopOrderId(positionKey(key.first, key.second)).isEmpty())
            protectPosition(account);
    }
}

Status TradingEngine::recordStop(const QString& key, const Order& stopOrder)
{
    Order order = stopOrder;
    order.botId = key.left(key.indexOf(QLatin1Char('|')));
    order.status = OrderStatus::Submitted;
    if (auto saved = journal([&](JournalStore& store) {
            if (auto stored = store.recordOrder(order); !stored)
                return stored;
            return store.recordAudit({m_now, QStringLiteral("protective_stop"), order.botId,
                QStringLiteral("%1 %2 stop %3 limit %4, order %5")
                    .arg(order.quantity.toString(), order.productId,
                        order.stopPrice.value_or(Decimal{}).toString(),
                        order.limitPrice.value_or(Decimal{}).toString(), order.clientOrderId)});
        });
        !saved)
        return saved;
    m_sentOrders.insert(order.clientOrderId);
    m_stopOrders.insert_or_assign(order.clientOrderId, order);
    remember(order);
    m_dirty = true;
    return success();
}

void TradingEngine::onStopEvent(const OrderEvent& event)
{
    const auto found = m_stopOrders.find(event.clientOrderId);
    if (found == m_stopOrders.end())
        return;
    Order& order = found->second;
    if (!applyStatus(order, event))
        return; // a fill is booked by onStopFilled
    const Order changed = order;
    if (isTerminal(changed.status))
        m_stopOrders.erase(found);
    Q_UNUSED(journal([&](JournalStore& store) { return store.recordOrder(changed); }));
    remember(changed);
    m_dirty = true;
}

void TradingEngine::onStopFilled(const QString& key, const Fill& fill)
{
    BotAccount* found = m_book.accountOfKey(key);
    const auto stopOrder = m_stopOrders.find(fill.clientOrderId);
    if (!found || stopOrder == m_stopOrders.end())
        return;
    Order order = stopOrder->second;
    // The venue's stop closed (part of) the position: the bot's stop loss, booked as any exit.
    TradeDecision exit;
    exit.kind = TradeDecision::Kind::Exit;
    exit.side = fill.side;
    exit.quantity = fill.size;
    exit.price = order.stopPrice.value_or(Decimal{});
    exit.exitReason = ExitReason::StopLoss;
    // A bracket's take profit: a sell at or over its limit (its stop leg sells under the trigger).
    if (order.type == OrderType::Bracket && order.limitPrice
        && (fill.side == Side::Sell ? fill.price >= *order.limitPrice
                                    : fill.price <= *order.limitPrice)) {
        exit.price = *order.limitPrice;
        exit.exitReason = ExitReason::TakeProfit;
    }
    BotAccount staged = *found;
    const auto closed = AccountBook::applyFill(staged, fill, exit);
    const auto filled = order.filledQuantity.plus(fill.size);
    const auto fees = order.fees.plus(fill.fee);
    if (!closed || !filled || !fees) {
        haltOnUnbookableFill(fill, order.botId,
            !closed ? closed.error() : (!filled ? filled.error() : fees.error()));
        m_unbookedStopFills.emplace_back(key, fill); // tried again when re-armed
        return;
    }
    if (staged.risk)
        staged.risk->onFilled(exit, fill.price, *closed, fill.time);
    order.filledQuantity = *filled;
    order.fees = *fees;
    order.averageFillPrice = fill.price;
    order.status = order.filledQuantity >= order.quantity ? OrderStatus::Filled
                                                          : OrderStatus::PartiallyFilled;
    if (auto saved = journal([&](JournalStore& store) -> Status {
            if (const auto stored = store.recordFill(fill, order.botId); !stored)
                return stored.error();
            if (auto stored = store.recordAudit({fill.time, QStringLiteral("fill"), order.botId,
                    QStringLiteral("%1 %2 %3 at %4, fee %5, stop order %6")
                        .arg(sideToString(fill.side), fill.size.toString(), fill.productId,
                            fill.price.toString(), fill.fee.toString(), order.clientOrderId)});
                !stored)
                return stored;
            for (const ClosedTrade& trade : *closed) {
                if (auto stored = store.recordClosedTrade(trade); !stored)
                    return stored;
            }
            if (auto stored = saveProtection(store, staged); !stored)
                return stored;
            if (auto stored = saveLimits(store, staged); !stored)
                return stored;
            return store.recordOrder(order);
        });
        !saved) {
        m_unbookedStopFills.emplace_back(key, fill); // booked once the journal works again
        return;
    }
    *found = std::move(staged);
    m_book.trades().insert(m_book.trades().end(), closed->begin(), closed->end());
    if (order.status == OrderStatus::Filled)
        m_stopOrders.erase(stopOrder);
    else
        stopOrder->second = order;
    remember(order);
    announceFill(*found, fill);
    m_dirty = true;
    if (found->ledger.isFlat())
        m_exitsAwaitingStop.erase(key); // the stop sold it: nothing left for the bot's exit
}

void TradingEngine::onStopReleased(const QString& key)
{
    const auto pending = m_exitsAwaitingStop.find(key);
    if (pending == m_exitsAwaitingStop.end())
        return;
    PendingExit exit = pending->second;
    m_exitsAwaitingStop.erase(pending);
    BotAccount* account = m_book.accountOfKey(key);
    if (!account || account->ledger.isFlat() || !m_killSwitch.allowsNewOrders())
        return;
    exit.decision.quantity = account->ledger.openQuantity().abs(); // what the stop left
    trade(*account, exit.decision, exit.orderId, exit.decidedAt);
}

void TradingEngine::onUnprotected(const QString& key, const QString& reason)
{
    BotAccount* account = m_book.accountOfKey(key);
    if (!account || account->ledger.isFlat() || hasOrderInFlight(*account))
        return;
    const QString botId = account->ledger.botId();
    if (account->exitRefused) {
        // The venue refused the exit too: no second round. The bot stops; the position waits
        // for the trader (on the record, and as the bot's refusal).
        account->running = false;
        Q_UNUSED(journal([&](JournalStore& store) {
            return store.recordAudit({m_now, QStringLiteral("stop_not_placed"), botId,
                QStringLiteral("no stop could be placed (%1) and the exit was refused: bot "
                               "stopped, the position is unguarded")
                    .arg(reason)});
        }));
        refuse(*account, Side::Sell, account->ledger.openQuantity().abs(),
            markPrice(account->ledger.productId()), m_now, RefusalReason::UnguardedPosition);
        return;
    }
    // No stop rests under the position: it is closed at market rather than left unguarded.
    Q_UNUSED(journal([&](JournalStore& store) {
        return store.recordAudit({m_now, QStringLiteral("stop_not_placed"), botId,
            QStringLiteral("no stop could be placed (%1): closing at market").arg(reason)});
    }));
    if (!m_killSwitch.allowsNewOrders())
        return; // halted: the kill switch decides what happens to positions
    TradeDecision exit;
    exit.kind = TradeDecision::Kind::Exit;
    exit.side = Side::Sell;
    exit.quantity = account->ledger.openQuantity().abs();
    exit.price = markPrice(account->ledger.productId());
    exit.exitReason = ExitReason::StopLoss;
    QString orderId = QStringLiteral("%1/unprotected/%2").arg(botId).arg(toUnixSeconds(m_now));
    for (int n = 2; m_sentOrders.contains(orderId); ++n)
        orderId
            = QStringLiteral("%1/unprotected/%2-%3").arg(botId).arg(toUnixSeconds(m_now)).arg(n);
    trade(*account, exit, orderId, m_now);
}

} // namespace Candela::Core

#include "protectivestops.h"

#include "core/model/exactsteps.h"

#include "clientorderid.h"

#include "core/corelogging.h"

namespace Candela::Core {

Result<Decimal> protectiveStopLimit(const Product& product, const Decimal& stop)
{
    static const Decimal Slip = *Decimal::fromString(std::string_view("0.99"));
    auto limit = stop.times(Slip, RoundingMode::Down);
    if (limit)
        limit = product.priceRounded(*limit, RoundingMode::Down);
    if (limit && !limit->isPositive())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("not positive on the price increment %1")
                .arg((product.priceIncrement.isPositive() ? product.priceIncrement
                                                          : product.quoteIncrement)
                         .toString()));
    return limit;
}

ProtectiveStops::ProtectiveStops(ExecutionClient& execution, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_execution(execution)
    , m_clock(clock)
{
    connect(&m_execution, &ExecutionClient::orderEvent, this, &ProtectiveStops::onOrderEvent);
    connect(&m_execution, &ExecutionClient::venueClear, this, [this] {
        if (!std::exchange(m_waitingForClear, false))
            return;
        const QStringList keys = m_guards.keys();
        for (const QString& key : keys) {
            auto guard = m_guards.find(key);
            if (guard != m_guards.end() && guard->orderId.isEmpty())
                place(key, *guard);
        }
    });
}

void ProtectiveStops::protect(const QString& key, const Stop& stop)
{
    auto existing = m_guards.find(key);
    if (existing != m_guards.end() && !existing->orderId.isEmpty()) {
        existing->next = stop; // placed when the old stop's end is confirmed
        m_execution.cancel({existing->orderId}, false);
        return;
    }
    Guard& guard = m_guards[key];
    guard = Guard{};
    guard.stop = stop;
    place(key, guard);
}

void ProtectiveStops::release(const QString& key)
{
    const auto guard = m_guards.constFind(key);
    if (guard == m_guards.cend())
        return;
    const QString orderId = guard->orderId;
    m_guards.erase(guard);
    if (orderId.isEmpty()) {
        Q_EMIT released(key);
        return;
    }
    m_released.insert(orderId);
    m_execution.cancel({orderId}, false); // its end is no longer ours to replace
}

void ProtectiveStops::adopt(const QString& key, const Stop& stop, const QString& orderId)
{
    Guard& guard = m_guards[key];
    guard = Guard{};
    guard.stop = stop;
    guard.orderId = orderId;
    guard.working = true;
    m_keyOfOrder.insert(orderId, key);
}

void ProtectiveStops::releaseAll()
{
    const QStringList keys = m_guards.keys();
    for (const QString& key : keys)
        release(key);
}

bool ProtectiveStops::isProtected(const QString& key) const
{
    const auto guard = m_guards.constFind(key);
    return guard != m_guards.cend() && guard->working;
}

QString ProtectiveStops::stopOrderId(const QString& key) const
{
    return m_guards.value(key).orderId;
}

bool ProtectiveStops::hasTakeProfit(const QString& key) const
{
    const auto guard = m_guards.constFind(key);
    if (guard == m_guards.cend())
        return false;
    return guard->next ? guard->next->takeProfit.has_value() : guard->stop.takeProfit.has_value();
}

void ProtectiveStops::place(const QString& key, Guard& guard)
{
    // Only what is left of the position: a stop that traded in part sold that much already.
    const Decimal left = remainderOf(guard.stop.size, guard.filled);
    if (!left.isPositive()) {
        m_guards.remove(key);
        return;
    }
    Order order;
    order.clientOrderId = mintClientOrderId();
    order.productId = guard.stop.productId;
    order.side = guard.stop.side;
    order.type = guard.stop.takeProfit ? OrderType::Bracket : OrderType::StopLimit;
    order.timeInForce = TimeInForce::GoodTilCancelled;
    order.quantity = left;
    order.stopPrice = guard.stop.stopPrice;
    order.limitPrice = guard.stop.takeProfit ? *guard.stop.takeProfit : guard.stop.limitPrice;
    order.createdAt = m_clock.now();
    order.updatedAt = order.createdAt;
    if (m_recorder) {
        if (const Status recorded = m_recorder(key, order); !recorded) {
            m_guards.remove(key);
            Q_EMIT unprotected(key, recorded.error().message);
            return;
        }
    }
    guard.orderId = order.clientOrderId;
    guard.working = false;
    m_keyOfOrder.insert(order.clientOrderId, key);
    // Last: a paper venue answers inside submit(), and the answer may change the guards.
    m_execution.submit(order);
}

void ProtectiveStops::onOrderEvent(const OrderEvent& event)
{
    const QString key = m_keyOfOrder.value(event.clientOrderId);
    if (key.isEmpty())
        return; // not a stop of ours
    auto guard = m_guards.find(key);
    const bool current = guard != m_guards.end() && guard->orderId == event.clientOrderId;
    switch (event.kind) {
    case OrderEvent::Kind::Accepted:
        if (current)
            guard->working = true;
        return;
    case OrderEvent::Kind::Fill:
        if (!event.fill)
            return;
        if (!event.fill->size.isPositive()) { // a malformed answer: guards nothing less
            qCWarning(lcEngine).noquote()
                << "stop" << event.clientOrderId << "fill of size" << event.fill->size.toString();
            return;
        }
        if (current) {
            // A fill beyond the Decimal range is beyond the stop's size: it closed the position
            // (the engine, booking it, halts on the same overflow).
            const auto filled = guard->filled.plus(event.fill->size);
            guard->filled = filled ? *filled : guard->stop.size;
            if (guard->next) // the new level guards only what this stop leaves
                guard->next->size = remainderOf(guard->next->size, event.fill->size);
            if (guard->filled >= guard->stop.size)
                m_guards.erase(guard); // the stop closed the position: nothing left to guard
        }
        Q_EMIT stopFilled(key, *event.fill);
        return;
    case OrderEvent::Kind::Rejected:
        m_keyOfOrder.remove(event.clientOrderId);
        if (!current) {
            if (m_released.remove(event.clientOrderId))
                Q_EMIT released(key);
            return;
        }
        guard->working = false;
        guard->orderId.clear();
        if (event.reason == QLatin1String("KILL_SWITCH")) {
            // The venue is being cleared by the kill switch: placed again once it is clear.
            m_waitingForClear = true;
            return;
        }
        if (event.reason == QLatin1String("NOT_AT_VENUE")) {
            // Journaled, then never sent (a crash in between): the venue never refused it.
            place(key, *guard);
            return;
        }
        qCWarning(lcEngine).noquote()
            << "position" << key << "has no stop at the venue:" << event.reason;
        Q_EMIT unprotected(key, event.reason);
        return;
    case OrderEvent::Kind::Cancelled:
    case OrderEvent::Kind::Expired:
        m_keyOfOrder.remove(event.clientOrderId);
        if (!current) {
            if (m_released.remove(event.clientOrderId))
                Q_EMIT released(key); // gone: the position may be closed otherwise
            return;
        }
        if (guard->next) { // the old level is gone: now the new one
            guard->stop = *guard->next;
            guard->next.reset();
            guard->filled = Decimal{};
        } else {
            qCWarning(lcEngine).noquote()
                << "the stop of" << key << "was removed at the venue; placing it again";
        }
        place(key, *guard);
        return;
    case OrderEvent::Kind::SubmitUnknown:
    case OrderEvent::Kind::CancelRefused:
    case OrderEvent::Kind::CancelUnknown:
        return; // the execution client settles these; its verdict arrives as another event
    }
}

} // namespace Candela::Core

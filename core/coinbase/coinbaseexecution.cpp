#include "coinbaseexecution.h"

#include "core/corelogging.h"

#include <QPointer>

#include <algorithm>
#include <map>

namespace Candela::Core {

using namespace CoinbaseOrders;
using Kind = OrderEvent::Kind;

namespace {

constexpr qsizetype IdsPerLookup = 50; // order_ids per list request: a URL well under 4 KB

bool isTerminalAtVenue(const VenueOrder& order)
{
    return order.status && isTerminal(*order.status);
}

} // namespace

CoinbaseExecution::CoinbaseExecution(
    TradingRestClient& rest, const Clock& clock, Config config, QObject* parent)
    : ExecutionClient(parent)
    , m_rest(rest)
    , m_clock(clock)
    , m_config(config)
{
    m_elapsed.start();
    const auto tick = std::max<std::chrono::milliseconds>(
        std::chrono::milliseconds(1), std::min(m_config.firstCheck, m_config.checkEvery) / 4);
    m_settleTimer.setInterval(tick);
    connect(&m_settleTimer, &QTimer::timeout, this, &CoinbaseExecution::settleUnknowns);
    m_cancelAllTimer.setSingleShot(true);
    connect(&m_cancelAllTimer, &QTimer::timeout, this, &CoinbaseExecution::cancelAllRound);
    m_pollTimer.setInterval(m_config.pollEvery);
    connect(&m_pollTimer, &QTimer::timeout, this, &CoinbaseExecution::poll);
}

CoinbaseExecution::~CoinbaseExecution() = default;

void CoinbaseExecution::submit(const Order& order)
{
    if (m_orders.count(order.clientOrderId) > 0) {
        qCWarning(lcCoinbase).noquote()
            << "order" << order.clientOrderId << "was already sent; not sending it again";
        return;
    }
    Tracked tracked;
    tracked.order = order;
    if (m_cancellingAll) { // the kill switch is clearing the venue: nothing new leaves
        tracked.phase = Phase::Done;
        emitEvent(Kind::Rejected, m_orders.emplace(order.clientOrderId, tracked).first->second,
            QStringLiteral("KILL_SWITCH"));
        return;
    }
    m_orders.emplace(order.clientOrderId, tracked);
    const QString id = order.clientOrderId;
    QPointer<CoinbaseExecution> self(this);
    m_rest.submitOrder(order, [self, id](const TradingRestClient::SubmitResult& result) {
        if (self)
            self->onSubmitted(id, result);
    });
}

void CoinbaseExecution::resume(const Order& order, const QSet<QString>& knownTradeIds)
{
    if (m_orders.count(order.clientOrderId) > 0 || isTerminal(order.status))
        return;
    Tracked tracked;
    tracked.order = order;
    tracked.trades = knownTradeIds;
    tracked.filled = order.filledQuantity;
    const QString id = order.clientOrderId;
    if (!order.venueOrderId.isEmpty()) {
        tracked.phase = Phase::Working;
        m_byVenueId.insert(order.venueOrderId, id);
        m_orders.emplace(id, tracked);
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
        return;
    }
    tracked.phase = Phase::Unknown;
    tracked.nextCheckMs = m_elapsed.elapsed(); // look it up at once: the send is long past
    m_orders.emplace(id, tracked);
    if (!m_settleTimer.isActive())
        m_settleTimer.start();
}

void CoinbaseExecution::onSubmitted(
    const QString& clientOrderId, const TradingRestClient::SubmitResult& result)
{
    Tracked& tracked = m_orders[clientOrderId];
    if (tracked.phase != Phase::Sending)
        return; // the user channel showed the order first: the venue's record wins
    switch (result.kind) {
    case TradingRestClient::SubmitResult::Kind::Accepted:
        accept(tracked, result.venueOrderId);
        return;
    case TradingRestClient::SubmitResult::Kind::Rejected:
        tracked.phase = Phase::Done;
        emitEvent(Kind::Rejected, tracked, result.reason);
        return;
    case TradingRestClient::SubmitResult::Kind::Unknown:
        tracked.phase = Phase::Unknown;
        tracked.nextCheckMs = m_elapsed.elapsed() + m_config.firstCheck.count();
        qCWarning(lcCoinbase).noquote()
            << "order" << clientOrderId << "submit unknown:" << result.reason;
        emitEvent(Kind::SubmitUnknown, tracked, result.reason);
        if (!m_settleTimer.isActive())
            m_settleTimer.start();
        return;
    }
}

void CoinbaseExecution::accept(Tracked& tracked, const QString& venueOrderId)
{
    tracked.phase = Phase::Working;
    tracked.order.venueOrderId = venueOrderId;
    m_byVenueId.insert(venueOrderId, tracked.order.clientOrderId);
    emitEvent(Kind::Accepted, tracked);
    if (tracked.cancelWanted && !tracked.cancelPending)
        sendCancels({tracked.order.clientOrderId}, tracked.cancelUrgent);
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

void CoinbaseExecution::settleUnknowns()
{
    const qint64 now = m_elapsed.elapsed();
    std::map<QString, QStringList> dueByProduct;
    std::map<QString, Timestamp> oldest;
    bool anyUnknown = false;
    for (const auto& [id, tracked] : m_orders) {
        if (tracked.phase != Phase::Unknown)
            continue;
        anyUnknown = true;
        const QString& product = tracked.order.productId;
        if (tracked.nextCheckMs > now || m_lookupsInFlight.contains(product))
            continue;
        dueByProduct[product].append(id);
        // The order's market time, or now if that is later (a replayed market runs ahead of the
        // clock): the venue's record of it is not older than either.
        const Timestamp sent = std::min(tracked.order.createdAt, m_clock.now());
        auto [at, inserted] = oldest.try_emplace(product, sent);
        if (!inserted)
            at->second = std::min(at->second, sent);
    }
    if (!anyUnknown) {
        m_settleTimer.stop();
        return;
    }
    // One lookup per product covers every order of it that is due.
    for (const auto& [product, asked] : dueByProduct) {
        m_lookupsInFlight.insert(product);
        m_rest.listOrders(TradingRestClient::ordersSince(product, oldest[product]),
            [self = QPointer<CoinbaseExecution>(this), this, product = product, asked = asked](
                Result<std::vector<VenueOrder>> orders) {
                if (!self)
                    return;
                m_lookupsInFlight.remove(product);
                onLookup(asked, std::move(orders));
            });
    }
}

void CoinbaseExecution::onLookup(const QStringList& asked, Result<std::vector<VenueOrder>> orders)
{
    const qint64 next = m_elapsed.elapsed() + m_config.checkEvery.count();
    if (!orders) {
        // No verdict from a failed lookup: ask again later, without counting it.
        qCWarning(lcCoinbase).noquote()
            << "lookup of unknown orders failed:" << orders.error().message;
        for (const QString& id : asked)
            if (m_orders[id].phase == Phase::Unknown)
                m_orders[id].nextCheckMs = next;
        return;
    }
    QHash<QString, const VenueOrder*> byClientId;
    for (const VenueOrder& order : *orders)
        byClientId.insert(order.clientOrderId, &order);
    for (const QString& id : asked) {
        Tracked& tracked = m_orders[id];
        if (tracked.phase != Phase::Unknown)
            continue;
        if (const VenueOrder* found = byClientId.value(id)) {
            accept(tracked, found->venueOrderId);
            continue;
        }
        if (++tracked.checks >= m_config.maxChecks) {
            tracked.phase = Phase::Done;
            tracked.rejectedUnseen = true;
            emitEvent(Kind::Rejected, tracked, QStringLiteral("NOT_AT_VENUE"));
        } else {
            tracked.nextCheckMs = next;
        }
    }
}

void CoinbaseExecution::cancel(const QStringList& clientOrderIds, bool urgent)
{
    QStringList ready;
    for (const QString& id : clientOrderIds) {
        const auto it = m_orders.find(id);
        if (it == m_orders.end())
            continue;
        Tracked& tracked = it->second;
        if (tracked.phase == Phase::Done) {
            // Ended before the cancel could be sent (a poll saw it filled): say so.
            emitEvent(Kind::CancelRefused, tracked, QStringLiteral("ALREADY_ENDED"));
            continue;
        }
        tracked.cancelWanted = true;
        tracked.cancelUrgent = tracked.cancelUrgent || urgent;
        if (tracked.phase == Phase::Working && !tracked.cancelPending)
            ready.append(id);
    }
    sendCancels(ready, urgent);
}

void CoinbaseExecution::sendCancels(const QStringList& clientOrderIds, bool urgent)
{
    QStringList venueIds;
    for (const QString& id : clientOrderIds) {
        Tracked& tracked = m_orders[id];
        tracked.cancelPending = true;
        venueIds.append(tracked.order.venueOrderId);
    }
    if (venueIds.isEmpty())
        return;
    m_rest.cancelOrders(venueIds,
        urgent ? TradingRestClient::Lane::Reserved : TradingRestClient::Lane::Normal,
        [self = QPointer<CoinbaseExecution>(this), this, clientOrderIds](
            const std::vector<TradingRestClient::CancelResult>& results) {
            if (!self)
                return;
            for (const auto& result : results) {
                Tracked* tracked = byVenueId(result.venueOrderId);
                if (!tracked)
                    continue;
                if (tracked->phase == Phase::Done)
                    continue; // its end (and the cancel's answer) was announced already
                if (result.kind == TradingRestClient::CancelResult::Kind::Refused)
                    tracked->cancelRefused = true;
                else if (result.kind == TradingRestClient::CancelResult::Kind::Unknown) {
                    tracked->cancelLost = true;
                    emitEvent(Kind::CancelUnknown, *tracked, result.reason);
                }
            }
            // Whatever the answer, the venue's record says how the order ended.
            refresh(clientOrderIds);
        });
}

void CoinbaseExecution::cancelAllAtVenue()
{
    for (auto& [id, tracked] : m_orders) {
        if (tracked.phase == Phase::Done)
            continue;
        tracked.cancelWanted = true;
        tracked.cancelUrgent = true;
    }
    m_cancellingAll = true;
    m_cancelAllBackoff = m_config.checkEvery;
    m_cancelAllTimer.stop();
    const int dropped = m_rest.dropUnsentOrders(); // queued submits never leave
    if (dropped > 0)
        qCInfo(lcCoinbase) << "kill switch:" << dropped << "queued order(s) not sent";
    cancelAllRound();
}

void CoinbaseExecution::cancelAllRound()
{
    // Working orders first, then ones the venue has not settled yet (PENDING, QUEUED, …).
    QPointer<CoinbaseExecution> self(this);
    cancelListed({QStringLiteral("OPEN")}, [self](bool foundOpen) {
        if (!self || !self->m_cancellingAll)
            return;
        self->cancelListed({QStringLiteral("PENDING"), QStringLiteral("QUEUED"),
                               QStringLiteral("EDIT_QUEUED"), QStringLiteral("CANCEL_QUEUED")},
            [self, foundOpen](bool foundPending) {
                if (!self || !self->m_cancellingAll)
                    return;
                const bool anyOfOurs = std::any_of(self->m_orders.cbegin(), self->m_orders.cend(),
                    [](const auto& entry) { return entry.second.phase != Phase::Done; });
                if (!foundOpen && !foundPending && !anyOfOurs) {
                    self->m_cancellingAll = false;
                    qCInfo(lcCoinbase) << "kill switch: no open order left at Coinbase";
                    Q_EMIT self->venueClear();
                    return;
                }
                // The next round lists again: what is still open gets another cancel.
                self->m_cancelAllTimer.start(self->m_config.checkEvery);
            });
    });
}

void CoinbaseExecution::cancelListed(const QStringList& statuses, std::function<void(bool)> next)
{
    QUrlQuery query;
    for (const QString& status : statuses)
        query.addQueryItem(QStringLiteral("order_status"), status);
    QPointer<CoinbaseExecution> self(this);
    m_rest.listOrders(
        query,
        [self, next = std::move(next)](Result<std::vector<VenueOrder>> listed) {
            if (!self || !self->m_cancellingAll)
                return;
            if (!listed) {
                qCWarning(lcCoinbase).noquote()
                    << "kill switch: cannot list orders:" << listed.error().message
                    << "- trying again in" << self->m_cancelAllBackoff.count() << "ms";
                self->m_cancelAllTimer.start(self->m_cancelAllBackoff);
                self->m_cancelAllBackoff = std::min<std::chrono::milliseconds>(
                    self->m_cancelAllBackoff * 2, std::chrono::seconds(30));
                return;
            }
            self->m_cancelAllBackoff = self->m_config.checkEvery;
            QStringList venueIds;
            QStringList ours;
            for (const VenueOrder& order : *listed) {
                if (order.venueStatus == QLatin1String("CANCEL_QUEUED"))
                    continue; // being cancelled already: wait for it
                venueIds.append(order.venueOrderId);
                if (Tracked* tracked = self->byVenueId(order.venueOrderId)) {
                    tracked->cancelPending = true;
                    ours.append(tracked->order.clientOrderId);
                }
            }
            const bool found = !listed->empty();
            if (venueIds.isEmpty()) {
                next(found);
                return;
            }
            self->m_rest.cancelOrders(venueIds, TradingRestClient::Lane::Reserved,
                [self, ours, next, found](const std::vector<TradingRestClient::CancelResult>&) {
                    if (!self)
                        return;
                    self->refresh(ours);
                    next(found);
                });
        },
        TradingRestClient::Lane::Reserved);
}

void CoinbaseExecution::poll()
{
    if (m_pollInFlight)
        return;
    QStringList working;
    for (const auto& [id, tracked] : m_orders)
        if (tracked.phase == Phase::Working)
            working.append(id);
    if (working.isEmpty()) {
        m_pollTimer.stop();
        return;
    }
    m_pollInFlight = true;
    refresh(working, [this] { m_pollInFlight = false; });
}

void CoinbaseExecution::refresh(const QStringList& clientOrderIds, std::function<void()> done)
{
    QStringList venueIds;
    for (const QString& id : clientOrderIds) {
        const auto found = m_orders.find(id);
        if (found != m_orders.end() && found->second.phase == Phase::Working)
            venueIds.append(found->second.order.venueOrderId);
    }
    if (venueIds.isEmpty()) {
        if (done)
            done();
        return;
    }
    auto left = std::make_shared<qsizetype>((venueIds.size() + IdsPerLookup - 1) / IdsPerLookup);
    for (qsizetype start = 0; start < venueIds.size(); start += IdsPerLookup) {
        QUrlQuery query;
        for (const QString& id : venueIds.mid(start, IdsPerLookup))
            query.addQueryItem(QStringLiteral("order_ids"), id);
        m_rest.listOrders(query,
            [self = QPointer<CoinbaseExecution>(this), this, left, done](
                Result<std::vector<VenueOrder>> orders) {
                if (!self)
                    return;
                if (--*left == 0 && done)
                    done();
                if (!orders) {
                    qCWarning(lcCoinbase).noquote()
                        << "order refresh failed:" << orders.error().message;
                    return;
                }
                onVenueOrders(*orders);
            });
    }
}

void CoinbaseExecution::onVenueOrders(const std::vector<VenueOrder>& orders)
{
    std::vector<VenueOrder> needFills;
    for (const VenueOrder& venue : orders) {
        Tracked* tracked = byVenueId(venue.venueOrderId);
        if (!tracked || tracked->phase != Phase::Working)
            continue;
        if (tracked->cancelLost && !isTerminalAtVenue(venue)) {
            // The cancel's answer proved nothing and the order still works: cancels are safe
            // to repeat, so it goes again.
            tracked->cancelLost = false;
            tracked->cancelPending = false;
            if (tracked->cancelWanted)
                sendCancels({tracked->order.clientOrderId}, tracked->cancelUrgent);
        }
        if (venue.filledQuantity > tracked->filled) {
            needFills.push_back(venue);
            continue;
        }
        settle(*tracked, venue);
    }
    if (needFills.empty())
        return;
    QUrlQuery query;
    for (const VenueOrder& venue : needFills)
        query.addQueryItem(QStringLiteral("order_ids"), venue.venueOrderId);
    m_rest.listFills(query,
        [self = QPointer<CoinbaseExecution>(this), this, needFills](
            Result<std::vector<VenueFill>> fills) {
            if (!self)
                return;
            if (!fills) {
                qCWarning(lcCoinbase).noquote() << "fill lookup failed:" << fills.error().message;
                return;
            }
            std::map<QString, std::vector<VenueFill>> byOrder;
            for (const VenueFill& fill : *fills)
                byOrder[fill.fill.venueOrderId].push_back(fill);
            for (const VenueOrder& venue : needFills) {
                Tracked* tracked = byVenueId(venue.venueOrderId);
                if (!tracked || tracked->phase != Phase::Working)
                    continue;
                applyFills(*tracked, std::move(byOrder[venue.venueOrderId]));
                if (tracked->filled < venue.filledQuantity)
                    continue; // the fills list lags the order: the next poll finishes it
                settle(*tracked, venue);
            }
        });
}

void CoinbaseExecution::settle(Tracked& tracked, const VenueOrder& venue)
{
    if (tracked.cancelRefused) {
        tracked.cancelRefused = false;
        tracked.cancelPending = false;
        emitEvent(Kind::CancelRefused, tracked);
    }
    if (isTerminalAtVenue(venue))
        finish(tracked, venue);
}

void CoinbaseExecution::applyFills(Tracked& tracked, std::vector<VenueFill> fills)
{
    std::stable_sort(fills.begin(), fills.end(),
        [](const VenueFill& a, const VenueFill& b) { return a.fill.time < b.fill.time; });
    for (VenueFill& venueFill : fills) {
        Fill& fill = venueFill.fill;
        if (tracked.trades.contains(fill.tradeId))
            continue;
        auto filled = tracked.filled.plus(fill.size);
        if (!filled || *filled > tracked.order.quantity) {
            qCCritical(lcCoinbase).noquote()
                << "fill" << fill.tradeId << "would take order" << tracked.order.clientOrderId
                << "beyond its size; not applied";
            continue;
        }
        if (!venueFill.sideKnown)
            fill.side = tracked.order.side;
        fill.clientOrderId = tracked.order.clientOrderId;
        if (fill.productId.isEmpty())
            fill.productId = tracked.order.productId;
        tracked.trades.insert(fill.tradeId);
        tracked.filled = *filled;
        emitEvent(Kind::Fill, tracked, {}, fill);
    }
}

void CoinbaseExecution::finish(Tracked& tracked, const VenueOrder& venue)
{
    tracked.phase = Phase::Done;
    // A cancel still out when the order ended otherwise has its answer now.
    const bool cancelOut = tracked.cancelPending || tracked.cancelRefused;
    tracked.cancelPending = false;
    tracked.cancelRefused = false;
    if (cancelOut && *venue.status != OrderStatus::Cancelled)
        emitEvent(Kind::CancelRefused, tracked, QStringLiteral("ALREADY_ENDED"));
    switch (*venue.status) {
    case OrderStatus::Cancelled:
        emitEvent(Kind::Cancelled, tracked);
        break;
    case OrderStatus::Expired:
        emitEvent(Kind::Expired, tracked);
        break;
    case OrderStatus::Rejected:
        emitEvent(Kind::Rejected, tracked, venue.venueStatus);
        break;
    default:
        break; // filled: its fills said so
    }
}

CoinbaseExecution::Tracked* CoinbaseExecution::byVenueId(const QString& venueOrderId)
{
    const auto id = m_byVenueId.constFind(venueOrderId);
    if (id == m_byVenueId.cend())
        return nullptr;
    const auto found = m_orders.find(*id);
    return found == m_orders.end() ? nullptr : &found->second;
}

void CoinbaseExecution::emitEvent(
    Kind kind, const Tracked& tracked, QString reason, std::optional<Fill> fill)
{
    OrderEvent event;
    event.kind = kind;
    event.clientOrderId = tracked.order.clientOrderId;
    event.venueOrderId = tracked.order.venueOrderId;
    event.reason = std::move(reason);
    event.fill = std::move(fill);
    Q_EMIT orderEvent(event);
}

void CoinbaseExecution::onUserUpdate(const UserOrderUpdate& update)
{
    Tracked* tracked = byVenueId(update.venueOrderId);
    if (!tracked && !update.clientOrderId.isEmpty()) {
        const auto it = m_orders.find(update.clientOrderId);
        if (it != m_orders.end())
            tracked = &it->second;
    }
    if (!tracked)
        return; // not sent by this session: reconciliation's business
    if (tracked->phase == Phase::Done && tracked->rejectedUnseen) {
        // Declared never sent, yet here it is (the venue's lists lagged): the venue's record
        // wins — take it up again and tell the engine loudly.
        qCCritical(lcCoinbase).noquote() << "order" << tracked->order.clientOrderId
                                         << "was given up as never sent but Coinbase has it";
        tracked->rejectedUnseen = false;
        accept(*tracked, update.venueOrderId);
    }
    if (tracked->phase == Phase::Unknown || tracked->phase == Phase::Sending)
        accept(*tracked, update.venueOrderId);
    if (tracked->phase != Phase::Working)
        return;
    const bool ended = update.status && isTerminal(*update.status);
    if (update.cumulativeQuantity > tracked->filled || ended)
        refresh({tracked->order.clientOrderId});
}

int CoinbaseExecution::openCount() const
{
    return int(std::count_if(m_orders.cbegin(), m_orders.cend(),
        [](const auto& entry) { return entry.second.phase != Phase::Done; }));
}

} // namespace Candela::Core

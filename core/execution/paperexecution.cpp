#include "paperexecution.h"

#include <algorithm>

namespace Candela::Core {

namespace {

QString paperOrderId(const QString& clientOrderId)
{
    return QStringLiteral("paper-") + clientOrderId;
}

OrderEvent makeEvent(OrderEvent::Kind kind, const Order& order, QString reason = {})
{
    OrderEvent e;
    e.kind = kind;
    e.clientOrderId = order.clientOrderId;
    e.venueOrderId = paperOrderId(order.clientOrderId);
    e.reason = std::move(reason);
    return e;
}

} // namespace

PaperExecution::PaperExecution(PaperExchangeConfig config, QObject* parent)
    : ExecutionClient(parent)
    , m_matcher(std::move(config))
{ }

PaperExecution::~PaperExecution() = default;

void PaperExecution::addProduct(const Product& product)
{
    m_matcher.addProduct(product);
}

void PaperExecution::setConfig(const PaperExchangeConfig& config)
{
    m_matcher.setConfig(config);
}

PaperResult PaperExecution::preview(const Order& order) const
{
    PaperMatcher probe = m_matcher; // the products and resting orders are shared, not copied
    return probe.submit(order, m_books.value(order.productId), m_lastPrices.value(order.productId),
        order.createdAt);
}

void PaperExecution::setMarket(
    const QString& productId, const Decimal& lastPrice, const OrderBook* book)
{
    m_lastPrices.insert(productId, lastPrice);
    m_books.insert(productId, book);
}

void PaperExecution::submit(const Order& order)
{
    if (m_working.contains(order.clientOrderId) || m_accepted.contains(order.clientOrderId))
        return; // sent already: never twice
    m_now = std::max(m_now, order.createdAt);
    const PaperResult result = m_matcher.submit(order, m_books.value(order.productId),
        m_lastPrices.value(order.productId), order.createdAt);
    if (result.reject != PaperRejectReason::None) {
        Q_EMIT orderEvent(makeEvent(OrderEvent::Kind::Rejected, order,
            QString::fromLatin1(paperRejectReasonName(result.reject))));
        return;
    }
    m_accepted.insert(order.clientOrderId);
    // Working before anyone hears of it: a slot may cancel it on its first fill.
    if (result.resting)
        m_working.insert(order.clientOrderId, order);
    Q_EMIT orderEvent(makeEvent(OrderEvent::Kind::Accepted, order));
    for (const Fill& fill : result.fills)
        emitFill(order, fill);
    if (!result.resting && result.cancelled)
        Q_EMIT orderEvent(makeEvent(OrderEvent::Kind::Cancelled, order));
}

bool PaperExecution::restore(
    const Order& order, const QSet<QString>& knownTradeIds, Timestamp seenUntil)
{
    if (m_accepted.contains(order.clientOrderId)
        || !m_matcher.restore(order, order.remainingQuantity(), seenUntil))
        return false;
    m_now = std::max({m_now, order.createdAt, seenUntil});
    m_accepted.insert(order.clientOrderId);
    m_working.insert(order.clientOrderId, order);
    // Trade ids are "<client order id>#<n>": the next one after those booked before.
    int numbered = 0;
    for (const QString& tradeId : knownTradeIds)
        numbered = std::max(numbered, tradeId.section(QLatin1Char('#'), -1).toInt());
    m_fillCount.insert(order.clientOrderId, std::max(numbered, int(knownTradeIds.size())));
    return true;
}

void PaperExecution::cancel(const QStringList& clientOrderIds, bool)
{
    for (const QString& id : clientOrderIds) {
        const auto working = m_working.constFind(id);
        if (working == m_working.cend()) {
            if (m_accepted.contains(id)) { // it ended (filled or cancelled) before: say so
                Order ended;
                ended.clientOrderId = id;
                Q_EMIT orderEvent(makeEvent(
                    OrderEvent::Kind::CancelRefused, ended, QStringLiteral("ALREADY_ENDED")));
            }
            continue;
        }
        const Order order = *working;
        if (m_matcher.cancel(id)) {
            m_working.remove(id);
            Q_EMIT orderEvent(makeEvent(OrderEvent::Kind::Cancelled, order));
        } else {
            Q_EMIT orderEvent(makeEvent(OrderEvent::Kind::CancelRefused, order));
        }
    }
}

void PaperExecution::cancelAll()
{
    cancel(m_working.keys(), true);
    Q_EMIT venueClear();
}

void PaperExecution::onTrade(const Trade& trade)
{
    m_now = std::max(m_now, trade.time);
    m_printed.insert(trade.productId);
    expireUntil(trade.productId, trade.time);
    emitRestingFills(m_matcher.onTrade(trade));
}

void PaperExecution::onCandle(
    const QString& productId, const Candle& candle, Timestamp closeTime, const QString& botId)
{
    if (m_printed.contains(productId))
        return;
    m_now = std::max(m_now, closeTime);
    expireUntil(productId, closeTime);
    emitRestingFills(m_matcher.onCandle(productId, candle, closeTime, botId));
}

void PaperExecution::emitRestingFills(const std::vector<Fill>& fills)
{
    for (const Fill& fill : fills) {
        const auto working = m_working.constFind(fill.clientOrderId);
        if (working == m_working.cend())
            continue;
        const Order order = *working;
        emitFill(order, fill);
        if (!m_matcher.isResting(order.clientOrderId))
            m_working.remove(order.clientOrderId);
    }
}

void PaperExecution::expireUntil(const QString& productId, Timestamp now)
{
    for (const QString& id : m_matcher.expire(productId, now)) {
        const auto working = m_working.constFind(id);
        if (working == m_working.cend())
            continue;
        const Order order = *working;
        m_working.remove(id);
        Q_EMIT orderEvent(makeEvent(OrderEvent::Kind::Expired, order));
    }
}

void PaperExecution::emitFill(const Order& order, Fill fill)
{
    fill.venueOrderId = paperOrderId(order.clientOrderId);
    fill.clientOrderId = order.clientOrderId;
    // Named by the order, so the ids stay unique across restarts of the paper venue (the
    // journal's fills are unique on them).
    fill.tradeId = order.clientOrderId + QLatin1Char('#')
        + QString::number(++m_fillCount[order.clientOrderId]);
    OrderEvent e = makeEvent(OrderEvent::Kind::Fill, order);
    e.fill = std::move(fill);
    Q_EMIT orderEvent(e);
}

} // namespace Candela::Core

#include "producthealth.h"

namespace Candela::Core {

ProductHealth::Changes ProductHealth::setFeedHealth(const QString& productId, DataHealth health)
{
    m_feedHealth.insert(productId, health);
    Changes changes;
    judge(productId, changes);
    return changes;
}

ProductHealth::Changes ProductHealth::apply(const MarketMessage& message)
{
    if (message.timestamp.time_since_epoch().count() > 0
        && (!m_marketTime || message.timestamp > *m_marketTime))
        m_marketTime = message.timestamp;
    Changes changes;
    if (!m_marketTime)
        return changes; // no clock yet: nothing can age
    for (const MarketEvent& event : message.events) {
        if (const auto* book = std::get_if<BookEvent>(&event); book && !book->levels.empty())
            m_pricedAt.insert(book->productId, *m_marketTime);
        else if (const auto* ticker = std::get_if<TickerEvent>(&event))
            m_pricedAt.insert(ticker->productId, *m_marketTime);
        else if (const auto* trades = std::get_if<TradesEvent>(&event)) {
            for (const Trade& trade : trades->trades)
                m_pricedAt.insert(trade.productId, *m_marketTime);
        }
    }
    for (auto it = m_pricedAt.cbegin(); it != m_pricedAt.cend(); ++it)
        judge(it.key(), changes);
    return changes;
}

void ProductHealth::judge(const QString& productId, Changes& changes)
{
    DataHealth health = m_feedHealth.value(productId, DataHealth::Live);
    if (health == DataHealth::Live) {
        const auto pricedAt = m_pricedAt.constFind(productId);
        if (pricedAt != m_pricedAt.cend() && *m_marketTime - *pricedAt > m_maxPriceAge)
            health = DataHealth::Stale;
    }
    const auto known = m_health.constFind(productId);
    if (known != m_health.cend() && *known == health)
        return;
    m_health.insert(productId, health);
    changes.emplace_back(productId, health);
}

} // namespace Candela::Core

#pragma once

#include "marketevent.h"
#include "marketfeed.h"

#include <QHash>

#include <chrono>
#include <optional>
#include <utility>
#include <vector>

namespace Candela::Core {

// Each product's market-data health, the one place it is decided (the MarketDataHub owns it; bots,
// the risk gate and the window read it). It is the feed's word (the connection lost, a book
// resyncing) and, while that says Live, the age of the product's last price (RELIABILITY.md T22):
// a product whose last ticker, trade or book change lies more than `maxPriceAge` of market time
// behind is Stale while the rest of the market flows, and Live again with its next price.
//
// Market time is the newest time any frame carried (another product's, a heartbeat's), so a replay
// at any speed ages prices as the live market did, and a product's price is dated by that clock
// when it arrives (one frame with a wrong time cannot make every product stale). Candle updates
// are not prices here: the candles channel keeps repeating a bucket whose trades have stopped.
class ProductHealth final
{
public:
    static constexpr std::chrono::milliseconds DefaultMaxPriceAge{60'000};
    explicit ProductHealth(std::chrono::milliseconds maxPriceAge = DefaultMaxPriceAge)
        : m_maxPriceAge(maxPriceAge)
    { }

    DataHealth health(const QString& productId) const
    {
        return m_health.value(productId, DataHealth::Live);
    }
    // Every product heard of, by the feed or by a price.
    const QHash<QString, DataHealth>& all() const { return m_health; }

    // The products whose health each call changed, with their new health.
    using Changes = std::vector<std::pair<QString, DataHealth>>;
    Changes setFeedHealth(const QString& productId, DataHealth health);
    Changes apply(const MarketMessage& message);

private:
    void judge(const QString& productId, Changes& changes);

    std::chrono::milliseconds m_maxPriceAge;
    std::optional<Timestamp> m_marketTime;
    QHash<QString, DataHealth> m_feedHealth;
    QHash<QString, Timestamp> m_pricedAt; // market time when each product's last price came
    QHash<QString, DataHealth> m_health;
};

} // namespace Candela::Core

#include "historybackfill.h"

#include "core/corelogging.h"
#include "core/market/marketdatahub.h"

namespace Candela::Core {

HistoryBackfill::HistoryBackfill(MarketDataHub& hub, const PublicRestClient::Config& rest,
    const QString& cachePath, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_client(rest)
{
    if (cachePath.isEmpty())
        return;
    if (auto opened = m_cache.open(cachePath); !opened)
        qCWarning(lcStorage).noquote() << "candle cache unavailable:" << opened.error().message;
    else
        m_cacheOpen = true;
}

void HistoryBackfill::fetch(const QString& productId, Timeframe timeframe, Timestamp from,
    Timestamp to, std::function<void(Status)> done)
{
    Timestamp fetchFrom = from;
    if (m_cacheOpen) {
        const auto cached = m_cache.load(productId, seconds(timeframe), from, to);
        if (cached && !cached->empty()) {
            m_hub.mergeHistory(productId, timeframe, *cached);
            // Refetch the newest cached bucket too: it may have been the forming one.
            fetchFrom = std::max(from, cached->back().start);
        } else if (!cached) {
            qCWarning(lcStorage).noquote() << "candle cache:" << cached.error().message;
        }
    }
    m_client.fetchCandles(productId, timeframe, fetchFrom, to,
        [this, productId, timeframe, done = std::move(done)](Result<std::vector<Candle>> candles) {
            if (!candles)
                return done(candles.error());
            m_hub.mergeHistory(productId, timeframe, *candles);
            if (m_cacheOpen) {
                if (auto stored = m_cache.store(productId, seconds(timeframe), *candles); !stored)
                    return done(stored);
            }
            done(success());
        });
}

void HistoryBackfill::fetchRecent(const QStringList& products, Timestamp now)
{
    using namespace std::chrono;
    const std::pair<Timeframe, hours> spans[]
        = {{Timeframe::OneMinute, hours(12)}, {Timeframe::FiveMinutes, hours(60)},
            {Timeframe::FifteenMinutes, hours(24 * 7)}, {Timeframe::OneHour, hours(24 * 30)},
            {Timeframe::FourHours, hours(24 * 120)}, {Timeframe::OneDay, hours(24 * 700)}};
    for (const QString& product : products) {
        for (const auto& [timeframe, span] : spans) {
            fetch(product, timeframe, now - span, now, [product](Status status) {
                if (!status)
                    qCWarning(lcStorage).noquote()
                        << "history for" << product << "unavailable:" << status.error().message;
            });
        }
    }
}

} // namespace Candela::Core

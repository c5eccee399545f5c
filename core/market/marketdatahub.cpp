#include "marketdatahub.h"

#include "core/coinbase/publicrestclient.h"
#include "core/corelogging.h"
#include "core/storage/candlecache.h"

#include <QSet>

namespace Candela::Core {

MarketDataHub::MarketDataHub(MarketFeed& feed, QObject* parent)
    : QObject(parent)
    , m_feed(feed)
{
    connect(&feed, &MarketFeed::messageReceived, this, &MarketDataHub::onMessage);
    connect(&feed, &MarketFeed::booksInvalidated, this,
        [this](const QStringList& products) { m_state.invalidateBooks(products); });
}

void MarketDataHub::onMessage(const MarketMessage& message)
{
    for (const QString& product : m_state.apply(message))
        m_feed.requestResync(product);
    QSet<QString> touched;
    for (const MarketEvent& event : message.events) {
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                if constexpr (
                    std::is_same_v<T,
                        BookEvent> || std::is_same_v<T, TickerEvent> || std::is_same_v<T, CandlesEvent>) {
                    touched.insert(value.productId);
                } else if constexpr (std::is_same_v<T, TradesEvent>) {
                    for (const Trade& trade : value.trades)
                        touched.insert(trade.productId);
                }
            },
            event);
    }
    for (const QString& product : std::as_const(touched))
        Q_EMIT productUpdated(product);
}

void MarketDataHub::mergeHistory(
    const QString& productId, Timeframe timeframe, const std::vector<Candle>& candles)
{
    m_state.mergeCandles(productId, timeframe, candles);
    Q_EMIT productUpdated(productId);
}

void MarketDataHub::backfill(PublicRestClient& client, CandleCache* cache, const QString& productId,
    Timeframe timeframe, Timestamp from, Timestamp to, std::function<void(Status)> done)
{
    Timestamp fetchFrom = from;
    if (cache) {
        const auto cached = cache->load(productId, seconds(timeframe), from, to);
        if (cached && !cached->empty()) {
            mergeHistory(productId, timeframe, *cached);
            // Refetch the newest cached bucket too: it may have been the forming one.
            fetchFrom = std::max(from, cached->back().start);
        } else if (!cached) {
            qCWarning(lcStorage).noquote() << "candle cache:" << cached.error().message;
        }
    }
    client.fetchCandles(productId, timeframe, fetchFrom, to,
        [this, cache, productId, timeframe, done = std::move(done)](
            Result<std::vector<Candle>> candles) {
            if (!candles)
                return done(candles.error());
            mergeHistory(productId, timeframe, *candles);
            if (cache) {
                if (auto stored = cache->store(productId, seconds(timeframe), *candles); !stored)
                    return done(stored);
            }
            done(success());
        });
}

} // namespace Candela::Core

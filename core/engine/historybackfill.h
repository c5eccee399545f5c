#pragma once

#include "core/coinbase/publicrestclient.h"
#include "core/storage/candlecache.h"

#include <QObject>

#include <functional>

namespace Candela::Core {

class MarketDataHub;

// Fills a hub's candle history for products it receives live: from the on-disk cache first,
// then from Coinbase's public REST API from the newest cached bucket on, storing what arrives
// (a restart fetches only what is new). Lives on the hub's thread.
class HistoryBackfill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryBackfill)

public:
    // `cachePath` empty, or a cache that cannot be opened (said in the log): REST only.
    HistoryBackfill(MarketDataHub& hub, const PublicRestClient::Config& rest,
        const QString& cachePath, QObject* parent = nullptr);

    // Buckets starting in [from, to) of one product and timeframe; `done` reports the outcome.
    void fetch(const QString& productId, Timeframe timeframe, Timestamp from, Timestamp to,
        std::function<void(Status)> done);
    // What the chart shows of each product: about 700 buckets of every timeframe up to `now`
    // (two or three requests each). Failures are logged.
    void fetchRecent(const QStringList& products, Timestamp now);

private:
    MarketDataHub& m_hub;
    PublicRestClient m_client;
    CandleCache m_cache;
    bool m_cacheOpen = false;
};

} // namespace Candela::Core

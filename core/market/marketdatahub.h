#pragma once

#include "marketfeed.h"
#include "marketsnapshot.h"
#include "marketstate.h"

#include <QObject>
#include <QTimer>

namespace Candela::Core {

class CandleCache;
class PublicRestClient;

// Keeps one MarketState current from one MarketFeed: applies every message, asks the feed for a
// fresh snapshot when a book crosses, drops the books the feed says missed data, and fills
// candle history from the on-disk cache and the REST backfill (saving what it fetched). It
// lives on the feed's thread; the engine will own it.
class MarketDataHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDataHub)

public:
    explicit MarketDataHub(MarketFeed& feed, QObject* parent = nullptr);

    const MarketState& state() const { return m_state; }

    // Publish snapshotReady() for this product, at most every `interval` and only when
    // something changed: `depth` levels a side, the last `candles` of `timeframe`.
    void watch(const QString& productId, Timeframe timeframe, int depth = 15, int candles = 300,
        std::chrono::milliseconds interval = std::chrono::milliseconds(50));
    MarketSnapshot snapshot() const;
    static constexpr size_t RecentTradesShown = 50;

    // Candle history from elsewhere (a CSV, the cache), merged bucket by bucket.
    void mergeHistory(
        const QString& productId, Timeframe timeframe, const std::vector<Candle>& candles);
    // Loads [from, to) from `cache` (may be null), then fetches from the newest cached bucket
    // on with `client` and stores what arrives. `done` reports the outcome.
    void backfill(PublicRestClient& client, CandleCache* cache, const QString& productId,
        Timeframe timeframe, Timestamp from, Timestamp to, std::function<void(Status)> done);

Q_SIGNALS:
    // The state changed for this product (book, candles or ticker).
    void productUpdated(const QString& productId);
    void snapshotReady(const Candela::Core::MarketSnapshot& snapshot);

private:
    void onMessage(const MarketMessage& message);

    MarketFeed& m_feed;
    MarketState m_state;
    QString m_watched;
    Timeframe m_watchedTimeframe = Timeframe::FiveMinutes;
    int m_depth = 15;
    int m_candles = 300;
    bool m_dirty = false;
    QTimer m_publisher;
};

} // namespace Candela::Core

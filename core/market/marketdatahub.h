#pragma once

#include "marketfeed.h"
#include "marketsnapshot.h"
#include "marketstate.h"

#include <QObject>
#include <QTimer>

namespace Candela::Core {

// Keeps one MarketState current from one MarketFeed: applies every message, asks the feed for a
// fresh snapshot when a book crosses, drops the books the feed says missed data, and merges
// candle history from elsewhere (HistoryBackfill, a CSV). It lives on the engine thread, in the
// TradingSession that owns it.
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

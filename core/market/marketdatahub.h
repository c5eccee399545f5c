#pragma once

#include "marketfeed.h"
#include "marketsnapshot.h"
#include "marketstate.h"
#include "producthealth.h"

#include <QObject>
#include <QTimer>

namespace Candela::Core {

// Keeps one MarketState current from one MarketFeed: applies every message, asks the feed for a
// fresh snapshot when a book crosses, drops the books the feed says missed data, and merges
// candle history from elsewhere (HistoryBackfill, a CSV), and owns each product's data health (the
// feed's word and the age of its last price, ProductHealth). It lives on the engine thread, in the
// TradingSession that owns it.
class MarketDataHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDataHub)

public:
    explicit MarketDataHub(MarketFeed& feed,
        std::chrono::milliseconds maxPriceAge = ProductHealth::DefaultMaxPriceAge,
        QObject* parent = nullptr);

    const MarketState& state() const { return m_state; }
    DataHealth health(const QString& productId) const { return m_health.health(productId); }
    const QHash<QString, DataHealth>& healths() const { return m_health.all(); }

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
    // New prints on the tape (not a snapshot's history), after productUpdated() for them: once
    // for each trades event of the message.
    void tradesPrinted(const std::vector<Candela::Core::Trade>& trades);
    // Emitted before productUpdated() for the message that changed it.
    void healthChanged(const QString& productId, Candela::Core::DataHealth health);
    void snapshotReady(const Candela::Core::MarketSnapshot& snapshot);

private:
    void onMessage(const MarketMessage& message);
    void announce(const ProductHealth::Changes& changes);

    MarketFeed& m_feed;
    MarketState m_state;
    ProductHealth m_health;
    QString m_watched;
    Timeframe m_watchedTimeframe = Timeframe::FiveMinutes;
    int m_depth = 15;
    int m_candles = 300;
    bool m_dirty = false;
    QTimer m_publisher;
};

} // namespace Candela::Core

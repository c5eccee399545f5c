#pragma once

#include "candleseries.h"
#include "marketevent.h"
#include "orderbook.h"

#include <QHash>
#include <QStringList>

#include <deque>
#include <vector>

namespace Candela::Core {

// The market as a session sees it: an L2 book per product, candle series per product and
// timeframe, and the last ticker, kept current from decoded messages. One thread owns it (the
// engine's); it holds no locks.
//
// Trades build every timeframe's forming candle; the exchange's own five-minute candles
// (`candles` channel) replace the five-minute buckets they cover. A book that crosses is
// invalidated and reported so the caller can ask the feed for a fresh snapshot.
class MarketState final
{
public:
    explicit MarketState(size_t candlesPerSeries = 100'000);

    // Returns the products whose book became untrustworthy while applying `message` (crossed,
    // or an impossible level): they are invalidated and need a fresh snapshot.
    QStringList apply(const MarketMessage& message);
    void invalidateBooks(const QStringList& productIds);
    // Whole buckets from history (cache, REST backfill, a CSV), inserted or replacing.
    void mergeCandles(
        const QString& productId, Timeframe timeframe, const std::vector<Candle>& candles);

    const OrderBook* book(const QString& productId) const;
    const CandleSeries* series(const QString& productId, Timeframe timeframe) const;
    const TickerEvent* lastTicker(const QString& productId) const;
    // The product's last `count` prints on the tape, newest first (at most RecentTradesKept).
    std::vector<Trade> recentTrades(const QString& productId, size_t count) const;
    static constexpr size_t RecentTradesKept = 100;

private:
    using SeriesSet = std::vector<CandleSeries>; // one per AllTimeframes entry, in order

    SeriesSet& seriesFor(const QString& productId);
    void applyTrades(const TradesEvent& event);
    void applyCandles(const CandlesEvent& event);

    size_t m_candlesPerSeries;
    QHash<QString, OrderBook> m_books;
    QHash<QString, SeriesSet> m_series;
    QHash<QString, TickerEvent> m_tickers;
    QHash<QString, std::deque<Trade>> m_tape; // oldest first
};

} // namespace Candela::Core

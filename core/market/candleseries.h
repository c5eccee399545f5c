#pragma once

#include "timeframe.h"

#include "core/model/candle.h"

#include <deque>
#include <span>
#include <vector>

namespace Candela::Core {

// Folds candles of a finer timeframe (sorted by start) into `timeframe` buckets: open of the
// first, close of the last, highest high, lowest low, summed volume. Buckets without any input
// candle are omitted, as the exchange omits buckets without trades.
std::vector<Candle> resample(const std::vector<Candle>& candles, Timeframe timeframe);
// The bars a bot of `timeframe` sees in `candles`: folded into its buckets (resample) when the
// candles are finer than it (two starts closer together than its length), as the trading session
// builds them; as they are otherwise. A backtest runs one bar per candle it is given.
std::vector<Candle> barsOfTimeframe(std::span<const Candle> candles, Timeframe timeframe);

// The candles of one product at one timeframe, oldest first, at most `capacity` of them (the
// oldest fall off). Built live from trades, with whole buckets inserted or corrected from
// backfill and the exchange's candle messages; the last candle is the forming one.
class CandleSeries final
{
public:
    explicit CandleSeries(Timeframe timeframe, size_t capacity = 100'000);

    Timeframe timeframe() const { return m_timeframe; }
    const std::deque<Candle>& candles() const { return m_candles; }
    bool isEmpty() const { return m_candles.empty(); }

    // A trade print. Updates the candle of its bucket (creating the bucket when it is newer
    // than the last one). Returns false, changing nothing, for a trade older than every held
    // bucket or with a non-positive price or negative size.
    bool addTrade(const Decimal& price, const Decimal& size, Timestamp time);
    // Inserts a whole bucket in time order, or replaces the held bucket with the same start.
    // The start is aligned down to the timeframe.
    void upsert(Candle candle);
    // Many whole buckets at once (history): a linear merge, the given buckets winning ties.
    void merge(std::vector<Candle> candles);

private:
    std::deque<Candle>::iterator findBucket(Timestamp start);
    void trim();

    Timeframe m_timeframe;
    size_t m_capacity;
    std::deque<Candle> m_candles;
};

} // namespace Candela::Core

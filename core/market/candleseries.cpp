#include "candleseries.h"

#include <algorithm>

namespace Candela::Core {

namespace {

void mergeInto(Candle& bucket, const Candle& later)
{
    bucket.high = std::max(bucket.high, later.high);
    bucket.low = std::min(bucket.low, later.low);
    bucket.close = later.close;
    bucket.volume = bucket.volume.plus(later.volume).valueOr(bucket.volume);
}

Candle candleFromTrade(Timestamp start, const Decimal& price, const Decimal& size)
{
    return Candle{start, price, price, price, price, size};
}

bool startsBefore(const Candle& candle, Timestamp start)
{
    return candle.start < start;
}

} // namespace

std::vector<Candle> resample(const std::vector<Candle>& candles, Timeframe timeframe)
{
    std::vector<Candle> buckets;
    for (const Candle& candle : candles) {
        const Timestamp start = bucketStart(candle.start, timeframe);
        if (!buckets.empty() && buckets.back().start == start) {
            mergeInto(buckets.back(), candle);
            continue;
        }
        Candle bucket = candle;
        bucket.start = start;
        buckets.push_back(bucket);
    }
    return buckets;
}

CandleSeries::CandleSeries(Timeframe timeframe, size_t capacity)
    : m_timeframe(timeframe)
    , m_capacity(std::max<size_t>(capacity, 1))
{ }

std::deque<Candle>::iterator CandleSeries::findBucket(Timestamp start)
{
    return std::lower_bound(m_candles.begin(), m_candles.end(), start, startsBefore);
}

bool CandleSeries::addTrade(const Decimal& price, const Decimal& size, Timestamp time)
{
    if (!price.isPositive() || size.isNegative())
        return false;
    const Timestamp start = bucketStart(time, m_timeframe);
    if (m_candles.empty() || start > m_candles.back().start) {
        m_candles.push_back(candleFromTrade(start, price, size));
        trim();
        return true;
    }
    const auto bucket
        = start == m_candles.back().start ? std::prev(m_candles.end()) : findBucket(start);
    if (bucket == m_candles.end() || bucket->start != start) {
        if (start < m_candles.front().start)
            return false; // older than the history we hold
        m_candles.insert(bucket, candleFromTrade(start, price, size)); // a late trade in a gap
        trim();
        return true;
    }
    // A late trade inside a held bucket widens it but cannot change its open or close order;
    // treat it as the latest print only when it lands in the forming bucket.
    bucket->high = std::max(bucket->high, price);
    bucket->low = std::min(bucket->low, price);
    if (std::next(bucket) == m_candles.end())
        bucket->close = price;
    bucket->volume = bucket->volume.plus(size).valueOr(bucket->volume);
    return true;
}

void CandleSeries::upsert(Candle candle)
{
    candle.start = bucketStart(candle.start, m_timeframe);
    if (m_candles.empty() || candle.start > m_candles.back().start) {
        m_candles.push_back(candle);
    } else {
        const auto bucket = findBucket(candle.start);
        if (bucket != m_candles.end() && bucket->start == candle.start)
            *bucket = candle;
        else
            m_candles.insert(bucket, candle);
    }
    trim();
}

void CandleSeries::merge(std::vector<Candle> candles)
{
    for (Candle& candle : candles)
        candle.start = bucketStart(candle.start, m_timeframe);
    std::stable_sort(candles.begin(), candles.end(),
        [](const Candle& a, const Candle& b) { return a.start < b.start; });
    if (candles.empty())
        return;
    // The buckets before the first incoming one stay where they are; only the tail from there
    // is merged (a live candle touches the newest bucket or two, not the whole history).
    const auto tailStart = findBucket(candles.front().start);
    const std::vector<Candle> tail(tailStart, m_candles.end());
    m_candles.erase(tailStart, m_candles.end());
    auto held = tail.begin();
    for (auto incoming = candles.begin(); incoming != candles.end(); ++incoming) {
        if (std::next(incoming) != candles.end() && std::next(incoming)->start == incoming->start)
            continue; // a later duplicate in the input wins
        while (held != tail.end() && held->start < incoming->start)
            m_candles.push_back(*held++);
        if (held != tail.end() && held->start == incoming->start)
            ++held;
        m_candles.push_back(*incoming);
    }
    m_candles.insert(m_candles.end(), held, tail.end());
    trim();
}

void CandleSeries::trim()
{
    while (m_candles.size() > m_capacity)
        m_candles.pop_front();
}

std::vector<Candle> barsOfTimeframe(std::span<const Candle> candles, Timeframe timeframe)
{
    const auto length = std::chrono::seconds(seconds(timeframe));
    std::vector<Candle> bars(candles.begin(), candles.end());
    for (size_t i = 1; i < candles.size(); ++i) {
        if (candles[i].start - candles[i - 1].start < length)
            return resample(bars, timeframe);
    }
    return bars;
}

} // namespace Candela::Core

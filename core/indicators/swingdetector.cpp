#include "swingdetector.h"

#include <algorithm>

namespace Candela::Core {

SwingDetector::SwingDetector(int strength)
    : m_strength(std::max(1, strength))
    , m_window(size_t(2 * m_strength + 1))
{ }

void SwingDetector::add(const Candle& bar)
{
    // Per closed bar of every backtest: a ring, no allocation.
    const size_t size = m_window.size();
    m_window[m_next] = {bar.low, bar.high};
    m_next = m_next + 1 == size ? 0 : m_next + 1; // no division on the per-bar path
    if (++m_seen < size)
        return;
    // The oldest bar sits at m_next; the middle one strength bars later.
    size_t middleIndex = m_next + size_t(m_strength);
    if (middleIndex >= size)
        middleIndex -= size;
    const Extremes& middle = m_window[middleIndex];
    // Counted without branches (which bar is lower is a coin toss to the branch predictor): the
    // middle bar is a swing low when it is the only bar whose low is at or below its own.
    size_t lowsAtOrBelow = 0;
    size_t highsAtOrAbove = 0;
    for (const Extremes& other : m_window) {
        lowsAtOrBelow += size_t(other.low <= middle.low);
        highsAtOrAbove += size_t(other.high >= middle.high);
    }
    const bool low = lowsAtOrBelow == 1;
    const bool high = highsAtOrAbove == 1;
    if (low)
        m_lows.add(middle.low);
    if (high)
        m_highs.add(middle.high);
}

std::optional<Decimal> SwingDetector::nearestLowBelow(const Decimal& price) const
{
    return m_lows.newest([&](const Decimal& low) { return low < price; });
}

std::optional<Decimal> SwingDetector::nearestHighAbove(const Decimal& price) const
{
    return m_highs.newest([&](const Decimal& high) { return high > price; });
}

SlowSwings::SlowSwings(std::chrono::seconds length, int strength)
    : m_lengthSeconds(std::max<qint64>(1, length.count()))
    , m_swings(strength)
{ }

void SlowSwings::add(const Candle& bar)
{
    const qint64 start = toUnixSeconds(bar.start);
    // Bars come in order: the bucket's bounds are worked out (a division) only when one ends.
    if (!m_forming || start < m_bucketStart || start >= m_bucketStart + m_lengthSeconds) {
        const qint64 bucket = start - (start % m_lengthSeconds + m_lengthSeconds) % m_lengthSeconds;
        if (m_forming && bucket != m_bucketStart) {
            m_swings.add(*m_forming);
            m_forming.reset();
        }
        m_bucketStart = bucket;
    }
    if (!m_forming) {
        m_forming = bar;
        m_forming->start = fromUnixSeconds(m_bucketStart);
        return;
    }
    m_forming->high = std::max(m_forming->high, bar.high);
    m_forming->low = std::min(m_forming->low, bar.low);
    m_forming->close = bar.close; // (volume is not needed for swings)
}

} // namespace Candela::Core

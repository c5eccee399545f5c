#include "swingdetector.h"

#include <algorithm>

namespace Candela::Core {

SwingDetector::SwingDetector(int strength, Sides sides)
    : m_strength(std::max(1, strength))
    , m_tracksHighs(sides == Sides::LowsAndHighs)
    , m_windowLows(size_t(2 * m_strength + 1))
    , m_windowHighs(m_tracksHighs ? m_windowLows.size() : 0)
{ }

namespace {

// Whether the ring's bar at `middle` is a swing: the only bar at or beyond its own value
// (`beyond`: at or below for lows, at or above for highs). Counted without branches: which bar
// is lower is a coin toss to the branch predictor.
template<typename AtOrBeyond>
bool isSwing(const std::vector<Decimal>& window, size_t middle, AtOrBeyond atOrBeyond)
{
    const Decimal& value = window[middle];
    size_t count = 0;
    for (const Decimal& other : window)
        count += size_t(atOrBeyond(other, value));
    return count == 1;
}

} // namespace

void SwingDetector::add(const Candle& bar)
{
    // Per closed bar of every backtest: rings, no allocation.
    const size_t size = m_windowLows.size();
    m_windowLows[m_next] = bar.low;
    if (m_tracksHighs)
        m_windowHighs[m_next] = bar.high;
    m_next = m_next + 1 == size ? 0 : m_next + 1; // no division on the per-bar path
    if (++m_seen < size)
        return;
    // The oldest bar sits at m_next; the middle one strength bars later.
    size_t middle = m_next + size_t(m_strength);
    if (middle >= size)
        middle -= size;
    if (isSwing(m_windowLows, middle, [](const Decimal& a, const Decimal& b) { return a <= b; }))
        m_lows.add(m_windowLows[middle]);
    if (m_tracksHighs && isSwing(m_windowHighs, middle, [](const Decimal& a, const Decimal& b) {
            return a >= b;
        }))
        m_highs.add(m_windowHighs[middle]);
}

std::optional<Decimal> SwingDetector::nearestLowBelow(const Decimal& price) const
{
    return m_lows.newest([&](const Decimal& low) { return low < price; });
}

std::optional<Decimal> SwingDetector::nearestHighAbove(const Decimal& price) const
{
    return m_highs.newest([&](const Decimal& high) { return high > price; });
}

SlowSwings::SlowSwings(std::chrono::seconds length, int strength, SwingDetector::Sides sides)
    : m_lengthSeconds(std::max<qint64>(1, length.count()))
    , m_swings(strength, sides)
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

#include "swingdetector.h"

#include <algorithm>

namespace Candela::Core {

SwingDetector::SwingDetector(int strength)
    : m_strength(std::max(1, strength))
{ }

void SwingDetector::add(const Candle& bar)
{
    m_window.push_back(bar);
    const size_t size = size_t(2 * m_strength + 1);
    if (m_window.size() > size)
        m_window.pop_front();
    if (m_window.size() < size)
        return;
    const Candle& middle = m_window[size_t(m_strength)];
    bool low = true;
    bool high = true;
    for (size_t i = 0; i < size; ++i) {
        if (i == size_t(m_strength))
            continue;
        low = low && middle.low < m_window[i].low;
        high = high && middle.high > m_window[i].high;
    }
    if (low) {
        m_lows.push_back(middle.low);
        if (m_lows.size() > SwingsKept)
            m_lows.pop_front();
    }
    if (high) {
        m_highs.push_back(middle.high);
        if (m_highs.size() > SwingsKept)
            m_highs.pop_front();
    }
}

std::optional<Decimal> SwingDetector::nearestLowBelow(const Decimal& price) const
{
    for (auto it = m_lows.rbegin(); it != m_lows.rend(); ++it) {
        if (*it < price)
            return *it;
    }
    return std::nullopt;
}

std::optional<Decimal> SwingDetector::nearestHighAbove(const Decimal& price) const
{
    for (auto it = m_highs.rbegin(); it != m_highs.rend(); ++it) {
        if (*it > price)
            return *it;
    }
    return std::nullopt;
}

SlowSwings::SlowSwings(std::chrono::seconds length, int strength)
    : m_lengthSeconds(std::max<qint64>(1, length.count()))
    , m_swings(strength)
{ }

void SlowSwings::add(const Candle& bar)
{
    const qint64 start = toUnixSeconds(bar.start);
    const qint64 bucket = start - (start % m_lengthSeconds + m_lengthSeconds) % m_lengthSeconds;
    if (m_forming && toUnixSeconds(m_forming->start) != bucket) {
        m_swings.add(*m_forming);
        m_forming.reset();
    }
    if (!m_forming) {
        m_forming = bar;
        m_forming->start = fromUnixSeconds(bucket);
        return;
    }
    m_forming->high = std::max(m_forming->high, bar.high);
    m_forming->low = std::min(m_forming->low, bar.low);
    m_forming->close = bar.close;
    m_forming->volume = m_forming->volume.plus(bar.volume).valueOr(m_forming->volume);
}

} // namespace Candela::Core

#pragma once

#include "core/model/candle.h"

#include <deque>
#include <optional>
#include <vector>

namespace Candela::Core {

// Swing points of one timeframe's closed bars, exact: a swing low is a bar whose low is below the
// lows of the `strength` bars on each side of it (a fractal), a swing high the mirror. A swing is
// known `strength` bars after its bar closed.
class SwingDetector final
{
public:
    explicit SwingDetector(int strength = 2);

    void add(const Candle& bar);

    // The most recent swing low under `price` (a long's stop goes below it) and the most recent
    // swing high over it; none when no such swing is kept.
    std::optional<Decimal> nearestLowBelow(const Decimal& price) const;
    std::optional<Decimal> nearestHighAbove(const Decimal& price) const;

private:
    struct Extremes
    {
        Decimal low;
        Decimal high;
    };

    int m_strength;
    std::vector<Extremes> m_window; // a ring of the last 2 × strength + 1 bars
    size_t m_next = 0; // where the next bar goes in the ring
    size_t m_seen = 0;
    std::deque<Decimal> m_lows; // confirmed swing lows, newest last
    std::deque<Decimal> m_highs;

    static constexpr size_t SwingsKept = 16;
};

// Builds the bars of a longer timeframe (4h for the swing stop's fallback) from closed bars of a
// shorter one and hands each completed bar to a SwingDetector.
class SlowSwings final
{
public:
    SlowSwings(std::chrono::seconds length, int strength);

    void add(const Candle& bar);
    const SwingDetector& swings() const { return m_swings; }

private:
    qint64 m_lengthSeconds;
    std::optional<Candle> m_forming;
    qint64 m_bucketStart = 0; // m_forming's start in Unix seconds
    SwingDetector m_swings;
};

} // namespace Candela::Core

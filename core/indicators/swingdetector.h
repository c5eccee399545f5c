#pragma once

#include "core/model/candle.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace Candela::Core {

// Swing points of one timeframe's closed bars, exact: a swing low is a bar whose low is below the
// lows of the `strength` bars on each side of it (a fractal), a swing high the mirror. A swing is
// known `strength` bars after its bar closed.
class SwingDetector final
{
public:
    // Which swings to find: a long-only user (BotRisk places a long's stop below a swing low)
    // skips the highs and half the work on every bar.
    enum class Sides {
        LowsAndHighs,
        LowsOnly,
    };

    explicit SwingDetector(int strength = 2, Sides sides = Sides::LowsAndHighs);

    void add(const Candle& bar);

    // The most recent swing low under `price` (a long's stop goes below it) and the most recent
    // swing high over it; none when no such swing is kept (nor any high with LowsOnly).
    std::optional<Decimal> nearestLowBelow(const Decimal& price) const;
    std::optional<Decimal> nearestHighAbove(const Decimal& price) const;

private:
    int m_strength;
    bool m_tracksHighs;
    // Rings of the last 2 × strength + 1 bars' lows and highs (the highs empty with LowsOnly).
    std::vector<Decimal> m_windowLows;
    std::vector<Decimal> m_windowHighs;
    size_t m_next = 0; // where the next bar goes in the rings
    size_t m_seen = 0;
    // The last few confirmed swings of one kind, read newest first: a fixed ring, since a swing
    // is confirmed on about every third bar.
    class RecentSwings final
    {
    public:
        void add(const Decimal& price)
        {
            m_prices[m_next] = price;
            m_next = m_next + 1 == Kept ? 0 : m_next + 1;
            m_count = std::min(m_count + 1, Kept);
        }
        // The newest price `matches` accepts.
        template<typename Predicate>
        std::optional<Decimal> newest(Predicate matches) const
        {
            size_t index = m_next;
            for (size_t seen = 0; seen < m_count; ++seen) {
                index = index == 0 ? Kept - 1 : index - 1;
                if (matches(m_prices[index]))
                    return m_prices[index];
            }
            return std::nullopt;
        }

    private:
        static constexpr size_t Kept = 16;
        std::array<Decimal, Kept> m_prices{};
        size_t m_next = 0;
        size_t m_count = 0;
    };

    RecentSwings m_lows;
    RecentSwings m_highs;
};

// Builds the bars of a longer timeframe (4h for the swing stop's fallback) from closed bars of a
// shorter one and hands each completed bar to a SwingDetector.
class SlowSwings final
{
public:
    SlowSwings(std::chrono::seconds length, int strength,
        SwingDetector::Sides sides = SwingDetector::Sides::LowsAndHighs);

    void add(const Candle& bar);
    const SwingDetector& swings() const { return m_swings; }

private:
    qint64 m_lengthSeconds;
    std::optional<Candle> m_forming;
    qint64 m_bucketStart = 0; // m_forming's start in Unix seconds
    SwingDetector m_swings;
};

} // namespace Candela::Core

#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Candela::Core {

// A token bucket over a millisecond clock the caller passes in: `capacity` requests at once,
// refilled at `perSecond`. Pure, so tests drive it with made-up times.
class TokenBucket final
{
public:
    TokenBucket(double perSecond, double capacity)
        : m_perSecond(std::max(perSecond, 0.001))
        , m_capacity(std::max(capacity, 1.0))
        , m_tokens(m_capacity)
    { }

    // Takes a token if one is there at `nowMs`.
    bool tryTake(qint64 nowMs)
    {
        refill(nowMs);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

    // Milliseconds from `nowMs` until a token is there (0: one is there now).
    qint64 msUntilToken(qint64 nowMs)
    {
        refill(nowMs);
        if (m_tokens >= 1.0)
            return 0;
        return qint64((1.0 - m_tokens) * 1000.0 / m_perSecond) + 1;
    }

private:
    void refill(qint64 nowMs)
    {
        if (m_started && nowMs > m_lastMs)
            m_tokens
                = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0);
        if (!m_started || nowMs > m_lastMs)
            m_lastMs = nowMs;
        m_started = true;
    }

    double m_perSecond;
    double m_capacity;
    double m_tokens;
    qint64 m_lastMs = 0;
    bool m_started = false;
};

} // namespace Candela::Core

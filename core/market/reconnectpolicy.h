#pragma once

#include "core/model/timestamp.h"

#include <chrono>
#include <deque>
#include <functional>

namespace Candela::Core {

// When to try the next WebSocket connect after a drop: exponential backoff from
// `initialDelay`, doubling with up to +50 % random jitter, capped at `maxDelay`, and never
// more than `maxConnectsPerSecond` connects in any one-second window (Coinbase's documented
// budget is 8 per second per IP). Pure logic over times it is given, so tests drive it with a
// manual clock.
class ReconnectPolicy final
{
public:
    using Milliseconds = std::chrono::milliseconds;

    struct Config
    {
        Milliseconds initialDelay{250};
        Milliseconds maxDelay{30'000};
        int maxConnectsPerSecond = 8;
        // A connection that lived this long resets the backoff to the initial delay.
        Milliseconds stableAfter{10'000};
    };

    // `random` returns a value in [0, 1) for the jitter.
    explicit ReconnectPolicy(Config config, std::function<double()> random);

    // The connect is being attempted at `now`.
    void recordConnectAttempt(Timestamp now);
    // The connection that opened at `openedAt` dropped at `now`.
    void recordDisconnect(Timestamp openedAt, Timestamp now);
    // How long to wait, from `now`, before the next connect attempt.
    Milliseconds nextDelay(Timestamp now);

    int consecutiveFailures() const { return m_failures; }

private:
    Config m_config;
    std::function<double()> m_random;
    std::deque<Timestamp> m_recentConnects;
    int m_failures = 0;
};

} // namespace Candela::Core

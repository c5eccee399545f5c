#include "reconnectpolicy.h"

#include <algorithm>

namespace Candela::Core {

ReconnectPolicy::ReconnectPolicy(Config config, std::function<double()> random)
    : m_config(config)
    , m_random(std::move(random))
{ }

void ReconnectPolicy::recordConnectAttempt(Timestamp now)
{
    m_recentConnects.push_back(now);
    while (m_recentConnects.size() > size_t(std::max(m_config.maxConnectsPerSecond, 1)))
        m_recentConnects.pop_front();
}

void ReconnectPolicy::recordDisconnect(Timestamp openedAt, Timestamp now)
{
    if (now - openedAt >= m_config.stableAfter)
        m_failures = 0;
    ++m_failures;
}

ReconnectPolicy::Milliseconds ReconnectPolicy::nextDelay(Timestamp now)
{
    using namespace std::chrono;
    // initial x 2^(failures-1), computed without overflow, then up to +50 % jitter, then capped.
    Milliseconds backoff = m_config.initialDelay;
    for (int i = 1; i < m_failures && backoff < m_config.maxDelay; ++i)
        backoff *= 2;
    const double jitter = std::clamp(m_random(), 0.0, 1.0) * 0.5;
    backoff += duration_cast<Milliseconds>(
        duration<double, std::milli>(double(backoff.count()) * jitter));
    backoff = std::min(backoff, m_config.maxDelay);

    // The oldest of the last N connects must be at least a second old when we connect again.
    if (int(m_recentConnects.size()) >= m_config.maxConnectsPerSecond) {
        const Timestamp allowedAt = m_recentConnects.front() + seconds(1);
        const auto wait = ceil<Milliseconds>(allowedAt - now);
        backoff = std::max(backoff, wait);
    }
    return std::max(backoff, Milliseconds(0));
}

} // namespace Candela::Core

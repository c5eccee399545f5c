#include "triggers.h"

#include <algorithm>

namespace Candela::Core {

TriggerDetector::TriggerDetector(TriggerParams params)
    : m_params(params)
    , m_volume(params.volumePeriod)
{ }

const TriggerValues& TriggerDetector::update(const Bar& bar)
{
    const double direction = bar.close > bar.open ? 1.0 : (bar.close < bar.open ? -1.0 : 0.0);

    const double averageVolume = m_volume.value(); // of the bars before this one
    m_values.volumeSpike = hasValue(averageVolume)
        ? (bar.volume > m_params.volumeMultiple * averageVolume ? direction : 0.0)
        : NoValue;
    m_volume.update(bar.volume);

    const size_t breakoutBars = size_t(std::max(1, m_params.breakoutBars));
    if (m_history.size() >= breakoutBars) {
        double high = m_history.back().high;
        double low = m_history.back().low;
        for (auto it = m_history.end() - long(breakoutBars); it != m_history.end(); ++it) {
            high = std::max(high, it->high);
            low = std::min(low, it->low);
        }
        m_values.breakout = bar.close > high ? 1.0 : (bar.close < low ? -1.0 : 0.0);
    }

    if (!m_history.empty()) {
        const Bar& previous = m_history.back();
        const bool bullish = previous.close < previous.open && bar.close > bar.open
            && bar.open <= previous.close && bar.close >= previous.open;
        const bool bearish = previous.close > previous.open && bar.close < bar.open
            && bar.open >= previous.close && bar.close <= previous.open;
        m_values.reversal = bullish ? 1.0 : (bearish ? -1.0 : 0.0);
    }

    const size_t momentumBars = size_t(std::max(1, m_params.momentumBars));
    if (m_history.size() >= momentumBars) {
        const double then = m_history[m_history.size() - momentumBars].close;
        m_values.momentum = then > 0
            ? std::clamp(((bar.close - then) / then) / m_params.fullMomentum, -1.0, 1.0)
            : 0.0;
    }

    m_history.push_back(bar);
    while (m_history.size() > std::max(breakoutBars, momentumBars))
        m_history.pop_front();
    return m_values;
}

} // namespace Candela::Core

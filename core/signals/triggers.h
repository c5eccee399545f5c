#pragma once

#include "core/indicators/bar.h"
#include "core/indicators/movingaverages.h"

#include <deque>

namespace Candela::Core {

struct TriggerParams
{
    int volumePeriod = 20; // bars in the average volume
    double volumeMultiple = 1.5; // a spike is volume above this × the average
    int breakoutBars = 20; // a breakout closes beyond the last N bars' high or low
    int momentumBars = 10; // rate of change over N bars …
    double fullMomentum = 0.01; // … that counts as a full signal (1 %)
};

// The optional trigger signals, each in [−1, +1] (+ = buy), updated once per closed bar:
// - volume spike: volume above `volumeMultiple` × the average of the previous bars, signed by
//   the bar's direction (a spike on a green bar is buying);
// - breakout: +1 for a close above the highest high of the previous `breakoutBars`, −1 below
//   the lowest low;
// - reversal: +1 for a bullish engulfing bar (a green body that engulfs the previous red one),
//   −1 for a bearish one;
// - momentum: the `momentumBars` rate of change over `fullMomentum`, clamped.
// NaN while there is not yet enough history.
struct TriggerValues
{
    double volumeSpike = NoValue;
    double breakout = NoValue;
    double reversal = NoValue;
    double momentum = NoValue;
};

class TriggerDetector final
{
public:
    explicit TriggerDetector(TriggerParams params = {});
    const TriggerValues& update(const Bar& bar);
    const TriggerValues& values() const { return m_values; }

private:
    TriggerParams m_params;
    Sma m_volume;
    std::deque<Bar> m_history; // previous bars, newest last
    TriggerValues m_values;
};

} // namespace Candela::Core

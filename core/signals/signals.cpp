#include "signals.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

namespace {
double clampUnit(double value)
{
    return std::clamp(value, -1.0, 1.0);
}

double sign(double value)
{
    return value > 0 ? 1.0 : (value < 0 ? -1.0 : 0.0);
}

constexpr double HistogramWeight = 0.7;
constexpr double DirectionWeight = 0.3;
} // namespace

double rsiSignal(double rsi, const RsiSignalParams& params)
{
    const double middle = (params.buyThreshold + params.sellThreshold) / 2;
    if (rsi < middle)
        return clampUnit((middle - rsi) / (middle - params.buyThreshold));
    return clampUnit((middle - rsi) / (params.sellThreshold - middle));
}

double movingAverageSignal(double fast, double slow, const MovingAverageSignalParams& params)
{
    if (slow == 0)
        return 0;
    return clampUnit(((fast - slow) / slow) / params.fullSeparation);
}

double macdSignal(double histogram, double macd, double close, const MacdSignalParams& params)
{
    if (close == 0)
        return 0;
    return clampUnit(HistogramWeight * (histogram / close) / params.fullHistogram
        + DirectionWeight * sign(macd));
}

double applyNeutralBand(double signal, double band)
{
    return std::abs(signal) < band ? 0.0 : signal;
}

double rsiForSignal(double s, const RsiSignalParams& params)
{
    const double middle = (params.buyThreshold + params.sellThreshold) / 2;
    return s >= 0 ? middle - s * (middle - params.buyThreshold)
                  : middle - s * (params.sellThreshold - middle);
}

double separationForSignal(double s, double slow, const MovingAverageSignalParams& params)
{
    return s * params.fullSeparation * slow;
}

double histogramForSignal(double s, double macd, double close, const MacdSignalParams& params)
{
    return (s - DirectionWeight * sign(macd)) * params.fullHistogram * close / HistogramWeight;
}

} // namespace Candela::Core

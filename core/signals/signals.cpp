#include "signals.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

namespace {
// (min and max rather than std::clamp: two instructions, no branch, on every bar.)
double clampUnit(double value)
{
    return std::min(std::max(value, -1.0), 1.0);
}

double sign(double value)
{
    return value > 0 ? 1.0 : (value < 0 ? -1.0 : 0.0);
}

constexpr double HistogramWeight = 0.7;
constexpr double DirectionWeight = 0.3;
} // namespace

RsiSignal::RsiSignal(const RsiSignalParams& params)
    : m_middle((params.buyThreshold + params.sellThreshold) / 2)
    , m_perPointBelow(1.0 / (m_middle - params.buyThreshold))
    , m_perPointAbove(1.0 / (params.sellThreshold - m_middle))
{ }

double RsiSignal::operator()(double rsi) const
{
    return clampUnit((m_middle - rsi) * (rsi < m_middle ? m_perPointBelow : m_perPointAbove));
}

MovingAverageSignal::MovingAverageSignal(const MovingAverageSignalParams& params)
    : m_perSeparation(1.0 / params.fullSeparation)
{ }

double MovingAverageSignal::operator()(double fast, double slow) const
{
    if (slow == 0)
        return 0;
    return clampUnit((fast - slow) * m_perSeparation / slow);
}

MacdSignal::MacdSignal(const MacdSignalParams& params)
    : m_histogramScale(HistogramWeight / params.fullHistogram)
{ }

double MacdSignal::operator()(double histogram, double macd, double close) const
{
    if (close == 0)
        return 0;
    return clampUnit(m_histogramScale * histogram / close + DirectionWeight * sign(macd));
}

double rsiSignal(double rsi, const RsiSignalParams& params)
{
    return RsiSignal(params)(rsi);
}

double movingAverageSignal(double fast, double slow, const MovingAverageSignalParams& params)
{
    return MovingAverageSignal(params)(fast, slow);
}

double macdSignal(double histogram, double macd, double close, const MacdSignalParams& params)
{
    return MacdSignal(params)(histogram, macd, close);
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

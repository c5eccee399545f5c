#pragma once

namespace Candela::Core {

// Each signal maps an indicator reading to s in [−1, +1]; + is buy pressure.

struct RsiSignalParams
{
    int period = 14;
    double buyThreshold = 30; // B
    double sellThreshold = 70; // S
};

struct MovingAverageSignalParams
{
    int fastPeriod = 10;
    int slowPeriod = 20;
    double fullSeparation = 0.005; // (fast − slow) / slow that counts as a full signal
};

struct MacdSignalParams
{
    int fastPeriod = 12;
    int slowPeriod = 26;
    int signalPeriod = 9;
    double fullHistogram = 0.0005; // histogram / close that counts as a full signal
};

// m = (B + S) / 2; below m: (m − rsi) / (m − B), above: (m − rsi) / (S − m), clamped.
double rsiSignal(double rsi, const RsiSignalParams& params);
// ((fast − slow) / slow) / fullSeparation, clamped.
double movingAverageSignal(double fast, double slow, const MovingAverageSignalParams& params);
// 0.7 · (histogram / close) / fullHistogram + 0.3 · sign(macd), clamped.
double macdSignal(double histogram, double macd, double close, const MacdSignalParams& params);
// |s| below `band` counts as no signal (the soft neutral zone).
inline double applyNeutralBand(double signal, double band)
{
    return (signal < 0 ? -signal : signal) < band ? 0.0 : signal;
}

// The same signals with their constant factors worked out once, for a bot that evaluates them
// on every bar: one division each (none for the RSI) instead of two or three. The free
// functions above are these.
class RsiSignal final
{
public:
    explicit RsiSignal(const RsiSignalParams& params);
    double operator()(double rsi) const;

private:
    double m_middle;
    double m_perPointBelow; // 1 / (m − B)
    double m_perPointAbove; // 1 / (S − m)
};

class MovingAverageSignal final
{
public:
    explicit MovingAverageSignal(const MovingAverageSignalParams& params);
    double operator()(double fast, double slow) const;

private:
    double m_perSeparation; // 1 / fullSeparation
};

class MacdSignal final
{
public:
    explicit MacdSignal(const MacdSignalParams& params);
    double operator()(double histogram, double macd, double close) const;

private:
    double m_histogramScale; // 0.7 / fullHistogram
};

// The inverses, for "distance to trigger": the indicator reading that gives signal `s`
// (s within [−1, +1]).
double rsiForSignal(double s, const RsiSignalParams& params);
double separationForSignal(double s, double slow, const MovingAverageSignalParams& params);
double histogramForSignal(double s, double macd, double close, const MacdSignalParams& params);

} // namespace Candela::Core

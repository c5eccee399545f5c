#pragma once

#include "adx.h"
#include "atr.h"
#include "bollinger.h"
#include "macd.h"
#include "rsi.h"

namespace Candela::Core {

// The standard values the terminal charts and `candela-cli indicators` prints, for one bar.
// NaN means "still warming up".
struct IndicatorValues
{
    double sma20 = NoValue;
    double ema12 = NoValue;
    double ema26 = NoValue;
    double rsi14 = NoValue;
    MacdValue macd;
    double atr14 = NoValue;
    BollingerValue bollinger;
    double adx14 = NoValue;
};

// All eight standard indicators, updated together once per closed bar in O(1).
class IndicatorSet final
{
public:
    IndicatorSet();
    const IndicatorValues& update(const Bar& bar);
    const IndicatorValues& values() const { return m_values; }

private:
    Sma m_sma20;
    Ema m_ema12;
    Ema m_ema26;
    Rsi m_rsi14;
    Macd m_macd;
    Atr m_atr14;
    Bollinger m_bollinger;
    Adx m_adx14;
    IndicatorValues m_values;
};

} // namespace Candela::Core

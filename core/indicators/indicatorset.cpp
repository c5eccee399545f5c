#include "indicatorset.h"

#include "vectorstate.h"

namespace Candela::Core {

IndicatorSet::IndicatorSet()
    : m_sma20(20)
    , m_ema12(12)
    , m_ema26(26)
    , m_rsi14(14)
    , m_macd(12, 26, 9)
    , m_atr14(14)
    , m_bollinger(20, 2.0)
    , m_adx14(14)
{ }

const IndicatorValues& IndicatorSet::update(const Bar& bar)
{
    clearUpperVectorState(); // what ran before may have left them dirty (see vectorstate.h)
    m_values.sma20 = m_sma20.update(bar.close);
    m_values.ema12 = m_ema12.update(bar.close);
    m_values.ema26 = m_ema26.update(bar.close);
    m_values.rsi14 = m_rsi14.update(bar.close);
    m_values.macd = m_macd.update(bar.close);
    m_values.atr14 = m_atr14.update(bar);
    m_values.bollinger = m_bollinger.update(bar.close);
    m_values.adx14 = m_adx14.update(bar).adx;
    return m_values;
}

} // namespace Candela::Core

#include "bot.h"

#include "core/indicators/vectorstate.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

const char* signalName(SignalKind kind)
{
    switch (kind) {
    case SignalKind::Rsi:
        return "rsi";
    case SignalKind::MovingAverage:
        return "moving_average";
    case SignalKind::Macd:
        return "macd";
    case SignalKind::VolumeSpike:
        return "volume_spike";
    case SignalKind::Breakout:
        return "breakout";
    case SignalKind::Reversal:
        return "reversal";
    case SignalKind::Momentum:
        return "momentum";
    }
    return "";
}

Bot::Indicators::Indicators(const BotConfig& config)
    : rsi(config.rsi.params.period)
    , fast(config.movingAverage.params.fastPeriod)
    , slow(config.movingAverage.params.slowPeriod)
    , macd(config.macd.params.fastPeriod, config.macd.params.slowPeriod,
          config.macd.params.signalPeriod)
    , adx(14)
    , atr(14)
    , triggers(config.triggerParams)
{ }

Bot::Bot(BotConfig config)
    : m_config(std::move(config))
    , m_rsiSignal(m_config.rsi.params)
    , m_movingAverageSignal(m_config.movingAverage.params)
    , m_macdSignal(m_config.macd.params)
    , m_usesTriggers(m_config.volumeSpike.enabled || m_config.breakout.enabled
          || m_config.reversal.enabled || m_config.momentum.enabled)
    , m_indicators(m_config)
    , m_confirmation(m_config.confirmation)
{
    // In a known regime with a signal set, only that set's signals count.
    for (const Regime regime :
        {Regime::Unknown, Regime::Trending, Regime::Ranging, Regime::Volatile}) {
        const auto set = m_config.regime.signalSets.find(regime);
        const bool gated = regime != Regime::Unknown && set != m_config.regime.signalSets.end();
        for (size_t kind = 0; kind < SignalKindCount; ++kind)
            m_activeInRegime[size_t(regime)][kind]
                = !gated || set->second.count(SignalKind(kind)) > 0;
    }
}

int Bot::warmUpBars() const
{
    int bars = 0;
    if (m_config.rsi.enabled)
        bars = std::max(bars, m_config.rsi.params.period + 1);
    if (m_config.movingAverage.enabled)
        bars = std::max(bars, m_config.movingAverage.params.slowPeriod);
    if (m_config.macd.enabled)
        bars = std::max(
            bars, m_config.macd.params.slowPeriod + m_config.macd.params.signalPeriod - 1);
    const TriggerParams& t = m_config.triggerParams;
    if (m_config.volumeSpike.enabled)
        bars = std::max(bars, t.volumePeriod + 1);
    if (m_config.breakout.enabled)
        bars = std::max(bars, t.breakoutBars + 1);
    if (m_config.reversal.enabled)
        bars = std::max(bars, 2);
    if (m_config.momentum.enabled)
        bars = std::max(bars, t.momentumBars + 1);
    return bars;
}

BotEvaluation Bot::onClosedBar(
    const Bar& bar, Timestamp closeTime, const TradingConditions& conditions)
{
    BotEvaluation evaluation = evaluate(m_indicators, bar, closeTime, true, conditions);
    const std::optional<Action> confirmed = m_confirmation.update(evaluation.action, closeTime);

    if (coolingDown(closeTime)) {
        evaluation.blockers.push_back({BlockerKind::Cooldown, 0,
            std::chrono::ceil<std::chrono::seconds>(
                m_config.cooldown - (closeTime - *m_lastTrade))});
    }
    if (evaluation.action != Action::Hold && !confirmed)
        evaluation.blockers.push_back(
            {BlockerKind::ConfirmationPending, 0, m_confirmation.remaining(closeTime)});
    if (confirmed && evaluation.blockers.empty())
        evaluation.intent = confirmed;
    return evaluation;
}

ClosedBarScore Bot::scoreClosedBar(const Bar& bar)
{
    updateIndicators(m_indicators, bar, m_usesTriggers);
    return score(m_indicators, bar, [](auto&&...) {});
}

std::optional<Action> Bot::intentOnScore(
    const ClosedBarScore& scored, Timestamp closeTime, const TradingConditions& conditions)
{
    const std::optional<Action> confirmed = m_confirmation.update(actionOf(scored), closeTime);
    // Whatever would block onClosedBar's intent: warming up (not ready), the data's health, the
    // kill switch, the cooldown. (A pending confirmation has nothing confirmed.)
    if (!confirmed || !scored.ready || conditions.health == DataHealth::Stale
        || conditions.health == DataHealth::Resyncing || conditions.halted
        || coolingDown(closeTime))
        return std::nullopt;
    return confirmed;
}

BotEvaluation Bot::previewFormingBar(
    const Bar& bar, Timestamp now, const TradingConditions& conditions) const
{
    Indicators scratch = m_indicators; // the forming bar must not advance the real state
    BotEvaluation evaluation = evaluate(scratch, bar, now, false, conditions);
    if (coolingDown(now)) {
        evaluation.blockers.push_back({BlockerKind::Cooldown, 0,
            std::chrono::ceil<std::chrono::seconds>(m_config.cooldown - (now - *m_lastTrade))});
    }
    return evaluation;
}

void Bot::noteTrade(Timestamp when)
{
    m_lastTrade = when;
    m_confirmation.reset();
}

void Bot::updateIndicators(Indicators& indicators, const Bar& bar, bool usesTriggers)
{
    clearUpperVectorState(); // what ran before may have left them dirty (see vectorstate.h)
    indicators.rsi.update(bar.close);
    indicators.fast.update(bar.close);
    indicators.slow.update(bar.close);
    indicators.macd.update(bar.close);
    indicators.adx.update(bar);
    indicators.atr.update(bar);
    if (usesTriggers)
        indicators.triggers.update(bar);
    ++indicators.bars;
}

template<typename Record>
Bot::BarScore Bot::score(const Indicators& indicators, const Bar& bar, Record&& record) const
{
    // Ready when every enabled signal has a value; the score sums the enabled contributions in
    // kind order as they come (the others are zero and would change nothing).
    BarScore scored;
    scored.regime = regimeOf(indicators, bar);
    const auto& active = m_activeInRegime[size_t(scored.regime)];
    bool ready = true;
    double sum = 0;
    const auto fill
        = [&](SignalKind kind, bool enabled, double weight, double reading, double raw) {
              SignalReading s;
              s.kind = kind;
              s.enabled = enabled;
              s.weight = weight;
              s.active = active[size_t(kind)];
              if (enabled && hasValue(reading)) {
                  s.reading = reading;
                  s.signal = applyNeutralBand(raw, m_config.neutralBand);
                  s.contribution = s.active ? weight * s.signal : 0.0;
                  sum += s.contribution;
              } else if (enabled) {
                  ready = false;
              }
              record(s);
          };
    const double rsi = indicators.rsi.value();
    fill(SignalKind::Rsi, m_config.rsi.enabled, m_config.rsi.weight, rsi,
        hasValue(rsi) ? m_rsiSignal(rsi) : NoValue);

    const double fast = indicators.fast.value();
    const double slow = indicators.slow.value();
    const double gap = hasValue(fast) && hasValue(slow) ? fast - slow : NoValue;
    fill(SignalKind::MovingAverage, m_config.movingAverage.enabled, m_config.movingAverage.weight,
        gap, hasValue(gap) ? m_movingAverageSignal(fast, slow) : NoValue);

    const MacdValue& macd = indicators.macd.value();
    fill(SignalKind::Macd, m_config.macd.enabled, m_config.macd.weight, macd.histogram,
        hasValue(macd.histogram) ? m_macdSignal(macd.histogram, macd.macd, bar.close) : NoValue);

    const TriggerValues& t = indicators.triggers.values();
    fill(SignalKind::VolumeSpike, m_config.volumeSpike.enabled, m_config.volumeSpike.weight,
        t.volumeSpike, t.volumeSpike);
    fill(SignalKind::Breakout, m_config.breakout.enabled, m_config.breakout.weight, t.breakout,
        t.breakout);
    fill(SignalKind::Reversal, m_config.reversal.enabled, m_config.reversal.weight, t.reversal,
        t.reversal);
    fill(SignalKind::Momentum, m_config.momentum.enabled, m_config.momentum.weight, t.momentum,
        t.momentum);
    scored.ready = ready;
    scored.score = ready ? sum : 0.0;
    return scored;
}

BotEvaluation Bot::evaluate(Indicators& indicators, const Bar& bar, Timestamp time, bool closed,
    const TradingConditions& conditions) const
{
    updateIndicators(indicators, bar, m_usesTriggers);
    BotEvaluation evaluation;
    evaluation.time = time;
    evaluation.closedBar = closed;
    const BarScore scored = score(indicators, bar,
        [&](const SignalReading& reading) { evaluation.readings[size_t(reading.kind)] = reading; });
    evaluation.regime = scored.regime;
    evaluation.ready = scored.ready;
    evaluation.score = scored.score;
    evaluation.action = actionOf(scored);
    if (evaluation.ready) {
        evaluation.temperature = temperatureFor(evaluation.score);
        if (evaluation.action == Action::Hold)
            evaluation.distance = distanceToTrigger(evaluation, bar, indicators);
    } else {
        evaluation.blockers.push_back(
            {BlockerKind::WarmingUp, std::max(0, warmUpBars() - indicators.bars), {}});
    }
    if (conditions.health == DataHealth::Stale)
        evaluation.blockers.push_back({BlockerKind::DataStale, 0, {}});
    else if (conditions.health == DataHealth::Resyncing)
        evaluation.blockers.push_back({BlockerKind::DataResyncing, 0, {}});
    if (conditions.halted)
        evaluation.blockers.push_back({BlockerKind::KillSwitch, 0, {}});
    return evaluation;
}

std::optional<TriggerDistance> Bot::distanceToTrigger(
    const BotEvaluation& evaluation, const Bar& bar, const Indicators& indicators) const
{
    const Action towards = evaluation.score >= 0 ? Action::Buy : Action::Sell;
    const double target = towards == Action::Buy ? m_config.buyScore : -m_config.sellScore;
    const double deficit = target - evaluation.score;

    std::optional<TriggerDistance> best;
    double bestSignalMove = 3; // more than any reachable move (signals live in [−1, +1])
    for (const SignalReading& s : evaluation.readings) {
        if (!s.enabled || !s.active || s.weight <= 0)
            continue;
        double needed = s.signal + deficit / s.weight;
        if (std::abs(needed) > 1.0)
            continue; // this signal alone cannot get there
        if (std::abs(needed) < m_config.neutralBand) // inside the band it would count as 0
            needed = std::copysign(m_config.neutralBand, deficit);
        double readingNeeded = NoValue;
        switch (s.kind) {
        case SignalKind::Rsi:
            readingNeeded = rsiForSignal(needed, m_config.rsi.params);
            break;
        case SignalKind::MovingAverage:
            readingNeeded = separationForSignal(
                needed, indicators.slow.value(), m_config.movingAverage.params);
            break;
        case SignalKind::Macd:
            readingNeeded = histogramForSignal(
                needed, indicators.macd.value().macd, bar.close, m_config.macd.params);
            break;
        case SignalKind::VolumeSpike: // triggers fire or not: no distance to move
        case SignalKind::Breakout:
        case SignalKind::Reversal:
        case SignalKind::Momentum:
            continue;
        }
        const double signalMove = std::abs(needed - s.signal);
        if (signalMove < bestSignalMove) {
            bestSignalMove = signalMove;
            best = TriggerDistance{s.kind, towards, readingNeeded - s.reading};
        }
    }
    return best;
}

Regime Bot::regimeOf(const Indicators& indicators, const Bar& bar) const
{
    const double adx = indicators.adx.value().adx;
    const double atr = indicators.atr.value();
    if (!hasValue(adx) || !hasValue(atr) || bar.close <= 0)
        return Regime::Unknown;
    if (atr >= m_config.regime.volatileAtrFraction * bar.close) // atr / close, undivided
        return Regime::Volatile;
    return adx >= m_config.regime.trendingAdx ? Regime::Trending : Regime::Ranging;
}

} // namespace Candela::Core

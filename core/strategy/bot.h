#pragma once

#include "botconfig.h"
#include "botevaluation.h"

#include "core/indicators/adx.h"
#include "core/indicators/atr.h"
#include "core/indicators/macd.h"
#include "core/indicators/rsi.h"
#include "core/market/marketfeed.h"
#include "core/signals/confirmation.h"
#include "core/signals/triggers.h"

namespace Candela::Core {

// What the bot cannot see in its candles: the data's health and the kill switch.
struct TradingConditions
{
    DataHealth health = DataHealth::Live;
    bool halted = false;
};

// A closed bar's score: what the bot's indicators and weighted signals make of it, before the
// buy and sell thresholds, the confirmation and the cooldown. Bots whose configurations differ
// only in those (or in their risk) score every bar alike, so a sweep works the scores out once.
struct ClosedBarScore
{
    Regime regime = Regime::Unknown;
    bool ready = false; // every enabled signal has a value
    double score = 0;
};

// A running bot: its indicators, the confirmation of its action and its cooldown. Evaluated on
// each closed bar of its timeframe; the forming bar can be previewed for temperature without
// touching its state. One thread owns a bot; independent bots may be evaluated in parallel.
class Bot final
{
public:
    explicit Bot(BotConfig config);

    const BotConfig& config() const { return m_config; }

    // `closeTime` is when the bar closed (its start plus the timeframe).
    BotEvaluation onClosedBar(
        const Bar& bar, Timestamp closeTime, const TradingConditions& conditions);
    // The same step, reduced to its intent (a backtest, on every candle): the same indicators,
    // score, confirmation, cooldown and conditions, without the readings, blockers and distance
    // a bot card shows.
    std::optional<Action> intentOnClosedBar(
        const Bar& bar, Timestamp closeTime, const TradingConditions& conditions)
    {
        return intentOnScore(scoreClosedBar(bar), closeTime, conditions);
    }
    // intentOnClosedBar in its two halves: the bar's score (the indicators advance), then the
    // intent the thresholds, confirmation, cooldown and conditions make of a score. A bot given
    // another bot's scores (same indicators, weights and regimes) acts as if it had scored them.
    ClosedBarScore scoreClosedBar(const Bar& bar);
    std::optional<Action> intentOnScore(
        const ClosedBarScore& scored, Timestamp closeTime, const TradingConditions& conditions);
    // Temperature and blockers as if the forming bar closed now; no intent, no state change.
    BotEvaluation previewFormingBar(
        const Bar& bar, Timestamp now, const TradingConditions& conditions) const;
    // A trade happened: no new intent until the cooldown has passed.
    void noteTrade(Timestamp when);

    // Closed bars needed before every enabled signal has a value.
    int warmUpBars() const;

private:
    struct Indicators
    {
        explicit Indicators(const BotConfig& config);
        Rsi rsi;
        Sma fast;
        Sma slow;
        Macd macd;
        Adx adx;
        Atr atr;
        TriggerDetector triggers;
        int bars = 0;
    };

    using BarScore = ClosedBarScore;
    Action actionOf(const BarScore& scored) const
    {
        return scored.ready ? actionFor(scored.score, m_config.buyScore, m_config.sellScore)
                            : Action::Hold;
    }
    static void updateIndicators(Indicators& indicators, const Bar& bar, bool usesTriggers);
    // Scores the bar the indicators last saw; `record` is shown each enabled or disabled
    // signal's reading (a bot card keeps them, a backtest does not look).
    template<typename Record>
    BarScore score(const Indicators& indicators, const Bar& bar, Record&& record) const;
    BotEvaluation evaluate(Indicators& indicators, const Bar& bar, Timestamp time, bool closed,
        const TradingConditions& conditions) const;
    bool coolingDown(Timestamp now) const
    {
        return m_lastTrade && now - *m_lastTrade < m_config.cooldown;
    }
    std::optional<TriggerDistance> distanceToTrigger(
        const BotEvaluation& evaluation, const Bar& bar, const Indicators& indicators) const;
    Regime regimeOf(const Indicators& indicators, const Bar& bar) const;

    BotConfig m_config;
    // Worked out once from the config, read on every bar: the signals' constant factors and,
    // per regime, which signals count in it.
    RsiSignal m_rsiSignal;
    MovingAverageSignal m_movingAverageSignal;
    MacdSignal m_macdSignal;
    static constexpr size_t RegimeCount = size_t(Regime::Volatile) + 1; // (the last Regime)
    std::array<std::array<bool, SignalKindCount>, RegimeCount> m_activeInRegime{};
    bool m_usesTriggers = false;
    Indicators m_indicators;
    ActionConfirmation m_confirmation;
    std::optional<Timestamp> m_lastTrade;
};

} // namespace Candela::Core

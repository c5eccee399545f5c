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

// A running bot: its indicators, the confirmation of its action and its cooldown. Evaluated on
// each closed bar of its timeframe; the forming bar can be previewed for temperature without
// touching its state. One thread owns a bot; independent bots may be evaluated in parallel.
class Bot final
{
public:
    explicit Bot(BotConfig config);

    const BotConfig& config() const { return m_config; }

    // How much of an evaluation to work out: everything a bot card shows, or only what decides
    // the intent (a backtest: no distance to the next trigger).
    enum class Detail {
        Full,
        IntentOnly,
    };

    // `closeTime` is when the bar closed (its start plus the timeframe).
    BotEvaluation onClosedBar(const Bar& bar, Timestamp closeTime,
        const TradingConditions& conditions, Detail detail = Detail::Full);
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

    BotEvaluation evaluate(Indicators& indicators, const Bar& bar, Timestamp time, bool closed,
        Detail detail, const TradingConditions& conditions) const;
    void readSignals(const Indicators& indicators, const Bar& bar, BotEvaluation& evaluation) const;
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

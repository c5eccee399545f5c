#pragma once

#include "core/model/timestamp.h"
#include "core/signals/temperature.h"

#include <array>
#include <chrono>
#include <limits>
#include <optional>
#include <vector>

namespace Candela::Core {

enum class SignalKind {
    Rsi,
    MovingAverage,
    Macd,
    VolumeSpike,
    Breakout,
    Reversal,
    Momentum,
};

inline constexpr size_t SignalKindCount = 7;

// The config's and the CLI's names: "rsi", "moving_average", "macd", "volume_spike",
// "breakout", "reversal", "momentum".
const char* signalName(SignalKind kind);

// One signal's part in an evaluation. `reading` is in the indicator's own units: the RSI, the
// fast − slow moving-average gap in price, the MACD histogram in price; for the triggers, the
// trigger's own value. NaN while warming up. A signal the current regime leaves out is not
// `active` and contributes nothing.
struct SignalReading
{
    SignalKind kind = SignalKind::Rsi;
    bool enabled = false;
    double weight = 0;
    double reading = std::numeric_limits<double>::quiet_NaN();
    double signal = std::numeric_limits<double>::quiet_NaN(); // after the neutral band
    double contribution = 0; // weight × signal
    bool active = true;
};

// Why a bot is not acting right now. Core says what and how much; the UI words it.
enum class BlockerKind {
    WarmingUp, // `barsLeft` more closed bars before every enabled signal has a value
    DataStale, // the product's market data is stale
    DataResyncing, // the book is being rebuilt
    KillSwitch, // trading is halted
    Cooldown, // `timeLeft` until the cooldown after the last trade ends
    ConfirmationPending, // the action must hold `timeLeft` longer
};

struct Blocker
{
    BlockerKind kind = BlockerKind::WarmingUp;
    int barsLeft = 0;
    std::chrono::seconds timeLeft{0};
};

// The blockers of one evaluation: at most one of each kind, kept inline so that evaluating a
// bot on every candle allocates nothing.
class BlockerList final
{
public:
    void push_back(const Blocker& blocker)
    {
        if (m_size < m_items.size())
            m_items[m_size++] = blocker;
    }
    const Blocker* begin() const { return m_items.data(); }
    const Blocker* end() const { return m_items.data() + m_size; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Blocker& front() const { return m_items[0]; }
    const Blocker& back() const { return m_items[m_size - 1]; }

private:
    std::array<Blocker, 6> m_items{}; // one per BlockerKind
    size_t m_size = 0;
};

// How far one signal's indicator must move, the others unchanged, for the score to reach the
// side the bot leans to: e.g. RSI −2.3 ("must fall 2.3 more"), or the fast MA +41.20 against
// the slow one. Only the signal that needs the smallest move is reported.
struct TriggerDistance
{
    SignalKind signal = SignalKind::Rsi;
    Action towards = Action::Buy;
    double change = 0; // in the indicator's units; negative means it must fall
};

enum class Regime {
    Unknown, // warming up
    Trending,
    Ranging,
    Volatile, // (stays last: a bot sizes its per-regime table by it)
};

struct BotEvaluation
{
    Timestamp time;
    bool closedBar = true; // false: a preview on the forming bar (temperature only)
    std::array<SignalReading, SignalKindCount> readings; // in SignalKind order
    bool ready = false; // every enabled signal has a value
    double score = 0;
    Temperature temperature = Temperature::Frozen;
    Action action = Action::Hold; // what the score says
    std::optional<Action> intent; // confirmed and unblocked: send it to the risk gate
    BlockerList blockers;
    std::optional<TriggerDistance> distance;
    Regime regime = Regime::Unknown;
};

} // namespace Candela::Core

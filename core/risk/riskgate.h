#pragma once

#include "killswitch.h"
#include "riskpolicy.h"

#include "core/market/marketfeed.h"
#include "core/model/product.h"
#include "core/model/side.h"

#include <optional>
#include <variant>

namespace Candela::Core {

class ExactSteps;

// Why an intent became no order. The numbers that decided it travel with the reason; the UI
// words it ("risk: daily loss limit", "stop too tight: 0.31 % < 0.50 %").
enum class DenialReason {
    KillSwitch,
    DataStale,
    DataResyncing,
    OutlierTick,
    ShortsNotAllowed,
    NoStop, // no swing or ATR to place a stop
    StopTooTight,
    StopTooWide,
    DailyLossLimit,
    MaxDrawdown,
    TradesPerHour,
    TradesPerDay,
    CooldownAfterLoss,
    SizeBelowMinimum, // the sized quantity is under the product's minimum
    FeesTooHigh, // the round trip's fees would eat too much of the risk
    SlippageBreaker, // a recent fill slipped beyond the limit: entries pause
    StopOutLock, // too many stop-outs in a short time: the bot is locked for a while
    // A step of sizing, a stop or a limit left the Decimal range (extreme prices or equity): the
    // engine stops the bot rather than size on a figure it cannot hold.
    ArithmeticError,
};

const char* denialReasonName(DenialReason reason);

struct Denial
{
    DenialReason reason = DenialReason::KillSwitch;
    Decimal value; // what was measured (a stop distance, a loss, a count)
    Decimal limit; // what it was held against
    int barsLeft = 0;
};

// An approved entry: how much, where the stop and the target are, what is at risk.
struct OrderPlan
{
    Side side = Side::Buy;
    Decimal quantity;
    Decimal entry;
    Decimal stop;
    Decimal target;
    Decimal riskAmount; // (entry − stop) × quantity, in quote currency
};

// What the gate looks at besides the intent: the account, the market and the recent trading.
struct RiskContext
{
    Decimal equity;
    Decimal dayStartEquity;
    Decimal highWaterMark;
    Decimal lastPrice;
    Decimal previousPrice; // for the outlier breaker; zero when unknown
    Decimal lastVolume; // volume of the tick that moved
    // The nearest swings on the bot's timeframe, and on 4h for when those give no usable stop.
    std::optional<Decimal> swingLow;
    std::optional<Decimal> swingHigh;
    std::optional<Decimal> slowSwingLow;
    std::optional<Decimal> slowSwingHigh;
    std::optional<Decimal> atr; // given only to the ATR stop method, the one reader
    DataHealth health = DataHealth::Live;
    KillSwitchState killSwitch = KillSwitchState::Active;
    int tradesLastHour = 0;
    int tradesToday = 0;
    int consecutiveLosses = 0;
    int barsSinceLastLoss = 1'000'000;
    Decimal lastSlippage; // of the fill that tripped the slippage breaker
    int slippagePauseBarsLeft = 0;
    int recentStopOuts = 0; // within the policy's window, when they lock the bot
    int stopOutLockBarsLeft = 0;
};

// Every intent passes the risk gate: the kill switch, the circuit breakers, the policy limits,
// then sizing and stops. It answers with an OrderPlan or a Denial carrying a typed reason and its
// numbers — never an exception, never a silent nothing. Pure logic: the engine gathers the
// context.
class RiskGate final
{
public:
    explicit RiskGate(RiskPolicy policy = {});

    const RiskPolicy& policy() const { return m_policy; }

    std::variant<OrderPlan, Denial> evaluate(
        Side side, const Product& product, const RiskContext& context) const;

private:
    std::optional<Denial> checkLimits(const RiskContext& context) const;
    std::variant<Decimal, Denial> placeStop(
        Side side, const Product& product, const RiskContext& context) const;
    // The stop distances allowed at one entry price, as amounts.
    struct StopRange
    {
        Decimal least;
        Decimal most;
    };
    // The stop beyond a swing, with the policy's buffer, on the product's tick.
    Decimal swingStop(
        Side side, const Product& product, const Decimal& swing, ExactSteps& exact) const;
    static Decimal roundedStop(
        Side side, const Product& product, const Decimal& stop, ExactSteps& exact);
    std::variant<Decimal, Denial> checkedStop(
        Side side, const Decimal& stop, const Decimal& entry, const StopRange& range) const;

    RiskPolicy m_policy;
};

} // namespace Candela::Core

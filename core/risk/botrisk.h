#pragma once

#include "equitymarks.h"
#include "riskgate.h"

#include "core/indicators/atr.h"
#include "core/indicators/swingdetector.h"
#include "core/market/timeframe.h"
#include "core/model/closedtrade.h"
#include "core/signals/temperature.h"

#include <deque>
#include <optional>

namespace Candela::Core {

// The exits of an open position: where its stop and target are now, and where the stop started
// (for the R multiple). Kept in the journal so that a restarted session still guards it.
struct Protection
{
    Decimal entry; // average entry price
    Decimal stop;
    Decimal initialStop;
    Decimal target;
    Timestamp openedAt;
    bool trailed = false; // the stop was moved up by the trailing rule

    QString toText() const;
    static std::optional<Protection> fromText(const QString& text);
    bool operator==(const Protection&) const = default;
};

// What one closed bar asks of a bot's executor: nothing, open a position (the gate's plan),
// close it (a stop, the target, the time stop or the bot's signal), or a refusal to report.
struct TradeDecision
{
    enum class Kind {
        None,
        Enter,
        Exit,
        Denied,
    };

    Kind kind = Kind::None;
    Side side = Side::Buy;
    Decimal quantity;
    Decimal price; // the price the order is sent at (a stop's level, the bar's close)
    ExitReason exitReason = ExitReason::Signal;
    OrderPlan plan; // Enter
    Denial denial; // Denied

    // An exit of `quantity` on `side` at `price`, for `reason`.
    static TradeDecision exit(
        Side side, const Decimal& quantity, const Decimal& price, ExitReason reason)
    {
        TradeDecision decision;
        decision.kind = Kind::Exit;
        decision.side = side;
        decision.quantity = quantity;
        decision.price = price;
        decision.exitReason = reason;
        return decision;
    }
};

// What the bot's market and the account look like besides its bars.
struct RiskConditions
{
    DataHealth health = DataHealth::Live;
    KillSwitchState killSwitch = KillSwitchState::Active;
};

// One bot's risk management in one product — the same object decides for backtests, headless
// paper sessions and the window's paper trading, so that the same candles give the same trades
// in all three. Fed every closed bar with the bot's intent, position and equity, it
//  - closes an open position when the bar reaches its stop (at the stop, or at the open when the
//    bar gapped through it; stop first when a bar spans both), its target, or the time stop, or
//    when the bot says sell after the minimum hold;
//  - moves the stop to breakeven once the bar got `breakevenAt` of the way to the target, and
//    trails it `trailingAtr` ATRs under the close when trailing is on;
//  - sends a buy intent of a flat bot through the RiskGate with the context it keeps: equity,
//    the day's starting equity, the high-water mark, entries in the last hour and today, losses
//    in a row and the time since the last, swing lows (the bot's timeframe, then 4h; it trades
//    long only, so it keeps no highs), ATR, the outlier-tick and slippage breakers.
// Counts are kept by time, not by bars seen, so that a restarted session counts alike.
class BotRisk final
{
public:
    // `maxQuantity` > 0 caps every position (the bot's position_size); zero: the gate sizes.
    BotRisk(RiskPolicy policy, Product product, Timeframe timeframe, Decimal maxQuantity);

    // The product's increments and limits its orders are rounded to.
    const Product& product() const { return m_product; }
    // New increments and limits for the orders from now on (Coinbase changed the product's).
    void setProduct(Product product) { m_product = std::move(product); }

    // `openQuantity` is the bot's position (signed, positive long) and `equity` its sub-ledger's
    // equity at the bar's close.
    TradeDecision onClosedBar(const Candle& bar, Timestamp closeTime, std::optional<Action> intent,
        const Decimal& openQuantity, const Decimal& equity, RiskConditions conditions = {});
    // The same with the bar already converted for the indicators (a backtest converts once).
    TradeDecision onClosedBar(const Candle& bar, const Bar& indicatorBar, Timestamp closeTime,
        std::optional<Action> intent, const Decimal& openQuantity, const Decimal& equity,
        RiskConditions conditions = {});

    // A bar from before the bot began deciding (the history): swings and ATR only.
    void observe(const Candle& bar);

    // The order of `decision` filled at `averagePrice` (zero: nothing filled), closing `closed`.
    void onFilled(const TradeDecision& decision, const Decimal& averagePrice,
        const std::vector<ClosedTrade>& closed, Timestamp time);
    // Fills booked by something else (the kill switch) or before a restart.
    void noteEntry(Timestamp time);
    void noteClosed(const ClosedTrade& trade);

    // What the limits carry from bar to bar beyond the fills and trades a journal holds: the day,
    // its starting equity, the last equity, the high-water mark and a slippage pause. Kept in the
    // journal so that an engaged daily-loss, drawdown or slippage breaker stays engaged across a
    // restart (T12).
    QString limitsText() const;
    bool restoreLimits(const QString& text);
    qint64 day() const { return m_marks.day; }
    // The trader released the drawdown lock: counted afresh from the last equity.
    bool resetDrawdown() { return m_marks.restartHighWaterMark(); }

    const std::optional<Protection>& protection() const { return m_protection; }
    void setProtection(std::optional<Protection> protection)
    {
        m_protection = std::move(protection);
    }
    const RiskPolicy& policy() const { return m_gate.policy(); }

private:
    void addToMarket(const Candle& bar, const Bar& indicatorBar);
    std::optional<TradeDecision> exitOnBar(const Candle& bar, Timestamp closeTime) const;
    void moveStop(const Candle& bar);
    TradeDecision enter(const Candle& bar, Timestamp closeTime, const Decimal& equity,
        RiskConditions conditions) const;
    RiskContext context(const Candle& bar, Timestamp closeTime, const Decimal& equity,
        RiskConditions conditions) const;
    std::optional<Decimal> atrValue() const;
    int barsUntil(Timestamp until, Timestamp now) const;

    RiskGate m_gate;
    Product m_product;
    std::chrono::seconds m_barLength;
    Decimal m_maxQuantity;
    std::optional<Protection> m_protection;
    // Where the stop of the position with this entry and target moves to breakeven.
    struct BreakevenTrigger
    {
        Decimal entry;
        Decimal target;
        std::optional<Decimal> trigger; // none: beyond the Decimal range, so never reached
    } m_breakeven;

    SwingDetector m_swings;
    SlowSwings m_slowSwings;
    Atr m_atr;
    bool m_readsAtr; // the trailing stop or the ATR stop is on
    Decimal m_previousClose;
    EquityMarks m_marks;
    std::deque<Timestamp> m_entries; // the last day's
    int m_lossesInRow = 0;
    std::optional<Timestamp> m_lastLoss;
    std::deque<Timestamp> m_stopOuts; // exits at a stop, within the lockout window
    std::optional<Timestamp> m_slippagePauseUntil;
    Decimal m_lastSlippage;
};

} // namespace Candela::Core

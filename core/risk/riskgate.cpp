#include "riskgate.h"

#include "core/model/exactsteps.h"

#include <algorithm>

namespace Candela::Core {

namespace {

// part / whole to 8 decimals: the figure a refusal reports (whole > 0, part >= 0).
Decimal fraction(const Decimal& part, const Decimal& whole, ExactSteps& exact)
{
    return whole.isZero() || part.isZero()
        ? Decimal{}
        : exact(part.dividedBy(whole, 8, RoundingMode::HalfEven));
}

// Whether part / whole ≥ limit, exactly and without dividing (whole > 0): part ≥ whole × limit,
// the product rounded up to the 18 decimals that part has (so that nothing under it passes as
// it). Limits are compared exactly, as AccountLimits does; the rounded fraction is only reported.
bool reaches(const Decimal& part, const Decimal& whole, const Decimal& limit, ExactSteps& exact)
{
    return part >= exact(whole.times(limit, RoundingMode::Ceiling));
}

Denial deny(DenialReason reason, Decimal value = {}, Decimal limit = {}, int barsLeft = 0)
{
    return Denial{reason, value, limit, barsLeft};
}

// A step of the gate's arithmetic left the Decimal range: the entry is refused, never sized on
// a figure that fell back to zero (the engine stops the bot on this reason).
Denial arithmeticDenial()
{
    return deny(DenialReason::ArithmeticError);
}

} // namespace

const char* denialReasonName(DenialReason reason)
{
    switch (reason) {
    case DenialReason::KillSwitch:
        return "kill_switch";
    case DenialReason::DataStale:
        return "data_stale";
    case DenialReason::DataResyncing:
        return "data_resyncing";
    case DenialReason::OutlierTick:
        return "outlier_tick";
    case DenialReason::ShortsNotAllowed:
        return "shorts_not_allowed";
    case DenialReason::NoStop:
        return "no_stop";
    case DenialReason::StopTooTight:
        return "stop_too_tight";
    case DenialReason::StopTooWide:
        return "stop_too_wide";
    case DenialReason::DailyLossLimit:
        return "daily_loss_limit";
    case DenialReason::MaxDrawdown:
        return "max_drawdown";
    case DenialReason::TradesPerHour:
        return "trades_per_hour";
    case DenialReason::TradesPerDay:
        return "trades_per_day";
    case DenialReason::CooldownAfterLoss:
        return "cooldown_after_loss";
    case DenialReason::SizeBelowMinimum:
        return "size_below_minimum";
    case DenialReason::FeesTooHigh:
        return "fees_too_high";
    case DenialReason::SlippageBreaker:
        return "slippage_breaker";
    case DenialReason::StopOutLock:
        return "stop_out_lock";
    case DenialReason::ArithmeticError:
        return "arithmetic_error";
    }
    return "";
}

RiskGate::RiskGate(RiskPolicy policy)
    : m_policy(std::move(policy))
{ }

std::optional<Denial> RiskGate::checkLimits(const RiskContext& c) const
{
    const RiskPolicy& p = m_policy;
    ExactSteps exact;
    if (c.killSwitch != KillSwitchState::Active)
        return deny(DenialReason::KillSwitch);
    if (c.health == DataHealth::Stale)
        return deny(DenialReason::DataStale);
    if (c.health == DataHealth::Resyncing)
        return deny(DenialReason::DataResyncing);
    if (c.previousPrice.isPositive() && c.lastVolume.isZero()) {
        const Decimal move
            = fraction(exact(c.lastPrice.minus(c.previousPrice)).abs(), c.previousPrice, exact);
        if (exact.failed())
            return arithmeticDenial();
        if (move > p.outlierMove)
            return deny(DenialReason::OutlierTick, move, p.outlierMove);
    }
    if (c.stopOutLockBarsLeft > 0)
        return deny(DenialReason::StopOutLock, Decimal::fromInteger(c.recentStopOuts),
            Decimal::fromInteger(p.stopOutsToLock), c.stopOutLockBarsLeft);
    if (c.slippagePauseBarsLeft > 0)
        return deny(
            DenialReason::SlippageBreaker, c.lastSlippage, p.maxSlippage, c.slippagePauseBarsLeft);
    // A loss is compared as an amount (a product); the fraction (a division) only when refused.
    if (c.equity <= c.dayStartEquity && c.dayStartEquity.isPositive()) {
        const Decimal dayLoss = exact(c.dayStartEquity.minus(c.equity));
        const bool reached = reaches(dayLoss, c.dayStartEquity, p.dailyLossLimit, exact);
        if (exact.failed())
            return arithmeticDenial();
        if (reached)
            return deny(DenialReason::DailyLossLimit, fraction(dayLoss, c.dayStartEquity, exact),
                p.dailyLossLimit);
    }
    if (c.equity <= c.highWaterMark && c.highWaterMark.isPositive()) {
        const Decimal drawdown = exact(c.highWaterMark.minus(c.equity));
        const bool reached = reaches(drawdown, c.highWaterMark, p.maxDrawdown, exact);
        if (exact.failed())
            return arithmeticDenial();
        if (reached)
            return deny(DenialReason::MaxDrawdown, fraction(drawdown, c.highWaterMark, exact),
                p.maxDrawdown);
    }
    if (c.tradesLastHour >= p.maxTradesPerHour)
        return deny(DenialReason::TradesPerHour, Decimal::fromInteger(c.tradesLastHour),
            Decimal::fromInteger(p.maxTradesPerHour));
    if (c.tradesToday >= p.maxTradesPerDay)
        return deny(DenialReason::TradesPerDay, Decimal::fromInteger(c.tradesToday),
            Decimal::fromInteger(p.maxTradesPerDay));
    // 5 bars after a loss, 10 after two or more in a row.
    if (c.consecutiveLosses > 0) {
        const int cooldown
            = c.consecutiveLosses >= 2 ? 2 * p.cooldownBarsAfterLoss : p.cooldownBarsAfterLoss;
        if (c.barsSinceLastLoss < cooldown)
            return deny(DenialReason::CooldownAfterLoss, Decimal::fromInteger(c.barsSinceLastLoss),
                Decimal::fromInteger(cooldown), cooldown - c.barsSinceLastLoss);
    }
    return std::nullopt;
}

Decimal RiskGate::swingStop(
    Side side, const Product& product, const Decimal& swing, ExactSteps& exact) const
{
    const RiskPolicy& p = m_policy;
    const Decimal one = Decimal::fromInteger(1);
    return roundedStop(side, product,
        side == Side::Buy ? exact(swing.times(exact(one.minus(p.longStopBuffer))))
                          : exact(swing.times(exact(one.plus(p.shortStopBuffer)))),
        exact);
}

Decimal RiskGate::roundedStop(
    Side side, const Product& product, const Decimal& stop, ExactSteps& exact)
{
    // Away from the entry, onto the tick.
    return exact(product.priceRounded(
        stop, side == Side::Buy ? RoundingMode::Floor : RoundingMode::Ceiling));
}

std::variant<Decimal, Denial> RiskGate::checkedStop(
    Side side, const Decimal& stop, const Decimal& entry, const StopRange& range) const
{
    const RiskPolicy& p = m_policy;
    ExactSteps exact;
    // The distance as an amount against the range's (products worked out once per entry); as a
    // fraction (a division) only for a refusal.
    const Decimal gap = exact(entry.minus(stop)).abs();
    const bool wrongSide = side == Side::Buy ? stop >= entry : stop <= entry;
    std::variant<Decimal, Denial> checked = stop;
    if (wrongSide || gap < range.least)
        checked = deny(DenialReason::StopTooTight, fraction(gap, entry, exact), p.minStopDistance);
    else if (gap > range.most)
        checked = deny(DenialReason::StopTooWide, fraction(gap, entry, exact), p.maxStopDistance);
    if (exact.failed())
        return arithmeticDenial();
    return checked;
}

std::variant<Decimal, Denial> RiskGate::placeStop(
    Side side, const Product& product, const RiskContext& c) const
{
    const RiskPolicy& p = m_policy;
    ExactSteps exact;
    // Exact bounds for a gap of 18 decimals: the least rounded up, the most rounded down.
    const StopRange range{exact(c.lastPrice.times(p.minStopDistance, RoundingMode::Ceiling)),
        exact(c.lastPrice.times(p.maxStopDistance, RoundingMode::Floor))};
    if (p.stopMethod == RiskPolicy::StopMethod::Atr) {
        if (!c.atr || !c.atr->isPositive())
            return deny(DenialReason::NoStop);
        const Decimal offset = exact(c.atr->times(p.atrMultiple));
        const Decimal stop = roundedStop(side, product,
            side == Side::Buy ? exact(c.lastPrice.minus(offset)) : exact(c.lastPrice.plus(offset)),
            exact);
        if (exact.failed())
            return arithmeticDenial();
        return checkedStop(side, stop, c.lastPrice, range);
    }
    if (exact.failed())
        return arithmeticDenial();
    // The nearest swing on the bot's timeframe; when its stop is too tight or too wide, the
    // nearest 4h swing. The first refusal is the one reported.
    const std::optional<Decimal>& fast = side == Side::Buy ? c.swingLow : c.swingHigh;
    const std::optional<Decimal>& slow = side == Side::Buy ? c.slowSwingLow : c.slowSwingHigh;
    std::optional<Denial> firstDenial;
    for (const std::optional<Decimal>* swing : {&fast, &slow}) {
        if (!*swing)
            continue;
        const Decimal swingStopPrice = swingStop(side, product, **swing, exact);
        if (exact.failed())
            return arithmeticDenial();
        auto stop = checkedStop(side, swingStopPrice, c.lastPrice, range);
        if (std::holds_alternative<Decimal>(stop))
            return stop;
        if (!firstDenial)
            firstDenial = std::get<Denial>(stop);
    }
    return firstDenial ? *firstDenial : deny(DenialReason::NoStop);
}

std::variant<OrderPlan, Denial> RiskGate::evaluate(
    Side side, const Product& product, const RiskContext& c) const
{
    const RiskPolicy& p = m_policy;
    if (auto denial = checkLimits(c))
        return *denial;
    if (side == Side::Sell && !p.allowShorts)
        return deny(DenialReason::ShortsNotAllowed);

    const auto stopOrDenial = placeStop(side, product, c);
    if (const auto* denial = std::get_if<Denial>(&stopOrDenial))
        return *denial;
    const Decimal stop = std::get<Decimal>(stopOrDenial);
    ExactSteps exact;
    const Decimal perUnit = exact(c.lastPrice.minus(stop)).abs();

    // Fixed-fraction sizing, capped by the position limit and the leverage cap, down to the step.
    const Decimal riskBudget = exact(c.equity.times(p.riskFraction));
    Decimal quantity = perUnit.isZero()
        ? Decimal{}
        : exact(riskBudget.dividedBy(perUnit, Decimal::Scale, RoundingMode::Down));
    const Decimal maxNotional = std::min(
        exact(c.equity.times(p.maxPositionFraction)), exact(c.equity.times(p.maxLeverage)));
    const Decimal capped
        = exact(maxNotional.dividedBy(c.lastPrice, Decimal::Scale, RoundingMode::Down));
    if (exact.failed())
        return arithmeticDenial();
    quantity = product.sizeRoundedDown(std::min(quantity, capped));
    if (!quantity.isPositive() || quantity < product.baseMinSize)
        return deny(DenialReason::SizeBelowMinimum, quantity, product.baseMinSize);

    const Decimal riskAmount = exact(perUnit.times(quantity));
    const Decimal notional = exact(c.lastPrice.times(quantity));
    const Decimal roundTripFees
        = exact(exact(notional.times(p.takerFeeRate)).times(Decimal::fromInteger(2)));
    const Decimal feeAllowance = exact(riskAmount.times(p.maxFeeShareOfRisk));
    const Decimal reward = exact(perUnit.times(p.rewardToRisk));
    const Decimal target = exact(product.priceRounded(
        side == Side::Buy ? exact(c.lastPrice.plus(reward)) : exact(c.lastPrice.minus(reward)),
        side == Side::Buy ? RoundingMode::Ceiling : RoundingMode::Floor));
    if (exact.failed())
        return arithmeticDenial();
    if (roundTripFees > feeAllowance)
        return deny(DenialReason::FeesTooHigh, roundTripFees, feeAllowance);
    return OrderPlan{side, quantity, c.lastPrice, stop, target, riskAmount};
}

} // namespace Candela::Core

#include "riskgate.h"

#include <algorithm>

namespace Candela::Core {

namespace {

Decimal orZero(Result<Decimal> value)
{
    return value.valueOr(Decimal{});
}

// part / whole to 8 decimals: the figure a refusal reports.
Decimal fraction(const Decimal& part, const Decimal& whole)
{
    return whole.isZero() || part.isZero()
        ? Decimal{}
        : orZero(part.dividedBy(whole, 8, RoundingMode::HalfEven));
}

// Whether part / whole ≥ limit, exactly and without dividing (whole > 0): part ≥ whole × limit,
// the product rounded up to the 18 decimals that part has (so that nothing under it passes as
// it). Limits are compared exactly, as AccountLimits does; the rounded fraction is only reported.
bool reaches(const Decimal& part, const Decimal& whole, const Decimal& limit)
{
    const auto amount = whole.times(limit, RoundingMode::Ceiling);
    return !amount || part >= *amount; // (beyond the range: the limit cannot be told apart)
}

Denial deny(DenialReason reason, Decimal value = {}, Decimal limit = {}, int barsLeft = 0)
{
    return Denial{reason, value, limit, barsLeft};
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
    }
    return "";
}

RiskGate::RiskGate(RiskPolicy policy)
    : m_policy(std::move(policy))
{ }

std::optional<Denial> RiskGate::checkLimits(const RiskContext& c) const
{
    const RiskPolicy& p = m_policy;
    if (c.killSwitch != KillSwitchState::Active)
        return deny(DenialReason::KillSwitch);
    if (c.health == DataHealth::Stale)
        return deny(DenialReason::DataStale);
    if (c.health == DataHealth::Resyncing)
        return deny(DenialReason::DataResyncing);
    if (c.previousPrice.isPositive() && c.lastVolume.isZero()) {
        const Decimal move
            = fraction(orZero(c.lastPrice.minus(c.previousPrice)).abs(), c.previousPrice);
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
        const Decimal dayLoss = orZero(c.dayStartEquity.minus(c.equity));
        if (reaches(dayLoss, c.dayStartEquity, p.dailyLossLimit))
            return deny(DenialReason::DailyLossLimit, fraction(dayLoss, c.dayStartEquity),
                p.dailyLossLimit);
    }
    if (c.equity <= c.highWaterMark && c.highWaterMark.isPositive()) {
        const Decimal drawdown = orZero(c.highWaterMark.minus(c.equity));
        if (reaches(drawdown, c.highWaterMark, p.maxDrawdown))
            return deny(
                DenialReason::MaxDrawdown, fraction(drawdown, c.highWaterMark), p.maxDrawdown);
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

Decimal RiskGate::swingStop(Side side, const Product& product, const Decimal& swing) const
{
    const RiskPolicy& p = m_policy;
    const Decimal one = Decimal::fromInteger(1);
    return roundedStop(side, product,
        side == Side::Buy ? orZero(swing.times(orZero(one.minus(p.longStopBuffer))))
                          : orZero(swing.times(orZero(one.plus(p.shortStopBuffer)))));
}

Decimal RiskGate::roundedStop(Side side, const Product& product, const Decimal& stop)
{
    // Away from the entry, onto the tick.
    return product.priceRounded(
        stop, side == Side::Buy ? RoundingMode::Floor : RoundingMode::Ceiling);
}

std::variant<Decimal, Denial> RiskGate::checkedStop(
    Side side, const Decimal& stop, const Decimal& entry, const StopRange& range) const
{
    const RiskPolicy& p = m_policy;
    // The distance as an amount against the range's (products worked out once per entry); as a
    // fraction (a division) only for a refusal.
    const Decimal gap = orZero(entry.minus(stop)).abs();
    const bool wrongSide = side == Side::Buy ? stop >= entry : stop <= entry;
    if (wrongSide || gap < range.least)
        return deny(DenialReason::StopTooTight, fraction(gap, entry), p.minStopDistance);
    if (gap > range.most)
        return deny(DenialReason::StopTooWide, fraction(gap, entry), p.maxStopDistance);
    return stop;
}

std::variant<Decimal, Denial> RiskGate::placeStop(
    Side side, const Product& product, const RiskContext& c) const
{
    const RiskPolicy& p = m_policy;
    // Exact bounds for a gap of 18 decimals: the least rounded up, the most rounded down.
    const StopRange range{orZero(c.lastPrice.times(p.minStopDistance, RoundingMode::Ceiling)),
        orZero(c.lastPrice.times(p.maxStopDistance, RoundingMode::Floor))};
    if (p.stopMethod == RiskPolicy::StopMethod::Atr) {
        if (!c.atr || !c.atr->isPositive())
            return deny(DenialReason::NoStop);
        const Decimal offset = orZero(c.atr->times(p.atrMultiple));
        return checkedStop(side,
            roundedStop(side, product,
                side == Side::Buy ? orZero(c.lastPrice.minus(offset))
                                  : orZero(c.lastPrice.plus(offset))),
            c.lastPrice, range);
    }
    // The nearest swing on the bot's timeframe; when its stop is too tight or too wide, the
    // nearest 4h swing. The first refusal is the one reported.
    const std::optional<Decimal>& fast = side == Side::Buy ? c.swingLow : c.swingHigh;
    const std::optional<Decimal>& slow = side == Side::Buy ? c.slowSwingLow : c.slowSwingHigh;
    std::optional<Denial> firstDenial;
    for (const std::optional<Decimal>* swing : {&fast, &slow}) {
        if (!*swing)
            continue;
        auto stop = checkedStop(side, swingStop(side, product, **swing), c.lastPrice, range);
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
    const Decimal perUnit = orZero(c.lastPrice.minus(stop)).abs();

    // Fixed-fraction sizing, capped by the position limit and the leverage cap, down to the step.
    const Decimal riskBudget = orZero(c.equity.times(p.riskFraction));
    Decimal quantity = orZero(riskBudget.dividedBy(perUnit, Decimal::Scale, RoundingMode::Down));
    const Decimal maxNotional = std::min(
        orZero(c.equity.times(p.maxPositionFraction)), orZero(c.equity.times(p.maxLeverage)));
    const Decimal capped
        = orZero(maxNotional.dividedBy(c.lastPrice, Decimal::Scale, RoundingMode::Down));
    quantity = product.sizeRoundedDown(std::min(quantity, capped));
    if (!quantity.isPositive() || quantity < product.baseMinSize)
        return deny(DenialReason::SizeBelowMinimum, quantity, product.baseMinSize);

    const Decimal riskAmount = orZero(perUnit.times(quantity));
    const Decimal notional = orZero(c.lastPrice.times(quantity));
    const Decimal roundTripFees
        = orZero(orZero(notional.times(p.takerFeeRate)).times(Decimal::fromInteger(2)));
    if (roundTripFees > orZero(riskAmount.times(p.maxFeeShareOfRisk)))
        return deny(DenialReason::FeesTooHigh, roundTripFees,
            orZero(riskAmount.times(p.maxFeeShareOfRisk)));

    const Decimal reward = orZero(perUnit.times(p.rewardToRisk));
    const Decimal target = product.priceRounded(
        side == Side::Buy ? orZero(c.lastPrice.plus(reward)) : orZero(c.lastPrice.minus(reward)),
        side == Side::Buy ? RoundingMode::Ceiling : RoundingMode::Floor);
    return OrderPlan{side, quantity, c.lastPrice, stop, target, riskAmount};
}

} // namespace Candela::Core

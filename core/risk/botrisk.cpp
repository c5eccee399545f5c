#include "botrisk.h"

#include "core/model/exactsteps.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <charconv>
#include <system_error>

namespace Candela::Core {

namespace {

constexpr std::chrono::hours Day{24};
constexpr std::chrono::hours Hour{1};
constexpr std::chrono::hours SlowSwingLength{4};

} // namespace

QString Protection::toText() const
{
    const QJsonObject object{
        {QStringLiteral("entry"), entry.toString()},
        {QStringLiteral("stop"), stop.toString()},
        {QStringLiteral("initial_stop"), initialStop.toString()},
        {QStringLiteral("target"), target.toString()},
        {QStringLiteral("opened_us"), QString::number(openedAt.time_since_epoch().count())},
        {QStringLiteral("trailed"), trailed},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Protection> Protection::fromText(const QString& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto number = [&](const char* key) {
        return Decimal::fromString(object.value(QLatin1String(key)).toString());
    };
    const auto entry = number("entry");
    const auto stop = number("stop");
    const auto initialStop = number("initial_stop");
    const auto target = number("target");
    bool timeOk = false;
    const qint64 openedUs = object.value(QLatin1String("opened_us")).toString().toLongLong(&timeOk);
    if (!entry || !stop || !initialStop || !target || !timeOk)
        return std::nullopt;
    Protection protection;
    protection.entry = *entry;
    protection.stop = *stop;
    protection.initialStop = *initialStop;
    protection.target = *target;
    protection.openedAt = Timestamp(std::chrono::microseconds(openedUs));
    protection.trailed = object.value(QLatin1String("trailed")).toBool();
    return protection;
}

QString BotRisk::limitsText() const
{
    QJsonObject object = m_marks.toJson();
    if (m_slippagePauseUntil) {
        object.insert(QStringLiteral("slippage_pause_until_us"),
            QString::number(m_slippagePauseUntil->time_since_epoch().count()));
        object.insert(QStringLiteral("last_slippage"), m_lastSlippage.toString());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool BotRisk::restoreLimits(const QString& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    if (!m_marks.fromJson(object))
        return false;
    bool pauseOk = false;
    const qint64 pauseUs
        = object.value(QLatin1String("slippage_pause_until_us")).toString().toLongLong(&pauseOk);
    if (pauseOk) {
        const auto slippage
            = Decimal::fromString(object.value(QLatin1String("last_slippage")).toString());
        if (!slippage)
            return false;
        m_slippagePauseUntil = Timestamp(std::chrono::microseconds(pauseUs));
        m_lastSlippage = *slippage;
    }
    return true;
}

BotRisk::BotRisk(RiskPolicy policy, Product product, Timeframe timeframe, Decimal maxQuantity)
    : m_gate(policy)
    , m_product(std::move(product))
    , m_barLength(seconds(timeframe))
    , m_maxQuantity(std::move(maxQuantity))
    , m_swings(policy.swingBars, SwingDetector::Sides::LowsOnly)
    , m_slowSwings(std::max<std::chrono::seconds>(SlowSwingLength, m_barLength), policy.swingBars,
          SwingDetector::Sides::LowsOnly)
    , m_atr(policy.atrPeriod)
    , m_readsAtr(
          policy.trailingAtr.isPositive() || policy.stopMethod == RiskPolicy::StopMethod::Atr)
{ }

TradeDecision BotRisk::onClosedBar(const Candle& bar, Timestamp closeTime,
    std::optional<Action> intent, const Decimal& openQuantity, const Decimal& equity,
    RiskConditions conditions)
{
    return onClosedBar(bar, toBar(bar), closeTime, intent, openQuantity, equity, conditions);
}

TradeDecision BotRisk::onClosedBar(const Candle& bar, const Bar& indicatorBar, Timestamp closeTime,
    std::optional<Action> intent, const Decimal& openQuantity, const Decimal& equity,
    RiskConditions conditions)
{
    // The day's starting equity is the equity the day began with: the last close before it.
    m_marks.update(closeTime, equity);
    if (openQuantity.isZero())
        m_protection.reset();
    // The bar has closed: it counts for the swings and the ATR the decision looks at.
    addToMarket(bar, indicatorBar);

    TradeDecision decision;
    // A bar that closed before the position opened (history met again after a restart) does
    // not manage it.
    if (m_protection && closeTime <= m_protection->openedAt) {
        m_previousClose = bar.close;
        return decision;
    }
    if (!openQuantity.isZero()) {
        if (auto exit = exitOnBar(bar, closeTime)) {
            decision = *exit;
            decision.quantity = openQuantity.abs();
        } else {
            moveStop(bar);
            const bool heldLongEnough
                = !m_protection || closeTime - m_protection->openedAt >= policy().minimumHold;
            if (intent == Action::Sell && openQuantity.isPositive() && heldLongEnough) {
                decision.kind = TradeDecision::Kind::Exit;
                decision.side = Side::Sell;
                decision.quantity = openQuantity;
                decision.price = bar.close;
                decision.exitReason = ExitReason::Signal;
            }
        }
    } else if (intent == Action::Buy) {
        decision = enter(bar, closeTime, equity, conditions);
    }

    m_previousClose = bar.close;
    return decision;
}

void BotRisk::observe(const Candle& bar)
{
    addToMarket(bar, toBar(bar));
    m_previousClose = bar.close;
}

void BotRisk::addToMarket(const Candle& bar, const Bar& indicatorBar)
{
    m_swings.add(bar);
    m_slowSwings.add(bar);
    if (m_readsAtr) // (a swing stop without trailing never looks at it)
        m_atr.update(indicatorBar);
}

std::optional<TradeDecision> BotRisk::exitOnBar(const Candle& bar, Timestamp closeTime) const
{
    if (!m_protection)
        return std::nullopt;
    const Protection& p = *m_protection;
    TradeDecision exit;
    exit.kind = TradeDecision::Kind::Exit;
    exit.side = Side::Sell;
    // A bar that reaches both the stop and the target: the stop is assumed first.
    if (bar.low <= p.stop) {
        exit.price = std::min(p.stop, bar.open);
        exit.exitReason = p.trailed ? ExitReason::TrailingStop : ExitReason::StopLoss;
        return exit;
    }
    if (bar.high >= p.target) {
        exit.price = std::max(p.target, bar.open);
        exit.exitReason = ExitReason::TakeProfit;
        return exit;
    }
    if (policy().timeStop.count() > 0 && closeTime - p.openedAt >= policy().timeStop) {
        exit.price = bar.close;
        exit.exitReason = ExitReason::TimeStop;
        return exit;
    }
    return std::nullopt;
}

void BotRisk::moveStop(const Candle& bar)
{
    if (!m_protection)
        return;
    Protection& p = *m_protection;
    const RiskPolicy& policy = this->policy();
    if (policy.breakevenAt.isPositive() && p.stop < p.entry) {
        // Worked out once per position (a product per bar otherwise), whatever set it.
        if (p.entry != m_breakeven.entry || p.target != m_breakeven.target) {
            m_breakeven.entry = p.entry;
            m_breakeven.target = p.target;
            ExactSteps exact;
            const Decimal trigger = exact(
                p.entry.plus(exact(exact(p.target.minus(p.entry)).times(policy.breakevenAt))));
            m_breakeven.trigger = exact.failed() ? std::nullopt : std::optional(trigger);
        }
        if (m_breakeven.trigger && bar.high >= *m_breakeven.trigger)
            p.stop = p.entry;
    }
    if (policy.trailingAtr.isPositive()) {
        if (const auto atr = atrValue()) {
            // A trail that cannot be worked out exactly moves nothing: the stop stays put.
            ExactSteps exact;
            const Decimal trail = exact(m_product.priceRounded(
                exact(bar.close.minus(exact(atr->times(policy.trailingAtr)))),
                RoundingMode::Floor));
            if (!exact.failed() && trail > p.stop && trail < bar.close) {
                p.stop = trail;
                p.trailed = true;
            }
        }
    }
}

RiskContext BotRisk::context(
    const Candle& bar, Timestamp closeTime, const Decimal& equity, RiskConditions conditions) const
{
    RiskContext c;
    c.equity = equity;
    c.dayStartEquity = m_marks.dayStart;
    c.highWaterMark = m_marks.highWaterMark;
    c.lastPrice = bar.close;
    c.previousPrice = m_previousClose;
    c.lastVolume = bar.volume;
    // Long only: the swing lows a stop goes below (no highs are kept).
    c.swingLow = m_swings.nearestLowBelow(bar.close);
    c.slowSwingLow = m_slowSwings.swings().nearestLowBelow(bar.close);
    // Only the ATR stop reads it, and making it exact costs a formatting round trip.
    if (policy().stopMethod == RiskPolicy::StopMethod::Atr)
        c.atr = atrValue();
    c.health = conditions.health;
    c.killSwitch = conditions.killSwitch;
    for (const Timestamp& entry : m_entries) {
        if (closeTime - entry < Day
            && utcDayOfClose(entry + std::chrono::microseconds(1)) == utcDayOfClose(closeTime))
            ++c.tradesToday;
        if (closeTime - entry < Hour)
            ++c.tradesLastHour;
    }
    c.consecutiveLosses = m_lossesInRow;
    if (m_lastLoss)
        c.barsSinceLastLoss = int(std::min<qint64>(1'000'000,
            std::chrono::duration_cast<std::chrono::seconds>(closeTime - *m_lastLoss).count()
                / std::max<qint64>(1, m_barLength.count())));
    if (m_slippagePauseUntil && closeTime < *m_slippagePauseUntil) {
        c.lastSlippage = m_lastSlippage;
        c.slippagePauseBarsLeft = barsUntil(*m_slippagePauseUntil, closeTime);
    }
    const RiskPolicy& p = policy();
    if (p.stopOutsToLock > 0 && !m_stopOuts.empty()) {
        const Timestamp last = m_stopOuts.back();
        const auto inWindow = std::count_if(m_stopOuts.begin(), m_stopOuts.end(),
            [&](Timestamp each) { return last - each <= p.stopOutWindow; });
        if (inWindow >= p.stopOutsToLock && closeTime < last + p.stopOutLock) {
            c.recentStopOuts = int(inWindow);
            c.stopOutLockBarsLeft = barsUntil(last + p.stopOutLock, closeTime);
        }
    }
    return c;
}

TradeDecision BotRisk::enter(
    const Candle& bar, Timestamp closeTime, const Decimal& equity, RiskConditions conditions) const
{
    TradeDecision decision;
    decision.side = Side::Buy;
    decision.price = bar.close;
    const auto verdict
        = m_gate.evaluate(Side::Buy, m_product, context(bar, closeTime, equity, conditions));
    if (const auto* denial = std::get_if<Denial>(&verdict)) {
        decision.kind = TradeDecision::Kind::Denied;
        decision.denial = *denial;
        return decision;
    }
    OrderPlan plan = std::get<OrderPlan>(verdict);
    if (m_maxQuantity.isPositive() && plan.quantity > m_maxQuantity) {
        plan.quantity = m_product.sizeRoundedDown(m_maxQuantity);
        ExactSteps exact;
        plan.riskAmount = exact(exact(plan.entry.minus(plan.stop)).abs().times(plan.quantity));
        if (exact.failed()) {
            decision.kind = TradeDecision::Kind::Denied;
            decision.denial = Denial{DenialReason::ArithmeticError, {}, {}, 0};
            return decision;
        }
    }
    decision.kind = TradeDecision::Kind::Enter;
    decision.quantity = plan.quantity;
    decision.plan = plan;
    return decision;
}

int BotRisk::barsUntil(Timestamp until, Timestamp now) const
{
    const qint64 left = std::chrono::duration_cast<std::chrono::seconds>(until - now).count();
    const qint64 bar = std::max<qint64>(1, m_barLength.count());
    return int((left + bar - 1) / bar);
}

std::optional<Decimal> BotRisk::atrValue() const
{
    const double atr = m_atr.value();
    if (!(atr > 0))
        return std::nullopt;
    // Ten decimals, correctly rounded, without a QString on the backtest's path.
    std::array<char, 48> text{};
    const auto written
        = std::to_chars(text.data(), text.data() + text.size(), atr, std::chars_format::fixed, 10);
    if (written.ec != std::errc())
        return std::nullopt;
    const auto value
        = Decimal::fromString(std::string_view(text.data(), size_t(written.ptr - text.data())));
    return value ? std::optional<Decimal>(*value) : std::nullopt;
}

void BotRisk::onFilled(const TradeDecision& decision, const Decimal& averagePrice,
    const std::vector<ClosedTrade>& closed, Timestamp time)
{
    if (!averagePrice.isPositive())
        return;
    if (decision.price.isPositive()) {
        // Both prices positive: the difference is in range, the fraction may not be (a price
        // a billion times the other), and such a slip trips the breaker at its limit.
        const auto slippage = remainderOf(averagePrice, decision.price)
                                  .abs()
                                  .dividedBy(decision.price, 8, RoundingMode::HalfEven);
        if (!slippage || *slippage > policy().maxSlippage) {
            m_lastSlippage = slippage ? *slippage : policy().maxSlippage;
            m_slippagePauseUntil = time + m_barLength * policy().slippagePauseBars;
        }
    }
    if (decision.kind == TradeDecision::Kind::Enter) {
        noteEntry(time);
        Protection protection;
        protection.entry = averagePrice;
        protection.stop = decision.plan.stop;
        protection.initialStop = decision.plan.stop;
        protection.target = decision.plan.target;
        protection.openedAt = time;
        m_protection = protection;
    }
    for (const ClosedTrade& trade : closed)
        noteClosed(trade);
}

void BotRisk::noteEntry(Timestamp time)
{
    m_entries.push_back(time);
    while (!m_entries.empty() && time - m_entries.front() >= Day)
        m_entries.pop_front();
}

void BotRisk::noteClosed(const ClosedTrade& trade)
{
    if (trade.exitReason == ExitReason::StopLoss || trade.exitReason == ExitReason::TrailingStop) {
        m_stopOuts.push_back(trade.exitTime);
        while (
            m_stopOuts.size() > 1 && trade.exitTime - m_stopOuts.front() > policy().stopOutWindow)
            m_stopOuts.pop_front();
    }
    if (trade.pnl.isNegative()) {
        ++m_lossesInRow;
        m_lastLoss = trade.exitTime;
    } else {
        m_lossesInRow = 0;
    }
}

} // namespace Candela::Core

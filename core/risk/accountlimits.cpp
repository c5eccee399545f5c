#include "accountlimits.h"

#include "core/model/exactsteps.h"

#include <QJsonDocument>

#include <algorithm>

namespace Candela::Core {

namespace {

Decimal lossFraction(const Decimal& from, const Decimal& to, ExactSteps& exact)
{
    if (!from.isPositive() || to >= from)
        return {};
    return exact(exact(from.minus(to)).dividedBy(from, 8, RoundingMode::HalfEven));
}

// A limit as an amount of `base`, rounded up; none when it leaves the Decimal range.
std::optional<Decimal> limitAmount(const Decimal& base, const Decimal& limit)
{
    const auto amount = base.times(limit, RoundingMode::Ceiling);
    return amount ? std::optional(*amount) : std::nullopt;
}

} // namespace

AccountLimits::AccountLimits(RiskPolicy policy)
    : m_policy(std::move(policy))
{ }

const std::optional<Denial>& AccountLimits::updateFor(Timestamp closeTime, const Decimal& equity)
{
    // Per candle of every backtest while the equity moves: compare with amounts, multiply only
    // when a loss has to be measured against a day start or a high that moved since, divide only
    // to report a refusal.
    m_denialCurrent = true;
    if (m_marks.update(closeTime, equity))
        setDailyLossAmount();
    m_denial.reset();
    const Decimal& start = m_marks.dayStart;
    const Decimal& high = m_marks.highWaterMark;
    // A loss or a limit beyond the Decimal range cannot be compared: no entry on it.
    ExactSteps exact;
    bool beyondRange = false;
    if (equity < start) {
        const Decimal loss = exact(start.minus(equity));
        beyondRange = !m_dailyLossAmount;
        if (!beyondRange && loss >= *m_dailyLossAmount)
            m_denial = Denial{DenialReason::DailyLossLimit, lossFraction(start, equity, exact),
                m_policy.dailyLossLimit, 0};
    }
    if (!m_denial && !beyondRange && equity < high) {
        if (m_drawdownHigh != high) // a new high since the last fall: its limit anew
            setDrawdownAmount();
        const Decimal fall = exact(high.minus(equity));
        beyondRange = !m_drawdownAmount;
        if (!beyondRange && fall >= *m_drawdownAmount)
            m_denial = Denial{DenialReason::MaxDrawdown, lossFraction(high, equity, exact),
                m_policy.maxDrawdown, 0};
    }
    if (beyondRange || exact.failed())
        m_denial = Denial{DenialReason::ArithmeticError, {}, {}, 0};
    return m_denial;
}

void AccountLimits::setDailyLossAmount()
{
    m_dailyLossAmount = limitAmount(m_marks.dayStart, m_policy.dailyLossLimit);
}

void AccountLimits::setDrawdownAmount()
{
    m_drawdownHigh = m_marks.highWaterMark;
    m_drawdownAmount = limitAmount(m_drawdownHigh, m_policy.maxDrawdown);
}

bool AccountLimits::resetDrawdown()
{
    if (!m_marks.restartHighWaterMark())
        return false;
    setDrawdownAmount(); // (and the refusal it clears below is the one a new update would give)
    if (m_denial && m_denial->reason == DenialReason::MaxDrawdown)
        m_denial.reset();
    return true;
}

void AccountLimits::setPolicy(const RiskPolicy& policy)
{
    m_policy = policy;
    m_denialCurrent = false;
    setDailyLossAmount();
    setDrawdownAmount();
}

QString AccountLimits::text() const
{
    return QString::fromUtf8(QJsonDocument(m_marks.toJson()).toJson(QJsonDocument::Compact));
}

bool AccountLimits::restore(const QString& text)
{
    if (!m_marks.fromJson(QJsonDocument::fromJson(text.toUtf8()).object()))
        return false;
    setPolicy(m_policy);
    return true;
}

} // namespace Candela::Core

#include "accountlimits.h"

#include <QJsonDocument>

#include <algorithm>

namespace Candela::Core {

namespace {

Decimal lossFraction(const Decimal& from, const Decimal& to)
{
    if (!from.isPositive() || to >= from)
        return {};
    return from.minus(to)
        .valueOr(Decimal{})
        .dividedBy(from, 8, RoundingMode::HalfEven)
        .valueOr(Decimal{});
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
    if (equity < start && start.minus(equity).valueOr(Decimal{}) >= m_dailyLossAmount) {
        m_denial = Denial{
            DenialReason::DailyLossLimit, lossFraction(start, equity), m_policy.dailyLossLimit, 0};
    } else if (equity < high) {
        if (m_drawdownHigh != high) // a new high since the last fall: its limit anew
            setDrawdownAmount();
        if (high.minus(equity).valueOr(Decimal{}) >= m_drawdownAmount)
            m_denial = Denial{
                DenialReason::MaxDrawdown, lossFraction(high, equity), m_policy.maxDrawdown, 0};
    }
    return m_denial;
}

void AccountLimits::setDailyLossAmount()
{
    m_dailyLossAmount
        = m_marks.dayStart.times(m_policy.dailyLossLimit, RoundingMode::Ceiling).valueOr(Decimal{});
}

void AccountLimits::setDrawdownAmount()
{
    m_drawdownHigh = m_marks.highWaterMark;
    m_drawdownAmount
        = m_drawdownHigh.times(m_policy.maxDrawdown, RoundingMode::Ceiling).valueOr(Decimal{});
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

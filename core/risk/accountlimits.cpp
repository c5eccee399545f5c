#include "accountlimits.h"

#include <QJsonDocument>
#include <QJsonObject>

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

std::optional<Denial> AccountLimits::update(Timestamp closeTime, const Decimal& equity)
{
    // Per candle of every backtest: compare with amounts (a multiplication when the day or the
    // high changes), divide only to report a refusal.
    const qint64 seconds = toUnixSeconds(closeTime - std::chrono::microseconds(1));
    const qint64 day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    if (day != m_day) {
        m_dayStart = m_day < 0 ? equity : m_last;
        m_day = day;
        m_dailyLossAmount = m_dayStart.times(m_policy.dailyLossLimit).valueOr(Decimal{});
    }
    m_last = equity;
    if (equity > m_highWaterMark) {
        m_highWaterMark = equity;
        m_drawdownAmount = m_highWaterMark.times(m_policy.maxDrawdown).valueOr(Decimal{});
    }
    m_denial.reset();
    if (equity < m_dayStart && m_dayStart.minus(equity).valueOr(Decimal{}) >= m_dailyLossAmount)
        m_denial = Denial{DenialReason::DailyLossLimit, lossFraction(m_dayStart, equity),
            m_policy.dailyLossLimit, 0};
    else if (equity < m_highWaterMark
        && m_highWaterMark.minus(equity).valueOr(Decimal{}) >= m_drawdownAmount)
        m_denial = Denial{DenialReason::MaxDrawdown, lossFraction(m_highWaterMark, equity),
            m_policy.maxDrawdown, 0};
    return m_denial;
}

void AccountLimits::setPolicy(const RiskPolicy& policy)
{
    m_policy = policy;
    m_dailyLossAmount = m_dayStart.times(m_policy.dailyLossLimit).valueOr(Decimal{});
    m_drawdownAmount = m_highWaterMark.times(m_policy.maxDrawdown).valueOr(Decimal{});
}

QString AccountLimits::text() const
{
    const QJsonObject object{
        {QStringLiteral("day"), QString::number(m_day)},
        {QStringLiteral("day_start_equity"), m_dayStart.toString()},
        {QStringLiteral("last_equity"), m_last.toString()},
        {QStringLiteral("high_water_mark"), m_highWaterMark.toString()},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool AccountLimits::restore(const QString& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    bool dayOk = false;
    const qint64 day = object.value(QLatin1String("day")).toString().toLongLong(&dayOk);
    const auto number = [&](const char* key) {
        return Decimal::fromString(object.value(QLatin1String(key)).toString());
    };
    const auto dayStart = number("day_start_equity");
    const auto last = number("last_equity");
    const auto highWaterMark = number("high_water_mark");
    if (!dayOk || !dayStart || !last || !highWaterMark)
        return false;
    m_day = day;
    m_dayStart = *dayStart;
    m_last = *last;
    m_highWaterMark = *highWaterMark;
    m_dailyLossAmount = m_dayStart.times(m_policy.dailyLossLimit).valueOr(Decimal{});
    m_drawdownAmount = m_highWaterMark.times(m_policy.maxDrawdown).valueOr(Decimal{});
    return true;
}

} // namespace Candela::Core

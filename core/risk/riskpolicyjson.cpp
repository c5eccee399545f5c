#include "riskpolicyjson.h"

#include "core/corelogging.h"
#include "core/settings/settings.h"

#include <QJsonDocument>
#include <QStringList>

#include <functional>

namespace Candela::Core {

namespace {

// One key of the section: how to read it into a policy and how to write it back.
struct Field
{
    const char* key;
    std::function<QString(const QJsonValue&, RiskPolicy&)> read; // empty string: accepted
    std::function<QJsonValue(const RiskPolicy&)> write;
};

Result<Decimal> decimalOf(const QJsonValue& value)
{
    if (value.isString())
        return Decimal::fromString(value.toString());
    if (value.isDouble())
        return Decimal::fromString(QString::number(value.toDouble(), 'g', 15));
    return Error{ErrorCode::InvalidArgument, QStringLiteral("must be a number")};
}

QJsonValue jsonNumber(const Decimal& value)
{
    return value.toDouble();
}

// A number in [low, high] as written; stored divided by `unit` (100 for a percentage kept as a
// fraction, 1 for a plain number).
Field scaled(const char* key, Decimal RiskPolicy::*member, int low, int high, qint64 unit)
{
    const Decimal divisor = Decimal::fromInteger(unit);
    return {key,
        [=](const QJsonValue& value, RiskPolicy& policy) -> QString {
            const auto number = decimalOf(value);
            if (!number)
                return QStringLiteral("must be a number");
            if (*number < Decimal::fromInteger(low) || *number > Decimal::fromInteger(high))
                return QStringLiteral("must be between %1 and %2, not %3")
                    .arg(low)
                    .arg(high)
                    .arg(number->toString());
            const auto scaledNumber
                = number->dividedBy(divisor, Decimal::Scale, RoundingMode::HalfEven);
            if (!scaledNumber) // (between the bounds, so not expected)
                return scaledNumber.error().message;
            policy.*member = *scaledNumber;
            return {};
        },
        [=](const RiskPolicy& policy) {
            // A value set beyond what the file can say is written as null: reading it back
            // then says "must be a number" instead of taking a wrong figure.
            const auto shown = (policy.*member).times(divisor);
            return shown ? jsonNumber(*shown) : QJsonValue();
        }};
}

Field percent(const char* key, Decimal RiskPolicy::*member, int low, int high)
{
    return scaled(key, member, low, high, 100);
}

Field number(const char* key, Decimal RiskPolicy::*member, int low, int high)
{
    return scaled(key, member, low, high, 1);
}

template<typename Member>
Field count(const char* key, Member member, int low, int high)
{
    return {key,
        [=](const QJsonValue& value, RiskPolicy& policy) -> QString {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != double(qint64(number)) || number < low
                || number > high)
                return QStringLiteral("must be a whole number from %1 to %2").arg(low).arg(high);
            using Target = std::remove_reference_t<decltype(policy.*member)>;
            policy.*member = Target(qint64(number));
            return {};
        },
        [=](const RiskPolicy& policy) {
            if constexpr (std::is_integral_v<std::remove_reference_t<decltype(policy.*member)>>)
                return QJsonValue(policy.*member);
            else
                return QJsonValue(qint64((policy.*member).count()));
        }};
}

const std::vector<Field>& fields()
{
    static const std::vector<Field> all{
        percent("risk_percent", &RiskPolicy::riskFraction, 0, 100),
        number("max_leverage", &RiskPolicy::maxLeverage, 0, 100),
        {"stop",
            [](const QJsonValue& value, RiskPolicy& policy) -> QString {
                if (value == QJsonValue(QStringLiteral("swing")))
                    policy.stopMethod = RiskPolicy::StopMethod::Swing;
                else if (value == QJsonValue(QStringLiteral("atr")))
                    policy.stopMethod = RiskPolicy::StopMethod::Atr;
                else
                    return QStringLiteral("must be \"swing\" or \"atr\"");
                return {};
            },
            [](const RiskPolicy& policy) {
                return QJsonValue(policy.stopMethod == RiskPolicy::StopMethod::Swing
                        ? QStringLiteral("swing")
                        : QStringLiteral("atr"));
            }},
        count("swing_bars", &RiskPolicy::swingBars, 1, 50),
        percent("long_stop_buffer_percent", &RiskPolicy::longStopBuffer, 0, 100),
        percent("short_stop_buffer_percent", &RiskPolicy::shortStopBuffer, 0, 100),
        percent("min_stop_percent", &RiskPolicy::minStopDistance, 0, 100),
        percent("max_stop_percent", &RiskPolicy::maxStopDistance, 0, 100),
        count("atr_period", &RiskPolicy::atrPeriod, 1, 500),
        number("atr_multiple", &RiskPolicy::atrMultiple, 0, 100),
        number("reward_to_risk", &RiskPolicy::rewardToRisk, 0, 100),
        number("breakeven_at", &RiskPolicy::breakevenAt, 0, 1),
        number("trailing_atr", &RiskPolicy::trailingAtr, 0, 100),
        count("time_stop_hours", &RiskPolicy::timeStop, 0, 24 * 365),
        count("min_hold_minutes", &RiskPolicy::minimumHold, 0, 60 * 24 * 30),
        percent("taker_fee_percent", &RiskPolicy::takerFeeRate, 0, 100),
        number("max_fee_share_of_risk", &RiskPolicy::maxFeeShareOfRisk, 0, 100),
        percent("daily_loss_percent", &RiskPolicy::dailyLossLimit, 0, 100),
        percent("max_position_percent", &RiskPolicy::maxPositionFraction, 0, 1000),
        count("trades_per_hour", &RiskPolicy::maxTradesPerHour, 0, 1000),
        count("trades_per_day", &RiskPolicy::maxTradesPerDay, 0, 10000),
        percent("max_drawdown_percent", &RiskPolicy::maxDrawdown, 0, 100),
        count("cooldown_bars_after_loss", &RiskPolicy::cooldownBarsAfterLoss, 0, 10000),
        count("stop_outs_to_lock", &RiskPolicy::stopOutsToLock, 0, 1000),
        count("stop_out_window_hours", &RiskPolicy::stopOutWindow, 0, 24 * 30),
        count("stop_out_lock_hours", &RiskPolicy::stopOutLock, 0, 24 * 30),
        percent("outlier_move_percent", &RiskPolicy::outlierMove, 0, 1000),
        percent("max_slippage_percent", &RiskPolicy::maxSlippage, 0, 100),
        count("slippage_pause_bars", &RiskPolicy::slippagePauseBars, 0, 10000),
    };
    return all;
}

} // namespace

Result<RiskPolicy> riskPolicyFromJson(const QJsonObject& risk, const RiskPolicy& defaults)
{
    RiskPolicy policy = defaults;
    QStringList problems;
    for (auto it = risk.begin(); it != risk.end(); ++it) {
        const auto field = std::find_if(fields().begin(), fields().end(),
            [&](const Field& each) { return it.key() == QLatin1String(each.key); });
        if (field == fields().end()) {
            problems << QStringLiteral("risk.%1: unknown key").arg(it.key());
            continue;
        }
        if (const QString problem = field->read(it.value(), policy); !problem.isEmpty())
            problems << QStringLiteral("risk.%1: %2").arg(it.key(), problem);
    }
    if (problems.isEmpty() && policy.minStopDistance > policy.maxStopDistance)
        problems << QStringLiteral("risk.min_stop_percent: must not exceed max_stop_percent");
    if (!problems.isEmpty())
        return Error{ErrorCode::InvalidArgument, problems.join(QLatin1Char('\n'))};
    return policy;
}

Result<RiskPolicy> riskPolicyFor(const BotConfig& config, const RiskPolicy& defaults)
{
    auto policy = riskPolicyFromJson(config.risk, defaults);
    if (!policy)
        return Error{policy.error().code,
            QStringLiteral("bot '%1': %2").arg(config.name, policy.error().message)};
    return policy;
}

RiskPolicy riskDefaults(const Settings& settings)
{
    const QString stored = settings.value(SettingKeys::RiskDefaults);
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    auto policy = riskPolicyFromJson(document.object());
    if (!document.isObject() || !policy) {
        qCWarning(lcSettings).noquote()
            << SettingKeys::RiskDefaults.name << "is not a risk section:" << stored
            << (policy ? QString() : policy.error().message) << "- using the built-in defaults";
        return {};
    }
    return *policy;
}

QJsonObject riskPolicyToJson(const RiskPolicy& policy)
{
    QJsonObject json;
    for (const Field& field : fields())
        json.insert(QLatin1String(field.key), field.write(policy));
    return json;
}

} // namespace Candela::Core

#include "sweepplan.h"

#include "core/model/decimal.h"

#include <QJsonDocument>

#include <algorithm>
#include <random>
#include <set>

namespace Candela::Core {

namespace {

constexpr qint64 MaxConfigurations = 100'000'000;

Error specError(const QString& spec, const QString& why)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("--vary '%1': %2").arg(spec, why));
}

// A list item as JSON: a number when it reads as one, true/false, otherwise text.
QJsonValue listValue(const QString& text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    bool isInteger = false;
    const qint64 whole = text.toLongLong(&isInteger);
    if (isInteger)
        return whole;
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber)
        return number;
    return text;
}

Result<SweepParameter> parseRange(
    SweepParameter parameter, const QString& spec, const QString& range)
{
    const QStringList parts = range.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return specError(spec, QStringLiteral("a range is FROM:TO:STEP"));
    std::vector<Decimal> ends;
    for (const QString& part : parts) {
        const auto value = Decimal::fromString(part.trimmed());
        if (!value)
            return specError(spec, QStringLiteral("\"%1\" is not a decimal number").arg(part));
        ends.push_back(*value);
    }
    const Decimal from = ends[0];
    const Decimal to = ends[1];
    const Decimal step = ends[2];
    if (!step.isPositive())
        return specError(spec, QStringLiteral("the step must be positive"));
    if (to < from)
        return specError(spec, QStringLiteral("the range ends before it starts"));
    const bool whole = from.scale() == 0 && step.scale() == 0;
    for (Decimal value = from; value <= to;) {
        if (parameter.values.size() >= 100'000)
            return specError(spec, QStringLiteral("more than 100000 values"));
        parameter.texts.append(value.toString());
        parameter.values.append(whole ? QJsonValue(value.toString().toLongLong())
                                      : QJsonValue(value.toString().toDouble()));
        const auto next = value.plus(step);
        if (!next)
            break;
        value = *next;
    }
    return parameter;
}

} // namespace

Result<SweepParameter> SweepParameter::parse(const QString& spec)
{
    const auto equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return specError(spec, QStringLiteral("expected PATH=FROM:TO:STEP or PATH=A,B,C"));
    SweepParameter parameter;
    parameter.path = spec.left(equals).trimmed();
    const QStringList keys = parameter.path.split(QLatin1Char('.'));
    if (std::any_of(keys.cbegin(), keys.cend(), [](const QString& key) { return key.isEmpty(); }))
        return specError(spec, QStringLiteral("the path has an empty part"));
    // The candles are folded once into the base bot's bars, shared by every configuration.
    if (parameter.path == QLatin1String("timeframe"))
        return specError(spec,
            QStringLiteral("the timeframe cannot be varied (the candles are folded into the base "
                           "bot's bars): sweep each timeframe with a base bot of its own"));
    const QString values = spec.mid(equals + 1).trimmed();
    if (values.isEmpty())
        return specError(spec, QStringLiteral("no values"));
    if (values.contains(QLatin1Char(':')) && !values.contains(QLatin1Char(',')))
        return parseRange(std::move(parameter), spec, values);
    std::set<QString> seen;
    for (const QString& item : values.split(QLatin1Char(','))) {
        const QString text = item.trimmed();
        if (text.isEmpty())
            return specError(spec, QStringLiteral("an empty value in the list"));
        if (!seen.insert(text).second)
            return specError(spec, QStringLiteral("\"%1\" is listed twice").arg(text));
        parameter.texts.append(text);
        parameter.values.append(listValue(text));
    }
    return parameter;
}

Result<SweepPlan> SweepPlan::grid(std::vector<SweepParameter> parameters)
{
    if (parameters.empty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("nothing to vary"));
    SweepPlan plan;
    std::set<QString> paths;
    for (const SweepParameter& parameter : parameters) {
        if (!paths.insert(parameter.path).second)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("%1 is varied twice").arg(parameter.path));
        if (parameter.values.isEmpty())
            return makeError(
                ErrorCode::InvalidArgument, QStringLiteral("%1 has no values").arg(parameter.path));
        if (plan.m_gridSize > MaxConfigurations / parameter.values.size())
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("more than %1 configurations").arg(MaxConfigurations));
        plan.m_gridSize *= parameter.values.size();
    }
    plan.m_parameters = std::move(parameters);
    return plan;
}

Result<SweepPlan> SweepPlan::random(
    std::vector<SweepParameter> parameters, qint64 count, unsigned long long seed)
{
    auto plan = grid(std::move(parameters));
    if (!plan)
        return plan;
    if (count <= 0)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("--random needs a count above 0"));
    if (count >= plan->m_gridSize)
        return plan; // every grid point
    // Floyd's algorithm: `count` distinct positions below the grid size, each draw unbiased.
    std::mt19937_64 engine(seed);
    std::set<qint64> chosen;
    for (qint64 j = plan->m_gridSize - count; j < plan->m_gridSize; ++j) {
        const auto bound = static_cast<unsigned long long>(j) + 1;
        const auto limit = std::mt19937_64::max() - (std::mt19937_64::max() % bound + 1) % bound;
        unsigned long long draw = engine();
        while (draw > limit)
            draw = engine();
        const auto t = static_cast<qint64>(draw % bound);
        chosen.insert(chosen.count(t) ? j : t);
    }
    plan.value().m_sample.assign(chosen.begin(), chosen.end());
    return plan;
}

qint64 SweepPlan::size() const
{
    return m_sample.empty() ? m_gridSize : qint64(m_sample.size());
}

qint64 SweepPlan::gridIndex(qint64 index) const
{
    return m_sample.empty() ? index : m_sample[size_t(index)];
}

std::vector<int> SweepPlan::choice(qint64 index) const
{
    std::vector<int> choice(m_parameters.size());
    qint64 rest = gridIndex(index);
    for (size_t i = m_parameters.size(); i-- > 0;) {
        const auto count = m_parameters[i].values.size();
        choice[i] = int(rest % count);
        rest /= count;
    }
    return choice;
}

QJsonObject SweepPlan::apply(const QJsonObject& base, qint64 index) const
{
    QJsonObject config = base;
    const std::vector<int> picked = choice(index);
    for (size_t i = 0; i < m_parameters.size(); ++i)
        config = withValueAt(
            std::move(config), m_parameters[i].path, m_parameters[i].values[picked[i]]);
    return config;
}

QJsonObject withValueAt(QJsonObject object, QStringView path, const QJsonValue& value)
{
    const auto dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path.toString(), value);
        return object;
    }
    const QString key = path.left(dot).toString();
    object.insert(key, withValueAt(object.value(key).toObject(), path.mid(dot + 1), value));
    return object;
}

} // namespace Candela::Core

#pragma once

#include "core/model/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

namespace Candela::Core {

// One field a sweep varies: its dotted path in the bot's JSON and the values it takes, each with
// the text it is shown as (a row's CSV cell).
struct SweepParameter
{
    QString path; // "signals.rsi.period", "buy_score", "risk.risk_percent"
    QList<QJsonValue> values;
    QStringList texts;

    // "PATH=FROM:TO:STEP" (both ends included, stepped exactly in decimal: 0.2:0.3:0.05 gives
    // 0.2, 0.25, 0.3; whole numbers stay whole) or "PATH=A,B,C" (numbers, true/false or text:
    // "risk.stop=swing,atr"). An error names what is wrong with the spec.
    static Result<SweepParameter> parse(const QString& spec);
};

// The configurations of a sweep: the full grid of the parameters' values (the last parameter
// varying fastest), or `count` distinct grid points drawn with a seed (std::mt19937_64, Floyd's
// sampling), in grid order. The same parameters, count and seed give the same plan everywhere.
class SweepPlan final
{
public:
    static Result<SweepPlan> grid(std::vector<SweepParameter> parameters);
    static Result<SweepPlan> random(
        std::vector<SweepParameter> parameters, qint64 count, unsigned long long seed);

    const std::vector<SweepParameter>& parameters() const { return m_parameters; }
    qint64 size() const;
    qint64 gridSize() const { return m_gridSize; }
    // The grid position of configuration `index` (0 <= index < size()).
    qint64 gridIndex(qint64 index) const;
    // Each parameter's value index for configuration `index`.
    std::vector<int> choice(qint64 index) const;
    // `base` with configuration `index`'s values written at their paths (objects on the way are
    // created when missing).
    QJsonObject apply(const QJsonObject& base, qint64 index) const;

private:
    std::vector<SweepParameter> m_parameters;
    qint64 m_gridSize = 1;
    std::vector<qint64> m_sample; // empty for the full grid
};

// `object` with `value` at the dotted `path`.
QJsonObject withValueAt(QJsonObject object, QStringView path, const QJsonValue& value);

} // namespace Candela::Core

#include "temperature.h"

#include <cmath>

namespace Candela::Core {

Temperature temperatureFor(double score)
{
    const double heat = std::abs(score);
    if (heat < 0.05)
        return Temperature::Frozen;
    if (heat < 0.15)
        return Temperature::Cool;
    if (heat < 0.30)
        return Temperature::Warm;
    return Temperature::Hot;
}

QString temperatureName(Temperature temperature)
{
    switch (temperature) {
    case Temperature::Frozen:
        return QStringLiteral("FROZEN");
    case Temperature::Cool:
        return QStringLiteral("COOL");
    case Temperature::Warm:
        return QStringLiteral("WARM");
    case Temperature::Hot:
        return QStringLiteral("HOT");
    }
    return {};
}

Action actionFor(double score, double buyScore, double sellScore)
{
    if (score >= buyScore)
        return Action::Buy;
    if (score <= -sellScore)
        return Action::Sell;
    return Action::Hold;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Hold:
        return QStringLiteral("HOLD");
    case Action::Buy:
        return QStringLiteral("BUY");
    case Action::Sell:
        return QStringLiteral("SELL");
    }
    return {};
}

} // namespace Candela::Core

#include "temperature.h"

namespace Candela::Core {

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

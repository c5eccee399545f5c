#include "equitymarks.h"

#include <algorithm>

namespace Candela::Core {

bool EquityMarks::moveTo(qint64 today, const Decimal& equity)
{
    const bool newDay = today != day;
    if (newDay) {
        dayStart = day < 0 ? equity : last;
        day = today;
    }
    last = equity;
    highWaterMark = std::max(highWaterMark, equity);
    return newDay;
}

bool EquityMarks::restartHighWaterMark()
{
    if (!last.isPositive() || highWaterMark == last)
        return false;
    highWaterMark = last;
    return true;
}

QJsonObject EquityMarks::toJson() const
{
    return QJsonObject{
        {QStringLiteral("day"), QString::number(day)},
        {QStringLiteral("day_start_equity"), dayStart.toString()},
        {QStringLiteral("last_equity"), last.toString()},
        {QStringLiteral("high_water_mark"), highWaterMark.toString()},
    };
}

bool EquityMarks::fromJson(const QJsonObject& object)
{
    bool dayOk = false;
    const qint64 readDay = object.value(QLatin1String("day")).toString().toLongLong(&dayOk);
    const auto number = [&](const char* key) {
        return Decimal::fromString(object.value(QLatin1String(key)).toString());
    };
    const auto readStart = number("day_start_equity");
    const auto readLast = number("last_equity");
    const auto readHigh = number("high_water_mark");
    if (!dayOk || !readStart || !readLast || !readHigh)
        return false;
    day = readDay;
    dayStart = *readStart;
    last = *readLast;
    highWaterMark = *readHigh;
    return true;
}

} // namespace Candela::Core

#include "timeframe.h"

namespace Candela::Core {

qint64 seconds(Timeframe timeframe) noexcept
{
    switch (timeframe) {
    case Timeframe::OneMinute:
        return 60;
    case Timeframe::FiveMinutes:
        return 5 * 60;
    case Timeframe::FifteenMinutes:
        return 15 * 60;
    case Timeframe::OneHour:
        return 60 * 60;
    case Timeframe::FourHours:
        return 4 * 60 * 60;
    case Timeframe::OneDay:
        return 24 * 60 * 60;
    }
    return 60;
}

QString toShortName(Timeframe timeframe)
{
    switch (timeframe) {
    case Timeframe::OneMinute:
        return QStringLiteral("1m");
    case Timeframe::FiveMinutes:
        return QStringLiteral("5m");
    case Timeframe::FifteenMinutes:
        return QStringLiteral("15m");
    case Timeframe::OneHour:
        return QStringLiteral("1h");
    case Timeframe::FourHours:
        return QStringLiteral("4h");
    case Timeframe::OneDay:
        return QStringLiteral("1d");
    }
    return {};
}

std::optional<Timeframe> timeframeFromShortName(QStringView name)
{
    for (const Timeframe timeframe : AllTimeframes) {
        if (name == toShortName(timeframe))
            return timeframe;
    }
    return std::nullopt;
}

QString toGranularity(Timeframe timeframe)
{
    switch (timeframe) {
    case Timeframe::OneMinute:
        return QStringLiteral("ONE_MINUTE");
    case Timeframe::FiveMinutes:
        return QStringLiteral("FIVE_MINUTE");
    case Timeframe::FifteenMinutes:
        return QStringLiteral("FIFTEEN_MINUTE");
    case Timeframe::OneHour:
        return QStringLiteral("ONE_HOUR");
    case Timeframe::FourHours:
        return QStringLiteral("FOUR_HOUR");
    case Timeframe::OneDay:
        return QStringLiteral("ONE_DAY");
    }
    return {};
}

Timestamp bucketStart(Timestamp time, Timeframe timeframe) noexcept
{
    const auto period = std::chrono::seconds(seconds(timeframe));
    const auto sinceEpoch = time.time_since_epoch();
    auto buckets = sinceEpoch / period;
    if (sinceEpoch < decltype(sinceEpoch)::zero()
        && sinceEpoch % period != decltype(sinceEpoch)::zero())
        --buckets; // floor for instants before 1970
    return Timestamp(std::chrono::duration_cast<Timestamp::duration>(period * buckets));
}

} // namespace Candela::Core

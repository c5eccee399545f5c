#pragma once

#include "core/model/timestamp.h"

#include <QString>

#include <array>
#include <optional>

namespace Candela::Core {

// Candle periods the terminal charts and trades on. Buckets are aligned to multiples of the
// period since the UTC epoch (so days start at 00:00 UTC and 4h buckets at 00, 04, 08 … UTC).
enum class Timeframe {
    OneMinute,
    FiveMinutes,
    FifteenMinutes,
    OneHour,
    FourHours,
    OneDay,
};

inline constexpr std::array<Timeframe, 6> AllTimeframes{Timeframe::OneMinute,
    Timeframe::FiveMinutes, Timeframe::FifteenMinutes, Timeframe::OneHour, Timeframe::FourHours,
    Timeframe::OneDay};

qint64 seconds(Timeframe timeframe) noexcept;
// "1m", "5m", "15m", "1h", "4h", "1d".
QString toShortName(Timeframe timeframe);
std::optional<Timeframe> timeframeFromShortName(QStringView name);
// The Advanced Trade REST granularity: "ONE_MINUTE", "FIVE_MINUTE", … "ONE_DAY".
QString toGranularity(Timeframe timeframe);
// Start of the bucket that contains `time`.
Timestamp bucketStart(Timestamp time, Timeframe timeframe) noexcept;

} // namespace Candela::Core

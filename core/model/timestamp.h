#pragma once

#include <QString>

#include <chrono>
#include <optional>
#include <string_view>

namespace Candela::Core {

// A UTC instant with microsecond resolution (Coinbase stamps events to the microsecond or
// finer). Time is read from the injected Clock, never from the wall clock inside core logic.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

// Parses RFC 3339 UTC times as Coinbase writes them: "2026-08-09T21:05:48.228568804Z",
// "2019-08-14T20:42:27.265Z", "1970-01-01T00:00:00Z". Digits beyond microseconds are dropped.
// Only the 'Z' zone is accepted.
std::optional<Timestamp> parseIsoTimestamp(std::string_view text);
// "2026-08-09T21:05:48.228568Z" (trailing fraction zeros kept to 6 digits, or none).
QString toIsoString(Timestamp time);
// The last second a timestamp read from outside may name (9999-12-31T23:59:59Z): far inside
// what microseconds in 64 bits hold, so no conversion of an accepted time overflows.
inline constexpr qint64 LatestUnixSeconds = 253'402'300'799;
// Inline: the backtest converts on every candle (a division by a constant, then a multiply).
// `seconds` is within 0..LatestUnixSeconds (a parser checks the text's number first).
inline Timestamp fromUnixSeconds(qint64 seconds)
{
    return Timestamp(std::chrono::seconds(seconds));
}
inline qint64 toUnixSeconds(Timestamp time)
{
    return std::chrono::floor<std::chrono::seconds>(time).time_since_epoch().count();
}

} // namespace Candela::Core

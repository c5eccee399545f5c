#pragma once

#include "core/model/candle.h"
#include "core/model/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <span>
#include <utility>
#include <vector>

namespace Candela::Cli {

// `--from DATE` and `--to DATE` of the commands that read candles: a UTC date (2025-07-01) or an
// RFC 3339 time (2025-07-01T12:00:00Z). A date as --to means through the end of that day.
struct CandleRange
{
    static QList<QCommandLineOption> options();
    // The range the options name: [from, to), open-ended where an option is not given.
    static Core::Result<std::pair<Core::Timestamp, Core::Timestamp>> bounds(
        const QCommandLineParser& parser);
    // The candles of `candles` that start in the range the parser's options name; an error when
    // an option does not read as a date or the range is empty.
    static Core::Result<std::span<const Core::Candle>> select(
        const QCommandLineParser& parser, const std::vector<Core::Candle>& candles);
};

} // namespace Candela::Cli

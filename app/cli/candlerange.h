#pragma once

#include "core/model/candle.h"
#include "core/model/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <span>
#include <vector>

namespace Candela::Cli {

// `--from DATE` and `--to DATE` of the commands that read candles: a UTC date (2025-07-01) or an
// RFC 3339 time (2025-07-01T12:00:00Z). A date as --to means through the end of that day.
struct CandleRange
{
    static QList<QCommandLineOption> options();
    // The candles of `candles` that start in the range the parser's options name; an error when
    // an option does not read as a date or the range is empty.
    static Core::Result<std::span<const Core::Candle>> select(
        const QCommandLineParser& parser, const std::vector<Core::Candle>& candles);
};

} // namespace Candela::Cli

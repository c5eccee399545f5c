#include "candlerange.h"

#include "core/backtest/walkforward.h"

#include <QDate>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

const QString FromName = QStringLiteral("from");
const QString ToName = QStringLiteral("to");

std::optional<Timestamp> parseBound(const QString& text, bool end)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const qint64 days = QDate(1970, 1, 1).daysTo(date) + (end ? 1 : 0);
        return fromUnixSeconds(0) + std::chrono::days(days);
    }
    return parseIsoTimestamp(text.toStdString());
}

} // namespace

QList<QCommandLineOption> CandleRange::options()
{
    return {QCommandLineOption(FromName, QString(), QStringLiteral("date")),
        QCommandLineOption(ToName, QString(), QStringLiteral("date"))};
}

Result<std::pair<Timestamp, Timestamp>> CandleRange::bounds(const QCommandLineParser& parser)
{
    Timestamp from = Timestamp::min();
    Timestamp to = Timestamp::max();
    for (const auto& [name, bound, end] :
        {std::tuple{FromName, &from, false}, std::tuple{ToName, &to, true}}) {
        if (!parser.isSet(name))
            continue;
        const auto parsed = parseBound(parser.value(name), end);
        if (!parsed)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("--%1 %2: not a date (2025-07-01) or a UTC time "
                               "(2025-07-01T12:00:00Z)")
                    .arg(name, parser.value(name)));
        *bound = *parsed;
    }
    return std::pair{from, to};
}

Result<std::span<const Candle>> CandleRange::select(
    const QCommandLineParser& parser, const std::vector<Candle>& candles)
{
    std::span<const Candle> all(candles);
    if (!parser.isSet(FromName) && !parser.isSet(ToName))
        return all;
    const auto range = bounds(parser);
    if (!range)
        return range.error();
    const auto selected = candlesBetween(all, range->first, range->second);
    if (selected.empty())
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("no candle starts between --from and --to"));
    return selected;
}

} // namespace Candela::Cli

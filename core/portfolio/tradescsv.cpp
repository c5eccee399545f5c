#include "tradescsv.h"

#include <charconv>
#include <cmath>
#include <iterator>

namespace Candela::Core {

namespace {

QByteArray csvField(const QString& text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace("\"", "\"\"") + '"';
    return field;
}

QByteArray shortestNumber(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value))
        return {};
    char buffer[32];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), *value);
    return QByteArray(buffer, result.ptr - buffer);
}

} // namespace

QByteArray closedTradesCsv(const std::vector<ClosedTrade>& trades)
{
    QByteArray csv = "id,bot,side,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,"
                     "r_multiple,exit_reason\n";
    for (const ClosedTrade& t : trades) {
        csv += QByteArray::number(t.id) + ',' + csvField(t.botId) + ','
            + sideToString(t.side).toLatin1() + ',' + QByteArray::number(toUnixSeconds(t.entryTime))
            + ',' + t.entryPrice.toString().toLatin1() + ','
            + QByteArray::number(toUnixSeconds(t.exitTime)) + ','
            + t.exitPrice.toString().toLatin1() + ',' + t.quantity.toString().toLatin1() + ','
            + t.fees.toString().toLatin1() + ',' + t.pnl.toString().toLatin1() + ','
            + shortestNumber(t.rMultiple) + ',' + exitReasonName(t.exitReason) + '\n';
    }
    return csv;
}

} // namespace Candela::Core

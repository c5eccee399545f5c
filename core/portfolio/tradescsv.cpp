#include "tradescsv.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
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

// The quote currency of "BTC-USD" (USD); the base one is `base`.
QByteArray currencyOf(const QString& productId, bool base)
{
    return productId.section(QLatin1Char('-'), base ? 0 : 1, base ? 0 : 1).toUtf8();
}

// price × quantity as text; an error naming the trade when it leaves the Decimal range (a ledger
// that booked the trade had it in range: a file row or a journal that says otherwise is refused,
// never written as zero).
Result<QByteArray> valueAt(const ClosedTrade& t, const Decimal& price)
{
    const auto value = price.times(t.quantity);
    if (!value)
        return makeError(ErrorCode::Overflow,
            QStringLiteral("trade %1 of %2: %3 × %4: %5")
                .arg(QString::number(t.id), t.botId, t.quantity.toString(), price.toString(),
                    value.error().message));
    return value->toString().toLatin1();
}

// Unique in the export (each bot's ledger numbers its own trades):
// "candela-BTC-USD-Scalper%20BTC-12-open".
QByteArray transactionId(const ClosedTrade& t, bool opening)
{
    // Percent-encoded, so that two bot names never give one id.
    return "candela-" + QUrl::toPercentEncoding(t.productId) + '-'
        + QUrl::toPercentEncoding(t.botId) + '-' + QByteArray::number(t.id)
        + (opening ? "-open" : "-close");
}

} // namespace

Result<QByteArray> closedTradesCsv(const std::vector<ClosedTrade>& trades)
{
    QByteArray csv = "id,bot,side,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,"
                     "r_multiple,exit_reason,product,entry_time_utc,exit_time_utc,cost_basis,"
                     "proceeds,fee_currency\n";
    for (const ClosedTrade& t : trades) {
        // A long's cost is what it bought at; a short's is what it bought back at.
        const bool isLong = t.side == Side::Buy;
        const auto cost = valueAt(t, isLong ? t.entryPrice : t.exitPrice);
        const auto brought = valueAt(t, isLong ? t.exitPrice : t.entryPrice);
        if (!cost || !brought)
            return cost ? brought.error() : cost.error();
        csv += QByteArray::number(t.id) + ',' + csvField(t.botId) + ','
            + sideToString(t.side).toLatin1() + ',' + QByteArray::number(toUnixSeconds(t.entryTime))
            + ',' + t.entryPrice.toString().toLatin1() + ','
            + QByteArray::number(toUnixSeconds(t.exitTime)) + ','
            + t.exitPrice.toString().toLatin1() + ',' + t.quantity.toString().toLatin1() + ','
            + t.fees.toString().toLatin1() + ',' + t.pnl.toString().toLatin1() + ','
            + shortestNumber(t.rMultiple) + ',' + exitReasonName(t.exitReason) + ','
            + csvField(t.productId) + ',' + toIsoString(t.entryTime).toLatin1() + ','
            + toIsoString(t.exitTime).toLatin1() + ',' + *cost + ',' + *brought + ','
            + currencyOf(t.productId, false) + '\n';
    }
    return csv;
}

Result<QByteArray> koinlyUniversalCsv(const std::vector<ClosedTrade>& trades)
{
    struct Leg
    {
        Timestamp time;
        qint64 id = 0;
        bool opening = true;
        const ClosedTrade* trade = nullptr;
    };
    std::vector<Leg> legs;
    legs.reserve(trades.size() * 2);
    for (const ClosedTrade& t : trades) {
        legs.push_back({t.entryTime, t.id, true, &t});
        legs.push_back({t.exitTime, t.id, false, &t});
    }
    // Oldest first; at the same time an opening before a closing, then by trade.
    std::stable_sort(legs.begin(), legs.end(), [](const Leg& a, const Leg& b) {
        return std::tie(a.time, b.opening, a.id) < std::tie(b.time, a.opening, b.id);
    });
    QByteArray csv = "Date,Sent Amount,Sent Currency,Received Amount,Received Currency,Fee Amount,"
                     "Fee Currency,Net Worth Amount,Net Worth Currency,Label,Description,TxHash\n";
    for (const Leg& leg : legs) {
        const ClosedTrade& t = *leg.trade;
        const QByteArray base = currencyOf(t.productId, true);
        const QByteArray quote = currencyOf(t.productId, false);
        const Decimal price = leg.opening ? t.entryPrice : t.exitPrice;
        const auto worth = valueAt(t, price);
        if (!worth)
            return worth.error();
        const QByteArray& value = *worth;
        const QByteArray quantity = t.quantity.toString().toLatin1();
        // A long buys when it opens and sells when it closes; a short the other way round.
        const bool buys = (t.side == Side::Buy) == leg.opening;
        const QByteArray date = QDateTime::fromSecsSinceEpoch(toUnixSeconds(leg.time), Qt::UTC)
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                    .toLatin1();
        // A bot named "=…" would be a formula in a spreadsheet: a leading quote keeps it text.
        QString description
            = QStringLiteral("%1 %2 %3 %4 at %5 (%6)")
                  .arg(t.botId, leg.opening ? QStringLiteral("opened") : QStringLiteral("closed"),
                      t.productId, QString::fromLatin1(quantity), price.toString(),
                      toIsoString(leg.time));
        if (description.startsWith(u'=') || description.startsWith(u'+')
            || description.startsWith(u'-') || description.startsWith(u'@'))
            description.prepend(u'\'');
        csv += date + ',' + (buys ? value + ',' + quote : quantity + ',' + base) + ','
            + (buys ? quantity + ',' + base : value + ',' + quote) + ','
            + (leg.opening ? QByteArray(",") : t.fees.toString().toLatin1() + ',' + quote) + ",,,,"
            + csvField(description) + ',' + transactionId(t, leg.opening) + '\n';
    }
    return csv;
}

} // namespace Candela::Core

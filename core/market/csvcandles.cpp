#include "csvcandles.h"

#include <QFile>

namespace Candela::Core {

namespace {

Error rowError(const QString& name, qint64 line, const QString& why)
{
    return makeError(
        ErrorCode::ParseError, QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(why));
}

} // namespace

Result<std::vector<Candle>> readCsvCandles(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return readCsvCandles(file, path);
}

Result<std::vector<Candle>> readCsvCandles(QIODevice& device, const QString& name)
{
    std::vector<Candle> candles;
    qint64 line = 0;
    bool headerSeen = false;
    while (!device.atEnd()) {
        QByteArray text = device.readLine().trimmed();
        ++line;
        if (line == 1 && text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3); // the UTF-8 byte-order mark a spreadsheet writes
        if (text.isEmpty())
            continue;
        if (!headerSeen) {
            if (text.toLower() != csvCandleHeader())
                return rowError(name, line,
                    QStringLiteral("expected the header time,open,high,low,close,volume"));
            headerSeen = true;
            continue;
        }
        const QList<QByteArray> fields = text.split(',');
        if (fields.size() != 6)
            return rowError(
                name, line, QStringLiteral("expected 6 fields, found %1").arg(fields.size()));
        bool timeOk = false;
        const qint64 time = fields[0].toLongLong(&timeOk);
        if (!timeOk || time < 0 || time > LatestUnixSeconds)
            return rowError(
                name, line, QStringLiteral("time is not whole epoch seconds from 1970 to 9999"));
        Candle candle;
        candle.start = fromUnixSeconds(time);
        Decimal* values[]
            = {&candle.open, &candle.high, &candle.low, &candle.close, &candle.volume};
        for (int i = 0; i < 5; ++i) {
            const QByteArray& field = fields[i + 1];
            auto value
                = Decimal::fromString(std::string_view(field.constData(), size_t(field.size())));
            if (!value)
                return rowError(name, line, value.error().message);
            *values[i] = *value;
        }
        if (!candle.isConsistent())
            return rowError(name, line, QStringLiteral("low/high do not bracket open and close"));
        if (!candles.empty() && candle.start <= candles.back().start)
            return rowError(name, line, QStringLiteral("time does not increase"));
        candles.push_back(candle);
    }
    if (!headerSeen)
        return makeError(ErrorCode::ParseError, QStringLiteral("%1: empty candle file").arg(name));
    return candles;
}

QByteArray csvCandleHeader()
{
    return QByteArrayLiteral("time,open,high,low,close,volume");
}

QByteArray toCsvRow(const Candle& candle)
{
    return QByteArray::number(toUnixSeconds(candle.start)) + ',' + candle.open.toString().toLatin1()
        + ',' + candle.high.toString().toLatin1() + ',' + candle.low.toString().toLatin1() + ','
        + candle.close.toString().toLatin1() + ',' + candle.volume.toString().toLatin1();
}

} // namespace Candela::Core

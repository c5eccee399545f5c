#pragma once

#include "core/model/candle.h"
#include "core/model/result.h"

#include <QString>

#include <vector>

class QIODevice;

namespace Candela::Core {

// Candles as CSV: a header `time,open,high,low,close,volume`, then one row per bucket with the
// bucket start in UTC epoch seconds and plain decimals. Rows must be strictly increasing in
// time and consistent (low <= open, close <= high; volume >= 0). Anything else is an error that
// names the line: a corrupt file is refused whole rather than half-read.
Result<std::vector<Candle>> readCsvCandles(const QString& path);
Result<std::vector<Candle>> readCsvCandles(QIODevice& device, const QString& name);

QByteArray csvCandleHeader();
QByteArray toCsvRow(const Candle& candle);

} // namespace Candela::Core

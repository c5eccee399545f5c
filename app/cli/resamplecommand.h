#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli resample --candles FILE.csv --timeframe 5m|15m|1h|4h|1d
int runResample(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli indicators --candles FILE.csv
int runIndicators(const QStringList& arguments, QTextStream& out, QTextStream& err);

// A double as the shortest text that reads back to the same value; empty for NaN (warm-up).
QByteArray formatIndicator(double value);

} // namespace Candela::Cli

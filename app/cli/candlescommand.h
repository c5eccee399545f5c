#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli candles --product BTC-USD --timeframe 5m --from DATE --to DATE [--cache FILE]
// Downloads Coinbase's candles for the range through the public REST client into the SQLite
// candle cache (chunk by chunk, so that a run stopped part way carries on where it stopped) and
// prints them as candle CSV on standard output; progress goes to standard error.
int runCandles(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

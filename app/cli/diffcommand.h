#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli diff --db SESSION.sqlite --candles FILE.csv [--product ID] [--maker-fee R]
//                  [--taker-fee R] [--slippage R]
// Backtests a session's window with the configuration its bots traded with and prints the
// differences as JSON. Exit 0: no differences; 1: differences; 2: usage or an input that does
// not read (nothing compared).
int runDiff(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

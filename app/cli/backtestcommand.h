#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli backtest --candles FILE.csv --bot BOT.json [--from DATE] [--to DATE] [--cash 10000]
//                      [--trades OUT.csv]
//                      [--report OUT.json]
int runBacktest(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli sweep --candles FILE.csv --bot BASE.json --vary PATH=SPEC [--vary …]
//     [--random N --seed S] [--from DATE] [--to DATE] [--cash 10000] [--objective sharpe]
//     [--min-trades 10] [--blocks 16] [--monte-carlo 1000] [--walk-forward train=…,test=…]
//     [--shard I/N] [--json OUT.json] [--matrix OUT.csv] [--threads N]
// candela-cli sweep merge SHARD.json… [--json OUT.json]
// One CSV row per configuration on standard output; the statistics in words on standard error.
int runSweep(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

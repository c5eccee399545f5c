#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli session run --db FILE --bot BOT.json [--bot …] --candles FILE.csv [--cash 10000]
// candela-cli session show --db FILE
// candela-cli session kill --db FILE
int runSession(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

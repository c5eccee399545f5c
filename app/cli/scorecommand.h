#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli score --candles FILE.csv --bot BOT.json
int runScore(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

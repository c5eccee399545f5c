#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli jwt --key-file PEM --key-name NAME [--method GET --path /api/v3/brokerage/accounts]
// prints one Coinbase JWT (for users checking their keys); without --path, a WebSocket token.
int runJwt(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli account --key-file PEM --key-name NAME [--portfolio UUID] [--wait SECONDS]
//                     [--rest-url URL] [--ws-url URL]
// checks an API key against Coinbase as Tools → Coinbase account… does — permissions, clock,
// user channel, the account against an empty journal — and prints it as JSON: access, blockers,
// permissions, balances, open orders, differences. Read-only. Exit 0 when live trading could
// start, 3 read-only, 1 not ready, 2 usage.
int runAccount(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// What `candela-cli run` ends with (the README's "Run it unattended" lists them).
enum RunExit : int {
    RunStopped = 0, // SIGTERM or SIGINT stopped it, or a recording or candle file played out
    RunFailed = 1, // it could not start (a market file, the account), or its journal failed
    RunUsage = 2, // the command line is wrong
    RunJournalInUse = 3, // another session trades on the journal
    RunLiveRefused = 4, // live trading was asked for and may not start (the gates, --confirm-live)
};

// candela-cli run: the window's trading session without a window, for a server or a machine
// left on — Coinbase's live market (or a recording / candle file), the bots of `--bot` files or
// a `--bots` folder, in a dry run, a named paper session (resumed after a restart) or live at
// Coinbase (the window's live gates and live journal; never without --confirm-live LIVE).
// Runs until SIGTERM/SIGINT (a clean stop) or the end of a market file; SIGUSR1 halts trading.
int runUnattended(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli

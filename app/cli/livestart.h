#pragma once

#include "core/engine/sessionoptions.h"

#include <QString>

#include <chrono>
#include <optional>
#include <vector>

class QTextStream;

namespace Candela::Cli {

// What `candela-cli run --mode live` is started with.
struct LiveStart
{
    QString confirmation; // --confirm-live: exactly "LIVE"
    QString keyFile; // the API key's private key (PEM)
    QString keyName;
    QString portfolio; // the bot portfolio's UUID; empty: the key's own
    QUrl restUrl; // empty: Coinbase's
    QUrl userChannelUrl; // empty: Coinbase's
    QString journal; // the live journal (never a paper session's)
    std::chrono::seconds wait{30}; // for Coinbase's answers to the checks
};

// The window's live gates, without the window: the typed confirmation, then the key's
// permissions (view and trade, never transfer), the clock against Coinbase, the user channel and
// a reconciliation of the live journal with the account. All passed: the venue the bots trade
// at, each with its share of the portfolio's cash (liveCashPerBot), the start balances on the
// record. Otherwise says on `err` what held it back, and nothing is placed or journaled.
std::optional<Core::CoinbaseVenue> passLiveGates(
    const LiveStart& start, const std::vector<Core::BotConfig>& bots, QTextStream& err);

} // namespace Candela::Cli

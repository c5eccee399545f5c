#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Candela::Core {

// What a Coinbase API key may do (GET /key_permissions).
struct KeyPermissions
{
    bool canView = false;
    bool canTrade = false;
    bool canTransfer = false;
    QString portfolioUuid;
    QString portfolioType;
};
Result<KeyPermissions> parseKeyPermissions(const QByteArray& body);

// How far live trading may go.
enum class LiveAccess {
    NotReady, // nothing live: see the blockers
    ReadOnly, // balances and orders shown, order entry off (a View-only key)
    Trading,
};

// Why live trading is held back. The UI words them (core never returns sentences).
enum class LiveBlocker {
    NoKey, // none stored, or the keychain refused
    PermissionsUnknown, // key_permissions could not be read (detail: why)
    CannotView,
    CanTransfer, // a key that can move funds out is refused: View + Trade only
    WrongPortfolio, // detail: the key's portfolio
    ViewOnly, // read-only: not an error, but no order entry
    ClockSkew, // detail: clockSkewProblem()'s text
    UserChannelNotReady, // detail: why
    NotReconciled, // detail: what differs, or why it could not run
};

// The blocker's name in machine-readable output ("can_transfer", …).
const char* liveBlockerName(LiveBlocker blocker);
const char* liveAccessName(LiveAccess access); // "trading", "read_only", "not_ready"

struct LiveGateInput
{
    bool keyStored = false;
    std::optional<KeyPermissions> permissions;
    QString permissionsProblem;
    QString expectedPortfolio; // the bot portfolio the user chose; empty: the key's own
    QString clockProblem; // empty: within 30 s of Coinbase
    bool userChannelReady = false;
    QString userChannelProblem;
    bool reconciled = false;
    QString reconcileProblem;
};

struct LiveGateVerdict
{
    LiveAccess access = LiveAccess::NotReady;
    std::vector<std::pair<LiveBlocker, QString>> blockers; // with their detail
};

// The live gates: a key that can view and cannot transfer, for the bot portfolio, and a clock
// within 30 s of Coinbase, or nothing is shown (NotReady). Then read-only (balances and orders,
// no order entry) until the key can trade, the user channel is confirmed and the journal
// reconciles with the venue; only all of them together give Trading.
LiveGateVerdict evaluateLiveGate(const LiveGateInput& input);

// The typed confirmation for switching to live: exactly "LIVE".
bool confirmsLive(const QString& typed);

} // namespace Candela::Core

#include "livegate.h"

#include "jsonanswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Candela::Core {

Result<KeyPermissions> parseKeyPermissions(const QByteArray& body)
{
    const auto parsed = parseJsonObject(body, "key permissions");
    if (!parsed)
        return parsed.error();
    const QJsonObject& root = *parsed;
    // Booleans, or defensively the strings other Coinbase fields use; a missing one is "no".
    const auto flag = [&](const char* key) {
        const QJsonValue value = root.value(QLatin1String(key));
        return value.toBool() || value.toString() == QLatin1String("true");
    };
    if (!root.contains(QStringLiteral("can_view")) && !root.contains(QStringLiteral("can_trade")))
        return makeError(ErrorCode::ParseError, QStringLiteral("key permissions: no can_view"));
    KeyPermissions permissions;
    permissions.canView = flag("can_view");
    permissions.canTrade = flag("can_trade");
    permissions.canTransfer = flag("can_transfer");
    permissions.portfolioUuid = root.value(QStringLiteral("portfolio_uuid")).toString();
    permissions.portfolioType = root.value(QStringLiteral("portfolio_type")).toString();
    return permissions;
}

LiveGateVerdict evaluateLiveGate(const LiveGateInput& input)
{
    LiveGateVerdict verdict;
    auto& blockers = verdict.blockers;
    bool viewOnly = false;
    if (!input.keyStored) {
        blockers.emplace_back(LiveBlocker::NoKey, QString());
    } else if (!input.permissions) {
        blockers.emplace_back(LiveBlocker::PermissionsUnknown, input.permissionsProblem);
    } else {
        const KeyPermissions& key = *input.permissions;
        if (!key.canView)
            blockers.emplace_back(LiveBlocker::CannotView, QString());
        if (key.canTransfer)
            blockers.emplace_back(LiveBlocker::CanTransfer, QString());
        if (!input.expectedPortfolio.isEmpty() && key.portfolioUuid != input.expectedPortfolio)
            blockers.emplace_back(LiveBlocker::WrongPortfolio, key.portfolioUuid);
        viewOnly = key.canView && !key.canTrade;
    }
    if (!input.clockProblem.isEmpty())
        blockers.emplace_back(LiveBlocker::ClockSkew, input.clockProblem);
    if (!blockers.empty())
        return verdict; // not even viewing: the key or the clock is wrong

    // The account can be shown; trading needs the rest.
    verdict.access = LiveAccess::ReadOnly;
    if (viewOnly)
        blockers.emplace_back(LiveBlocker::ViewOnly, QString());
    if (!input.userChannelReady)
        blockers.emplace_back(LiveBlocker::UserChannelNotReady, input.userChannelProblem);
    if (!input.reconciled)
        blockers.emplace_back(LiveBlocker::NotReconciled, input.reconcileProblem);
    if (blockers.empty())
        verdict.access = LiveAccess::Trading;
    return verdict;
}

const char* liveBlockerName(LiveBlocker blocker)
{
    switch (blocker) {
    case LiveBlocker::NoKey:
        return "no_key";
    case LiveBlocker::PermissionsUnknown:
        return "permissions_unknown";
    case LiveBlocker::CannotView:
        return "cannot_view";
    case LiveBlocker::CanTransfer:
        return "can_transfer";
    case LiveBlocker::WrongPortfolio:
        return "wrong_portfolio";
    case LiveBlocker::ViewOnly:
        return "view_only";
    case LiveBlocker::ClockSkew:
        return "clock_skew";
    case LiveBlocker::UserChannelNotReady:
        return "user_channel_not_ready";
    case LiveBlocker::NotReconciled:
        return "not_reconciled";
    }
    return "unknown";
}

const char* liveAccessName(LiveAccess access)
{
    switch (access) {
    case LiveAccess::Trading:
        return "trading";
    case LiveAccess::ReadOnly:
        return "read_only";
    case LiveAccess::NotReady:
        break;
    }
    return "not_ready";
}

bool confirmsLive(const QString& typed)
{
    return typed == QLatin1String("LIVE");
}

} // namespace Candela::Core

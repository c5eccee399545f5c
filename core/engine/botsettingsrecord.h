#pragma once

#include "core/execution/papermatcher.h"
#include "core/model/result.h"
#include "core/model/timestamp.h"
#include "core/risk/riskpolicy.h"
#include "core/strategy/botconfig.h"

namespace Candela::Core {

// What decided a bot's trades from one bar on: its configuration (with its hash), the risk
// defaults under its "risk" section, the paper fees and slippage, each account's starting cash
// and the venue. The engine journals one (audit kind "bot_settings", the JSON as its detail) at
// each bot's first bar after the session starts and after any of them changes, so that a session
// can be backtested with what it traded with (candela-cli diff).
struct BotSettingsRecord
{
    QString botId;
    Timestamp firstBar; // the start of the first bar traded with these settings
    BotConfig config;
    RiskPolicy riskDefaults;
    PaperExchangeConfig fees;
    Decimal startingCash;
    QString venue; // "paper" or "coinbase"
    QString killSwitch; // at that bar, as KillSwitchStatus::text() writes it

    static inline const QString AuditKind = QStringLiteral("bot_settings");

    QByteArray toJson() const; // compact
    // An error names what does not read (a journal written by a later version, a damaged row).
    static Result<BotSettingsRecord> fromJson(const QString& botId, const QString& detail);
};

} // namespace Candela::Core

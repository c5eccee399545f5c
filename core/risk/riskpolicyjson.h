#pragma once

#include "riskpolicy.h"

#include "core/model/result.h"
#include "core/strategy/botconfig.h"

#include <QJsonObject>

namespace Candela::Core {

class Settings;

// Reads a bot's "risk" section over `defaults` (the built-in figures, or the user's risk defaults
// from the settings): a key that is present replaces the default, a missing key keeps it.
// Percentages are written as percent ("risk_percent": 1 is 1 % of equity). Every problem is
// listed, one per line, naming its key ("risk.max_stop_percent: must be between 0 and 100, not
// 150"); an unknown key is an error too, so that a misspelt limit is never silently ignored.
Result<RiskPolicy> riskPolicyFromJson(const QJsonObject& risk, const RiskPolicy& defaults = {});

// The policy a bot trades under: its "risk" section over `defaults`.
Result<RiskPolicy> riskPolicyFor(const BotConfig& config, const RiskPolicy& defaults = {});

// The user's risk defaults from the settings (SettingKeys::RiskDefaults) over the built-in ones.
// A stored value that does not parse gives the built-in defaults, logged.
RiskPolicy riskDefaults(const Settings& settings);

// The same section written back out: every key with its value in `policy`.
QJsonObject riskPolicyToJson(const RiskPolicy& policy);

} // namespace Candela::Core

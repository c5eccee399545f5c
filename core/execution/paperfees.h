#pragma once

#include "papermatcher.h"

#include <optional>

namespace Candela::Core {

class Settings;

// A fee or slippage fraction as the trader types it ("0.006" is 0.60 %): a decimal from 0 to
// 0.1; nullopt for anything else.
std::optional<Decimal> feeFraction(const QString& text);

// The paper venue's maker/taker fees and slippage from the settings (SettingKeys::MakerFee,
// TakerFee, Slippage). A stored value that is not a fee fraction gives the default, logged.
PaperExchangeConfig paperFees(const Settings& settings);

} // namespace Candela::Core

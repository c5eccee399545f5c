#pragma once

#include "core/strategy/botconfig.h"

#include <functional>
#include <vector>

namespace Candela {

namespace Gui {
class MainWindow;
}
class LiveAccount;
class MarketConnection;

// Tools → Coinbase account… and what its buttons do: the account checked against Coinbase under
// the stored key name, differences accepted, orders placed elsewhere cancelled, and — every
// gate passed and LIVE typed — the watched bots trading at Coinbase from the live journal.
// `bots` and `keyName` are read when they are needed, not now.
void wireLiveTrading(Gui::MainWindow& window, LiveAccount& liveAccount,
    MarketConnection& connection, std::function<std::vector<Core::BotConfig>()> bots,
    std::function<QString()> keyName);

} // namespace Candela

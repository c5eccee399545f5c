#include "terminal.h"

#include "sessionwiring.h"

#include "core/execution/paperfees.h"
#include "core/risk/riskpolicyjson.h"
#include "core/settings/settings.h"

namespace Candela {

namespace {
Core::SessionOptions sessionDefaults(Core::Settings& settings,
    const MarketConnection::Options& market, std::vector<Core::BotConfig> bots)
{
    Core::SessionOptions defaults;
    defaults.bots = std::move(bots);
    defaults.fees = Core::paperFees(settings);
    defaults.riskDefaults = Core::riskDefaults(settings);
    defaults.killSwitch = rememberedKillSwitch(settings);
    defaults.stoppedBots = legacyStoppedBots(settings);
    defaults.productCachePath = market.productCachePath;
    defaults.chartProduct
        = market.products.isEmpty() ? QStringLiteral("BTC-USD") : market.products.front();
    return defaults;
}
} // namespace

Terminal::Terminal(
    Core::Settings& settings, MarketConnection::Options market, std::vector<Core::BotConfig> bots)
    : window(settings)
    , session(sessionDefaults(settings, market, bots))
    , connection(std::move(market), session, window)
{
    window.setTradingMode(Core::TradingMode::Paper);
    window.setConnectionState(Core::ConnectionState::Disconnected);
    window.setBotConfigs(std::move(bots));
    connectWindowToSession(window, session, settings);
}

} // namespace Candela

#pragma once

#include "marketconnection.h"

#include "core/engine/tradingsession.h"
#include "ui/mainwindow.h"

namespace Candela {

// The terminal as main() composes it, for main() and for the tests that drive it whole: the
// window, the trading session it shows and commands (starting from the trader's settings: fees,
// risk defaults, the kill switch as last shown), and the market connection choosing what the
// session trades on. Nothing runs until connection.start().
struct Terminal
{
    Terminal(Core::Settings& settings, MarketConnection::Options market,
        std::vector<Core::BotConfig> bots);

    Gui::MainWindow window;
    Core::TradingSession session;
    MarketConnection connection;
};

} // namespace Candela

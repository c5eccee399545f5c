#pragma once

#include "core/risk/killswitch.h"

#include <QStringList>

namespace Candela {

namespace Core {
class Settings;
class TradingSession;
} // namespace Core
namespace Gui {
class MainWindow;
}

// The window and its trading session: the trader's buttons (the kill switch, Flatten, Re-arm,
// a bot's Start/Stop, closing a position, releasing a drawdown lock, fees, risk defaults, the
// chart's product and timeframe) become the session's commands, and what the session publishes
// is shown. The window keeps no trading state; the engine owns it.
void connectWindowToSession(
    Gui::MainWindow& window, Core::TradingSession& session, Core::Settings& settings);

// The kill switch as the window last showed it, kept in the settings so that a restart into an
// account that never saw the halt (a replay's, kept in memory) still starts halted: the engine
// takes the stricter of it and its own journal's. A saved state that cannot be read is taken as
// Halted: when in doubt, do not trade.
Core::KillSwitchStatus rememberedKillSwitch(const Core::Settings& settings);
void rememberKillSwitch(Core::Settings& settings, const Core::KillSwitchStatus& status);

// Bots an older Candela stopped, kept in the settings before the engine journaled them: handed
// to every session the window starts, and forgotten from the settings once an account with a
// journal shows them stopped (connectWindowToSession) — a replay's account, kept in memory,
// would lose them.
QStringList legacyStoppedBots(const Core::Settings& settings);

} // namespace Candela

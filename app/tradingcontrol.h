#pragma once

#include "core/model/clock.h"
#include "core/risk/killswitch.h"

#include <QObject>

namespace Candela::Core {
class Settings;
}
namespace Candela::Gui {
class MainWindow;
}

namespace Candela {

// Owns the terminal's kill switch and the bots' start/stop switches: the window's buttons come
// here, the state goes back to the window and to the paper engine, and it is saved at once so
// that a restart after a halt stays halted. A saved state that cannot be read is
// taken as Halted: when in doubt, do not trade.
class TradingControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingControl)

public:
    explicit TradingControl(Core::Settings& settings, QObject* parent = nullptr);

    Core::KillSwitchState state() const { return m_switch.state(); }
    const std::vector<Core::KillSwitch::Change>& history() const { return m_switch.history(); }

    void halt(const QString& who, const QString& why);
    void flatten(const QString& who, const QString& why);
    // Refused (with a reason) while already Active.
    Core::Status rearm(const QString& who, const QString& why);

    // Starts or stops one bot; the choice is saved (a stopped bot stays stopped).
    void setBotRunning(const QString& botId, bool running);
    QStringList stoppedBots() const;

Q_SIGNALS:
    void stateChanged(Candela::Core::KillSwitchState state);
    void botRunningChanged(const QString& botId, bool running);

private:
    void record(Core::KillSwitchState before);

    Core::Settings& m_settings;
    Core::SystemClock m_clock;
    Core::KillSwitch m_switch;
};

// The window's kill switch, Flatten, Re-arm and bot Start/Stop reach `control` (as "ui"); its
// state shows in `window`, starting with the saved one.
void connectKillSwitch(TradingControl& control, Gui::MainWindow& window);

} // namespace Candela

#include "tradingcontrol.h"

#include "core/settings/settings.h"
#include "ui/mainwindow.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTrading, "candela.trading")

namespace Candela {

namespace {

Core::KillSwitchState savedState(const Core::Settings& settings)
{
    const QString name = settings.value(Core::SettingKeys::KillSwitchState);
    if (const auto state = Core::killSwitchStateFromName(name))
        return *state;
    qCWarning(lcTrading) << "unreadable saved kill-switch state" << name
                         << "- starting halted; re-arm to trade";
    return Core::KillSwitchState::Halted;
}

} // namespace

TradingControl::TradingControl(Core::Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_switch(savedState(settings))
{ }

void TradingControl::halt(const QString& who, const QString& why)
{
    const Core::KillSwitchState before = m_switch.state();
    m_switch.halt(who, why, m_clock.now());
    record(before);
}

void TradingControl::flatten(const QString& who, const QString& why)
{
    const Core::KillSwitchState before = m_switch.state();
    m_switch.flatten(who, why, m_clock.now());
    record(before);
}

Core::Status TradingControl::rearm(const QString& who, const QString& why)
{
    const Core::KillSwitchState before = m_switch.state();
    Core::Status status = m_switch.rearm(who, why, m_clock.now());
    record(before);
    return status;
}

void TradingControl::record(Core::KillSwitchState before)
{
    const Core::KillSwitchState now = m_switch.state();
    if (now == before)
        return;
    const Core::KillSwitch::Change& change = m_switch.history().back();
    qCWarning(lcTrading).noquote()
        << "kill switch" << Core::killSwitchStateName(change.from) << "->"
        << Core::killSwitchStateName(change.to) << "by" << change.who << ":" << change.why;
    m_settings.setValue(Core::SettingKeys::KillSwitchState, Core::killSwitchStateName(now));
    m_settings.saveNow();
    Q_EMIT stateChanged(now);
}

void TradingControl::setBotRunning(const QString& botId, bool running)
{
    QStringList stopped = stoppedBots();
    if (stopped.contains(botId) == !running)
        return;
    if (running)
        stopped.removeAll(botId);
    else
        stopped.append(botId);
    qCWarning(lcTrading).noquote() << "bot" << botId << (running ? "started" : "stopped");
    m_settings.setValue(Core::SettingKeys::StoppedBots, stopped);
    m_settings.saveNow();
    Q_EMIT botRunningChanged(botId, running);
}

QStringList TradingControl::stoppedBots() const
{
    return m_settings.value(Core::SettingKeys::StoppedBots);
}

void connectKillSwitch(TradingControl& control, Gui::MainWindow& window)
{
    QObject::connect(
        &window, &Gui::MainWindow::botRunningChanged, &control, &TradingControl::setBotRunning);
    const QString who = QStringLiteral("ui");
    QObject::connect(&window, &Gui::MainWindow::killSwitchRequested, &control,
        [&control, who] { control.halt(who, QStringLiteral("kill switch pressed")); });
    QObject::connect(&window, &Gui::MainWindow::flattenRequested, &control,
        [&control, who] { control.flatten(who, QStringLiteral("flatten pressed")); });
    QObject::connect(&window, &Gui::MainWindow::rearmRequested, &control, [&control, &window, who] {
        if (const Core::Status status = control.rearm(who, QStringLiteral("re-armed")); !status)
            window.notify(status.error().message);
    });
    QObject::connect(
        &control, &TradingControl::stateChanged, &window, &Gui::MainWindow::setKillSwitchState);
    if (control.state() != Core::KillSwitchState::Active)
        window.setKillSwitchState(control.state());
}

} // namespace Candela

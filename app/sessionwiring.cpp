#include "sessionwiring.h"

#include "core/engine/tradingsession.h"
#include "core/settings/settings.h"
#include "ui/mainwindow.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSessionWiring, "candela.app.session")

namespace Candela {

namespace {
// The legacy list is in a journal now: the account has one and shows every such bot stopped.
void forgetLegacyStoppedBotsOnceJournaled(Core::Settings& settings,
    const Core::SessionOptions& options, const Core::SessionSnapshot& snapshot)
{
    const QStringList legacy = legacyStoppedBots(settings);
    if (legacy.isEmpty() || !snapshot.trading)
        return;
    const auto* paper = std::get_if<Core::PaperVenue>(&options.venue);
    if (paper && paper->journalPath.isEmpty())
        return;
    for (const QString& bot : legacy) {
        if (!snapshot.trading->stoppedBots.contains(bot))
            return;
    }
    settings.setValue(Core::SettingKeys::StoppedBots, QStringList{});
    settings.saveNow();
}
} // namespace

void connectWindowToSession(
    Gui::MainWindow& window, Core::TradingSession& session, Core::Settings& settings)
{
    using Core::TradingSession;
    using Gui::MainWindow;
    QObject::connect(&session, &TradingSession::snapshotReady, &window,
        [&window, &settings, &session](const Core::SessionSnapshot& snapshot) {
            window.showSession(snapshot);
            forgetLegacyStoppedBotsOnceJournaled(settings, session.options(), snapshot);
            const Core::KillSwitchStatus remembered = rememberedKillSwitch(settings);
            const Core::KillSwitchStatus& now = snapshot.killSwitch;
            if (now.state != remembered.state || now.cause != remembered.cause
                || now.detail != remembered.detail)
                rememberKillSwitch(settings, now);
        });
    QObject::connect(
        &session, &TradingSession::tradingEvent, &window, &MainWindow::showTradingEvent);

    // No confirmation in the way of stopping; re-arming was confirmed in the window.
    QObject::connect(&window, &MainWindow::killSwitchRequested, &session,
        [&session] { session.halt(Core::HaltCause::Pressed); });
    QObject::connect(&window, &MainWindow::flattenRequested, &session,
        [&session] { session.flatten(Core::HaltCause::Pressed); });
    QObject::connect(&window, &MainWindow::rearmRequested, &session, &TradingSession::rearm);
    QObject::connect(
        &window, &MainWindow::botRunningChanged, &session, &TradingSession::setBotRunning);
    QObject::connect(
        &window, &MainWindow::drawdownReleased, &session, &TradingSession::releaseDrawdown);
    QObject::connect(
        &window, &MainWindow::positionCloseRequested, &session, &TradingSession::closePosition);
    QObject::connect(
        &window, &MainWindow::manualOrderRequested, &session, &TradingSession::placeManualOrder);
    QObject::connect(&window, &MainWindow::manualOrderPreviewRequested, &session,
        &TradingSession::previewManualOrder);
    QObject::connect(&session, &TradingSession::manualOrderPreviewed, &window,
        &MainWindow::showManualOrderPreview);
    QObject::connect(
        &window, &MainWindow::orderCancelRequested, &session, &TradingSession::cancelOrder);
    QObject::connect(
        &window, &MainWindow::orderReplaceRequested, &session, &TradingSession::replaceOrder);
    QObject::connect(
        &window, &MainWindow::riskDefaultsChanged, &session, &TradingSession::setRiskDefaults);
    QObject::connect(&window, &MainWindow::feesChanged, &session, &TradingSession::setFees);
    QObject::connect(
        &window, &MainWindow::timeframeChanged, &session, [&session](Core::Timeframe timeframe) {
            session.watchChart(session.options().chartProduct, timeframe);
        });
    QObject::connect(
        &window, &MainWindow::chartProductChanged, &session, [&session](const QString& product) {
            session.watchChart(product, session.options().chartTimeframe);
        });
    window.setKillSwitch(session.options().killSwitch);
}

Core::KillSwitchStatus rememberedKillSwitch(const Core::Settings& settings)
{
    const QString name = settings.value(Core::SettingKeys::KillSwitchState);
    const auto state = Core::killSwitchStateFromName(name);
    if (!state) {
        qCWarning(lcSessionWiring)
            << "unreadable saved kill-switch state" << name << "- starting halted; re-arm to trade";
        return {Core::KillSwitchState::Halted, Core::HaltCause::None,
            QStringLiteral("unreadable saved state '%1'").arg(name), {}};
    }
    if (*state == Core::KillSwitchState::Active)
        return {};
    return {*state,
        Core::haltCauseFromName(settings.value(Core::SettingKeys::KillSwitchCause))
            .value_or(Core::HaltCause::None),
        settings.value(Core::SettingKeys::KillSwitchDetail), {}};
}

void rememberKillSwitch(Core::Settings& settings, const Core::KillSwitchStatus& status)
{
    settings.setValue(Core::SettingKeys::KillSwitchState, Core::killSwitchStateName(status.state));
    settings.setValue(Core::SettingKeys::KillSwitchCause, Core::haltCauseName(status.cause));
    settings.setValue(Core::SettingKeys::KillSwitchDetail, status.detail);
    settings.saveNow();
}

QStringList legacyStoppedBots(const Core::Settings& settings)
{
    return settings.value(Core::SettingKeys::StoppedBots);
}

} // namespace Candela

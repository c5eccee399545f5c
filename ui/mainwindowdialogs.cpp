#include "mainwindow.h"

#include "bots/botspanel.h"
#include "charts/candlechart.h"
#include "charts/chartpanel.h"
#include "datatable.h"
#include "dialogs/backtestdialog.h"
#include "dialogs/boteditordialog.h"
#include "dialogs/liveaccountdialog.h"
#include "dialogs/sessiondialog.h"
#include "dialogs/settingsdialog.h"
#include "lab/sessioncomparedialog.h"
#include "lab/strategylabdialog.h"
#include "logpanel.h"
#include "marketdepthpanel.h"
#include "theme.h"
#include "trading/closedtradespanel.h"
#include "trading/ordersmodel.h"
#include "trading/performancepanel.h"
#include "trading/positionsmodel.h"
#include "trading/tradingtext.h"
#include "tradingstatusbar.h"
#include "uilogging.h"

#include "candela/version.h"
#include "core/execution/paperfees.h"
#include "core/risk/riskpolicyjson.h"
#include "core/settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

// MainWindow: the dialogs it opens — replay, paper session, backtest, strategy lab, session
// comparison, bot editor, settings, the Coinbase account, and the confirmations a trader gives
// before a step that trades or resumes trading — and what their answers become (the window's
// signals).

namespace Candela::Gui {

namespace {

// The candles the dialogs that backtest start with: the first bundled candle file.
QString firstCandleFile(const QList<BundledReplay>& replays)
{
    for (const BundledReplay& replay : replays) {
        if (replay.path.endsWith(QLatin1String(".csv")))
            return replay.path;
    }
    return {};
}

} // namespace

void MainWindow::confirmRearm()
{
    // Resuming is the one step that must be deliberate: ask, without blocking the event loop
    // (the kill switch must stay pressable while the question is open).
    auto* question = new QMessageBox(QMessageBox::Warning, tr("Re-arm trading"),
        tr("Allow bots and orders to trade again?"), QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("rearmConfirmation"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT rearmRequested();
    });
    question->open();
}

void MainWindow::openReplay()
{
    // Not modal to the application: the market, the charts and the kill switch keep working.
    auto* dialog = new ReplayDialog(m_bundledReplays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { Q_EMIT replayRequested(dialog->path(), dialog->speed()); });
    dialog->open();
}

void MainWindow::choosePaperSession()
{
    auto* dialog = new SessionDialog(m_paperSessions, m_paperSession, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT paperSessionRequested(dialog->sessionName(), dialog->startingCash());
    });
    dialog->open();
}

void MainWindow::openBacktest()
{
    const QString candles = firstCandleFile(m_bundledReplays);
    // Not modal: the market and the kill switch stay in reach while it runs.
    auto* dialog = new BacktestDialog(m_botConfigs, candles, Core::paperFees(m_settings), this);
    dialog->setRiskDefaults(Core::riskDefaults(m_settings));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openStrategyLab()
{
    const QString candles = firstCandleFile(m_bundledReplays);
    auto* dialog = new StrategyLabDialog(m_botConfigs, candles, Core::paperFees(m_settings), this);
    dialog->setRiskDefaults(Core::riskDefaults(m_settings));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A configuration worth keeping goes through the bot editor, as a new bot.
    connect(dialog, &StrategyLabDialog::saveAsBot, this,
        [this](const Core::BotConfig& config) { editBot(config, QString()); });
    dialog->show();
}

void MainWindow::openSessionCompare()
{
    const QString candles = firstCandleFile(m_bundledReplays);
    auto* dialog = new SessionCompareDialog(
        m_sessionJournals, m_sessionJournals.value(0), candles, Core::paperFees(m_settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::editBot(const Core::BotConfig& base, const QString& previousName)
{
    QStringList taken;
    for (const Core::BotConfig& config : m_botConfigs) {
        if (config.name != previousName)
            taken.append(config.name);
    }
    auto* dialog = new BotEditorDialog(base, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previousName] {
        if (const auto config = dialog->config())
            Q_EMIT botSaved(*config, previousName);
    });
    dialog->open();
}

void MainWindow::confirmDeleteBot(const QString& name)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete bot"),
        tr("Delete the bot “%1”? Its file is removed; its trades stay in the journal.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteBotConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            Q_EMIT botDeleted(name);
    });
    box->open();
}

void MainWindow::confirmDrawdownRelease(const QString& name)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Release drawdown lock"),
        tr("Count the drawdown afresh from now for “%1” and for the whole account? The losses so "
           "far stay in the history; the bot may open positions again.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("drawdownReleaseConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            Q_EMIT drawdownReleased(name);
    });
    box->open();
}

void MainWindow::confirmClosePosition()
{
    const QModelIndexList rows = m_positions->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Core::OpenPosition* position
        = m_positionsModel->position(m_positions->proxy()->mapToSource(rows.front()).row());
    if (!position)
        return;
    const QString botId = position->botId;
    const QString productId = position->productId;
    const Core::Decimal shown
        = position->side == Core::Side::Buy ? position->quantity : -position->quantity;
    const bool live = m_statusBar->tradingMode() == Core::TradingMode::Live;
    const QString what = position->side == Core::Side::Buy
        ? tr("Sell %1 %2 of “%3” at market now?")
        : tr("Buy back %1 %2 of “%3” at market now?");
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close position"),
        what.arg(position->quantity.toString(), productId, botId)
            + (live ? QStringLiteral("\n\n")
                        + tr("This is a real order at Coinbase. The position's stop there is "
                             "cancelled first.")
                    : QString()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closePositionConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, botId, productId, shown](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            Q_EMIT positionCloseRequested(botId, productId, shown); // the engine checks it still is
    });
    box->open();
}

void MainWindow::showApiKeyStatus(const QString& text)
{
    if (auto* dialog = findChild<SettingsDialog*>())
        dialog->setApiKeyStatus(text);
    else
        notify(text);
}

void MainWindow::openLiveAccount()
{
    auto* dialog = findChild<LiveAccountDialog*>();
    if (!dialog) {
        dialog = new LiveAccountDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            dialog, &LiveAccountDialog::checkRequested, this, &MainWindow::liveAccountRequested);
        connect(dialog, &LiveAccountDialog::liveTradingRequested, this,
            &MainWindow::liveTradingRequested);
        connect(
            dialog, &LiveAccountDialog::balancesAccepted, this, &MainWindow::liveBalancesAccepted);
        connect(dialog, &LiveAccountDialog::externalCancelRequested, this,
            &MainWindow::liveExternalCancelRequested);
    }
    dialog->show();
    dialog->raise();
    Q_EMIT liveAccountRequested();
}

void MainWindow::showLiveReadiness(const Core::LiveReadinessReport& report)
{
    if (auto* dialog = findChild<LiveAccountDialog*>())
        dialog->showReport(report);
}

void MainWindow::showLiveAccountProblem(const QString& problem)
{
    if (auto* dialog = findChild<LiveAccountDialog*>())
        dialog->showProblem(problem);
    else
        notify(problem);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::apiKeySubmitted, this, &MainWindow::apiKeySubmitted);
    connect(dialog, &QDialog::accepted, this, [this] {
        applyTheme(*qApp, themeFromName(m_settings.value(Core::SettingKeys::Theme)));
        Q_EMIT feesChanged(Core::paperFees(m_settings));
        Q_EMIT riskDefaultsChanged(Core::riskDefaults(m_settings));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Candela"),
        tr("<h3>Candela %1</h3><p>A desktop trading terminal for Coinbase Advanced Trade: live "
           "charts, rule-based bots in paper sessions, live orders and a kill switch.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QString::fromLatin1(Candela::Version), QString::fromLatin1(qVersion())));
}

} // namespace Candela::Gui

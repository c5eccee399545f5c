#pragma once

#include "core/coinbase/livereadiness.h"
#include "core/engine/botwatch.h"
#include "core/engine/manualorder.h"
#include "core/engine/sessionsnapshot.h"
#include "core/engine/tradingsnapshot.h"
#include "core/execution/papermatcher.h"
#include "core/market/marketfeed.h"
#include "core/market/marketsnapshot.h"
#include "core/model/tradingmode.h"
#include "core/risk/killswitch.h"
#include "core/risk/riskpolicy.h"
#include "dialogs/replaydialog.h"

#include <QByteArray>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QSystemTrayIcon;

namespace Candela::Core {
class Settings;
}

namespace Candela::Gui {

class BotsPanel;
class ClosedTradesPanel;
class DataTable;
class OrderConfirmation;
class OrdersModel;
class OrderTicketPanel;
class PerformancePanel;
class PositionsModel;
class LogPanel;
class ChartPanel;
class MarketDepthPanel;
class TradingStatusBar;

// The terminal's main window. It only composes: the dock panels DESIGN.md lists (each with a
// stable object name so their layout can be saved), the toolbar with the kill switch, the
// menus and the status bar. It shows what a TradingSession publishes and turns the trader's
// actions into signals; it holds no trading state of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Core::Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setTradingMode(Core::TradingMode mode);
    void setConnectionState(Core::ConnectionState state);
    void setLastPrice(const QString& productId, const QString& price);
    void setDataHealth(const QString& productId, Core::DataHealth health);
    // The watched product's book and candles, as the market thread last published them.
    void showMarket(const Core::MarketSnapshot& snapshot);
    // What each bot thinks now, as the engine last published it.
    void showBots(const std::vector<Core::BotStatus>& statuses);
    // The paper account as the engine last published it: positions, orders, closed trades and
    // performance.
    void showTrading(const Core::TradingSnapshot& snapshot);
    // A fill or a refused intent, as it happens: the log, the Orders dock, a tray message.
    void showTradingEvent(const Core::TradingEvent& event);
    // Everything a trading session published: the parts that changed since the last one, the
    // kill switch, the last prices and the data health.
    void showSession(const Core::SessionSnapshot& snapshot);
    // Shows the kill switch's state and why on the toolbar and in the status bar, and offers the
    // next step: Flatten once halted, Re-arm (after a confirmation) while not active.
    void setKillSwitch(const Core::KillSwitchStatus& status);
    // Tells the trader something in the status bar for a while (and in the log).
    void notify(const QString& message);
    // What became of a key handed on by apiKeySubmitted(), shown in the settings dialog if open.
    void showApiKeyStatus(const QString& text);
    // Answers to liveAccountRequested(), shown in the Coinbase account dialog if it is open.
    void showLiveReadiness(const Candela::Core::LiveReadinessReport& report);
    void showLiveAccountProblem(const QString& problem);
    // Adds a line to the Log dock.
    void logEvent(const QString& kind, const QString& message);
    void saveLayout();
    // Market files the terminal ships with, offered first by File → Open replay….
    void setBundledReplays(const QList<BundledReplay>& replays) { m_bundledReplays = replays; }
    // The products the chart offers (those the market data covers).
    void setProducts(const QStringList& products);
    // The bots the backtest dialog offers.
    void setBotConfigs(std::vector<Core::BotConfig> bots) { m_botConfigs = std::move(bots); }
    // The named paper sessions on disk and the one the live market trades in (status bar).
    void setPaperSessions(const QStringList& sessions, const QString& current);
    // The journals Tools → Compare session with backtest… offers (paper sessions, the live
    // one), the current session's first.
    void setSessionJournals(const QStringList& journals) { m_sessionJournals = journals; }
    // The folder the log files are written to: Help → Open log folder opens it.
    void setLogFolder(const QString& folder);
    // Coinbase's answer to manualOrderPreviewRequested(), shown in the order's confirmation.
    void showManualOrderPreview(quint64 request, const Core::ManualOrderPreview& preview);

Q_SIGNALS:
    // The trader pressed the kill switch (toolbar button or Ctrl+Shift+K).
    void killSwitchRequested();
    // The trader asked to close every position at market (offered once halted).
    void flattenRequested();
    // The trader confirmed that trading may resume.
    void rearmRequested();
    // The trader started or stopped one bot's trading.
    void botRunningChanged(const QString& botId, bool running);
    // The trader saved a bot from the editor: a new one (`previousName` empty) or a change.
    void botSaved(const Candela::Core::BotConfig& config, const QString& previousName);
    // The trader confirmed deleting a bot.
    void botDeleted(const QString& name);
    // The trader confirmed releasing a bot's drawdown lock: counted afresh from now.
    void drawdownReleased(const QString& botId);
    // The trader confirmed closing one bot's position at market (Positions → context menu):
    // the position as shown, its quantity signed (negative: short).
    void positionCloseRequested(
        const QString& botId, const QString& productId, const Candela::Core::Decimal& quantity);
    // The settings dialog saved new fees (the theme it applies itself).
    void feesChanged(const Candela::Core::PaperExchangeConfig& fees);
    void riskDefaultsChanged(const Candela::Core::RiskPolicy& defaults);
    // Settings → API key: keep this key for live trading (answered by showApiKeyStatus()).
    void apiKeySubmitted(const QString& keyName, const QByteArray& privateKey);
    // Tools → Coinbase account…: check the stored key against Coinbase (answered by
    // showLiveReadiness() or showLiveAccountProblem()).
    void liveAccountRequested();
    // The Coinbase account dialog: every gate passed and the user typed LIVE.
    void liveTradingRequested();
    // The Coinbase account dialog: the user takes Coinbase's balances of these currencies as
    // the portfolio's.
    void liveBalancesAccepted(const QStringList& currencies);
    // The Coinbase account dialog: cancel an order placed outside Candela.
    void liveExternalCancelRequested(const QString& venueOrderId);
    // The trader chose a market file to replay (File → Open replay…).
    void replayRequested(const QString& path, double speed);
    // The trader chose a paper session to resume, or a new one with its starting cash.
    void paperSessionRequested(const QString& name, const std::optional<Core::Decimal>& cash);
    // The trader picked another product for the chart.
    void chartProductChanged(const QString& productId);
    // The trader picked another chart timeframe.
    void timeframeChanged(Candela::Core::Timeframe timeframe);
    // The order ticket: the trader confirmed an order of their own.
    void manualOrderRequested(const Candela::Core::ManualOrder& order);
    // Live: the confirmation of `order` waits for Coinbase's preview of it
    // (showManualOrderPreview() with the same `request`).
    void manualOrderPreviewRequested(const Candela::Core::ManualOrder& order, quint64 request);
    // The Orders dock: cancel a working order, or move a resting limit (cancel and replace).
    void orderCancelRequested(const QString& clientOrderId);
    void orderReplaceRequested(const QString& clientOrderId,
        const Candela::Core::Decimal& limitPrice, const Candela::Core::Decimal& quantity);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createToolBar();
    void createMenus();
    void restoreLayout();
    void resetLayout();
    void showAbout();
    void confirmRearm();
    static QString killSwitchTip();
    void openReplay();
    void choosePaperSession();
    void openBacktest();
    void openStrategyLab();
    void openSessionCompare();
    void openLiveAccount();
    void openSettings();
    // Opens the bot editor on `base`; `previousName` is the bot it replaces (empty: a new one).
    void editBot(const Core::BotConfig& base, const QString& previousName);
    void confirmDeleteBot(const QString& name);
    void confirmDrawdownRelease(const QString& name);
    // Asks before closing the position selected in the Positions dock.
    void confirmClosePosition();
    // The order ticket and the Orders dock's actions (mainwindowticket.cpp).
    void createOrderActions();
    void confirmManualOrder(const Core::ManualOrder& order);
    const Core::Order* selectedOrder() const;
    void cancelSelectedOrder();
    void moveSelectedOrder();
    const Core::BotConfig* botConfig(const QString& name) const;
    // Marks the trades and the open position of the bot on the chart (the score pane's bot,
    // else every bot trading the chart's product).
    void showTradesOnChart();
    QDockWidget* addPanel(
        const QString& objectName, const QString& title, QWidget* content, Qt::DockWidgetArea area);
    QWidget* placeholder(const QString& text);

    Core::Settings& m_settings;
    TradingStatusBar* m_statusBar;
    ChartPanel* m_chart;
    MarketDepthPanel* m_depth;
    BotsPanel* m_bots;
    LogPanel* m_log;
    PositionsModel* m_positionsModel;
    OrdersModel* m_ordersModel;
    DataTable* m_positions;
    DataTable* m_orders;
    ClosedTradesPanel* m_closedTrades;
    PerformancePanel* m_performance;
    OrderTicketPanel* m_ticket;
    QSystemTrayIcon* m_tray = nullptr; // null where the desktop has no tray
    QString m_chartProduct;
    std::vector<Core::BotStatus> m_lastBots;
    Core::TradingSnapshot m_lastTrading;
    // The session's parts last shown: a snapshot redraws only those that changed.
    std::shared_ptr<const Core::MarketSnapshot> m_shownMarket;
    std::shared_ptr<const std::vector<Core::BotStatus>> m_shownBots;
    std::shared_ptr<const Core::TradingSnapshot> m_shownTrading;
    Core::KillSwitchStatus m_killSwitchStatus;
    QString m_accountProblem;
    Core::ConnectionState m_connectionState = Core::ConnectionState::Disconnected;
    QHash<QString, Core::DataHealth> m_health;
    QAction* m_killSwitch = nullptr;
    QAction* m_flatten = nullptr;
    QAction* m_rearm = nullptr;
    QList<QDockWidget*> m_docks;
    QByteArray m_defaultState;
    QList<BundledReplay> m_bundledReplays;
    QStringList m_paperSessions;
    QStringList m_sessionJournals;
    std::vector<Core::BotConfig> m_botConfigs;
    QString m_paperSession;
    QAction* m_openLogFolder = nullptr; // enabled once there is a log folder
    QString m_logFolder;
    QPointer<OrderConfirmation> m_orderConfirmation; // the question open now, if any
    quint64 m_previewRequest = 0; // the last preview asked for
};

} // namespace Candela::Gui

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
#include "logpanel.h"
#include "marketdepthpanel.h"
#include "theme.h"
#include "trading/closedtradespanel.h"
#include "trading/ordersmodel.h"
#include "trading/orderticketpanel.h"
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
#include <QDesktopServices>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace Candela::Gui {

namespace {
constexpr int DefaultWidth = 1440;
constexpr int DefaultHeight = 900;
constexpr int StatusMessageMs = 6000;
} // namespace

MainWindow::MainWindow(Core::Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_statusBar(new TradingStatusBar(this))
    , m_chart(new ChartPanel(this))
    , m_depth(new MarketDepthPanel(this))
    , m_bots(new BotsPanel(this))
    , m_log(new LogPanel(this))
    , m_positionsModel(new PositionsModel(this))
    , m_ordersModel(new OrdersModel(this))
    , m_positions(new DataTable(m_positionsModel, QStringLiteral("positions"), tr("Open positions"),
          tr("Filter positions…"), this))
    , m_orders(new DataTable(
          m_ordersModel, QStringLiteral("orders"), tr("Orders"), tr("Filter orders…"), this))
    , m_closedTrades(new ClosedTradesPanel(this))
    , m_performance(new PerformancePanel(this))
    , m_ticket(new OrderTicketPanel(this))
{
    m_orders->view()->sortByColumn(OrdersModel::TimeColumn, Qt::DescendingOrder);
    auto* closePosition = new QAction(tr("Close position at market…"), m_positions->view());
    closePosition->setObjectName(QStringLiteral("closePositionAction"));
    closePosition->setEnabled(false);
    m_positions->view()->addAction(closePosition);
    m_positions->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(closePosition, &QAction::triggered, this, &MainWindow::confirmClosePosition);
    connect(m_positions->view()->selectionModel(), &QItemSelectionModel::selectionChanged,
        closePosition, [this, closePosition] {
            closePosition->setEnabled(m_positions->view()->selectionModel()->hasSelection());
        });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Candela — Coinbase trading terminal"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/candela.svg")));
    setStatusBar(m_statusBar);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    resize(DefaultWidth, DefaultHeight);

    connect(m_chart, &ChartPanel::timeframeChanged, this, &MainWindow::timeframeChanged);
    connect(m_chart, &ChartPanel::productChanged, this, &MainWindow::chartProductChanged);
    connect(m_bots, &BotsPanel::botSelected, this, [this] { showBots(m_lastBots); });
    connect(m_bots, &BotsPanel::botRunningChanged, this, &MainWindow::botRunningChanged);
    connect(m_bots, &BotsPanel::newBotRequested, this, [this] {
        Core::BotConfig base = m_botConfigs.empty() ? Core::BotConfig{} : m_botConfigs.front();
        base.name = tr("New bot");
        if (base.product.isEmpty())
            base.product = m_chartProduct.isEmpty() ? QStringLiteral("BTC-USD") : m_chartProduct;
        editBot(base, {});
    });
    connect(m_bots, &BotsPanel::editBotRequested, this, [this](const QString& name) {
        if (const Core::BotConfig* config = botConfig(name))
            editBot(*config, name);
    });
    connect(m_bots, &BotsPanel::duplicateBotRequested, this, [this](const QString& name) {
        if (const Core::BotConfig* config = botConfig(name)) {
            Core::BotConfig copy = *config;
            copy.name = tr("%1 copy").arg(name);
            editBot(copy, {});
        }
    });
    connect(m_bots, &BotsPanel::deleteBotRequested, this, &MainWindow::confirmDeleteBot);
    connect(
        m_bots, &BotsPanel::drawdownReleaseRequested, this, &MainWindow::confirmDrawdownRelease);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        // Fills while the window is in the background still reach the trader.
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Candela"));
        m_tray->show();
    }
    createToolBar();
    createDocks();
    createMenus();
    createOrderActions();
    m_defaultState = saveState();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setTradingMode(Core::TradingMode mode)
{
    m_statusBar->setTradingMode(mode);
}

void MainWindow::setConnectionState(Core::ConnectionState state)
{
    m_statusBar->setConnectionState(state);
    if (state != m_connectionState)
        logEvent(
            tr("Connection"), tr("Market data: %1").arg(TradingStatusBar::connectionText(state)));
    m_connectionState = state;
}

void MainWindow::setLastPrice(const QString& productId, const QString& price)
{
    m_statusBar->setLastPrice(productId, price);
}

void MainWindow::setDataHealth(const QString& productId, Core::DataHealth health)
{
    m_statusBar->setDataHealth(productId, health);
    const Core::DataHealth before = m_health.value(productId, Core::DataHealth::Live);
    m_health.insert(productId, health);
    if (health == before)
        return;
    switch (health) {
    case Core::DataHealth::Live:
        logEvent(tr("Data"), tr("%1: market data live again").arg(productId));
        break;
    case Core::DataHealth::Stale:
        logEvent(tr("Data"), tr("%1: market data stale").arg(productId));
        break;
    case Core::DataHealth::Resyncing:
        logEvent(tr("Data"), tr("%1: order book resyncing").arg(productId));
        break;
    }
}

void MainWindow::setProducts(const QStringList& products)
{
    m_chart->setProducts(products);
}

void MainWindow::showTrading(const Core::TradingSnapshot& snapshot)
{
    m_positionsModel->setSnapshot(snapshot);
    m_bots->showTrading(snapshot);
    m_ordersModel->setOrders(snapshot.orders);
    m_closedTrades->setSnapshot(snapshot);
    m_performance->setSnapshot(snapshot);
    m_lastTrading = snapshot;
    showTradesOnChart();
}

void MainWindow::showTradesOnChart()
{
    CandleChart* chart = m_chart->chart();
    const QString& bot = chart->scoreName();
    const auto shown = [&](const QString& botId, const QString& productId) {
        return productId == m_chartProduct && (bot.isEmpty() || botId == bot);
    };
    std::vector<CandleChart::TradeMark> marks;
    for (const Core::ClosedTrade& trade : m_lastTrading.trades) {
        if (!shown(trade.botId, trade.productId))
            continue;
        const bool long_ = trade.side == Core::Side::Buy;
        marks.push_back({Core::toUnixSeconds(trade.entryTime), trade.entryPrice.toDouble(), long_});
        marks.push_back({Core::toUnixSeconds(trade.exitTime), trade.exitPrice.toDouble(), !long_});
    }
    std::vector<CandleChart::PriceLine> lines;
    for (const Core::OpenPosition& position : m_lastTrading.positions) {
        if (!shown(position.botId, position.productId))
            continue;
        const bool long_ = position.side == Core::Side::Buy;
        marks.push_back(
            {Core::toUnixSeconds(position.openedAt), position.entryPrice.toDouble(), long_});
        lines.push_back({tr("Entry"), QColor(0x42, 0xa5, 0xf5), position.entryPrice.toDouble()});
        if (position.stop)
            lines.push_back({tr("Stop"), lossColour(), position.stop->toDouble()});
        if (position.target)
            lines.push_back({tr("Target"), gainColour(), position.target->toDouble()});
    }
    chart->setTradeMarks(std::move(marks));
    chart->setPriceLines(std::move(lines));
}

void MainWindow::showTradingEvent(const Core::TradingEvent& event)
{
    if (event.kind == Core::TradingEvent::Kind::Refused)
        m_ordersModel->addRefusal(event);
    const bool fill = event.kind == Core::TradingEvent::Kind::Fill;
    logEvent(fill ? tr("Fill") : tr("Refused"), TradingText::event(event));
    if (fill && m_tray)
        m_tray->showMessage(m_statusBar->tradingMode() == Core::TradingMode::Live
                ? tr("Live fill")
                : tr("Paper fill"),
            TradingText::event(event));
}

void MainWindow::showMarket(const Core::MarketSnapshot& snapshot)
{
    if (snapshot.timeframe != m_chart->timeframe() || snapshot.productId != m_chart->product())
        return; // a picture of the timeframe or product just left
    m_chartProduct = snapshot.productId;
    m_chart->chart()->setCandles(snapshot.candles);
    m_chart->chart()->setOverlays({{tr("SMA 20"), QColor(0xff, 0xb3, 0x00), snapshot.sma20},
        {tr("EMA 12"), QColor(0x42, 0xa5, 0xf5), snapshot.ema12},
        {tr("BB upper"), QColor(0x9e, 0x9e, 0xbe), snapshot.bollingerUpper},
        {tr("BB lower"), QColor(0x9e, 0x9e, 0xbe), snapshot.bollingerLower}});
    m_depth->showSnapshot(snapshot);
    const Core::Decimal last = snapshot.ticker ? snapshot.ticker->price
        : snapshot.candles.empty()             ? Core::Decimal{}
                                               : snapshot.candles.back().close;
    m_ticket->setMarket(snapshot, last);
    m_ordersModel->setPriceDecimals(snapshot.productId, snapshot.priceDecimals);
    m_positionsModel->setPriceDecimals(snapshot.productId, snapshot.priceDecimals);
}

void MainWindow::showBots(const std::vector<Core::BotStatus>& statuses)
{
    m_bots->showStatuses(statuses);
    m_lastBots = statuses;
    // The chart's score pane: the bot the trader picked, or else the first one, if it trades
    // what the chart shows.
    const QString& picked = m_bots->selectedBot();
    const auto onChart = [this](const Core::BotStatus& status) {
        return status.product == m_chartProduct && status.timeframe == m_chart->timeframe();
    };
    const auto chosen = std::find_if(statuses.begin(), statuses.end(),
        [&](const Core::BotStatus& status) { return status.name == picked && onChart(status); });
    CandleChart::ScoreTrack track;
    for (const Core::BotStatus& status : statuses) {
        if (chosen != statuses.end() ? &status != &*chosen : !onChart(status))
            continue;
        track.name = status.name;
        track.points.reserve(status.scores.size());
        for (const Core::ScorePoint& point : status.scores)
            track.points.emplace_back(point.start, point.score);
        break;
    }
    m_chart->chart()->setScoreTrack(std::move(track));
    showTradesOnChart();
}

void MainWindow::notify(const QString& message)
{
    m_statusBar->showMessage(message, StatusMessageMs * 2);
    logEvent(tr("Notice"), message);
}

void MainWindow::logEvent(const QString& kind, const QString& message)
{
    m_log->append(kind, message);
}

void MainWindow::saveLayout()
{
    m_settings.setValue(Core::SettingKeys::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Core::SettingKeys::MainWindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    m_settings.saveNow();
    QMainWindow::closeEvent(event);
}

QString MainWindow::killSwitchTip()
{
    return tr(
        "Stop all trading now: no new orders, cancel open orders, disable bots (Ctrl+Shift+K)");
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);

    m_killSwitch = new QAction(tr("Kill switch"), this);
    m_killSwitch->setObjectName(QStringLiteral("killSwitchAction"));
    m_killSwitch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_killSwitch->setShortcutContext(Qt::ApplicationShortcut);
    m_killSwitch->setToolTip(killSwitchTip());
    toolBar->addAction(m_killSwitch);
    if (QWidget* button = toolBar->widgetForAction(m_killSwitch))
        button->setObjectName(QStringLiteral("killSwitchButton"));
    // No confirmation in the way of stopping.
    connect(m_killSwitch, &QAction::triggered, this, [this] {
        qCInfo(lcMainWindow) << "kill switch pressed";
        Q_EMIT killSwitchRequested();
    });

    m_flatten = new QAction(tr("Flatten"), this);
    m_flatten->setObjectName(QStringLiteral("flattenAction"));
    m_flatten->setToolTip(tr("Close every open position at market (trading stays halted)"));
    m_flatten->setEnabled(false);
    toolBar->addAction(m_flatten);
    connect(m_flatten, &QAction::triggered, this, [this] {
        qCInfo(lcMainWindow) << "flatten pressed";
        Q_EMIT flattenRequested();
    });

    m_rearm = new QAction(tr("Re-arm…"), this);
    m_rearm->setObjectName(QStringLiteral("rearmAction"));
    m_rearm->setToolTip(tr("Allow trading again after the kill switch"));
    m_rearm->setEnabled(false);
    toolBar->addAction(m_rearm);
    connect(m_rearm, &QAction::triggered, this, &MainWindow::confirmRearm);
}

void MainWindow::setKillSwitch(const Core::KillSwitchStatus& status)
{
    using Core::KillSwitchState;
    const bool moved = status.state != m_killSwitchStatus.state;
    m_killSwitchStatus = status;
    m_statusBar->setKillSwitch(status);
    m_flatten->setEnabled(status.state == KillSwitchState::Halted);
    m_rearm->setEnabled(status.state != KillSwitchState::Active);
    switch (status.state) {
    case KillSwitchState::Active:
        m_killSwitch->setText(tr("Kill switch"));
        m_killSwitch->setToolTip(killSwitchTip());
        break;
    case KillSwitchState::Halted:
        m_killSwitch->setText(tr("HALTED"));
        m_killSwitch->setToolTip(TradingText::killSwitch(status));
        break;
    case KillSwitchState::Flattening:
        m_killSwitch->setText(tr("FLATTENING"));
        m_killSwitch->setToolTip(TradingText::killSwitch(status));
        break;
    }
    if (!moved)
        return;
    const QString message = TradingText::killSwitch(status);
    m_statusBar->showMessage(message, StatusMessageMs);
    logEvent(tr("Kill switch"), message);
}

void MainWindow::showSession(const Core::SessionSnapshot& snapshot)
{
    if (snapshot.market && snapshot.market != m_shownMarket) {
        m_shownMarket = snapshot.market;
        showMarket(*snapshot.market);
    }
    if (snapshot.bots && snapshot.bots != m_shownBots) {
        m_shownBots = snapshot.bots;
        showBots(*snapshot.bots);
    }
    if (snapshot.trading && snapshot.trading != m_shownTrading) {
        m_shownTrading = snapshot.trading;
        showTrading(*snapshot.trading);
    }
    if (snapshot.killSwitch != m_killSwitchStatus)
        setKillSwitch(snapshot.killSwitch);
    for (auto it = snapshot.health.products.cbegin(); it != snapshot.health.products.cend(); ++it)
        setDataHealth(it.key(), it.value());
    const QString priced = snapshot.health.lastPrices.contains(m_chartProduct)
        ? m_chartProduct
        : (snapshot.health.lastPrices.isEmpty() ? QString()
                                                : snapshot.health.lastPrices.cbegin().key());
    if (!priced.isEmpty())
        setLastPrice(priced, snapshot.health.lastPrices.value(priced).toString());
    if (snapshot.health.accountProblem != m_accountProblem) {
        m_accountProblem = snapshot.health.accountProblem;
        if (!m_accountProblem.isEmpty())
            notify(tr("Trading stopped: %1").arg(m_accountProblem));
    }
}

QWidget* MainWindow::placeholder(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("panelPlaceholder"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

QDockWidget* MainWindow::addPanel(
    const QString& objectName, const QString& title, QWidget* content, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    QDockWidget* chart
        = addPanel(QStringLiteral("chartDock"), tr("Chart"), m_chart, Qt::LeftDockWidgetArea);
    QDockWidget* performance = addPanel(QStringLiteral("performanceDock"), tr("Performance"),
        m_performance, Qt::LeftDockWidgetArea);
    QDockWidget* bots
        = addPanel(QStringLiteral("botsDock"), tr("Bots"), m_bots, Qt::RightDockWidgetArea);
    QDockWidget* orderBook = addPanel(
        QStringLiteral("orderBookDock"), tr("Order book"), m_depth, Qt::RightDockWidgetArea);
    QDockWidget* positions = addPanel(
        QStringLiteral("positionsDock"), tr("Positions"), m_positions, Qt::BottomDockWidgetArea);
    QDockWidget* orders
        = addPanel(QStringLiteral("ordersDock"), tr("Orders"), m_orders, Qt::BottomDockWidgetArea);
    QDockWidget* closedTrades = addPanel(QStringLiteral("closedTradesDock"), tr("Closed trades"),
        m_closedTrades, Qt::BottomDockWidgetArea);
    QDockWidget* log
        = addPanel(QStringLiteral("logDock"), tr("Log"), m_log, Qt::BottomDockWidgetArea);
    QDockWidget* ticket = addPanel(
        QStringLiteral("orderTicketDock"), tr("Order ticket"), m_ticket, Qt::RightDockWidgetArea);

    tabifyDockWidget(chart, performance);
    chart->raise();
    tabifyDockWidget(positions, orders);
    tabifyDockWidget(orders, closedTrades);
    tabifyDockWidget(closedTrades, log);
    positions->raise();
    splitDockWidget(bots, orderBook, Qt::Vertical);
    tabifyDockWidget(bots, ticket); // beside the book: a click on a level fills in the price
    bots->raise();

    resizeDocks({chart, bots}, {DefaultWidth * 7 / 10, DefaultWidth * 3 / 10}, Qt::Horizontal);
    resizeDocks(
        {chart, positions}, {DefaultHeight * 65 / 100, DefaultHeight * 35 / 100}, Qt::Vertical);
}

void MainWindow::setPaperSessions(const QStringList& sessions, const QString& current)
{
    m_paperSessions = sessions;
    m_paperSession = current;
    m_statusBar->setPaperSession(current);
}

const Core::BotConfig* MainWindow::botConfig(const QString& name) const
{
    for (const Core::BotConfig& config : m_botConfigs) {
        if (config.name == name)
            return &config;
    }
    return nullptr;
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* replay = fileMenu->addAction(tr("Open &replay…"));
    replay->setObjectName(QStringLiteral("openReplayAction"));
    replay->setShortcut(QKeySequence::Open);
    connect(replay, &QAction::triggered, this, &MainWindow::openReplay);
    QAction* session = fileMenu->addAction(tr("&Paper session…"));
    session->setObjectName(QStringLiteral("paperSessionAction"));
    connect(session, &QAction::triggered, this, &MainWindow::choosePaperSession);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* preferences = editMenu->addAction(tr("&Settings…"));
    preferences->setObjectName(QStringLiteral("settingsAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction* backtest = toolsMenu->addAction(tr("&Backtest…"));
    backtest->setObjectName(QStringLiteral("backtestAction"));
    backtest->setShortcut(Qt::CTRL | Qt::Key_B);
    connect(backtest, &QAction::triggered, this, &MainWindow::openBacktest);
    QAction* lab = toolsMenu->addAction(tr("Strategy &lab…"));
    lab->setObjectName(QStringLiteral("strategyLabAction"));
    lab->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    connect(lab, &QAction::triggered, this, &MainWindow::openStrategyLab);
    QAction* compare = toolsMenu->addAction(tr("&Compare session with backtest…"));
    compare->setObjectName(QStringLiteral("sessionCompareAction"));
    connect(compare, &QAction::triggered, this, &MainWindow::openSessionCompare);
    QAction* account = toolsMenu->addAction(tr("Coinbase &account…"));
    account->setObjectName(QStringLiteral("liveAccountAction"));
    connect(account, &QAction::triggered, this, &MainWindow::openLiveAccount);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : std::as_const(m_docks))
        viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addSeparator();
    QAction* reset = viewMenu->addAction(tr("&Reset layout"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_openLogFolder = helpMenu->addAction(tr("Open &log folder"));
    m_openLogFolder->setObjectName(QStringLiteral("openLogFolderAction"));
    m_openLogFolder->setEnabled(false);
    connect(m_openLogFolder, &QAction::triggered, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_logFolder)); });
    QAction* about = helpMenu->addAction(tr("&About Candela"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setLogFolder(const QString& folder)
{
    m_logFolder = folder;
    m_openLogFolder->setEnabled(!folder.isEmpty());
    m_openLogFolder->setToolTip(folder);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.value(Core::SettingKeys::MainWindowGeometry);
    if (!geometry.isEmpty() && !restoreGeometry(geometry))
        qCWarning(lcMainWindow) << "saved window geometry is unreadable; using the default";
    const QByteArray state = m_settings.value(Core::SettingKeys::MainWindowState);
    if (!state.isEmpty() && !restoreState(state))
        qCWarning(lcMainWindow) << "saved dock layout is unreadable; using the default";
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget* dock : std::as_const(m_docks))
        dock->setVisible(true);
}

} // namespace Candela::Gui

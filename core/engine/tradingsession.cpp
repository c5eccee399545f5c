#include "tradingsession.h"

#include "enginegraph.h"

namespace Candela::Core {

void TradingSession::ThreadStopper::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

TradingSession::TradingSession(SessionOptions defaults, QObject* parent)
    : QObject(parent)
    , m_options(std::move(defaults))
    , m_engineAnchor(std::make_unique<QObject>())
    , m_thread(new QThread)
{
    qRegisterMetaType<SessionSnapshot>();
    qRegisterMetaType<TradingEvent>();
    qRegisterMetaType<ManualOrderPreview>();
    m_thread->setObjectName(QStringLiteral("candela-engine"));
    m_engineAnchor->moveToThread(m_thread.get());
    m_thread->start();
}

TradingSession::~TradingSession()
{
    stop();
}

Status TradingSession::start(SessionOptions options)
{
    // A market that cannot be opened leaves the running session as it is.
    if (const Status market = EngineGraph::checkMarket(options.market); !market)
        return market;
    if (m_graph) { // the switch and the stopped bots as the engine has them now
        QMetaObject::invokeMethod(
            m_graph,
            [&options, graph = m_graph] {
                options.killSwitch = graph->killSwitch();
                options.stoppedBots = graph->stoppedBots();
            },
            Qt::BlockingQueuedConnection);
    }
    stop();
    m_options = std::move(options);
    m_haltNow->store(!m_options.killSwitch.isActive(), std::memory_order_release);
    // Built on the engine thread, where its sockets and timers must live.
    Result<std::unique_ptr<EngineGraph>> built = makeError(ErrorCode::InvalidArgument, QString());
    QMetaObject::invokeMethod(
        m_engineAnchor.get(), [&] { built = EngineGraph::build(m_options, m_haltNow); },
        Qt::BlockingQueuedConnection);
    if (!built)
        return built.error();
    m_graph = built.value().release();
    // Engine thread → this one.
    connect(m_graph, &EngineGraph::snapshotReady, this, &TradingSession::snapshotReady,
        Qt::QueuedConnection);
    connect(m_graph, &EngineGraph::tradingEvent, this, &TradingSession::tradingEvent,
        Qt::QueuedConnection);
    connect(m_graph, &EngineGraph::marketFinished, this, &TradingSession::marketFinished,
        Qt::QueuedConnection);
    connect(m_graph, &EngineGraph::manualOrderPreviewed, this,
        &TradingSession::manualOrderPreviewed, Qt::QueuedConnection);
    onEngineThread([](EngineGraph& graph) { graph.start(); });
    return success();
}

Status TradingSession::switchMarket(MarketSource market)
{
    SessionOptions options = m_options;
    options.market = std::move(market);
    return start(std::move(options));
}

Status TradingSession::switchVenue(Venue venue)
{
    SessionOptions options = m_options;
    options.venue = std::move(venue);
    return start(std::move(options));
}

void TradingSession::stop()
{
    if (!m_graph)
        return;
    EngineGraph* graph = std::exchange(m_graph, nullptr);
    graph->disconnect(this);
    // Stopped and deleted on its own thread, where its sockets and timers live.
    QMetaObject::invokeMethod(
        graph, [graph] { delete graph; }, Qt::BlockingQueuedConnection);
}

template<typename Work>
void TradingSession::onEngineThread(Work work)
{
    if (!m_graph)
        return;
    QMetaObject::invokeMethod(
        m_graph, [graph = m_graph, work = std::move(work)] { work(*graph); }, Qt::QueuedConnection);
}

void TradingSession::setBots(std::vector<BotConfig> bots)
{
    m_options.bots = bots;
    onEngineThread([bots = std::move(bots)](EngineGraph& graph) { graph.setBots(bots); });
}

void TradingSession::setBotRunning(const QString& botId, bool running)
{
    if (!m_graph) { // the session built next starts with it
        m_options.stoppedBots.removeAll(botId);
        if (!running)
            m_options.stoppedBots.append(botId);
    }
    onEngineThread([botId, running](EngineGraph& graph) { graph.setBotRunning(botId, running); });
}

void TradingSession::halt(HaltCause cause, const QString& detail)
{
    m_haltNow->store(true, std::memory_order_release);
    if (!m_graph) // pressed between two sessions: the next one starts halted
        m_options.killSwitch = stricterKillSwitch(
            m_options.killSwitch, {KillSwitchState::Halted, cause, detail, {}});
    onEngineThread([cause, detail](EngineGraph& graph) { graph.halt(cause, detail); });
}

void TradingSession::flatten(HaltCause cause, const QString& detail)
{
    m_haltNow->store(true, std::memory_order_release);
    if (!m_graph)
        m_options.killSwitch = stricterKillSwitch(
            m_options.killSwitch, {KillSwitchState::Flattening, cause, detail, {}});
    onEngineThread([cause, detail](EngineGraph& graph) { graph.flatten(cause, detail); });
}

void TradingSession::rearm()
{
    m_haltNow->store(false, std::memory_order_release);
    if (!m_graph)
        m_options.killSwitch = {};
    onEngineThread([](EngineGraph& graph) { graph.rearm(); });
}

void TradingSession::setFees(const PaperExchangeConfig& fees)
{
    m_options.fees = fees;
    onEngineThread([fees](EngineGraph& graph) { graph.setFees(fees); });
}

void TradingSession::setRiskDefaults(const RiskPolicy& defaults)
{
    m_options.riskDefaults = defaults;
    onEngineThread([defaults](EngineGraph& graph) { graph.setRiskDefaults(defaults); });
}

void TradingSession::closePosition(
    const QString& botId, const QString& productId, const Decimal& shownQuantity)
{
    onEngineThread([botId, productId, shownQuantity](EngineGraph& graph) {
        graph.closePosition(botId, productId, shownQuantity);
    });
}

void TradingSession::placeManualOrder(const ManualOrder& order)
{
    onEngineThread([order](EngineGraph& graph) { graph.placeManualOrder(order); });
}

void TradingSession::previewManualOrder(const ManualOrder& order, quint64 request)
{
    if (!m_graph) {
        ManualOrderPreview none;
        none.problem = QStringLiteral("no session is running");
        Q_EMIT manualOrderPreviewed(request, none);
        return;
    }
    onEngineThread(
        [order, request](EngineGraph& graph) { graph.previewManualOrder(order, request); });
}

void TradingSession::cancelOrder(const QString& clientOrderId)
{
    onEngineThread([clientOrderId](EngineGraph& graph) { graph.cancelOrder(clientOrderId); });
}

void TradingSession::replaceOrder(
    const QString& clientOrderId, const Decimal& limitPrice, const Decimal& quantity)
{
    onEngineThread([clientOrderId, limitPrice, quantity](EngineGraph& graph) {
        graph.replaceOrder(clientOrderId, limitPrice, quantity);
    });
}

void TradingSession::releaseDrawdown(const QString& botId)
{
    onEngineThread([botId](EngineGraph& graph) { graph.releaseDrawdown(botId); });
}

void TradingSession::watchChart(const QString& productId, Timeframe timeframe)
{
    m_options.chartProduct = productId;
    m_options.chartTimeframe = timeframe;
    onEngineThread(
        [productId, timeframe](EngineGraph& graph) { graph.watchChart(productId, timeframe); });
}

SessionSnapshot TradingSession::snapshotNow()
{
    SessionSnapshot snapshot;
    if (!m_graph)
        return snapshot;
    QMetaObject::invokeMethod(
        m_graph, [&snapshot, graph = m_graph] { snapshot = graph->snapshotNow(); },
        Qt::BlockingQueuedConnection);
    return snapshot;
}

} // namespace Candela::Core

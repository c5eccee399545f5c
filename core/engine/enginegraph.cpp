#include "enginegraph.h"

#include "botwatch.h"
#include "historybackfill.h"
#include "livelink.h"
#include "tradingengine.h"

#include "core/coinbase/coinbasefeed.h"
#include "core/coinbase/productcatalog.h"
#include "core/coinbase/replayfeed.h"
#include "core/corelogging.h"
#include "core/market/candlereplayfeed.h"
#include "core/market/marketdatahub.h"

namespace Candela::Core {

namespace {

// The feed a MarketSource names, not started. `mayPlay` holds a candle market between candles
// while it says no.
Result<std::unique_ptr<MarketFeed>> openMarketFeed(
    const MarketSource& source, const Clock& clock, std::function<bool()> mayPlay)
{
    if (const auto* coinbase = std::get_if<CoinbaseMarket>(&source)) {
        CoinbaseFeed::Config config;
        config.url = coinbase->feedUrl;
        config.products = coinbase->products;
        return std::unique_ptr<MarketFeed>(std::make_unique<CoinbaseFeed>(config, clock));
    }
    if (const auto* recorded = std::get_if<RecordedMarket>(&source)) {
        auto feed = ReplayFeed::fromFile(recorded->path, {recorded->speed, recorded->loop});
        if (!feed)
            return feed.error();
        return std::unique_ptr<MarketFeed>(std::move(feed).value());
    }
    const auto& candles = std::get<CandleMarket>(source);
    auto feed = CandleReplayFeed::fromFile(
        candles.path, {candles.productId, candles.speed, std::move(mayPlay)});
    if (!feed)
        return feed.error();
    (*feed)->shiftTimes(candles.timeShift);
    return std::unique_ptr<MarketFeed>(std::move(feed).value());
}

} // namespace

Status EngineGraph::checkMarket(const MarketSource& market)
{
    if (std::holds_alternative<CoinbaseMarket>(market))
        return success(); // a live feed connects and reconnects on its own
    const SystemClock clock;
    auto feed = openMarketFeed(market, clock, {});
    return feed ? success() : Status(feed.error());
}

Result<std::unique_ptr<EngineGraph>> EngineGraph::build(
    const SessionOptions& options, std::shared_ptr<const std::atomic<bool>> haltNow)
{
    std::unique_ptr<EngineGraph> graph(new EngineGraph(options));
    graph->openProducts();
    // Candles played to an order venue wait for the orders of the last bar to settle, as the
    // market would move on only between two bars. Without an account, or with a journal that
    // cannot record, nothing will settle: they play on.
    std::function<bool()> mayPlay;
    if (std::holds_alternative<CoinbaseVenue>(options.venue)) {
        // Nor does the market play before the venue's product list has answered: the bots'
        // first orders are priced on its grid, not refused for want of it.
        mayPlay = [self = graph.get()] {
            return !self->m_engine
                || (self->m_productsAnswered
                    && (self->m_engine->ordersAwaitingVenue() == 0 || self->journalDown()));
        };
    }
    auto feed = openMarketFeed(options.market, graph->m_clock, std::move(mayPlay));
    if (!feed)
        return feed.error();
    graph->m_feed = std::move(feed).value();
    graph->m_hub = std::make_unique<MarketDataHub>(*graph->m_feed, options.maxPriceAge);
    if (!options.chartProduct.isEmpty())
        graph->m_hub->watch(options.chartProduct, options.chartTimeframe);
    if (const auto* coinbase = std::get_if<CoinbaseMarket>(&options.market)) {
        PublicRestClient::Config rest;
        rest.baseUrl = coinbase->historyUrl;
        graph->m_history
            = std::make_unique<HistoryBackfill>(*graph->m_hub, rest, coinbase->candleCachePath);
        graph->m_history->fetchRecent(coinbase->products, graph->m_clock.now());
    }
    graph->m_watch = std::make_unique<BotWatch>(*graph->m_hub, options.bots);
    graph->followWatch();
    graph->openAccount(std::move(haltNow));

    MarketFeed* feedPtr = graph->m_feed.get();
    EngineGraph* self = graph.get();
    connect(feedPtr, &MarketFeed::connectionStateChanged, self, [self](ConnectionState state) {
        self->m_connection = state;
        self->changed();
    });
    connect(self->m_hub.get(), &MarketDataHub::healthChanged, self, &EngineGraph::changed);
    connect(feedPtr, &MarketFeed::finished, self, &EngineGraph::onFeedFinished);
    connect(self->m_hub.get(), &MarketDataHub::snapshotReady, self,
        [self](const MarketSnapshot& snapshot) {
            self->m_market = self->shownMarket(snapshot);
            self->changed();
        });
    connect(
        self->m_hub.get(), &MarketDataHub::productUpdated, self, [self](const QString& productId) {
            // A price read when the snapshot is made, not per message.
            self->m_pricesMoved.insert(productId);
            if (!self->m_publishTimer.isActive())
                self->m_publishTimer.start();
        });
    return graph;
}

EngineGraph::EngineGraph(const SessionOptions& options)
    : m_options(options)
{
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(m_options.publishEvery);
    connect(&m_publishTimer, &QTimer::timeout, this, &EngineGraph::publish);
    m_settleTimer.setInterval(std::chrono::milliseconds(10));
    connect(&m_settleTimer, &QTimer::timeout, this, &EngineGraph::checkSettled);
}

EngineGraph::~EngineGraph()
{
    if (m_feed)
        m_feed->stop();
}

void EngineGraph::openProducts()
{
    m_products = std::make_unique<ProductCatalog>(m_options.productCachePath);
    std::optional<QUrl> source;
    if (const auto* venue = std::get_if<CoinbaseVenue>(&m_options.venue))
        source = venue->rest.baseUrl;
    else if (const auto* market = std::get_if<CoinbaseMarket>(&m_options.market))
        source = market->historyUrl;
    if (!source) {
        m_productsAnswered = true; // recorded data to paper: Coinbase's usual rules, or the cache
        return;
    }
    const auto answered = [this] { m_productsAnswered = true; };
    connect(m_products.get(), &ProductCatalog::updated, this, answered);
    connect(m_products.get(), &ProductCatalog::refreshFailed, this, answered);
    PublicRestClient::Config rest;
    rest.baseUrl = *source;
    m_products->refreshFrom(rest);
}

void EngineGraph::openAccount(std::shared_ptr<const std::atomic<bool>> haltNow)
{
    TradingEngine::Options account;
    account.bots = m_options.bots;
    account.fees = m_options.fees;
    account.riskDefaults = m_options.riskDefaults;
    account.haltNow = std::move(haltNow);
    account.killSwitch = m_options.killSwitch;
    account.stoppedBots = m_options.stoppedBots;
    account.products = m_products.get();
    account.dryRun = m_options.dryRun;
    if (const auto* paper = std::get_if<PaperVenue>(&m_options.venue)) {
        account.journalPath = paper->journalPath;
        account.startingCash = paper->startingCash;
    } else {
        const auto& coinbase = std::get<CoinbaseVenue>(m_options.venue);
        account.journalPath = coinbase.journalPath;
        account.startingCash = coinbase.startingCash;
        m_live = std::make_unique<LiveLink>(coinbase, m_clock);
        account.execution = &m_live->execution();
    }
    m_engine = std::make_unique<TradingEngine>(*m_hub, *m_watch, account);
    if (auto opened = m_engine->open(); !opened) {
        // Never trade on a journal that cannot be read: the account would be wrong.
        m_accountProblem = opened.error().message;
        qCWarning(lcEngine).noquote() << "the account cannot be opened:" << m_accountProblem;
        m_watch->followKillSwitch(nullptr); // the engine's, about to go
        m_engine.reset();
        m_live.reset();
        return;
    }
    TradingEngine* engine = m_engine.get();
    connect(engine, &TradingEngine::snapshotReady, this, [this](const TradingSnapshot& snapshot) {
        m_trading = std::make_shared<const TradingSnapshot>(snapshot);
        changed();
    });
    connect(engine, &TradingEngine::tradingEvent, this, &EngineGraph::tradingEvent);
    // The trader must see the switch move at once, whoever moved it.
    connect(engine, &TradingEngine::killSwitchChanged, this, &EngineGraph::publish);
    m_trading = std::make_shared<const TradingSnapshot>(engine->snapshot());
    if (m_live) // the journal as opened, against Coinbase
        m_live->serve(*engine);
}

void EngineGraph::followWatch()
{
    BotWatch* watch = m_watch.get();
    connect(watch, &BotWatch::statusesReady, this, [this](const std::vector<BotStatus>& statuses) {
        m_bots = std::make_shared<const std::vector<BotStatus>>(statuses);
        changed();
    });
}

void EngineGraph::start()
{
    m_feed->start();
}

void EngineGraph::setBots(const std::vector<BotConfig>& bots)
{
    // A new watch for the new bots; the engine keeps its accounts and takes the bots over (an
    // edit must not wipe a replay's positions or strand a session's).
    m_options.bots = bots;
    auto watch = std::make_unique<BotWatch>(*m_hub, bots);
    std::swap(watch, m_watch);
    followWatch();
    if (m_engine)
        m_engine->setBots(*m_watch, bots);
    else
        m_watch->followKillSwitch(nullptr);
}

// Without an engine (its journal could not be opened) nothing trades, but what the trader
// presses is kept for the graph built next (killSwitch(), stoppedBots()).
void EngineGraph::setBotRunning(const QString& botId, bool running)
{
    if (m_engine) {
        m_engine->setBotRunning(botId, running);
        return;
    }
    m_options.stoppedBots.removeAll(botId);
    if (!running)
        m_options.stoppedBots.append(botId);
}

void EngineGraph::halt(HaltCause cause, const QString& detail)
{
    if (m_engine)
        m_engine->halt(cause, detail);
    else
        m_options.killSwitch = stricterKillSwitch(
            m_options.killSwitch, {KillSwitchState::Halted, cause, detail, m_clock.now()});
}

void EngineGraph::flatten(HaltCause cause, const QString& detail)
{
    if (m_engine)
        m_engine->flatten(cause, detail);
    else
        m_options.killSwitch = stricterKillSwitch(
            m_options.killSwitch, {KillSwitchState::Flattening, cause, detail, m_clock.now()});
}

void EngineGraph::rearm()
{
    if (m_engine)
        m_engine->rearm();
    else
        m_options.killSwitch = {};
}

void EngineGraph::setFees(const PaperExchangeConfig& fees)
{
    m_options.fees = fees;
    // Live trading keeps the account's own fee tier.
    if (m_engine && std::holds_alternative<PaperVenue>(m_options.venue))
        m_engine->setFees(fees);
}

void EngineGraph::setRiskDefaults(const RiskPolicy& defaults)
{
    m_options.riskDefaults = defaults;
    if (m_engine)
        m_engine->setRiskDefaults(defaults);
}

void EngineGraph::closePosition(
    const QString& botId, const QString& productId, const Decimal& shown)
{
    if (!m_engine)
        return;
    // A refusal reaches the trader as the bot's refusal; other problems are logged.
    if (auto closed = m_engine->closePosition(botId, productId, shown); !closed)
        qCWarning(lcEngine).noquote() << closed.error().message;
}

void EngineGraph::placeManualOrder(const ManualOrder& order)
{
    if (!m_engine)
        return;
    if (auto placed = m_engine->placeManualOrder(order); !placed)
        qCWarning(lcEngine).noquote() << placed.error().message;
}

void EngineGraph::previewManualOrder(const ManualOrder& order, quint64 request)
{
    if (!m_live) {
        ManualOrderPreview none;
        none.problem = QStringLiteral("a paper session has no venue to preview at");
        Q_EMIT manualOrderPreviewed(request, none);
        return;
    }
    m_live->previewOrder(order, [this, request](const ManualOrderPreview& preview) {
        Q_EMIT manualOrderPreviewed(request, preview);
    });
}

void EngineGraph::cancelOrder(const QString& clientOrderId)
{
    if (!m_engine)
        return;
    if (auto cancelled = m_engine->cancelOrder(clientOrderId); !cancelled)
        qCWarning(lcEngine).noquote() << cancelled.error().message;
}

void EngineGraph::replaceOrder(
    const QString& clientOrderId, const Decimal& limitPrice, const Decimal& quantity)
{
    if (!m_engine)
        return;
    if (auto replaced = m_engine->replaceOrder(clientOrderId, limitPrice, quantity); !replaced)
        qCWarning(lcEngine).noquote() << replaced.error().message;
}

void EngineGraph::releaseDrawdown(const QString& botId)
{
    if (m_engine)
        m_engine->resetDrawdown(botId);
}

void EngineGraph::watchChart(const QString& productId, Timeframe timeframe)
{
    m_options.chartProduct = productId;
    m_options.chartTimeframe = timeframe;
    m_hub->watch(productId, timeframe);
}

KillSwitchStatus EngineGraph::killSwitch() const
{
    return m_engine ? m_engine->killSwitch() : m_options.killSwitch;
}

QStringList EngineGraph::stoppedBots() const
{
    return m_engine ? m_engine->stoppedBots() : m_options.stoppedBots;
}

void EngineGraph::onFeedFinished()
{
    m_feedFinished = true;
    checkSettled();
    if (!m_marketFinished)
        m_settleTimer.start();
}

void EngineGraph::checkSettled()
{
    if (!m_feedFinished || m_marketFinished)
        return;
    // Settled: no order is left to hear about (limits resting on the venue's book wait for a
    // market that has ended), or the journal cannot record what it would hear (the engine
    // halted on it keeps the venue's answers until re-armed).
    if (m_engine && m_engine->ordersAwaitingVenue() > 0 && !journalDown())
        return;
    m_settleTimer.stop();
    m_marketFinished = true;
    // The last snapshot holds the end of the market, not a part published some time before.
    if (!m_options.chartProduct.isEmpty())
        m_market = shownMarket(m_hub->snapshot());
    m_bots = std::make_shared<const std::vector<BotStatus>>(m_watch->statuses());
    if (m_engine)
        m_trading = std::make_shared<const TradingSnapshot>(m_engine->snapshot());
    publish();
    Q_EMIT marketFinished();
}

void EngineGraph::changed()
{
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

bool EngineGraph::journalDown() const
{
    const HaltCause cause = shownKillSwitch().cause;
    return cause == HaltCause::JournalFailure || cause == HaltCause::DiskFull;
}

KillSwitchStatus EngineGraph::shownKillSwitch() const
{
    // Without an account nothing trades, and the trader is told why on the switch itself.
    if (!m_engine)
        return {KillSwitchState::Halted, HaltCause::JournalFailure, m_accountProblem, {}};
    return m_engine->killSwitch();
}

SessionHealth EngineGraph::health() const
{
    SessionHealth health;
    health.connection = m_connection;
    health.products = unsharedCopy(m_hub->healths());
    health.lastPrices = unsharedCopy(m_lastPrices);
    health.marketFinished = m_marketFinished;
    health.accountProblem = m_accountProblem;
    health.ordersInFlight = m_engine ? m_engine->ordersInFlight() : 0;
    return health;
}

void EngineGraph::publish()
{
    m_publishTimer.stop();
    for (const QString& productId : std::as_const(m_pricesMoved)) {
        if (const TickerEvent* ticker = m_hub->state().lastTicker(productId))
            m_lastPrices.insert(productId, ticker->price);
    }
    m_pricesMoved.clear();
    SessionSnapshot snapshot;
    snapshot.market = m_market;
    snapshot.bots = m_bots;
    snapshot.trading = m_trading;
    snapshot.killSwitch = shownKillSwitch();
    snapshot.health = health();
    Q_EMIT snapshotReady(snapshot);
}

std::shared_ptr<const MarketSnapshot> EngineGraph::shownMarket(const MarketSnapshot& hub) const
{
    auto shown = std::make_shared<MarketSnapshot>(hub);
    const Product rules
        = m_products->find(hub.productId).value_or(Product::spotDefaults(hub.productId));
    shown->priceDecimals
        = (rules.priceIncrement.isPositive() ? rules.priceIncrement : rules.quoteIncrement).scale();
    shown->bookFed = !std::holds_alternative<CandleMarket>(m_options.market);
    return shown;
}

SessionSnapshot EngineGraph::snapshotNow() const
{
    SessionSnapshot snapshot;
    if (!m_options.chartProduct.isEmpty())
        snapshot.market = shownMarket(m_hub->snapshot());
    snapshot.bots = std::make_shared<const std::vector<BotStatus>>(m_watch->statuses());
    if (m_engine)
        snapshot.trading = std::make_shared<const TradingSnapshot>(m_engine->snapshot());
    snapshot.killSwitch = shownKillSwitch();
    snapshot.health = health();
    for (const QString& productId : std::as_const(m_pricesMoved)) {
        if (const TickerEvent* ticker = m_hub->state().lastTicker(productId))
            snapshot.health.lastPrices.insert(productId, ticker->price);
    }
    return snapshot;
}

} // namespace Candela::Core

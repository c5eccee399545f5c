#include "marketfeedrunner.h"

#include "core/coinbase/reconciler.h"
#include "core/corelogging.h"
#include "core/engine/botwatch.h"
#include "core/engine/tradingengine.h"
#include "core/market/marketdatahub.h"

#include <QPointer>

namespace Candela {

namespace {

// The live venue's clients on the feed thread, a child of the trader that places orders through
// them; destroyed in reverse order (the channel, the reconciler, the execution, then the REST
// client they use). The journal is reconciled with Coinbase when trading starts and whenever the
// order-updates channel comes back after a drop; the products it finds differences on are
// blocked in the trader until a later run is clean.
class LiveLink final : public QObject
{
public:
    LiveLink(const MarketFeedRunner::LiveVenue& venue, const Core::Clock& clock)
        : rest(venue.rest, venue.credentials, clock)
        , execution(rest, clock, venue.execution)
        , reconciler(rest, Core::Reconciler::Config{})
    {
        if (!venue.userChannel)
            return;
        channel = std::make_unique<Core::UserChannel>(
            *venue.userChannel, venue.credentials.key, venue.credentials.keyName, clock);
        connect(channel.get(), &Core::UserChannel::orderUpdated, &execution,
            &Core::CoinbaseExecution::onUserUpdate);
    }

    // Reconciles for `trader` from now on (it owns this link).
    void watch(Core::TradingEngine& trader)
    {
        connect(&reconciler, &Core::Reconciler::finished, &trader,
            [&trader](const Core::ReconcileReport& report) { trader.applyReconciliation(report); });
        connect(&reconciler, &Core::Reconciler::notReady, &trader,
            [&trader](const QString& why) { trader.applyReconciliation(std::nullopt, why); });
        const auto reconcile = [this, &trader] {
            reconciler.run([&trader] {
                // An unreadable journal is a journal with nothing in it: every balance differs.
                return trader.venueBook().valueOr(Core::LocalBook{});
            });
        };
        // The account's own fee tier, for the engine's check of a buy against a bot's cash.
        rest.feeTier([engine = QPointer<Core::TradingEngine>(&trader)](
                         Core::Result<Core::CoinbaseOrders::FeeTier> tier) {
            if (!engine || !tier)
                return;
            Core::PaperExchangeConfig fees;
            fees.makerFeeRate = tier->makerFeeRate;
            fees.takerFeeRate = tier->takerFeeRate;
            engine->setFees(fees);
        });
        if (channel) {
            connect(channel.get(), &Core::UserChannel::readyChanged, this,
                [reconcile](bool ready, const QString&) {
                    if (ready)
                        reconcile();
                });
            channel->start();
        }
        reconcile();
    }

    Core::TradingRestClient rest;
    Core::CoinbaseExecution execution;
    Core::Reconciler reconciler;
    std::unique_ptr<Core::UserChannel> channel;
};

} // namespace

void MarketFeedRunner::ThreadStopper::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

MarketFeedRunner::MarketFeedRunner(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("candela-market-feed"));
    m_thread->start();
}

MarketFeedRunner::~MarketFeedRunner()
{
    stop();
}

void MarketFeedRunner::run(std::unique_ptr<Core::MarketFeed> feed, Setup setup)
{
    stop();
    m_feed = feed.release();
    m_feed->moveToThread(m_thread.get());
    // Feed thread → this (UI) thread.
    connect(m_feed, &Core::MarketFeed::messageReceived, this, &MarketFeedRunner::messageReceived,
        Qt::QueuedConnection);
    connect(m_feed, &Core::MarketFeed::connectionStateChanged, this,
        &MarketFeedRunner::connectionStateChanged, Qt::QueuedConnection);
    connect(m_feed, &Core::MarketFeed::healthChanged, this, &MarketFeedRunner::healthChanged,
        Qt::QueuedConnection);
    connect(m_feed, &Core::MarketFeed::finished, this, &MarketFeedRunner::finished,
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_feed,
        [this, feed = m_feed, setup = std::move(setup), installWatch = botWatchInstaller()] {
            // Created on the feed thread, a child of the feed: it goes when the feed goes.
            auto* hub = new Core::MarketDataHub(*feed, feed);
            // Feed thread → this (UI) thread, at most every 50 ms.
            connect(hub, &Core::MarketDataHub::snapshotReady, this,
                &MarketFeedRunner::snapshotReady, Qt::QueuedConnection);
            if (setup)
                setup(*hub);
            // The bots and the trader are there before the first candle: a replay playing as
            // fast as it can would otherwise hand them its first bars as history, untraded.
            installWatch(*feed);
            feed->start();
        },
        Qt::QueuedConnection);
}

void MarketFeedRunner::watchBots(std::vector<Core::BotConfig> bots)
{
    m_bots = std::move(bots);
    startBotWatch();
}

template<typename Work>
void MarketFeedRunner::onFeedThread(Work work)
{
    if (!m_feed)
        return;
    QMetaObject::invokeMethod(
        m_feed, [feed = m_feed, work = std::move(work)] { work(*feed); }, Qt::QueuedConnection);
}

void MarketFeedRunner::setPaperAccount(
    const QString& journalPath, const Core::Decimal& startingCash)
{
    m_journalPath = journalPath;
    m_startingCash = startingCash;
}

void MarketFeedRunner::setLiveVenue(std::optional<LiveVenue> venue)
{
    m_liveVenue = std::move(venue);
}

void MarketFeedRunner::setFees(const Core::PaperExchangeConfig& fees)
{
    m_fees = fees;
    if (m_liveVenue)
        return; // live trading uses the account's own fee tier, not the paper settings
    onFeedThread([fees](Core::MarketFeed& feed) {
        if (auto* trader = feed.findChild<Core::TradingEngine*>())
            trader->setFees(fees);
    });
}

void MarketFeedRunner::setRiskDefaults(const Core::RiskPolicy& defaults)
{
    m_riskDefaults = defaults;
    onFeedThread([defaults](Core::MarketFeed& feed) {
        if (auto* trader = feed.findChild<Core::TradingEngine*>())
            trader->setRiskDefaults(defaults);
    });
}

void MarketFeedRunner::setKillSwitch(Core::KillSwitchState state)
{
    m_haltNow->store(state != Core::KillSwitchState::Active, std::memory_order_release);
    m_killSwitch = state;
    onFeedThread([state](Core::MarketFeed& feed) {
        if (auto* watch = feed.findChild<Core::BotWatch*>())
            watch->setHalted(state != Core::KillSwitchState::Active);
        if (auto* trader = feed.findChild<Core::TradingEngine*>())
            trader->setKillSwitch(state);
    });
}

void MarketFeedRunner::setBotRunning(const QString& botId, bool running)
{
    if (running)
        m_stoppedBots.remove(botId);
    else
        m_stoppedBots.insert(botId);
    onFeedThread([botId, running](Core::MarketFeed& feed) {
        if (auto* trader = feed.findChild<Core::TradingEngine*>())
            trader->setBotRunning(botId, running);
    });
}

void MarketFeedRunner::releaseDrawdown(const QString& botId)
{
    onFeedThread([botId](Core::MarketFeed& feed) {
        if (auto* trader = feed.findChild<Core::TradingEngine*>())
            trader->resetDrawdown(botId);
    });
}

void MarketFeedRunner::closePosition(
    const QString& botId, const QString& productId, const Core::Decimal& shownQuantity)
{
    onFeedThread([botId, productId, shownQuantity](Core::MarketFeed& feed) {
        if (auto* trader = feed.findChild<Core::TradingEngine*>()) {
            // A refusal reaches the window as the bot's refusal; other problems are logged.
            if (auto closed = trader->closePosition(botId, productId, shownQuantity); !closed)
                qCWarning(Core::lcEngine).noquote() << closed.error().message;
        }
    });
}

void MarketFeedRunner::startBotWatch()
{
    onFeedThread(botWatchInstaller());
}

std::function<void(Core::MarketFeed&)> MarketFeedRunner::botWatchInstaller()
{
    // Run on the feed thread once the hub exists. The watch is replaced; a trader already
    // running on this feed keeps its accounts and only takes the new bots (an edit must not
    // wipe a replay's positions or strand a session's).
    Core::TradingEngine::Options account;
    account.bots = m_bots;
    account.startingCash = m_startingCash;
    account.journalPath = m_journalPath;
    account.fees = m_fees;
    account.riskDefaults = m_riskDefaults;
    account.haltNow = m_haltNow;
    if (m_liveVenue) {
        account.journalPath = m_liveVenue->journalPath;
        account.startingCash = m_liveVenue->startingCash;
    }
    return [this, account = std::move(account), state = m_killSwitch, live = m_liveVenue,
               stopped = m_stoppedBots](Core::MarketFeed& feed) {
        auto* hub = feed.findChild<Core::MarketDataHub*>();
        if (!hub)
            return;
        auto* watch = new Core::BotWatch(*hub, account.bots);
        watch->setHalted(state != Core::KillSwitchState::Active);
        connect(&feed, &Core::MarketFeed::healthChanged, watch, &Core::BotWatch::setHealth);
        connect(watch, &Core::BotWatch::statusesReady, this, &MarketFeedRunner::botStatusesReady,
            Qt::QueuedConnection);
        std::unique_ptr<Core::BotWatch> previous(feed.findChild<Core::BotWatch*>());
        watch->setParent(&feed);
        if (auto* trader = feed.findChild<Core::TradingEngine*>()) {
            trader->setBots(*watch, account.bots);
            return;
        }
        Core::TradingEngine::Options options = account;
        std::unique_ptr<LiveLink> link;
        if (live) {
            link = std::make_unique<LiveLink>(*live, m_clock);
            options.execution = &link->execution;
        }
        auto* trader = new Core::TradingEngine(*hub, *watch, options, &feed);
        LiveLink* venue = link.release();
        if (venue)
            venue->setParent(trader);
        connect(trader, &Core::TradingEngine::snapshotReady, this,
            &MarketFeedRunner::tradingSnapshotReady, Qt::QueuedConnection);
        connect(trader, &Core::TradingEngine::tradingEvent, this, &MarketFeedRunner::tradingEvent,
            Qt::QueuedConnection);
        connect(trader, &Core::TradingEngine::journalFailed, this, &MarketFeedRunner::tradingFailed,
            Qt::QueuedConnection);
        if (auto opened = trader->open(); !opened) {
            // Never trade on a journal that cannot be read: the account would be wrong.
            Q_EMIT tradingFailed(opened.error().message);
            delete trader;
            return;
        }
        for (const QString& botId : stopped)
            trader->setBotRunning(botId, false);
        trader->setKillSwitch(state);
        if (venue) // the journal as opened, against Coinbase
            venue->watch(*trader);
    };
}

void MarketFeedRunner::watch(const QString& productId, Core::Timeframe timeframe)
{
    if (!m_feed)
        return;
    QMetaObject::invokeMethod(
        m_feed,
        [feed = m_feed, productId, timeframe] {
            if (auto* hub = feed->findChild<Core::MarketDataHub*>())
                hub->watch(productId, timeframe);
        },
        Qt::QueuedConnection);
}

void MarketFeedRunner::stop()
{
    if (!m_feed)
        return;
    Core::MarketFeed* feed = std::exchange(m_feed, nullptr);
    feed->disconnect(this);
    // Stop and delete the feed on its own thread, where its sockets and timers live.
    QMetaObject::invokeMethod(
        feed,
        [feed] {
            feed->stop();
            delete feed;
        },
        Qt::BlockingQueuedConnection);
}

} // namespace Candela

#include "marketfeedrunner.h"

#include "core/engine/botwatch.h"
#include "core/market/marketdatahub.h"

namespace Candela {

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
        [this, feed = m_feed, setup = std::move(setup)] {
            // Created on the feed thread, a child of the feed: it goes when the feed goes.
            auto* hub = new Core::MarketDataHub(*feed, feed);
            // Feed thread → this (UI) thread, at most every 50 ms.
            connect(hub, &Core::MarketDataHub::snapshotReady, this,
                &MarketFeedRunner::snapshotReady, Qt::QueuedConnection);
            if (setup)
                setup(*hub);
            feed->start();
        },
        Qt::QueuedConnection);
    startBotWatch();
}

void MarketFeedRunner::watchBots(std::vector<Core::BotConfig> bots)
{
    m_bots = std::move(bots);
    startBotWatch();
}

void MarketFeedRunner::setHalted(bool halted)
{
    m_halted = halted;
    if (!m_feed)
        return;
    QMetaObject::invokeMethod(
        m_feed,
        [feed = m_feed, halted] {
            if (auto* watch = feed->findChild<Core::BotWatch*>())
                watch->setHalted(halted);
        },
        Qt::QueuedConnection);
}

void MarketFeedRunner::startBotWatch()
{
    if (!m_feed)
        return;
    // Queued after run()'s set-up, so the hub exists; replaces any earlier watch.
    QMetaObject::invokeMethod(
        m_feed,
        [this, feed = m_feed, bots = m_bots, halted = m_halted] {
            auto* hub = feed->findChild<Core::MarketDataHub*>();
            if (!hub)
                return;
            delete feed->findChild<Core::BotWatch*>();
            if (bots.empty())
                return;
            auto* watch = new Core::BotWatch(*hub, bots);
            watch->setParent(feed);
            watch->setHalted(halted);
            connect(feed, &Core::MarketFeed::healthChanged, watch, &Core::BotWatch::setHealth);
            connect(watch, &Core::BotWatch::statusesReady, this,
                &MarketFeedRunner::botStatusesReady, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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

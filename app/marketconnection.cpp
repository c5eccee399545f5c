#include "marketconnection.h"

#include "apptr.h"

#include "core/coinbase/coinbasefeed.h"
#include "core/coinbase/publicrestclient.h"
#include "core/market/candlereplayfeed.h"
#include "core/market/marketdatahub.h"
#include "core/market/replayfeed.h"
#include "core/storage/candlecache.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Candela {

using Core::ConnectionState;

namespace {

// The REST client and candle cache that fill a live session's history. Created on the feed
// thread as a child of the hub, so they live and die there.
class HistorySources final : public QObject
{
public:
    HistorySources(const QUrl& url, QObject* parent)
        : QObject(parent)
        , client(config(url), this)
    { }
    static Core::PublicRestClient::Config config(const QUrl& url)
    {
        Core::PublicRestClient::Config config;
        config.baseUrl = url;
        return config;
    }
    Core::PublicRestClient client;
    Core::CandleCache cache;
};

void backfillLiveHistory(
    Core::MarketDataHub& hub, const QUrl& url, const QStringList& products, Core::Timestamp now)
{
    auto* sources = new HistorySources(url, &hub);
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    Core::CandleCache* cache = &sources->cache;
    if (auto opened = cache->open(QDir(directory).filePath(QStringLiteral("candles.db")));
        !opened) {
        qWarning().noquote() << "candle cache unavailable:" << opened.error().message;
        cache = nullptr;
    }
    using namespace std::chrono;
    for (const QString& product : products) {
        // About 700 buckets each: two or three requests per timeframe.
        const std::pair<Core::Timeframe, hours> ranges[]
            = {{Core::Timeframe::OneMinute, hours(12)}, {Core::Timeframe::FiveMinutes, hours(60)},
                {Core::Timeframe::FifteenMinutes, hours(24 * 7)},
                {Core::Timeframe::OneHour, hours(24 * 30)},
                {Core::Timeframe::FourHours, hours(24 * 120)},
                {Core::Timeframe::OneDay, hours(24 * 700)}};
        for (const auto& [timeframe, span] : ranges) {
            hub.backfill(sources->client, cache, product, timeframe, now - span, now,
                [product](Core::Status status) {
                    if (!status)
                        qWarning().noquote()
                            << "history for" << product << "unavailable:" << status.error().message;
                });
        }
    }
}

// Give up on the live feed after this many failed connects, or this long without a connection.
constexpr int FailedConnectsBeforeDemo = 3;
constexpr int SecondsBeforeDemo = 15;
} // namespace

MarketConnection::MarketConnection(Options options, Gui::MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
{
    m_fallbackTimer.setSingleShot(true);
    m_fallbackTimer.setInterval(SecondsBeforeDemo * 1000);
    connect(&m_fallbackTimer, &QTimer::timeout, this, [this] {
        if (!m_everConnected)
            fallBackToDemo();
    });
    connect(&m_runner, &MarketFeedRunner::connectionStateChanged, this,
        &MarketConnection::onConnectionState);
    connect(&m_runner, &MarketFeedRunner::messageReceived, this, &MarketConnection::onMessage);
    connect(&m_runner, &MarketFeedRunner::healthChanged, this, &MarketConnection::onHealth);
    connect(&m_runner, &MarketFeedRunner::snapshotReady, &m_window, &Gui::MainWindow::showMarket);
    connect(&m_runner, &MarketFeedRunner::botStatusesReady, &m_window, &Gui::MainWindow::showBots);
    connect(&m_runner, &MarketFeedRunner::tradingSnapshotReady, &m_window,
        &Gui::MainWindow::showTrading);
    connect(
        &m_runner, &MarketFeedRunner::tradingEvent, &m_window, &Gui::MainWindow::showTradingEvent);
    connect(&m_window, &Gui::MainWindow::replayRequested, this, &MarketConnection::openReplay);
    m_window.setBundledReplays(
        {{AppTr::tr("Bundled BTC-USD five-minute candles, Jul–Sep 2025"), demoCandlesPath(), 600},
            {AppTr::tr("Bundled live recording, BTC-USD, 24 seconds"), demoRecordingPath(), 1}});
    connect(&m_runner, &MarketFeedRunner::tradingFailed, this, [this](const QString& message) {
        m_window.notify(AppTr::tr("Paper trading stopped: %1").arg(message));
    });
    if (m_options.products.isEmpty())
        m_options.products = QStringList{QStringLiteral("BTC-USD")};
    m_chartProduct = m_options.products.front();
    m_window.setProducts(subscribedProducts());
    connect(&m_window, &Gui::MainWindow::timeframeChanged, this, [this](Core::Timeframe timeframe) {
        m_timeframe = timeframe;
        m_runner.watch(m_chartProduct, timeframe);
    });
    connect(&m_window, &Gui::MainWindow::chartProductChanged, this, [this](const QString& product) {
        m_chartProduct = product;
        m_runner.watch(product, m_timeframe);
    });
}

MarketConnection::~MarketConnection()
{
    // The live feed reads m_clock on its thread: stop it before the members go.
    m_runner.stop();
}

QStringList MarketConnection::subscribedProducts() const
{
    QStringList products = m_options.products;
    for (const QString& product : m_botProducts) {
        if (!products.contains(product))
            products.append(product);
    }
    return products;
}

void MarketConnection::watchBots(std::vector<Core::BotConfig> bots)
{
    const QStringList before = subscribedProducts();
    m_botProducts.clear();
    for (const Core::BotConfig& bot : bots)
        m_botProducts.append(bot.product);
    m_runner.watchBots(std::move(bots));
    const QStringList after = subscribedProducts();
    if (after == before)
        return;
    m_window.setProducts(after);
    if (m_live) {
        // A bot on a product the feed does not carry yet: subscribe to it too.
        m_runner.stop();
        startLive();
    }
}

bool MarketConnection::useLiveVenue(MarketFeedRunner::LiveVenue venue)
{
    if (!m_live)
        return false;
    m_runner.setLiveVenue(std::move(venue));
    m_runner.stop();
    startLive();
    m_window.setTradingMode(Core::TradingMode::Live);
    return true;
}

void MarketConnection::usePaperSession(
    const QString& journalPath, const Core::Decimal& startingCash)
{
    if (m_runner.isLive()) { // back to paper
        m_runner.setLiveVenue(std::nullopt);
        m_window.setTradingMode(Core::TradingMode::Paper);
    }
    m_options.paperDatabase = journalPath;
    m_options.startingCash = startingCash;
    if (m_live) {
        m_runner.stop();
        startLive();
    }
}

QString MarketConnection::demoCandlesPath()
{
    return QStringLiteral(":/demo/coinbase_btc-usd_5m_20250701-20250930.csv");
}

QString MarketConnection::demoRecordingPath()
{
    return QStringLiteral(":/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");
}

void MarketConnection::start()
{
    if (!m_options.replayFile.isEmpty()) {
        openReplay(m_options.replayFile, m_options.speed);
        return;
    }
    if (m_options.demo) {
        startDemo(m_options.speed);
        return;
    }
    startLive();
}

void MarketConnection::startLive()
{
    Core::CoinbaseFeed::Config config;
    config.url = m_options.feedUrl;
    config.products = subscribedProducts();
    m_live = true;
    m_runner.setPaperAccount(m_options.paperDatabase, m_options.startingCash);
    m_runner.run(std::make_unique<Core::CoinbaseFeed>(config, m_clock),
        [products = config.products, chart = m_chartProduct, timeframe = m_timeframe,
            now = m_clock.now(), history = m_options.historyUrl](Core::MarketDataHub& hub) {
            hub.watch(chart, timeframe);
            backfillLiveHistory(hub, history, products, now);
        });
    m_fallbackTimer.start();
}

Core::Status MarketConnection::startReplay(const QString& path, double speed, bool loop)
{
    m_live = false;
    m_fallbackTimer.stop();
    // A recording is never traded live.
    m_runner.setLiveVenue(std::nullopt);
    // A recording is not the account's market: it trades in a fresh account in memory.
    m_runner.setPaperAccount({}, m_options.startingCash);
    // A candle file is the first --products product's history.
    const QString product = m_options.products.front();
    const auto watch = [chart = m_chartProduct, timeframe = m_timeframe](Core::MarketDataHub& hub) {
        // A recording's own candles snapshot gives the chart its history. The bundled 2025
        // candles are not merged into the 2026 recording: they are another period.
        hub.watch(chart, timeframe);
    };
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        // Candle history played as a market: the bots trade it in the window.
        auto feed = Core::CandleReplayFeed::fromFile(path, {product, speed, {}});
        if (!feed)
            return feed.error();
        m_runner.run(std::move(feed).value(), watch);
        return Core::success();
    }
    auto feed = Core::ReplayFeed::fromFile(path, {speed, loop});
    if (!feed)
        return feed.error();
    m_runner.run(std::move(feed).value(), watch);
    return Core::success();
}

void MarketConnection::openReplay(const QString& path, double speed)
{
    m_window.setTradingMode(Core::TradingMode::Replay);
    m_window.setConnectionState(ConnectionState::Offline);
    if (const Core::Status started = startReplay(path, speed, false); !started)
        m_window.notify(AppTr::tr("Cannot replay %1: %2").arg(path, started.error().message));
    else if (speed > 0)
        m_window.notify(
            AppTr::tr("Replaying %1 at %2×.").arg(QFileInfo(path).fileName()).arg(speed));
    else
        m_window.notify(
            AppTr::tr("Replaying %1 as fast as possible.").arg(QFileInfo(path).fileName()));
}

void MarketConnection::startDemo(double speed)
{
    m_window.setTradingMode(Core::TradingMode::Replay);
    m_window.setConnectionState(ConnectionState::Offline);
    // The recording is inside the binary; only a broken build lacks it.
    if (const Core::Status started = startReplay(demoRecordingPath(), speed, true); !started)
        m_window.notify(
            AppTr::tr("Cannot replay %1: %2").arg(demoRecordingPath(), started.error().message));
}

void MarketConnection::fallBackToDemo()
{
    m_fallbackTimer.stop();
    m_runner.stop();
    startDemo(1.0);
    m_window.notify(
        AppTr::tr("Coinbase cannot be reached: showing the bundled demo recording instead. "
                  "File → Open replay… plays three months of real candles for the bots to trade."));
}

void MarketConnection::onConnectionState(ConnectionState state)
{
    if (!m_live) {
        // A recording is offline data; it never claims a live connection.
        return;
    }
    m_window.setConnectionState(state);
    if (state == ConnectionState::Connected) {
        m_everConnected = true;
        m_failedConnects = 0;
    } else if (state == ConnectionState::Disconnected && !m_everConnected
        && ++m_failedConnects >= FailedConnectsBeforeDemo) {
        fallBackToDemo();
    }
}

void MarketConnection::onHealth(const QString& productId, Core::DataHealth health)
{
    m_window.setDataHealth(productId, health);
}

void MarketConnection::onMessage(const Core::MarketMessage& message)
{
    for (const Core::MarketEvent& event : message.events) {
        if (const auto* ticker = std::get_if<Core::TickerEvent>(&event))
            m_window.setLastPrice(ticker->productId, ticker->price.toString());
    }
}

} // namespace Candela

#include "marketconnection.h"

#include "apptr.h"

#include "core/coinbase/coinbasefeed.h"
#include "core/coinbase/publicrestclient.h"
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
    explicit HistorySources(QObject* parent)
        : QObject(parent)
        , client(Core::PublicRestClient::Config{}, this)
    { }
    Core::PublicRestClient client;
    Core::CandleCache cache;
};

void backfillLiveHistory(Core::MarketDataHub& hub, const QStringList& products, Core::Timestamp now)
{
    auto* sources = new HistorySources(&hub);
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
    connect(&m_runner, &MarketFeedRunner::tradingFailed, this, [this](const QString& message) {
        m_window.notify(AppTr::tr("Paper trading stopped: %1").arg(message));
    });
    connect(&m_window, &Gui::MainWindow::timeframeChanged, this, [this](Core::Timeframe timeframe) {
        m_runner.watch(m_options.products.value(0, QStringLiteral("BTC-USD")), timeframe);
    });
}

QString MarketConnection::defaultPaperDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("paper.sqlite"));
}

QString MarketConnection::demoRecordingPath()
{
    return QStringLiteral(":/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");
}

void MarketConnection::start()
{
    if (!m_options.replayFile.isEmpty()) {
        m_window.setTradingMode(Core::TradingMode::Replay);
        if (!startReplay(m_options.replayFile, m_options.speed, false))
            m_window.notify(AppTr::tr("Cannot replay %1.").arg(m_options.replayFile));
        return;
    }
    if (m_options.demo) {
        m_window.setTradingMode(Core::TradingMode::Replay);
        startReplay(demoRecordingPath(), m_options.speed, true);
        m_window.setConnectionState(ConnectionState::Offline);
        return;
    }
    startLive();
}

void MarketConnection::startLive()
{
    Core::CoinbaseFeed::Config config;
    config.products = m_options.products;
    m_live = true;
    QString database = m_options.paperDatabase;
    if (database.isEmpty()) {
        database = defaultPaperDatabase();
        QDir().mkpath(QFileInfo(database).absolutePath());
    }
    m_runner.setPaperAccount(database, m_options.startingCash);
    m_runner.run(std::make_unique<Core::CoinbaseFeed>(config, m_clock),
        [products = m_options.products, now = m_clock.now()](Core::MarketDataHub& hub) {
            hub.watch(products.value(0), Core::Timeframe::FiveMinutes);
            backfillLiveHistory(hub, products, now);
        });
    m_fallbackTimer.start();
}

bool MarketConnection::startReplay(const QString& path, double speed, bool loop)
{
    m_live = false;
    auto feed = Core::ReplayFeed::fromFile(path, {speed, loop});
    // A recording is not the account's market: it trades in a fresh account in memory.
    m_runner.setPaperAccount({}, m_options.startingCash);
    if (!feed) {
        qWarning().noquote() << feed.error().message;
        return false;
    }
    // The demo's history: real five-minute BTC-USD candles bundled with the recording.
    m_runner.run(std::move(feed).value(), [](Core::MarketDataHub& hub) {
        // The recording's own candles snapshot gives the chart its history. The bundled
        // 2025 candles are not merged in: they are from another period than the 2026
        // recording (they serve backtests: candela-cli backtest/score).
        hub.watch(QStringLiteral("BTC-USD"), Core::Timeframe::FiveMinutes);
    });
    return true;
}

void MarketConnection::fallBackToDemo()
{
    m_fallbackTimer.stop();
    m_runner.stop();
    startReplay(demoRecordingPath(), 1.0, true);
    m_window.setConnectionState(ConnectionState::Offline);
    m_window.notify(
        AppTr::tr("Coinbase cannot be reached: showing the bundled demo recording instead."));
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

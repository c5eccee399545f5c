#include "marketconnection.h"

#include "apptr.h"

#include "core/coinbase/coinbasefeed.h"
#include "core/market/replayfeed.h"
#include "ui/mainwindow.h"

namespace Candela {

using Core::ConnectionState;

namespace {
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
    m_runner.run(std::make_unique<Core::CoinbaseFeed>(config, m_clock));
    m_fallbackTimer.start();
}

bool MarketConnection::startReplay(const QString& path, double speed, bool loop)
{
    m_live = false;
    auto feed = Core::ReplayFeed::fromFile(path, {speed, loop});
    if (!feed) {
        qWarning().noquote() << feed.error().message;
        return false;
    }
    m_runner.run(std::move(feed).value());
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

void MarketConnection::onMessage(const Core::MarketMessage& message)
{
    for (const Core::MarketEvent& event : message.events) {
        if (const auto* ticker = std::get_if<Core::TickerEvent>(&event))
            m_window.setLastPrice(ticker->productId, ticker->price.toString());
    }
}

} // namespace Candela

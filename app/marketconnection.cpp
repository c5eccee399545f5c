#include "marketconnection.h"

#include "apptr.h"

#include "ui/mainwindow.h"

#include <QFileInfo>

namespace Candela {

using Core::ConnectionState;

namespace {
// Give up on the live feed after this many failed connects, or this long without a connection.
constexpr int FailedConnectsBeforeDemo = 3;
constexpr int SecondsBeforeDemo = 15;
} // namespace

MarketConnection::MarketConnection(
    Options options, Core::TradingSession& session, Gui::MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_session(session)
    , m_window(window)
{
    m_fallbackTimer.setSingleShot(true);
    m_fallbackTimer.setInterval(SecondsBeforeDemo * 1000);
    connect(&m_fallbackTimer, &QTimer::timeout, this, [this] {
        if (!m_everConnected)
            fallBackToDemo();
    });
    connect(&m_session, &Core::TradingSession::snapshotReady, this, &MarketConnection::onSnapshot);
    connect(&m_window, &Gui::MainWindow::replayRequested, this, &MarketConnection::openReplay);
    m_window.setBundledReplays(
        {{AppTr::tr("Bundled BTC-USD five-minute candles, Jul–Sep 2025"), demoCandlesPath(), 600},
            {AppTr::tr("Bundled live recording, BTC-USD, 24 seconds"), demoRecordingPath(), 1}});
    if (m_options.products.isEmpty())
        m_options.products = QStringList{QStringLiteral("BTC-USD")};
    m_window.setProducts(subscribedProducts());
}

QStringList MarketConnection::subscribedProducts() const
{
    QStringList products = m_options.products;
    for (const Core::BotConfig& bot : m_session.options().bots) {
        if (!products.contains(bot.product))
            products.append(bot.product);
    }
    return products;
}

Core::CoinbaseMarket MarketConnection::liveMarket() const
{
    return {
        m_options.feedUrl, m_options.historyUrl, subscribedProducts(), m_options.candleCachePath};
}

void MarketConnection::watchBots(std::vector<Core::BotConfig> bots)
{
    const QStringList before = subscribedProducts();
    m_session.setBots(std::move(bots));
    const QStringList after = subscribedProducts();
    if (after == before)
        return;
    m_window.setProducts(after);
    if (m_live) // a bot on a product the feed does not carry yet: subscribe to it too
        Q_UNUSED(m_session.switchMarket(liveMarket()));
}

bool MarketConnection::useLiveVenue(Core::CoinbaseVenue venue)
{
    if (!m_live)
        return false;
    if (const Core::Status switched = m_session.switchVenue(std::move(venue)); !switched) {
        m_window.notify(AppTr::tr("Live trading did not start: %1").arg(switched.error().message));
        return false;
    }
    m_window.setTradingMode(Core::TradingMode::Live);
    return true;
}

void MarketConnection::usePaperSession(
    const QString& journalPath, const Core::Decimal& startingCash)
{
    m_options.paperDatabase = journalPath;
    m_options.startingCash = startingCash;
    if (!m_live)
        return; // a replay keeps its own account; the live market trades in this one
    if (std::holds_alternative<Core::CoinbaseVenue>(m_session.options().venue))
        m_window.setTradingMode(Core::TradingMode::Paper); // back to paper
    Q_UNUSED(m_session.switchVenue(Core::PaperVenue{journalPath, startingCash}));
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
    m_live = true;
    m_everConnected = false;
    m_failedConnects = 0;
    Core::SessionOptions options = m_session.options();
    if (options.chartProduct.isEmpty())
        options.chartProduct = m_options.products.front();
    options.market = liveMarket();
    options.venue = Core::PaperVenue{m_options.paperDatabase, m_options.startingCash};
    Q_UNUSED(m_session.start(std::move(options))); // a live market always starts
    m_fallbackTimer.start();
}

Core::Status MarketConnection::startReplay(const QString& path, double speed, bool loop)
{
    m_live = false;
    m_fallbackTimer.stop();
    Core::SessionOptions options = m_session.options();
    if (options.chartProduct.isEmpty())
        options.chartProduct = m_options.products.front();
    // A recording is not the account's market: it trades in a fresh account in memory, never
    // live.
    options.venue = Core::PaperVenue{QString(), m_options.startingCash};
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        // Candle history played as a market of the first --products product: the bots trade it.
        options.market = Core::CandleMarket{path, m_options.products.front(), speed, {}};
    else
        options.market = Core::RecordedMarket{path, speed, loop};
    return m_session.start(std::move(options));
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
    startDemo(1.0);
    m_window.notify(
        AppTr::tr("Coinbase cannot be reached: showing the bundled demo recording instead. "
                  "File → Open replay… plays three months of real candles for the bots to trade."));
}

void MarketConnection::onSnapshot(const Core::SessionSnapshot& snapshot)
{
    const ConnectionState state = snapshot.health.connection;
    if (!m_live || state == m_connection) {
        // A recording is offline data; it never claims a live connection.
        m_connection = state;
        return;
    }
    m_connection = state;
    m_window.setConnectionState(state);
    if (state == ConnectionState::Connected) {
        m_everConnected = true;
        m_failedConnects = 0;
    } else if (state == ConnectionState::Disconnected && !m_everConnected
        && ++m_failedConnects >= FailedConnectsBeforeDemo) {
        fallBackToDemo();
    }
}

} // namespace Candela

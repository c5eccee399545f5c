#pragma once

#include "marketfeedrunner.h"

#include "core/model/clock.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Candela::Gui {
class MainWindow;
}

namespace Candela {

// Chooses and runs the market-data source for the window: the live Coinbase feed, or a
// recording (--demo, --replay). When Coinbase cannot be reached, it falls back to the bundled
// demo recording and tells the trader so.
class MarketConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketConnection)

public:
    struct Options
    {
        bool demo = false;
        QString replayFile;
        double speed = 1.0;
        QStringList products{QStringLiteral("BTC-USD")};
        // The paper account's journal while trading the live market (recordings trade in a
        // fresh account kept in memory).
        QString paperDatabase;
        Core::Decimal startingCash = Core::Decimal::fromInteger(10000); // per bot
        // Coinbase's market feed and public REST API (history); tests use the fake on 127.0.0.1.
        QUrl feedUrl{QStringLiteral("wss://advanced-trade-ws.coinbase.com")};
        QUrl historyUrl{QStringLiteral("https://api.coinbase.com/api/v3/brokerage")};
    };

    MarketConnection(Options options, Gui::MainWindow& window, QObject* parent = nullptr);
    ~MarketConnection() override;

    void start();
    // Plays a recording (.jsonl of Coinbase frames) or five-minute candles (.csv) instead of the
    // current source, at `speed` times real time (0: as fast as possible); says why if it can't.
    void openReplay(const QString& path, double speed);
    // The paper session the live market trades in from now on (a journal path; the starting
    // cash counts for a new journal only). Takes effect at once when live.
    void usePaperSession(const QString& journalPath, const Core::Decimal& startingCash);
    // The bots trade live at Coinbase from now on, in the live journal; false (and nothing
    // changes) unless the window is on the live market — a recording is never traded live.
    bool useLiveVenue(MarketFeedRunner::LiveVenue venue);
    // Whether the window shows Coinbase's live market (not a recording or the demo).
    bool showsLiveMarket() const { return m_live; }
    // Bots evaluated live on the market thread; their cards update in the window.
    // Their products join the live subscription (and the chart's product list).
    void watchBots(std::vector<Core::BotConfig> bots);
    void setKillSwitch(Core::KillSwitchState state) { m_runner.setKillSwitch(state); }
    void setFees(const Core::PaperExchangeConfig& fees) { m_runner.setFees(fees); }
    void setRiskDefaults(const Core::RiskPolicy& defaults) { m_runner.setRiskDefaults(defaults); }
    void setBotRunning(const QString& botId, bool running)
    {
        m_runner.setBotRunning(botId, running);
    }
    void releaseDrawdown(const QString& botId) { m_runner.releaseDrawdown(botId); }
    void closePosition(
        const QString& botId, const QString& productId, const Core::Decimal& shownQuantity)
    {
        m_runner.closePosition(botId, productId, shownQuantity);
    }

    static QString demoRecordingPath();
    static QString demoCandlesPath();

private:
    void startLive();
    Core::Status startReplay(const QString& path, double speed, bool loop);
    void startDemo(double speed);
    void fallBackToDemo();
    void onConnectionState(Core::ConnectionState state);
    void onMessage(const Core::MarketMessage& message);
    void onHealth(const QString& productId, Core::DataHealth health);
    // The products the live feed subscribes to: --products, then the bots' products.
    QStringList subscribedProducts() const;

    Options m_options;
    Gui::MainWindow& m_window;
    Core::SystemClock m_clock; // before the runner: the live feed reads it on its thread
    MarketFeedRunner m_runner;
    QTimer m_fallbackTimer;
    QString m_chartProduct;
    Core::Timeframe m_timeframe = Core::Timeframe::FiveMinutes;
    QStringList m_botProducts;
    bool m_live = false;
    bool m_everConnected = false;
    int m_failedConnects = 0;
};

} // namespace Candela

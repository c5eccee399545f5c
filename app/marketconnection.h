#pragma once

#include "core/engine/tradingsession.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Candela::Gui {
class MainWindow;
}

namespace Candela {

// Chooses what the window's trading session trades on: Coinbase's live market (in the chosen
// paper session, or live at Coinbase), or a recording or candle file (--demo, --replay, File →
// Open replay…, in a fresh account kept in memory). When Coinbase cannot be reached it falls
// back to the bundled demo recording and tells the trader so. Everything else about the
// session (bots, fees, the kill switch) stays as it is across these switches.
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
        // The paper account's journal while trading the live market.
        QString paperDatabase;
        Core::Decimal startingCash = Core::Decimal::fromInteger(10000); // per bot
        // Coinbase's market feed and public REST API (history); tests use the fake on 127.0.0.1.
        QUrl feedUrl{QStringLiteral("wss://advanced-trade-ws.coinbase.com")};
        QUrl historyUrl{QStringLiteral("https://api.coinbase.com/api/v3/brokerage")};
        QString candleCachePath; // empty: history from the REST API only
        QString productCachePath; // Coinbase's product list between runs; empty: not kept
    };

    // `session` is started by start() from its options as they are (bots, fees, the kill
    // switch), with the market and venue this class chooses.
    MarketConnection(Options options, Core::TradingSession& session, Gui::MainWindow& window,
        QObject* parent = nullptr);

    void start();
    // Plays a recording (.jsonl of Coinbase frames) or five-minute candles (.csv) instead of the
    // current market, at `speed` times real time (0: as fast as possible); says why if it can't.
    void openReplay(const QString& path, double speed);
    // The paper session the live market trades in from now on (a journal path; the starting
    // cash counts for a new journal only). Takes effect at once when on the live market.
    void usePaperSession(const QString& journalPath, const Core::Decimal& startingCash);
    // The bots trade live at Coinbase from now on, in the live journal; false (and nothing
    // changes) unless the window is on the live market — a recording is never traded live.
    bool useLiveVenue(Core::CoinbaseVenue venue);
    // Whether the window shows Coinbase's live market (not a recording or the demo).
    bool showsLiveMarket() const { return m_live; }
    // The bots the session evaluates and trades; their products join the live subscription
    // (and the chart's product list).
    void watchBots(std::vector<Core::BotConfig> bots);

    static QString demoRecordingPath();
    static QString demoCandlesPath();

private:
    void startLive();
    Core::Status startReplay(const QString& path, double speed, bool loop);
    void startDemo(double speed);
    void fallBackToDemo();
    void onSnapshot(const Core::SessionSnapshot& snapshot);
    // The products the live feed subscribes to: --products, then the bots' products.
    QStringList subscribedProducts() const;
    Core::CoinbaseMarket liveMarket() const;

    Options m_options;
    Core::TradingSession& m_session;
    Gui::MainWindow& m_window;
    QTimer m_fallbackTimer;
    Core::ConnectionState m_connection = Core::ConnectionState::Disconnected;
    bool m_live = false;
    bool m_everConnected = false;
    int m_failedConnects = 0;
};

} // namespace Candela

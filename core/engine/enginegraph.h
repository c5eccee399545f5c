#pragma once

#include "manualorder.h"
#include "sessionoptions.h"
#include "sessionsnapshot.h"

#include "core/model/clock.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Candela::Core {

class BotWatch;
class HistoryBackfill;
class LiveLink;
class MarketDataHub;
class MarketFeed;
class ProductCatalog;
class TradingEngine;

// The objects of one trading session, on the engine thread, built from SessionOptions in the
// order a candle travels: the market feed → the MarketDataHub that keeps books and candles →
// the BotWatch that evaluates the bots on each closed bar → the TradingEngine that turns an
// intent into an order → the venue (the paper venue inside the engine, or Coinbase through a
// LiveLink). A live market also gets its candle history (HistoryBackfill).
//
// It merges what they publish into one SessionSnapshot stream: at most every
// `publishEvery`, and at once when the kill switch moves. Only TradingSession makes one; every
// call is made on the engine thread.
class EngineGraph final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineGraph)

public:
    // Builds the graph without starting the market; an unreadable market file is an error.
    // An account that cannot be opened (an unreadable journal) is not: the market and the bots'
    // cards run, nothing trades, and the snapshots say why.
    static Result<std::unique_ptr<EngineGraph>> build(
        const SessionOptions& options, std::shared_ptr<const std::atomic<bool>> haltNow);
    // Whether `market` can be opened (a recording or candle file read whole), on any thread,
    // without building anything: a session checks it before it replaces the running one.
    static Status checkMarket(const MarketSource& market);
    ~EngineGraph() override;

    void start();

    void setBots(const std::vector<BotConfig>& bots);
    void setBotRunning(const QString& botId, bool running);
    void halt(HaltCause cause, const QString& detail);
    void flatten(HaltCause cause, const QString& detail);
    void rearm();
    void setFees(const PaperExchangeConfig& fees);
    void setRiskDefaults(const RiskPolicy& defaults);
    void closePosition(const QString& botId, const QString& productId, const Decimal& shown);
    void placeManualOrder(const ManualOrder& order);
    // Live: Coinbase's preview of `order`, answered by manualOrderPreviewed(request, …); a paper
    // session has no venue to ask and says so.
    void previewManualOrder(const ManualOrder& order, quint64 request);
    void cancelOrder(const QString& clientOrderId);
    void replaceOrder(
        const QString& clientOrderId, const Decimal& limitPrice, const Decimal& quantity);
    void releaseDrawdown(const QString& botId);
    void watchChart(const QString& productId, Timeframe timeframe);

    // What a graph built in this one's place starts from.
    KillSwitchStatus killSwitch() const;
    QStringList stoppedBots() const;
    // Every part worked out now (not the last published): for the end of a headless run.
    SessionSnapshot snapshotNow() const;
    // The hub's market snapshot with what the hub does not know: the product's price decimals
    // and whether the market has a book at all.
    std::shared_ptr<const MarketSnapshot> shownMarket(const MarketSnapshot& hub) const;

Q_SIGNALS:
    void snapshotReady(const Candela::Core::SessionSnapshot& snapshot);
    void tradingEvent(const Candela::Core::TradingEvent& event);
    void marketFinished();
    void manualOrderPreviewed(quint64 request, const Candela::Core::ManualOrderPreview& preview);

private:
    explicit EngineGraph(const SessionOptions& options);
    void openProducts();
    void openAccount(std::shared_ptr<const std::atomic<bool>> haltNow);
    void followWatch();
    void onFeedFinished();
    void checkSettled();
    void changed();
    void publish();
    SessionHealth health() const;
    KillSwitchStatus shownKillSwitch() const;
    // The engine halted because its journal cannot record (nothing settles until re-armed).
    bool journalDown() const;

    SessionOptions m_options;
    SystemClock m_clock; // signs live requests, stamps the live feed
    // Destroyed in reverse: the engine first, the feed last.
    std::unique_ptr<ProductCatalog> m_products;
    bool m_productsAnswered = false; // the list was fetched, or its fetch failed
    std::unique_ptr<MarketFeed> m_feed;
    std::unique_ptr<MarketDataHub> m_hub;
    std::unique_ptr<HistoryBackfill> m_history;
    std::unique_ptr<BotWatch> m_watch;
    std::unique_ptr<LiveLink> m_live;
    std::unique_ptr<TradingEngine> m_engine;
    QString m_accountProblem; // why there is no engine

    // The publisher's state: the newest of each part, and what moved since the last snapshot.
    std::shared_ptr<const MarketSnapshot> m_market;
    std::shared_ptr<const std::vector<BotStatus>> m_bots;
    std::shared_ptr<const TradingSnapshot> m_trading;
    ConnectionState m_connection = ConnectionState::Disconnected;
    QHash<QString, Decimal> m_lastPrices;
    QSet<QString> m_pricesMoved;
    bool m_feedFinished = false;
    bool m_marketFinished = false;
    QTimer m_publishTimer; // single shot: one snapshot per interval at most
    QTimer m_settleTimer; // after a replay's end, until the last orders have settled
};

} // namespace Candela::Core

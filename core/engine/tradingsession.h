#pragma once

#include "manualorder.h"
#include "sessionoptions.h"
#include "sessionsnapshot.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Candela::Core {

class EngineGraph;

// One trading session: the engine thread and everything that trades on it, for the window,
// `candela-cli session` and headless runs alike. start() builds the whole graph from one
// SessionOptions (EngineGraph: feed → hub → bots → engine → venue) on the engine thread; the
// methods below are the one command surface, each queued to that thread; snapshotReady() is
// the one stream back, at most every SessionOptions::publishEvery (a kill-switch change at
// once), and tradingEvent() says each fill and refusal as it happens. Raw market messages
// never leave the engine thread.
//
// The engine owns the kill switch; this class only forwards the trader's presses. A halt also
// raises a flag the engine reads before every order, so that it holds from the instant it is
// pressed, ahead of market events already queued. Lives on the thread that creates it.
class TradingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingSession)

public:
    // `defaults`: what options() holds until the first start() (the bots, fees, kill switch
    // and chart a caller then builds on).
    explicit TradingSession(SessionOptions defaults = {}, QObject* parent = nullptr);
    ~TradingSession() override;

    // Builds the session (stopping the one running first) and starts its market. The kill
    // switch and the stopped bots carry over from the session it replaces. An unreadable market
    // file is an error and leaves the running session as it was; an account that cannot be
    // opened is not (the snapshots say why nothing trades).
    Status start(SessionOptions options);
    // Another market or venue (a paper session, Coinbase), everything else as it is.
    Status switchMarket(MarketSource market);
    Status switchVenue(Venue venue);
    void stop();
    bool isRunning() const { return m_graph != nullptr; }
    // The options the running session was built from, with the commands given since.
    const SessionOptions& options() const { return m_options; }

    void setBots(std::vector<BotConfig> bots);
    void setBotRunning(const QString& botId, bool running);
    void halt(HaltCause cause, const QString& detail = {});
    void flatten(HaltCause cause, const QString& detail = {});
    void rearm();
    void setFees(const PaperExchangeConfig& fees);
    void setRiskDefaults(const RiskPolicy& defaults);
    // The trader closes one bot's position at market; `shownQuantity` is the signed quantity
    // the trader saw (a position that changed since is not closed).
    void closePosition(
        const QString& botId, const QString& productId, const Decimal& shownQuantity);
    // The trader's release of a bot's drawdown lock.
    void releaseDrawdown(const QString& botId);
    // The order ticket and the Orders dock (TradingEngine::placeManualOrder, cancelOrder,
    // replaceOrder); a refusal reaches the trader as a refusal event.
    void placeManualOrder(const ManualOrder& order);
    // Live: Coinbase's preview of `order` before the trader confirms it, answered by
    // manualOrderPreviewed() with the same `request`.
    void previewManualOrder(const ManualOrder& order, quint64 request);
    void cancelOrder(const QString& clientOrderId);
    void replaceOrder(
        const QString& clientOrderId, const Decimal& limitPrice, const Decimal& quantity);
    // The product and timeframe the snapshots' market part shows.
    void watchChart(const QString& productId, Timeframe timeframe);

    // Every part worked out now, waiting for the engine thread (the end of a headless run).
    SessionSnapshot snapshotNow();

Q_SIGNALS:
    void snapshotReady(const Candela::Core::SessionSnapshot& snapshot);
    void tradingEvent(const Candela::Core::TradingEvent& event);
    void manualOrderPreviewed(quint64 request, const Candela::Core::ManualOrderPreview& preview);
    // A recording or candle file has played to its end and every order has settled.
    void marketFinished();

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };
    template<typename Work>
    void onEngineThread(Work work);

    SessionOptions m_options;
    // Where a graph is built: an object on the engine thread, deleted after the thread ends.
    std::unique_ptr<QObject> m_engineAnchor;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    EngineGraph* m_graph = nullptr; // lives on m_thread; deleted there
    std::shared_ptr<std::atomic<bool>> m_haltNow = std::make_shared<std::atomic<bool>>(false);
};

} // namespace Candela::Core

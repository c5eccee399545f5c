#pragma once

#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/userchannel.h"
#include "core/engine/botwatch.h"
#include "core/engine/tradingsnapshot.h"
#include "core/execution/papermatcher.h"
#include "core/market/marketfeed.h"
#include "core/market/marketsnapshot.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace Candela::Core {
class MarketDataHub;
}

namespace Candela {

// Runs one MarketFeed, with the MarketDataHub that keeps the market state from it, on its own
// thread (STYLE.md rule 9: an owned thread with a clean shutdown) and re-emits what the feed
// says on the thread that owns the runner.
class MarketFeedRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketFeedRunner)

public:
    explicit MarketFeedRunner(QObject* parent = nullptr);
    ~MarketFeedRunner() override;

    using Setup = std::function<void(Core::MarketDataHub& hub)>;

    // Coinbase, where the watched bots' orders go when trading live.
    struct LiveVenue
    {
        Core::TradingRestClient::Config rest;
        Core::TradingRestClient::Credentials credentials;
        Core::CoinbaseExecution::Config execution;
        std::optional<Core::UserChannel::Config> userChannel; // none: fills found by polling
        QString journalPath; // the live journal: never a paper session's
        Core::Decimal startingCash; // each bot's, for a new live journal
    };

    // Stops any feed already running, then starts `feed` on the feed thread. `setup` runs
    // there first, with the feed's hub (to load history, say).
    void run(std::unique_ptr<Core::MarketFeed> feed, Setup setup = {});
    void stop();
    // Which product and timeframe the window shows (sent to the hub on the feed thread).
    void watch(const QString& productId, Core::Timeframe timeframe);
    // Bots to evaluate live on the feed thread (a BotWatch beside the hub), now and for every
    // feed run() starts later; their statuses arrive as botStatusesReady().
    void watchBots(std::vector<Core::BotConfig> bots);
    // The paper account the watched bots trade in, for every feed run() starts later: its
    // journal (empty: kept in memory only, for recordings) and each bot's starting cash.
    void setPaperAccount(const QString& journalPath, const Core::Decimal& startingCash);
    // From the next run() on, the watched bots trade live at `venue` (their orders signed and
    // sent to Coinbase, journaled in its live journal); nullopt: on paper again, in the paper
    // account. The kill switch then cancels every open order at the venue, external ones too.
    void setLiveVenue(std::optional<LiveVenue> venue);
    bool isLive() const { return m_liveVenue.has_value(); }
    // The paper venue's fees and slippage, now and for every later run.
    void setFees(const Core::PaperExchangeConfig& fees);
    // The user's risk defaults under the bots' own sections, now and for every later run.
    void setRiskDefaults(const Core::RiskPolicy& defaults);
    // The kill switch: the bots show it as a blocker, the trading engine stops (and flattens).
    void setKillSwitch(Core::KillSwitchState state);
    // Starts or stops one bot's trading (its card keeps updating).
    void setBotRunning(const QString& botId, bool running);
    // The trader released the bot's drawdown lock (TradingEngine::resetDrawdown).
    void releaseDrawdown(const QString& botId);
    // The trader closes one bot's position at market (TradingEngine::closePosition).
    void closePosition(
        const QString& botId, const QString& productId, const Core::Decimal& shownQuantity);

Q_SIGNALS:
    void messageReceived(const Candela::Core::MarketMessage& message);
    void connectionStateChanged(Candela::Core::ConnectionState state);
    void healthChanged(const QString& productId, Candela::Core::DataHealth health);
    void snapshotReady(const Candela::Core::MarketSnapshot& snapshot);
    void botStatusesReady(const std::vector<Candela::Core::BotStatus>& statuses);
    void tradingSnapshotReady(const Candela::Core::TradingSnapshot& snapshot);
    void tradingEvent(const Candela::Core::TradingEvent& event);
    // The paper account cannot be kept (its journal failed to open or to write): trading stops.
    void tradingFailed(const QString& message);
    void finished();

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };

    std::unique_ptr<QThread, ThreadStopper> m_thread;
    void startBotWatch();
    // The work of starting the bot watch and the trader on the feed thread, with the settings
    // as they are now.
    std::function<void(Core::MarketFeed&)> botWatchInstaller();
    template<typename Work>
    void onFeedThread(Work work);

    Core::MarketFeed* m_feed = nullptr; // lives on m_thread; deleted there
    std::vector<Core::BotConfig> m_bots;
    Core::KillSwitchState m_killSwitch = Core::KillSwitchState::Active;
    QString m_journalPath;
    Core::Decimal m_startingCash = Core::Decimal::fromInteger(10000);
    QSet<QString> m_stoppedBots;
    Core::PaperExchangeConfig m_fees;
    Core::RiskPolicy m_riskDefaults;
    std::optional<LiveVenue> m_liveVenue;
    Core::SystemClock m_clock; // signs the live requests, on the feed thread
    // Raised by setKillSwitch() on the caller's thread at once; the trader reads it before
    // every order, ahead of the queued state change.
    std::shared_ptr<std::atomic<bool>> m_haltNow = std::make_shared<std::atomic<bool>>(false);
};

} // namespace Candela

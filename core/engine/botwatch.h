#pragma once

#include "core/market/marketfeed.h"
#include "core/risk/killswitch.h"
#include "core/strategy/bot.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

namespace Candela::Core {

class MarketDataHub;

// A bot's score on one closed bar (the bar's start, UTC seconds), for the chart's score pane.
struct ScorePoint
{
    qint64 start = 0;
    double score = 0;
};

// What one bot thinks now, for its card: the last closed bar's evaluation, or the forming bar's
// preview when there is one (temperature and blockers as if it closed now; no intent).
struct BotStatus
{
    QString name;
    QString product;
    Timeframe timeframe = Timeframe::FiveMinutes;
    int closedBars = 0; // closed bars the bot has seen
    int warmUpBars = 0;
    BotEvaluation evaluation;
    std::vector<ScorePoint> scores; // closed bars, oldest first (the last ScoresKept)
};

// Runs bots over the hub's candles on the hub's thread, so the window can show each bot's
// temperature, contributions, blockers and distance to trigger as the market moves. Each closed
// bar of a bot's product and timeframe is evaluated once, in time order; the forming bar is
// previewed. It does not trade: barClosed() hands each fresh closed bar's intent to whoever does.
// Publishes statusesReady() at most every `interval`, and only after something changed.
class BotWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotWatch)

public:
    BotWatch(MarketDataHub& hub, std::vector<BotConfig> configs,
        std::chrono::milliseconds interval = std::chrono::milliseconds(250),
        QObject* parent = nullptr);

    std::vector<BotStatus> statuses() const;
    static constexpr size_t ScoresKept = 2000;

    // The trading engine's kill switch, which the bots show as a blocker while it is engaged
    // (null: never halted). The engine owns it and calls killSwitchMoved() when it changes.
    void followKillSwitch(const KillSwitch* killSwitch);
    void killSwitchMoved();
    // The named bot traded: its cooldown starts at `when`.
    void noteTrade(const QString& botName, Timestamp when);

Q_SIGNALS:
    void statusesReady(const std::vector<Candela::Core::BotStatus>& statuses);
    // The bar that just closed (the newest closed bar when the next one started forming), once
    // per bot; bars met while catching up on history are evaluated without this signal. Emitted
    // on the hub's thread, for a trader beside the watch (a direct connection).
    void barClosed(const QString& botName, const Candela::Core::BotEvaluation& evaluation,
        const Candela::Core::Candle& bar, Candela::Core::Timestamp closeTime);

private:
    struct Watched
    {
        explicit Watched(const BotConfig& config)
            : bot(config)
        { }
        // History older than the bot has seen arrived (a backfill after the first live bars):
        // the bot starts again, to warm up on the whole series.
        void restart();
        Bot bot;
        std::optional<Timestamp> firstClosed; // start of the first closed bar evaluated
        std::optional<Timestamp> lastClosed; // start of the last closed bar evaluated
        std::optional<Timestamp> lastTrade;
        // The last bar handed to barClosed(): never again, also after a restart.
        std::optional<Timestamp> lastSent;
        int closedBars = 0;
        BotEvaluation evaluation;
        std::deque<ScorePoint> scores;
        struct Seen // what the last update looked at
        {
            Candle candle; // the newest
            Timestamp oldest; // the first candle's start (a backfill moves it)
            DataHealth health = DataHealth::Live;
            bool halted = false;
        };
        std::optional<Seen> seen;
    };

    void update(const QString& productId);
    TradingConditions conditionsFor(const QString& productId) const;

    MarketDataHub& m_hub;
    std::vector<Watched> m_bots;
    const KillSwitch* m_killSwitch = nullptr; // the engine's
    bool m_dirty = true;
    bool m_live = false; // false while warming up on the history present at construction
    QTimer m_publisher;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::BotStatus)

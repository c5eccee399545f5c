#include "botwatch.h"

#include "core/market/marketdatahub.h"

namespace Candela::Core {

namespace {
bool sameCandle(const Candle& a, const Candle& b)
{
    return a.start == b.start && a.open == b.open && a.high == b.high && a.low == b.low
        && a.close == b.close && a.volume == b.volume;
}
} // namespace

BotWatch::BotWatch(MarketDataHub& hub, std::vector<BotConfig> configs,
    std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
{
    m_bots.reserve(configs.size());
    for (const BotConfig& config : configs)
        m_bots.emplace_back(config);
    connect(&hub, &MarketDataHub::productUpdated, this, &BotWatch::update);
    connect(&hub, &MarketDataHub::healthChanged, this,
        [this](const QString& productId) { update(productId); });
    m_publisher.setParent(this);
    connect(&m_publisher, &QTimer::timeout, this, [this] {
        if (!m_dirty)
            return;
        m_dirty = false;
        Q_EMIT statusesReady(statuses());
    });
    m_publisher.start(interval);
    // The hub may already hold history: warm the bots up on it without trading.
    for (const BotConfig& config : configs)
        update(config.product);
    m_live = true;
}

std::vector<BotStatus> BotWatch::statuses() const
{
    std::vector<BotStatus> statuses;
    statuses.reserve(m_bots.size());
    for (const Watched& watched : m_bots) {
        const BotConfig& config = watched.bot.config();
        statuses.push_back({config.name, config.product, config.timeframe, watched.closedBars,
            watched.bot.warmUpBars(), watched.evaluation,
            {watched.scores.begin(), watched.scores.end()}});
    }
    return statuses;
}

void BotWatch::noteTrade(const QString& botName, Timestamp when)
{
    for (Watched& watched : m_bots) {
        if (watched.bot.config().name == botName) {
            watched.bot.noteTrade(when);
            watched.lastTrade = when;
        }
    }
}

void BotWatch::Watched::restart()
{
    bot = Bot(bot.config());
    if (lastTrade)
        bot.noteTrade(*lastTrade);
    firstClosed.reset();
    lastClosed.reset();
    closedBars = 0;
    scores.clear();
}

void BotWatch::followKillSwitch(const KillSwitch* killSwitch)
{
    m_killSwitch = killSwitch;
    killSwitchMoved();
}

void BotWatch::killSwitchMoved()
{
    for (const Watched& watched : m_bots)
        update(watched.bot.config().product);
}

TradingConditions BotWatch::conditionsFor(const QString& productId) const
{
    return {m_hub.health(productId), m_killSwitch && !m_killSwitch->allowsNewOrders()};
}

void BotWatch::update(const QString& productId)
{
    for (Watched& watched : m_bots) {
        const BotConfig& config = watched.bot.config();
        if (config.product != productId)
            continue;
        const CandleSeries* series = m_hub.state().series(productId, config.timeframe);
        if (!series || series->isEmpty())
            continue;
        const TradingConditions conditions = conditionsFor(productId);
        const auto& candles = series->candles();
        // Most updates are book changes: nothing for the bot unless its candles (the newest, or
        // history before the oldest) or its conditions moved.
        const Candle& latest = candles.back();
        if (watched.seen && sameCandle(watched.seen->candle, latest)
            && watched.seen->oldest == candles.front().start
            && watched.seen->health == conditions.health
            && watched.seen->halted == conditions.halted)
            continue;
        watched.seen
            = Watched::Seen{latest, candles.front().start, conditions.health, conditions.halted};
        if (watched.firstClosed && candles.front().start < *watched.firstClosed)
            watched.restart();
        const auto length = std::chrono::seconds(seconds(config.timeframe));
        // Every bar but the last has closed; evaluate the ones not seen yet, oldest first
        // (found from the end: usually none or one, however long the history).
        auto first = candles.end() - 1;
        while (first != candles.begin()
            && (!watched.lastClosed || (first - 1)->start > *watched.lastClosed))
            --first;
        for (auto it = first; it + 1 < candles.end(); ++it) {
            watched.evaluation
                = watched.bot.onClosedBar(toBar(*it), it->start + length, conditions);
            watched.lastClosed = it->start;
            if (!watched.firstClosed)
                watched.firstClosed = it->start;
            ++watched.closedBars;
            if (watched.evaluation.ready) {
                watched.scores.push_back({toUnixSeconds(it->start), watched.evaluation.score});
                if (watched.scores.size() > ScoresKept)
                    watched.scores.pop_front();
            }
            // Only the bar that closed just now is traded on; older ones are history, and a bar
            // met again (a restart on older history) was handed over already.
            if (it + 2 == candles.end() && m_live
                && (!watched.lastSent || it->start > *watched.lastSent)) {
                watched.lastSent = it->start;
                Q_EMIT barClosed(config.name, watched.evaluation, *it, it->start + length);
            }
        }
        const Candle& forming = candles.back();
        if (!watched.lastClosed || forming.start > *watched.lastClosed)
            // "Now" is the bar's close in market time, so a replay shows what live would.
            watched.evaluation
                = watched.bot.previewFormingBar(toBar(forming), forming.start + length, conditions);
        m_dirty = true;
    }
}

} // namespace Candela::Core

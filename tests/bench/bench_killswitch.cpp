// T29 kill-switch latency, scaled to paper: ten bots trade the bundled candles as fast as the
// market thread can feed them (every order journaled), and the switch is pressed from another
// thread the way the window presses it — the shared halt flag at once, then Flatten through the
// event queue. Reports, over several presses: the last entry that still filled after the press
// (one already past the halt check, being journaled, when the button went down; budget 50 ms),
// how long the queued switch took to reach the market thread, and how long until every position
// was closed. Paper orders never rest, so there is nothing to cancel: the < 1 s cancel
// budget of the live venue is measured as the time to flatten.

#include "benchoptions.h"
#include "demodata.h"

#include "core/engine/botwatch.h"
#include "core/engine/tradingengine.h"
#include "core/market/marketdatahub.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>

using namespace Candela::Core;
using SteadyClock = std::chrono::steady_clock;

namespace {

struct Trial
{
    int entriesAfterPress = 0; // in flight at the press
    double lastEntryMs = 0;
    double switchMs = 0;
    double flattenMs = 0;
    size_t positionsAtPress = 0;
    qint64 fillsBeforePress = 0;
};

// The market thread's trio, built and fed on that thread.
struct Market
{
    Candela::TestData::SilentFeed feed;
    MarketDataHub hub{feed};
    BotWatch watch;
    TradingEngine trader;

    Market(const std::vector<BotConfig>& bots, const TradingEngine::Options& options)
        : watch(hub, bots, std::chrono::milliseconds(1))
        , trader(hub, watch, options)
    { }
};

Trial press(const std::vector<Candle>& candles, int bots, int fillsFirst)
{
    std::vector<BotConfig> configs;
    for (int i = 0; i < bots; ++i) {
        BotConfig bot = Candela::TestData::scalper();
        bot.name = QStringLiteral("Bot %1").arg(i + 1);
        bot.cooldown = std::chrono::minutes(0);
        bot.buyScore = 0.1 + 0.02 * i; // not all alike
        configs.push_back(bot);
    }
    QTemporaryDir dir;
    TradingEngine::Options options;
    options.bots = configs;
    options.journalPath = dir.filePath(QStringLiteral("paper.sqlite"));
    auto halt = std::make_shared<std::atomic<bool>>(false);
    options.haltNow = halt;

    QThread thread;
    QObject anchor;
    anchor.moveToThread(&thread);
    thread.start();
    std::unique_ptr<Market> market;
    std::mutex mutex;
    std::vector<std::pair<SteadyClock::time_point, Side>> fills;
    std::atomic<qint64> fillCount = 0;
    std::atomic<bool> stop = false;
    SteadyClock::time_point switchApplied;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            market = std::make_unique<Market>(configs, options);
            if (!market->trader.open())
                qFatal("cannot open the journal");
            QObject::connect(&market->trader, &TradingEngine::tradingEvent, &market->trader,
                [&](const TradingEvent& event) {
                    if (event.kind != TradingEvent::Kind::Fill)
                        return;
                    std::lock_guard lock(mutex);
                    fills.emplace_back(SteadyClock::now(), event.side);
                    ++fillCount;
                });
        },
        Qt::BlockingQueuedConnection);

    // One candle per event-loop turn, so that queued calls interleave as with a live feed.
    std::function<void(size_t)> feed = [&](size_t i) {
        if (stop || i >= candles.size())
            return;
        if (i > 0) {
            Candle opening = candles[i];
            opening.open = opening.high = opening.low = opening.close = candles[i - 1].close;
            opening.volume = Decimal{};
            market->hub.mergeHistory(QStringLiteral("BTC-USD"), Timeframe::FiveMinutes, {opening});
        }
        market->hub.mergeHistory(QStringLiteral("BTC-USD"), Timeframe::FiveMinutes, {candles[i]});
        QMetaObject::invokeMethod(
            &anchor, [&feed, i] { feed(i + 1); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        &anchor, [&feed] { feed(0); }, Qt::QueuedConnection);
    while (fillCount < fillsFirst)
        QThread::usleep(200);

    Trial trial;
    trial.fillsBeforePress = fillCount;
    const SteadyClock::time_point pressed = SteadyClock::now();
    halt->store(true, std::memory_order_release);
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            switchApplied = SteadyClock::now();
            trial.positionsAtPress = market->trader.snapshot().positions.size();
            market->trader.flatten(HaltCause::Pressed);
            stop = true;
        },
        Qt::QueuedConnection);
    bool flat = false;
    while (!flat) {
        QThread::msleep(5);
        QMetaObject::invokeMethod(
            &anchor, [&] { flat = stop && market->trader.snapshot().positions.empty(); },
            Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(
        &anchor, [&] { market.reset(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    const auto ms = [](SteadyClock::duration span) {
        return std::chrono::duration<double, std::milli>(span).count();
    };
    trial.switchMs = ms(switchApplied - pressed);
    SteadyClock::time_point lastFill = pressed;
    for (const auto& [time, side] : fills) {
        if (time <= pressed)
            continue;
        if (side == Side::Buy) {
            ++trial.entriesAfterPress;
            trial.lastEntryMs = std::max(trial.lastEntryMs, ms(time - pressed));
        }
        lastFill = std::max(lastFill, time);
    }
    trial.flattenMs = ms(lastFill - pressed);
    return trial;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int presses = Candela::Bench::takeCount(arguments, QStringLiteral("presses"), 10);
    const int bots = Candela::Bench::takeCount(arguments, QStringLiteral("bots"), 10);
    const std::vector<Candle> candles = Candela::TestData::demoCandles();
    std::vector<double> switchMs;
    std::vector<double> flattenMs;
    double lastEntryMs = 0;
    int entriesAfter = 0;
    size_t positions = 0;
    for (int i = 0; i < presses; ++i) {
        const Trial trial = press(candles, bots, 20 + 15 * i);
        switchMs.push_back(trial.switchMs);
        flattenMs.push_back(trial.flattenMs);
        entriesAfter += trial.entriesAfterPress;
        lastEntryMs = std::max(lastEntryMs, trial.lastEntryMs);
        positions += trial.positionsAtPress;
    }
    std::sort(switchMs.begin(), switchMs.end());
    std::sort(flattenMs.begin(), flattenMs.end());
    QTextStream(stdout) << "presses: " << presses << " bots: " << bots
                        << " positions open at the press: " << positions << " in all\n"
                        << "entries in flight at the press: " << entriesAfter
                        << ", the last filled max_ms=" << lastEntryMs << " after it (budget 50)\n"
                        << "switch reaches the market thread: median_ms="
                        << switchMs[switchMs.size() / 2] << " max_ms=" << switchMs.back() << '\n'
                        << "all positions closed: median_ms=" << flattenMs[flattenMs.size() / 2]
                        << " max_ms=" << flattenMs.back() << '\n';
    return 0;
}

#pragma once

#include "marketfeed.h"

#include "core/model/candle.h"
#include "core/model/result.h"

#include <QTimer>

#include <functional>
#include <vector>

namespace Candela::Core {

// Plays five-minute candles (a CSV of history) as if the market were live, so bots trade in
// the window on real history at a chosen pace: each candle opens at the previous close (the
// first price after a bar closes, where a market order placed then fills) and then grows into
// the recorded candle. They arrive as the `candles` channel Coinbase itself sends, with a
// ticker at the close. At `speed` 1 a candle takes five minutes; at 0 as fast as possible.
class CandleReplayFeed final : public MarketFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandleReplayFeed)

public:
    struct Options
    {
        QString productId = QStringLiteral("BTC-USD");
        double speed = 1.0; // 0 = as fast as possible
        // Asked before each candle: false holds the replay (a session at an order venue waits
        // for its orders to settle, as they would between two bars); empty: never held.
        std::function<bool()> mayPlay;
    };

    CandleReplayFeed(std::vector<Candle> candles, Options options, QObject* parent = nullptr);
    // Reads a candle CSV (time,open,high,low,close,volume); refuses anything but five-minute
    // candles, which is what the `candles` channel carries.
    static Result<std::unique_ptr<CandleReplayFeed>> fromFile(const QString& path, Options options);

    void start() override;
    void stop() override;
    void requestResync(const QString&) override { }

    qint64 candlesPlayed() const { return m_next; }
    Timestamp firstCandleStart() const
    {
        return m_candles.empty() ? Timestamp{} : m_candles.front().start;
    }
    // Every candle played this much later than recorded (before start()): a session at an
    // order venue plays the recording as a market starting now, so that the venue's fills are
    // never later than the bars they came from.
    void shiftTimes(std::chrono::seconds by) { m_shift = by; }

private:
    void playDue();
    void deliver(const Candle& candle, Timestamp time);

    std::vector<Candle> m_candles;
    Options m_options;
    QTimer m_timer;
    size_t m_next = 0;
    bool m_running = false;
    std::chrono::seconds m_shift{0};
};

} // namespace Candela::Core

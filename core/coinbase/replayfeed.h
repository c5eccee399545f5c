#pragma once

#include "core/market/marketfeed.h"

#include "advancedtradedecoder.h"
#include "core/model/clock.h"

#include <QByteArray>
#include <QList>
#include <QTimer>

namespace Candela::Core {

// Plays a JSONL recording of Advanced Trade frames (one frame per line, as recorded from the
// socket) through the same decoder as the live feed: at the recorded pace times `speed`, or as
// fast as possible (speed 0). Its clock() follows the recording's timestamps, so replayed
// logic sees recorded time. A frame that does not decode is skipped, counted and logged.
class ReplayFeed final : public MarketFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayFeed)

public:
    struct Options
    {
        double speed = 1.0; // 0 = as fast as possible
        bool loop = false; // start over at the end (the demo)
    };

    ReplayFeed(QList<QByteArray> frames, Options options, QObject* parent = nullptr);
    // Reads the recording; an unreadable file is an error.
    static Result<std::unique_ptr<ReplayFeed>> fromFile(const QString& path, Options options);

    void start() override;
    void stop() override;
    void requestResync(const QString& productId) override;

    const Clock& clock() const { return m_clock; }
    qint64 framesPlayed() const { return m_played; }
    qint64 framesRejected() const { return m_rejected; }

private:
    void playDue();
    void scheduleNext();
    // The next decodable frame, wrapping around when looping; nullopt at the end.
    std::optional<MarketMessage> takeNext();
    void deliver(const MarketMessage& message);

    QList<QByteArray> m_frames;
    Options m_options;
    AdvancedTradeDecoder m_decoder;
    ManualClock m_clock;
    QTimer m_timer;
    qsizetype m_next = 0;
    std::optional<MarketMessage> m_pending; // decoded ahead to learn when it is due
    Timestamp m_lastFrameTime; // recorded time of the last delivered frame
    std::chrono::microseconds m_loopOffset{0}; // keeps clock() moving forward across loops
    bool m_running = false;
    bool m_wrapped = false;
    qint64 m_played = 0;
    qint64 m_rejected = 0;
};

} // namespace Candela::Core

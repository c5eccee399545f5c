#include "replayfeed.h"

#include "core/market/jsonlines.h"

#include "core/corelogging.h"

namespace Candela::Core {

namespace {
// In as-fast-as-possible mode, frames are played in batches so the thread's event loop (and a
// stop()) still gets a turn.
constexpr int FramesPerBatch = 256;
} // namespace

ReplayFeed::ReplayFeed(QList<QByteArray> frames, Options options, QObject* parent)
    : MarketFeed(parent)
    , m_frames(std::move(frames))
    , m_options(options)
{
    m_timer.setParent(this); // moves to the feed's thread with it
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::playDue);
}

Result<std::unique_ptr<ReplayFeed>> ReplayFeed::fromFile(const QString& path, Options options)
{
    auto frames = readJsonLines(path);
    if (!frames)
        return frames.error();
    return std::make_unique<ReplayFeed>(std::move(frames).value(), options);
}

void ReplayFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT connectionStateChanged(ConnectionState::Connected);
    m_timer.start(0);
}

void ReplayFeed::stop()
{
    m_running = false;
    m_timer.stop();
}

void ReplayFeed::requestResync(const QString& productId)
{
    // A recording cannot be asked for a new snapshot: the book stays invalid until the next
    // snapshot in the file (or the next loop).
    Q_EMIT booksInvalidated({productId});
    Q_EMIT healthChanged(productId, DataHealth::Resyncing);
}

void ReplayFeed::playDue()
{
    const bool paced = m_options.speed > 0;
    for (int budget = paced ? 1 : FramesPerBatch; m_running && budget > 0; --budget) {
        const auto message = takeNext();
        if (!message) {
            m_running = false;
            Q_EMIT connectionStateChanged(ConnectionState::Disconnected);
            Q_EMIT finished();
            return;
        }
        deliver(*message);
    }
    if (m_running)
        scheduleNext();
}

std::optional<MarketMessage> ReplayFeed::takeNext()
{
    if (m_pending)
        return std::exchange(m_pending, std::nullopt);
    qsizetype attempts = 0;
    while (attempts++ <= m_frames.size()) {
        if (m_next >= m_frames.size()) {
            if (!m_options.loop || m_frames.isEmpty())
                return std::nullopt;
            m_next = 0;
            m_wrapped = true;
        }
        auto message = m_decoder.decode(m_frames.at(m_next++));
        if (message)
            return std::move(message).value();
        ++m_rejected;
        qCWarning(lcMarket).noquote()
            << "replay: skipping frame" << m_next << ":" << message.error().message;
    }
    return std::nullopt; // nothing in the recording decodes
}

void ReplayFeed::deliver(const MarketMessage& message)
{
    m_lastFrameTime = message.timestamp;
    if (std::exchange(m_wrapped, false)) // the next loop starts a second after the last one
        m_loopOffset = (m_clock.now() + std::chrono::seconds(1)) - message.timestamp;
    const Timestamp replayTime = message.timestamp + m_loopOffset;
    if (replayTime > m_clock.now())
        m_clock.set(replayTime);
    ++m_played;
    for (const MarketEvent& event : message.events) {
        if (const auto* book = std::get_if<BookEvent>(&event); book && book->snapshot)
            Q_EMIT healthChanged(book->productId, DataHealth::Live);
    }
    Q_EMIT messageReceived(message);
}

void ReplayFeed::scheduleNext()
{
    if (m_options.speed <= 0) {
        m_timer.start(0);
        return;
    }
    // Decode the next frame now to wait the recorded gap before it, scaled by the speed.
    m_pending = takeNext();
    qint64 waitMs = 0;
    if (m_pending && m_pending->timestamp > m_lastFrameTime) {
        const std::chrono::duration<double, std::milli> gap
            = m_pending->timestamp - m_lastFrameTime;
        waitMs = qint64(gap.count() / m_options.speed);
    }
    m_timer.start(int(std::min<qint64>(waitMs, 60'000)));
}

} // namespace Candela::Core

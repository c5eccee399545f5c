#include "candlereplayfeed.h"

#include "csvcandles.h"

namespace Candela::Core {

namespace {
constexpr auto FiveMinutes = std::chrono::minutes(5);
// As fast as possible still hands the thread back between batches (to stop, to the hub's
// snapshot timer).
constexpr size_t CandlesPerBatch = 50;
} // namespace

CandleReplayFeed::CandleReplayFeed(std::vector<Candle> candles, Options options, QObject* parent)
    : MarketFeed(parent)
    , m_candles(std::move(candles))
    , m_options(std::move(options))
{
    m_timer.setParent(this);
    const double speed = std::max(0.0, m_options.speed);
    m_timer.setInterval(speed > 0 ? std::max(1, int(300'000 / speed)) : 0);
    connect(&m_timer, &QTimer::timeout, this, &CandleReplayFeed::playDue);
}

Result<std::unique_ptr<CandleReplayFeed>> CandleReplayFeed::fromFile(
    const QString& path, Options options)
{
    auto candles = readCsvCandles(path);
    if (!candles)
        return candles.error();
    for (size_t i = 1; i < candles->size(); ++i) {
        const auto gap = (*candles)[i].start - (*candles)[i - 1].start;
        if (gap % FiveMinutes != decltype(gap)::zero())
            return Error{ErrorCode::InvalidArgument,
                QStringLiteral("%1: not five-minute candles (row %2 is %3 s after the "
                               "one before); candle replay plays 5m candles only")
                    .arg(path)
                    .arg(i + 2)
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(gap).count())};
    }
    if (candles->empty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: no candles").arg(path)};
    return std::make_unique<CandleReplayFeed>(std::move(candles).value(), std::move(options));
}

void CandleReplayFeed::start()
{
    Q_EMIT connectionStateChanged(ConnectionState::Connected);
    Q_EMIT healthChanged(m_options.productId, DataHealth::Live);
    m_running = true;
    m_timer.start();
}

void CandleReplayFeed::stop()
{
    m_running = false;
    m_timer.stop();
}

void CandleReplayFeed::playDue()
{
    const size_t batch = m_timer.interval() == 0 ? CandlesPerBatch : 1;
    for (size_t i = 0; i < batch && m_next < m_candles.size(); ++i, ++m_next) {
        if (m_options.mayPlay && !m_options.mayPlay()) {
            // Held: asked again shortly, without spinning the event loop meanwhile.
            m_timer.stop();
            QTimer::singleShot(std::chrono::milliseconds(2), this, [this] {
                if (m_running)
                    m_timer.start();
            });
            return;
        }
        const Candle& candle = m_candles[m_next];
        if (m_next > 0) {
            Candle opening = candle;
            opening.open = opening.high = opening.low = opening.close = m_candles[m_next - 1].close;
            opening.volume = Decimal{};
            deliver(opening, candle.start);
        }
        deliver(candle, candle.start + FiveMinutes);
    }
    if (m_next >= m_candles.size()) {
        m_timer.stop();
        Q_EMIT connectionStateChanged(ConnectionState::Disconnected);
        Q_EMIT finished();
    }
}

void CandleReplayFeed::deliver(const Candle& recorded, Timestamp recordedTime)
{
    Candle candle = recorded;
    candle.start += m_shift;
    const Timestamp time = recordedTime + m_shift;
    MarketMessage candles;
    candles.channel = Channel::Candles;
    candles.channelName = QStringLiteral("candles");
    candles.timestamp = time;
    candles.events.push_back(CandlesEvent{false, m_options.productId, {candle}});
    Q_EMIT messageReceived(candles);

    MarketMessage ticker;
    ticker.channel = Channel::Ticker;
    ticker.channelName = QStringLiteral("ticker");
    ticker.timestamp = time;
    TickerEvent event;
    event.productId = m_options.productId;
    event.price = candle.close;
    ticker.events.push_back(event);
    Q_EMIT messageReceived(ticker);
}

} // namespace Candela::Core

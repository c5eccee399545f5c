#include "marketdatahub.h"

#include "core/corelogging.h"
#include "core/indicators/bollinger.h"

#include <QSet>

namespace Candela::Core {

MarketDataHub::MarketDataHub(
    MarketFeed& feed, std::chrono::milliseconds maxPriceAge, QObject* parent)
    : QObject(parent)
    , m_feed(feed)
    , m_health(maxPriceAge)
{
    connect(&feed, &MarketFeed::messageReceived, this, &MarketDataHub::onMessage);
    connect(&feed, &MarketFeed::healthChanged, this,
        [this](const QString& productId, DataHealth health) {
            announce(m_health.setFeedHealth(productId, health));
        });
    connect(&feed, &MarketFeed::booksInvalidated, this,
        [this](const QStringList& products) { m_state.invalidateBooks(products); });
    m_publisher.setParent(this);
    connect(&m_publisher, &QTimer::timeout, this, [this] {
        if (!m_dirty)
            return;
        m_dirty = false;
        Q_EMIT snapshotReady(snapshot());
    });
    connect(this, &MarketDataHub::productUpdated, this, [this](const QString& product) {
        if (product == m_watched)
            m_dirty = true;
    });
}

void MarketDataHub::watch(const QString& productId, Timeframe timeframe, int depth, int candles,
    std::chrono::milliseconds interval)
{
    m_watched = productId;
    m_watchedTimeframe = timeframe;
    m_depth = depth;
    m_candles = candles;
    m_dirty = true;
    m_publisher.start(interval);
}

MarketSnapshot MarketDataHub::snapshot() const
{
    MarketSnapshot snapshot;
    snapshot.productId = m_watched;
    snapshot.timeframe = m_watchedTimeframe;
    if (const OrderBook* book = m_state.book(m_watched)) {
        snapshot.bookValid = book->isValid();
        snapshot.bids = book->depth(Side::Buy, m_depth);
        snapshot.asks = book->depth(Side::Sell, m_depth);
        if (snapshot.bookValid) {
            snapshot.spread = book->spread();
            snapshot.imbalance = book->imbalance(m_depth);
        }
    }
    snapshot.recentTrades = m_state.recentTrades(m_watched, RecentTradesShown);
    if (const TickerEvent* ticker = m_state.lastTicker(m_watched))
        snapshot.ticker = *ticker;
    if (const CandleSeries* series = m_state.series(m_watched, m_watchedTimeframe)) {
        const auto& candles = series->candles();
        snapshot.seriesSize = qint64(candles.size());
        const size_t count = std::min(candles.size(), size_t(std::max(0, m_candles)));
        snapshot.candles.assign(candles.end() - long(count), candles.end());
        // Overlays: start the indicators up to 200 candles earlier, so that the window's first
        // values are warmed up (the SMA exactly, the EMA to well within a pixel).
        const size_t warmUp = std::min(candles.size() - count, size_t(200));
        Sma sma(20);
        Ema ema(12);
        Bollinger bands(20, 2.0);
        for (auto it = candles.end() - long(count + warmUp); it != candles.end(); ++it) {
            const double close = it->close.toDouble();
            const double smaValue = sma.update(close);
            const double emaValue = ema.update(close);
            const BollingerValue band = bands.update(close);
            if (it >= candles.end() - long(count)) {
                snapshot.sma20.push_back(smaValue);
                snapshot.ema12.push_back(emaValue);
                snapshot.bollingerUpper.push_back(band.upper);
                snapshot.bollingerLower.push_back(band.lower);
            }
        }
    }
    return snapshot;
}

void MarketDataHub::onMessage(const MarketMessage& message)
{
    for (const QString& product : m_state.apply(message))
        m_feed.requestResync(product);
    announce(m_health.apply(message));
    QSet<QString> touched;
    std::vector<const std::vector<Trade>*> printed; // the message's own, not copied
    for (const MarketEvent& event : message.events) {
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                if constexpr (
                    std::is_same_v<T,
                        BookEvent> || std::is_same_v<T, TickerEvent> || std::is_same_v<T, CandlesEvent>) {
                    touched.insert(value.productId);
                } else if constexpr (std::is_same_v<T, TradesEvent>) {
                    for (const Trade& trade : value.trades)
                        touched.insert(trade.productId);
                    if (!value.snapshot && !value.trades.empty())
                        printed.push_back(&value.trades);
                }
            },
            event);
    }
    for (const QString& product : std::as_const(touched))
        Q_EMIT productUpdated(product);
    for (const std::vector<Trade>* trades : printed)
        Q_EMIT tradesPrinted(*trades);
}

void MarketDataHub::announce(const ProductHealth::Changes& changes)
{
    for (const auto& [productId, health] : changes)
        Q_EMIT healthChanged(productId, health);
}

void MarketDataHub::mergeHistory(
    const QString& productId, Timeframe timeframe, const std::vector<Candle>& candles)
{
    m_state.mergeCandles(productId, timeframe, candles);
    Q_EMIT productUpdated(productId);
}

} // namespace Candela::Core

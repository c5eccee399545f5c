#pragma once

#include "advancedtradedecoder.h"

#include "core/market/marketfeed.h"
#include "core/market/reconnectpolicy.h"
#include "core/model/clock.h"

#include <QHash>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace Candela::Core {

// The public Coinbase Advanced Trade market-data feed over one WebSocket (no key needed).
//
// On every connect it sends one subscribe message per channel, in the configured order. It
// checks `sequence_num` per connection: a gap, a duplicate or an out-of-order frame invalidates
// the books and resubscribes `level2` for a fresh snapshot (so does requestResync() for a
// crossed book). No frame within `staleAfter` (heartbeats come every second) marks the data
// stale and reconnects, with ReconnectPolicy's backoff. Frames over 10 MiB or malformed are
// rejected and counted. TLS peer verification stays on.
class CoinbaseFeed final : public MarketFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoinbaseFeed)

public:
    struct Config
    {
        QUrl url{QStringLiteral("wss://advanced-trade-ws.coinbase.com")};
        QStringList products{QStringLiteral("BTC-USD")};
        QStringList channels{QStringLiteral("heartbeats"), QStringLiteral("ticker"),
            QStringLiteral("candles"), QStringLiteral("market_trades"), QStringLiteral("level2")};
        std::chrono::milliseconds staleAfter{3000};
        ReconnectPolicy::Config reconnect;
    };

    struct Stats
    {
        qint64 frames = 0;
        qint64 rejectedFrames = 0;
        qint64 sequenceGaps = 0;
        qint64 duplicateOrOutOfOrder = 0;
        qint64 connects = 0;
        qint64 resyncs = 0;
    };

    CoinbaseFeed(Config config, const Clock& clock, QObject* parent = nullptr);
    ~CoinbaseFeed() override;

    void start() override;
    void stop() override;
    void requestResync(const QString& productId) override;

    const Stats& stats() const { return m_stats; }
    DataHealth health(const QString& productId) const;

private:
    void connectNow();
    void scheduleReconnect();
    void onConnected();
    void onSocketClosed();
    void onFrame(const QString& text);
    void onStale();
    bool checkSequence(qint64 sequence);
    void resync(const QStringList& productIds);
    void sendSubscription(const QString& type, const QString& channel, const QStringList& products);
    void setHealth(const QStringList& productIds, DataHealth health);
    void setConnectionState(ConnectionState state);
    QStringList level2Products() const;

    Config m_config;
    const Clock& m_clock;
    ReconnectPolicy m_policy;
    AdvancedTradeDecoder m_decoder;
    QWebSocket* m_socket = nullptr;
    QTimer m_staleTimer;
    QTimer m_reconnectTimer;
    bool m_running = false;
    bool m_open = false;
    Timestamp m_openedAt;
    qint64 m_lastSequence = -1;
    QHash<QString, DataHealth> m_health;
    ConnectionState m_state = ConnectionState::Disconnected;
    Stats m_stats;
};

} // namespace Candela::Core

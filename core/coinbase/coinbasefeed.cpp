#include "coinbasefeed.h"

#include "coinbasesocket.h"

#include "core/corelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

namespace Candela::Core {

namespace {
// Qt's own cap on one incoming message. Larger than our 10 MiB frame limit so that an oversized
// frame reaches the decoder, is rejected and counted, and the connection survives it.
constexpr qint64 SocketMessageLimit = 64 * 1024 * 1024;
const QString Level2 = QStringLiteral("level2");
} // namespace

CoinbaseFeed::CoinbaseFeed(Config config, const Clock& clock, QObject* parent)
    : MarketFeed(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_policy(m_config.reconnect, [] { return QRandomGenerator::global()->generateDouble(); })
{
    // Parented, so that moving the feed to its thread moves its timers too.
    m_staleTimer.setParent(this);
    m_reconnectTimer.setParent(this);
    m_staleTimer.setSingleShot(true);
    m_staleTimer.setInterval(m_config.staleAfter);
    connect(&m_staleTimer, &QTimer::timeout, this, &CoinbaseFeed::onStale);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &CoinbaseFeed::connectNow);
    for (const QString& product : std::as_const(m_config.products))
        m_health.insert(product, DataHealth::Resyncing);
}

CoinbaseFeed::~CoinbaseFeed()
{
    stop();
}

void CoinbaseFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void CoinbaseFeed::stop()
{
    m_running = false;
    m_staleTimer.stop();
    m_reconnectTimer.stop();
    discardSocket(m_socket, this);
    m_open = false;
    setConnectionState(ConnectionState::Disconnected);
}

void CoinbaseFeed::requestResync(const QString& productId)
{
    if (m_open && level2Products().contains(productId))
        resync({productId});
}

DataHealth CoinbaseFeed::health(const QString& productId) const
{
    return m_health.value(productId, DataHealth::Stale);
}

void CoinbaseFeed::connectNow()
{
    if (!m_running)
        return;
    discardSocket(m_socket, this);
    m_socket = newCoinbaseSocket(this, SocketMessageLimit);
    connect(m_socket, &QWebSocket::connected, this, &CoinbaseFeed::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &CoinbaseFeed::onFrame);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray&) {
        ++m_stats.rejectedFrames; // Advanced Trade sends text frames only
        m_staleTimer.start();
    });
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onSocketClosed();
    });
    ++m_stats.connects;
    m_policy.recordConnectAttempt(m_clock.now());
    setConnectionState(ConnectionState::Connecting);
    // Stale detection also covers a connect that never completes.
    m_staleTimer.start();
    m_socket->open(m_config.url);
}

void CoinbaseFeed::scheduleReconnect()
{
    if (!m_running || m_reconnectTimer.isActive())
        return;
    const auto delay = m_policy.nextDelay(m_clock.now());
    qCInfo(lcCoinbase) << "reconnecting in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void CoinbaseFeed::onConnected()
{
    m_open = true;
    m_openedAt = m_clock.now();
    m_lastSequence = -1; // sequence numbers are per connection
    setConnectionState(ConnectionState::Connected);
    // Coinbase disconnects a client that has not subscribed within 5 s: subscribe at once,
    // one message per channel, in the configured order.
    for (const QString& channel : std::as_const(m_config.channels)) {
        sendSubscription(QStringLiteral("subscribe"), channel,
            channel == QLatin1String("heartbeats") ? QStringList() : m_config.products);
    }
    m_staleTimer.start();
}

void CoinbaseFeed::onSocketClosed()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_staleTimer.stop();
    if (!m_running)
        return;
    if (wasOpen) {
        m_policy.recordDisconnect(m_openedAt, m_clock.now());
        const QStringList books = level2Products();
        Q_EMIT booksInvalidated(books);
    } else {
        m_policy.recordDisconnect(m_clock.now(), m_clock.now());
    }
    setHealth(m_config.products, DataHealth::Resyncing);
    setConnectionState(ConnectionState::Disconnected);
    scheduleReconnect();
}

void CoinbaseFeed::onStale()
{
    qCWarning(lcCoinbase) << "no market data for" << m_config.staleAfter.count()
                          << "ms; reconnecting";
    setHealth(m_config.products, DataHealth::Stale);
    setConnectionState(ConnectionState::Stale);
    if (m_socket)
        m_socket->abort(); // → UnconnectedState → onSocketClosed → reconnect
}

void CoinbaseFeed::onFrame(const QString& text)
{
    m_staleTimer.start();
    const QByteArray frame = text.toUtf8();
    const auto message = m_decoder.decode(frame);
    if (!message) {
        ++m_stats.rejectedFrames;
        qCWarning(lcCoinbase).noquote() << "rejected frame:" << message.error().message;
        return;
    }
    ++m_stats.frames;
    if (message->sequenceNum >= 0 && !checkSequence(message->sequenceNum))
        return;
    for (const MarketEvent& event : message->events) {
        if (const auto* book = std::get_if<BookEvent>(&event); book && book->snapshot)
            setHealth({book->productId}, DataHealth::Live);
    }
    if (m_state == ConnectionState::Stale)
        setConnectionState(ConnectionState::Connected);
    Q_EMIT messageReceived(*message);
}

// Returns false for a frame that must not be applied (a duplicate or out of order).
bool CoinbaseFeed::checkSequence(qint64 sequence)
{
    const qint64 expected = m_lastSequence + 1;
    if (m_lastSequence < 0 || sequence == expected) {
        m_lastSequence = sequence;
        return true;
    }
    if (sequence < expected) {
        ++m_stats.duplicateOrOutOfOrder;
        qCWarning(lcCoinbase) << "duplicate or out-of-order frame" << sequence << "after"
                              << m_lastSequence << "; resyncing books";
        resync(level2Products());
        return false;
    }
    ++m_stats.sequenceGaps;
    qCWarning(lcCoinbase) << "sequence gap: expected" << expected << "got" << sequence
                          << "; resyncing books";
    m_lastSequence = sequence;
    resync(level2Products());
    return true; // the frame itself is intact; the books it may have missed are being rebuilt
}

void CoinbaseFeed::resync(const QStringList& productIds)
{
    if (productIds.isEmpty() || !m_open)
        return;
    ++m_stats.resyncs;
    Q_EMIT booksInvalidated(productIds);
    setHealth(productIds, DataHealth::Resyncing);
    sendSubscription(QStringLiteral("unsubscribe"), Level2, productIds);
    sendSubscription(QStringLiteral("subscribe"), Level2, productIds);
}

void CoinbaseFeed::sendSubscription(
    const QString& type, const QString& channel, const QStringList& products)
{
    if (!m_socket)
        return;
    QJsonObject message{{QStringLiteral("type"), type}, {QStringLiteral("channel"), channel}};
    if (!products.isEmpty())
        message.insert(QStringLiteral("product_ids"), QJsonArray::fromStringList(products));
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void CoinbaseFeed::setHealth(const QStringList& productIds, DataHealth health)
{
    for (const QString& product : productIds) {
        auto it = m_health.find(product);
        if (it == m_health.end() || *it == health)
            continue;
        *it = health;
        Q_EMIT healthChanged(product, health);
    }
}

void CoinbaseFeed::setConnectionState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
}

QStringList CoinbaseFeed::level2Products() const
{
    return m_config.channels.contains(Level2) ? m_config.products : QStringList();
}

} // namespace Candela::Core

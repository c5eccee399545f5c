#include "userchannel.h"

#include "coinbasesocket.h"

#include "core/corelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebSocket>

namespace Candela::Core {

namespace {

constexpr qint64 SocketMessageLimit = 10 * 1024 * 1024; // Coinbase's SDK default

// Statuses the docs list that settle nothing yet; anything else unmapped is news to us.
bool knownPendingStatus(const QString& status)
{
    return status == QLatin1String("PENDING") || status == QLatin1String("QUEUED")
        || status == QLatin1String("CANCEL_QUEUED") || status == QLatin1String("EDIT_QUEUED");
}

} // namespace

UserChannel::UserChannel(
    Config config, SigningKey key, QString keyName, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_key(std::move(key))
    , m_keyName(std::move(keyName))
    , m_clock(clock)
    , m_policy(m_config.reconnect, [] { return QRandomGenerator::global()->generateDouble(); })
{
    m_confirmTimer.setSingleShot(true);
    m_confirmTimer.setInterval(m_config.confirmWithin);
    connect(&m_confirmTimer, &QTimer::timeout, this,
        [this] { restart(QStringLiteral("no subscription confirmation from Coinbase")); });
    m_staleTimer.setSingleShot(true);
    m_staleTimer.setInterval(m_config.staleAfter);
    connect(&m_staleTimer, &QTimer::timeout, this,
        [this] { restart(QStringLiteral("the user channel went silent")); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &UserChannel::connectNow);
}

UserChannel::~UserChannel()
{
    stop();
}

void UserChannel::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void UserChannel::stop()
{
    m_running = false;
    m_confirmTimer.stop();
    m_staleTimer.stop();
    m_reconnectTimer.stop();
    discardSocket(m_socket, this);
    m_open = false;
    setReady(false, QStringLiteral("stopped"));
}

void UserChannel::connectNow()
{
    if (!m_running)
        return;
    discardSocket(m_socket, this);
    m_socket = newCoinbaseSocket(this, SocketMessageLimit, m_config.extraCaCertificates);
    connect(m_socket, &QWebSocket::connected, this, &UserChannel::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &UserChannel::onFrame);
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onSocketClosed();
    });
    ++m_stats.connects;
    m_policy.recordConnectAttempt(m_clock.now());
    m_confirmTimer.start(); // also covers a connect that never completes
    m_socket->open(m_config.url);
}

void UserChannel::onConnected()
{
    m_open = true;
    m_openedAt = m_clock.now();
    subscribe(QStringLiteral("heartbeats"));
    subscribe(QStringLiteral("user"));
    m_staleTimer.start();
}

void UserChannel::subscribe(const QString& channel)
{
    // A fresh token per subscribe message; WebSocket tokens carry no uri.
    const qint64 now = m_clock.now().time_since_epoch() / std::chrono::seconds(1);
    auto token = makeJwt(m_key, m_keyName, now, std::nullopt);
    if (!token) {
        restart(QStringLiteral("cannot sign the subscription: ") + token.error().message);
        return;
    }
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("subscribe")},
        {QStringLiteral("channel"), channel}, {QStringLiteral("jwt"), QString::fromLatin1(*token)}};
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void UserChannel::onSocketClosed()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_confirmTimer.stop();
    m_staleTimer.stop();
    if (!m_running)
        return;
    m_policy.recordDisconnect(wasOpen ? m_openedAt : m_clock.now(), m_clock.now());
    setReady(false, QStringLiteral("disconnected from Coinbase"));
    if (!m_reconnectTimer.isActive())
        m_reconnectTimer.start(m_policy.nextDelay(m_clock.now()));
}

void UserChannel::restart(const QString& why)
{
    qCWarning(lcCoinbase).noquote() << "user channel:" << why << "- reconnecting";
    setReady(false, why);
    if (m_socket)
        m_socket->abort(); // → UnconnectedState → onSocketClosed → reconnect
}

void UserChannel::onFrame(const QString& text)
{
    ++m_stats.frames;
    m_staleTimer.start();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ++m_stats.malformed;
        return;
    }
    const QJsonObject frame = document.object();
    if (frame.value(QStringLiteral("type")).toString() == QLatin1String("error")) {
        ++m_stats.subscribeErrors;
        restart(QStringLiteral("Coinbase refused the subscription: ")
            + frame.value(QStringLiteral("message")).toString().left(200));
        return;
    }
    const QString channel = frame.value(QStringLiteral("channel")).toString();
    if (channel == QLatin1String("subscriptions")) {
        for (const QJsonValue& event : frame.value(QStringLiteral("events")).toArray()) {
            const QJsonObject subscriptions
                = event.toObject().value(QStringLiteral("subscriptions")).toObject();
            if (subscriptions.contains(QStringLiteral("user"))) {
                m_confirmTimer.stop();
                setReady(true, {});
            }
        }
        return;
    }
    if (channel != QLatin1String("user"))
        return; // heartbeats: the stale timer was reset above
    auto decoded = decodeUserFrame(frame);
    if (!decoded) {
        ++m_stats.malformed;
        return;
    }
    m_stats.malformed += decoded->malformedOrders;
    if (decoded->malformedOrders > 0)
        qCWarning(lcCoinbase) << "user channel:" << decoded->malformedOrders
                              << "order(s) with missing or broken fields left out";
    for (const UserOrderUpdate& update : decoded->orders) {
        if (!update.status && !knownPendingStatus(update.venueStatus)) {
            ++m_stats.unknownStatuses;
            qCWarning(lcCoinbase).noquote()
                << "user channel: order" << update.venueOrderId << "has status"
                << update.venueStatus.left(40) << "which Candela does not know; not terminal";
        }
        Q_EMIT orderUpdated(update);
    }
}

void UserChannel::setReady(bool ready, const QString& why)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged(ready, why);
}

} // namespace Candela::Core

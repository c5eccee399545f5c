#include "fakecoinbaseserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Candela::Test {

FakeCoinbaseServer::FakeCoinbaseServer(QObject* parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(
          QStringLiteral("fake-coinbase"), QWebSocketServer::NonSecureMode, this))
{
    listen();
}

FakeCoinbaseServer::FakeCoinbaseServer(const QSslConfiguration& tls, QObject* parent)
    : QObject(parent)
    , m_server(
          new QWebSocketServer(QStringLiteral("fake-coinbase"), QWebSocketServer::SecureMode, this))
{
    m_server->setSslConfiguration(tls);
    listen();
}

void FakeCoinbaseServer::listen()
{
    m_sinceStart.start();
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("fake Coinbase server cannot listen on 127.0.0.1");
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeCoinbaseServer::onNewConnection);
}

FakeCoinbaseServer::~FakeCoinbaseServer()
{
    for (QWebSocket* client : std::as_const(m_clients))
        client->abort();
}

QUrl FakeCoinbaseServer::url() const
{
    const bool tls = m_server->secureMode() == QWebSocketServer::SecureMode;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(m_server->serverPort()));
}

void FakeCoinbaseServer::setBookSnapshot(const QString& productId, const QByteArray& updatesJson)
{
    m_snapshots.insert(productId, updatesJson);
}

int FakeCoinbaseServer::openConnections() const
{
    int open = 0;
    for (const QWebSocket* client : m_clients)
        open += client->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

void FakeCoinbaseServer::onNewConnection()
{
    while (QWebSocket* client = m_server->nextPendingConnection()) {
        ++m_accepted;
        m_connectTimesMs.append(m_sinceStart.elapsed());
        const int connection = int(m_requests.size());
        m_requests.append(QList<QJsonObject>());
        client->setParent(this);
        client->setMaxAllowedIncomingMessageSize(1024 * 1024);
        m_clients.append(client);
        m_nextSequence.insert(client, 0);
        connect(client, &QWebSocket::textMessageReceived, this,
            [this, connection](const QString& text) { onRequest(connection, text); });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeAll(client);
            m_nextSequence.remove(client);
            client->deleteLater();
        });
        Q_EMIT clientConnected();
        if (m_dropOnConnect)
            client->abort();
    }
}

void FakeCoinbaseServer::onRequest(int connection, const QString& text)
{
    const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
    m_requests[connection].append(request);
    Q_EMIT requestReceived(request);
    if (request.value(QStringLiteral("type")).toString() != QLatin1String("subscribe"))
        return;
    if (m_subscribeAnswer == SubscribeAnswer::Ignore)
        return;
    if (m_subscribeAnswer == SubscribeAnswer::Error) {
        sendRaw(R"({"type":"error","message":"authentication failure"})");
        return;
    }
    const QString channel = request.value(QStringLiteral("channel")).toString();
    const QJsonValue products = request.value(QStringLiteral("product_ids"));
    QJsonObject ack{{channel, products.isArray() ? products : QJsonValue(QJsonArray())}};
    sendChannel(QStringLiteral("subscriptions"),
        "[{\"subscriptions\":" + QJsonDocument(ack).toJson(QJsonDocument::Compact) + "}]");
    if (channel != QLatin1String("level2"))
        return;
    const QJsonArray productList = products.toArray();
    for (const QJsonValue& product : productList) {
        const QString id = product.toString();
        sendChannel(QStringLiteral("l2_data"),
            "[{\"type\":\"snapshot\",\"product_id\":\"" + id.toUtf8()
                + "\",\"updates\":" + m_snapshots.value(id, QByteArrayLiteral("[]")) + "}]");
    }
}

QByteArray FakeCoinbaseServer::frame(
    const QString& channel, const QByteArray& eventsJson, qint64 sequence) const
{
    return "{\"channel\":\"" + channel.toUtf8()
        + "\",\"client_id\":\"\",\"timestamp\":\"2026-08-09T21:05:48.228568804Z\",\"sequence_num\":"
        + QByteArray::number(sequence) + ",\"events\":" + eventsJson + "}";
}

void FakeCoinbaseServer::sendChannel(const QString& channel, const QByteArray& eventsJson)
{
    for (QWebSocket* client : std::as_const(m_clients)) {
        qint64& next = m_nextSequence[client];
        next += m_skip;
        qint64 sequence = next;
        if (m_outOfOrder && sequence > 1)
            sequence -= 2;
        else
            ++next;
        m_lastFrame = frame(channel, eventsJson, sequence);
        client->sendTextMessage(QString::fromUtf8(m_lastFrame));
    }
    m_skip = 0;
    m_outOfOrder = false;
}

void FakeCoinbaseServer::sendL2Update(const QString& productId, const QByteArray& updatesJson)
{
    sendChannel(QStringLiteral("l2_data"),
        "[{\"type\":\"update\",\"product_id\":\"" + productId.toUtf8()
            + "\",\"updates\":" + updatesJson + "}]");
}

void FakeCoinbaseServer::sendHeartbeat()
{
    sendChannel(QStringLiteral("heartbeats"),
        QByteArrayLiteral("[{\"current_time\":\"2026-08-09 21:05:48.8 +0000 UTC m=+1.0\","
                          "\"heartbeat_counter\":1}]"));
}

void FakeCoinbaseServer::sendRaw(const QByteArray& text)
{
    sendToAll(text);
}

void FakeCoinbaseServer::sendBinary(const QByteArray& data)
{
    for (QWebSocket* client : std::as_const(m_clients))
        client->sendBinaryMessage(data);
}

void FakeCoinbaseServer::resendLastFrame()
{
    sendToAll(m_lastFrame);
}

void FakeCoinbaseServer::sendNextFrameOutOfOrder()
{
    m_outOfOrder = true;
}

void FakeCoinbaseServer::dropConnections()
{
    for (QWebSocket* client : std::as_const(m_clients))
        client->abort();
}

void FakeCoinbaseServer::sendToAll(const QByteArray& text)
{
    for (QWebSocket* client : std::as_const(m_clients))
        client->sendTextMessage(QString::fromUtf8(text));
}

} // namespace Candela::Test

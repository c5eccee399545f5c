#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QSslConfiguration;
class QWebSocket;
class QWebSocketServer;

namespace Candela::Test {

// A stand-in for Coinbase's public WebSocket on 127.0.0.1 (tests never reach the internet). It
// speaks the Advanced Trade message format, numbers frames with a per-connection
// `sequence_num`, answers `level2` subscriptions with a snapshot and injects faults on command:
// dropped connections, sequence gaps, duplicates, out-of-order frames, malformed JSON, huge
// frames and silence.
class FakeCoinbaseServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeCoinbaseServer)

public:
    explicit FakeCoinbaseServer(QObject* parent = nullptr);
    // Over TLS with this configuration (certificate and key): wss:// URLs.
    explicit FakeCoinbaseServer(const QSslConfiguration& tls, QObject* parent = nullptr);
    ~FakeCoinbaseServer() override;

    QUrl url() const; // ws:// or wss://127.0.0.1:PORT

    // The snapshot sent for a level2 subscription of `productId`: a JSON array of updates.
    void setBookSnapshot(const QString& productId, const QByteArray& updatesJson);
    // How subscribe messages are answered: confirmed (as Coinbase does), ignored, or refused with
    // an error frame.
    enum class SubscribeAnswer {
        Confirm,
        Ignore,
        Error,
    };
    void setSubscribeAnswer(SubscribeAnswer answer) { m_subscribeAnswer = answer; }
    // Drop every new connection as soon as it is accepted (a reconnect storm).
    void setDropOnConnect(bool drop) { m_dropOnConnect = drop; }

    // Sends a frame of `channel` with `events` to every client, with the next sequence number.
    void sendChannel(const QString& channel, const QByteArray& eventsJson);
    void sendL2Update(const QString& productId, const QByteArray& updatesJson);
    void sendHeartbeat();
    void sendRaw(const QByteArray& text); // as a text frame, no sequence number
    void sendBinary(const QByteArray& data);

    void skipSequenceNumbers(int count) { m_skip += count; }
    void resendLastFrame(); // a duplicate
    void sendNextFrameOutOfOrder(); // the next sendChannel() uses an already-used number
    void dropConnections();

    int connectionCount() const { return m_accepted; }
    int openConnections() const;
    QList<qint64> connectTimesMs() const { return m_connectTimesMs; }
    // Subscribe/unsubscribe messages received, per connection, in arrival order.
    QList<QList<QJsonObject>> requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(const QJsonObject& request);
    void clientConnected();

private:
    void listen();
    void onNewConnection();
    void onRequest(int connection, const QString& text);
    QByteArray frame(const QString& channel, const QByteArray& eventsJson, qint64 sequence) const;
    void sendToAll(const QByteArray& text);

    QWebSocketServer* m_server;
    QList<QWebSocket*> m_clients;
    QHash<QWebSocket*, qint64> m_nextSequence;
    QHash<QString, QByteArray> m_snapshots;
    QList<QList<QJsonObject>> m_requests;
    QList<qint64> m_connectTimesMs;
    QElapsedTimer m_sinceStart;
    QByteArray m_lastFrame;
    int m_skip = 0;
    bool m_outOfOrder = false;
    SubscribeAnswer m_subscribeAnswer = SubscribeAnswer::Confirm;
    bool m_dropOnConnect = false;
    int m_accepted = 0;
};

} // namespace Candela::Test

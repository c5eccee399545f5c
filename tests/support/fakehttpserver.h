#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace Candela::Test {

// The REST half of the fake Coinbase: a minimal HTTP/1.1 server on 127.0.0.1 that answers
// requests from a handler and can answer the next N requests with 429 Too Many Requests. A
// request handler sees the method, headers and body, and may answer, drop the connection without
// a word, or never answer (the client's timeout).
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
    };
    using Handler = std::function<Response(const QUrl& url)>;

    struct Request
    {
        QByteArray method;
        QUrl url;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Reply
    {
        enum class Disposition {
            Answer,
            Drop, // close the connection, no answer
            Hang, // keep it open, never answer
        };
        Disposition disposition = Disposition::Answer;
        int status = 200;
        QByteArray body;
        QByteArray extraHeaders; // "Name: value\r\n" lines
    };
    using RequestHandler = std::function<Reply(const Request& request)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    // Over TLS with this configuration (certificate, key, protocols): https:// URLs.
    explicit FakeHttpServer(const QSslConfiguration& tls, QObject* parent = nullptr);
    ~FakeHttpServer() override;

    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT/api/v3/brokerage
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setRequestHandler(RequestHandler handler) { m_requestHandler = std::move(handler); }
    void failNextWith429(int count, int retryAfterSeconds = 0);

    // Every answer waits this long (a network's round trip); the request is handled on arrival.
    void setAnswerDelay(std::chrono::milliseconds delay) { m_answerDelay = delay; }

    // Closes every connection that waits for no answer, as a server's keep-alive timeout does;
    // the number closed.
    int closeIdleConnections();
    int connectionsAccepted() const { return m_accepted; }
    // Whether the answer to a "Connection: close" request says so too (RFC 9112 asks it to;
    // false: the server closes without a word, as some do).
    void setAnnounceClose(bool announce) { m_announceClose = announce; }

    QList<QUrl> requests() const { return m_requests; }
    QList<QByteArray> requestMethods() const { return m_methods; }
    QList<qint64> requestTimesMs() const { return m_times; }
    qint64 elapsedMs() const { return m_clock.elapsed(); } // the clock of requestTimesMs()

private:
    void listen();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer* m_server;
    bool m_tls = false;
    Handler m_handler;
    RequestHandler m_requestHandler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, int> m_unanswered; // requests read but not answered, per connection
    int m_accepted = 0;
    bool m_announceClose = true;
    QList<QUrl> m_requests;
    QList<qint64> m_times;
    QList<QByteArray> m_methods;
    std::chrono::milliseconds m_answerDelay{0};
    QElapsedTimer m_clock;
    int m_tooManyLeft = 0;
    int m_retryAfter = 0;
};

} // namespace Candela::Test

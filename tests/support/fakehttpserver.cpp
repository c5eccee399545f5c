#include "fakehttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Candela::Test {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    listen();
}

FakeHttpServer::FakeHttpServer(const QSslConfiguration& tls, QObject* parent)
    : QObject(parent)
    , m_tls(true)
{
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    m_server = server;
    listen();
}

void FakeHttpServer::listen()
{
    m_clock.start();
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("fake HTTP server cannot listen on 127.0.0.1");
    // A TLS connection is pending only once its handshake succeeded.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            ++m_accepted;
            m_unanswered.insert(socket, 0);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_unanswered.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer() = default;

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/api/v3/brokerage")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server->serverPort()));
}

int FakeHttpServer::closeIdleConnections()
{
    // Chosen first, closed after: a plain socket's disconnected() fires at once and edits the map.
    QList<QTcpSocket*> idle;
    for (auto it = m_unanswered.cbegin(); it != m_unanswered.cend(); ++it) {
        if (it.value() == 0 && m_buffers.value(it.key()).isEmpty()
            && it.key()->state() == QAbstractSocket::ConnectedState)
            idle.append(it.key());
    }
    for (QTcpSocket* socket : std::as_const(idle))
        socket->disconnectFromHost();
    return int(idle.size());
}

void FakeHttpServer::failNextWith429(int count, int retryAfterSeconds)
{
    m_tooManyLeft = count;
    m_retryAfter = retryAfterSeconds;
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // A request is complete at the blank line after the headers plus Content-Length bytes.
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.url = baseUrl().resolved(QUrl(QString::fromLatin1(requestLine.value(1))));
        m_requests.append(request.url);
        m_times.append(m_clock.elapsed());
        m_methods.append(request.method);

        Reply reply{Reply::Disposition::Answer, 404,
            R"({"error":"NOT_FOUND","message":"no such route"})", {}};
        if (m_tooManyLeft > 0) {
            --m_tooManyLeft;
            reply = {Reply::Disposition::Answer, 429,
                R"({"error":"RATE_LIMIT","message":"too many requests"})",
                "Retry-After: " + QByteArray::number(m_retryAfter) + "\r\n"};
        } else if (m_requestHandler) {
            reply = m_requestHandler(request);
        } else if (m_handler) {
            const Response response = m_handler(request.url);
            reply.status = response.status;
            reply.body = response.body;
        }
        if (reply.disposition == Reply::Disposition::Drop) {
            m_buffers.remove(socket);
            m_unanswered.remove(socket);
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++m_unanswered[socket];
        if (reply.disposition == Reply::Disposition::Hang)
            continue;
        // HTTP/1.1: a request saying "Connection: close" is the connection's last.
        const bool last = request.headers.value("connection").toLower() == "close";
        const QByteArray answer = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
            + reason(reply.status) + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(reply.body.size()) + "\r\n"
            + (last && m_announceClose ? QByteArray("Connection: close\r\n") : QByteArray())
            + reply.extraHeaders + "\r\n" + reply.body;
        auto send = [this, socket, answer, last] {
            socket->write(answer);
            if (const auto it = m_unanswered.find(socket); it != m_unanswered.end())
                --it.value();
            if (last)
                socket->disconnectFromHost();
        };
        if (m_answerDelay.count() > 0)
            QTimer::singleShot(m_answerDelay, socket, send);
        else
            send();
    }
}

} // namespace Candela::Test

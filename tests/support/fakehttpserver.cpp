#include "fakehttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Candela::Test {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}
} // namespace

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("fake HTTP server cannot listen on 127.0.0.1");
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer() = default;

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v3/brokerage").arg(m_server->serverPort()));
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
    // GETs only: a request is complete at the blank line after the headers.
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QUrl url = baseUrl().resolved(QUrl(QString::fromLatin1(requestLine.value(1))));
        m_requests.append(url);
        m_times.append(m_clock.elapsed());

        Response response{404, R"({"error":"NOT_FOUND","message":"no such route"})"};
        QByteArray extraHeaders;
        if (m_tooManyLeft > 0) {
            --m_tooManyLeft;
            response = {429, R"({"error":"RATE_LIMIT","message":"too many requests"})"};
            extraHeaders = "Retry-After: " + QByteArray::number(m_retryAfter) + "\r\n";
        } else if (m_handler) {
            response = m_handler(url);
        }
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reason(response.status) + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(response.body.size()) + "\r\n" + extraHeaders + "\r\n"
            + response.body);
    }
}

} // namespace Candela::Test

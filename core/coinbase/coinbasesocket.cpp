#include "coinbasesocket.h"

#include <QSslConfiguration>
#include <QWebSocket>

namespace Candela::Core {

QWebSocket* newCoinbaseSocket(
    QObject* owner, qint64 messageLimit, const QList<QSslCertificate>& extraCaCertificates)
{
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, owner);
    socket->setMaxAllowedIncomingMessageSize(quint64(messageLimit));
    socket->setMaxAllowedIncomingFrameSize(quint64(messageLimit));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!extraCaCertificates.isEmpty())
        tls.addCaCertificates(extraCaCertificates);
    socket->setSslConfiguration(tls);
    return socket;
}

void discardSocket(QWebSocket*& socket, QObject* owner)
{
    if (!socket)
        return;
    socket->disconnect(owner);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}

} // namespace Candela::Core

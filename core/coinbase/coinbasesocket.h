#pragma once

#include <QList>
#include <QSslCertificate>

class QObject;
class QWebSocket;

namespace Candela::Core {

// A WebSocket to Coinbase, owned by `owner`: frames and messages up to `messageLimit` bytes, TLS
// 1.2 or later with peer verification on, `extraCaCertificates` trusted beside the system's.
QWebSocket* newCoinbaseSocket(
    QObject* owner, qint64 messageLimit, const QList<QSslCertificate>& extraCaCertificates = {});

// Drops `socket` — its signals to `owner` cut first, so the close is not reported — and nulls it.
void discardSocket(QWebSocket*& socket, QObject* owner);

} // namespace Candela::Core

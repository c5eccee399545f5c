#pragma once

#include "jwt.h"
#include "userorders.h"

#include "core/market/reconnectpolicy.h"
#include "core/model/clock.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace Candela::Core {

// The authenticated "user" channel (wss://advanced-trade-ws-user.coinbase.com): the account's
// own orders, as a snapshot after subscribing and then updates. Each subscribe message carries
// a fresh JWT (no uri claim). The channel is ready only once Coinbase confirms the "user"
// subscription; no confirmation within `confirmWithin`, an error frame, or silence past
// `staleAfter` (heartbeats come every second) make it not ready and reconnect with
// ReconnectPolicy's backoff. Live trading needs it ready (T21). Statuses it does not know are
// counted and logged, never taken as terminal (T05).
class UserChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChannel)

public:
    struct Config
    {
        QUrl url{QStringLiteral("wss://advanced-trade-ws-user.coinbase.com")};
        std::chrono::milliseconds confirmWithin{5000};
        std::chrono::milliseconds staleAfter{5000};
        ReconnectPolicy::Config reconnect;
        // Certificates trusted beside the system's (tests' own CA); verification stays on.
        QList<QSslCertificate> extraCaCertificates;
    };
    struct Stats
    {
        qint64 frames = 0;
        qint64 malformed = 0; // frames or orders left out
        qint64 unknownStatuses = 0;
        qint64 connects = 0;
        qint64 subscribeErrors = 0;
    };

    UserChannel(Config config, SigningKey key, QString keyName, const Clock& clock,
        QObject* parent = nullptr);
    ~UserChannel() override;

    void start();
    void stop();
    bool isReady() const { return m_ready; }
    const Stats& stats() const { return m_stats; }

Q_SIGNALS:
    void orderUpdated(const Candela::Core::UserOrderUpdate& update);
    // Not ready: why, for the user ("no subscription confirmation", the venue's error, …). Ready
    // again after a reconnect means the snapshot is coming: reconcile.
    void readyChanged(bool ready, const QString& why);

private:
    void connectNow();
    void onConnected();
    void onSocketClosed();
    void onFrame(const QString& text);
    void subscribe(const QString& channel);
    void setReady(bool ready, const QString& why);
    void restart(const QString& why);

    Config m_config;
    SigningKey m_key;
    QString m_keyName;
    const Clock& m_clock;
    ReconnectPolicy m_policy;
    QWebSocket* m_socket = nullptr;
    QTimer m_confirmTimer;
    QTimer m_staleTimer;
    QTimer m_reconnectTimer;
    bool m_running = false;
    bool m_open = false;
    bool m_ready = false;
    Timestamp m_openedAt;
    Stats m_stats;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::UserOrderUpdate)

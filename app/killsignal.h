#pragma once

#include <QObject>

class QSocketNotifier;

namespace Candela {

// Turns SIGUSR1 into a kill-switch request on the Qt event loop, so that `kill -USR1 <pid>`
// halts trading from a shell or a watchdog script. The handler only writes one byte to a socket
// pair (about the only thing a signal handler may safely do); a QSocketNotifier reads it. One
// instance per process; on systems without SIGUSR1 (Windows) it does nothing.
class KillSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KillSignal)

public:
    explicit KillSignal(QObject* parent = nullptr);
    ~KillSignal() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void killRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Candela

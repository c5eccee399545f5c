#pragma once

#include <QObject>

class QSocketNotifier;

namespace Candela::Core {

// Turns the process's signals into requests on the Qt event loop: SIGUSR1 asks for the kill
// switch (`kill -USR1 <pid>` halts trading from a shell or a watchdog script) and, when asked
// for, SIGTERM and SIGINT ask for a clean stop (a headless run under systemd, Ctrl+C). The
// handler only writes the signal's number to a socket pair (about the only thing a signal
// handler may safely do); a QSocketNotifier reads it. One instance per process; on systems
// without these signals (Windows) it does nothing.
class ProcessSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessSignals)

public:
    enum class Handled {
        Halt, // SIGUSR1 only (the window: closing it is how it stops)
        HaltAndStop, // also SIGTERM and SIGINT (a headless run)
    };

    explicit ProcessSignals(Handled handled = Handled::Halt, QObject* parent = nullptr);
    ~ProcessSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void haltRequested();
    void stopRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
    Handled m_handled;
};

} // namespace Candela::Core

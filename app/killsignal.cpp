#include "killsignal.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Candela {

#ifdef Q_OS_UNIX
namespace {
int g_pipe[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler

void onSignal(int)
{
    // Async-signal-safe: one non-blocking write, errno left as the interrupted code had it.
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

void closePipe()
{
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}
} // namespace
#endif

KillSignal::KillSignal(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        qWarning("SIGUSR1 kill switch not installed (socketpair failed or already installed)");
        return;
    }
    for (const int fd : g_pipe)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGUSR1, &action, nullptr) != 0) {
        qWarning("SIGUSR1 kill switch not installed (sigaction failed)");
        closePipe();
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        if (::read(g_pipe[0], bytes, sizeof bytes) > 0) // several signals: one halt is enough
            Q_EMIT killRequested();
    });
#endif
}

KillSignal::~KillSignal()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    ::signal(SIGUSR1, SIG_DFL);
    delete m_notifier; // before its fd goes
    m_notifier = nullptr;
    closePipe();
#endif
}

} // namespace Candela

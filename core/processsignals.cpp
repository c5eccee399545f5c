#include "processsignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <span>
#endif

namespace Candela::Core {

#ifdef Q_OS_UNIX
namespace {
int g_pipe[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler

void onSignal(int number)
{
    // Async-signal-safe: one non-blocking write, errno left as the interrupted code had it.
    const int savedErrno = errno;
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

void closePipe()
{
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

std::span<const int> signalsOf(ProcessSignals::Handled handled)
{
    static constexpr int haltOnly[] = {SIGUSR1};
    static constexpr int all[] = {SIGUSR1, SIGTERM, SIGINT};
    if (handled == ProcessSignals::Handled::Halt)
        return haltOnly;
    return all;
}
} // namespace
#endif

ProcessSignals::ProcessSignals(Handled handled, QObject* parent)
    : QObject(parent)
    , m_handled(handled)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0) {
        qWarning("signal handlers not installed (socketpair failed or already installed)");
        return;
    }
    for (const int fd : g_pipe)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : signalsOf(handled)) {
        if (::sigaction(number, &action, nullptr) != 0) {
            qWarning("signal %d not handled (sigaction failed)", number);
            for (const int installed : signalsOf(handled))
                ::signal(installed, SIG_DFL);
            closePipe();
            return;
        }
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        const auto count = ::read(g_pipe[0], bytes, sizeof bytes);
        bool halt = false;
        bool stop = false;
        for (qsizetype i = 0; i < count; ++i) {
            halt = halt || bytes[i] == SIGUSR1;
            stop = stop || bytes[i] == SIGTERM || bytes[i] == SIGINT;
        }
        // Several signals at once: one request of each kind is enough; the halt first.
        if (halt)
            Q_EMIT haltRequested();
        if (stop)
            Q_EMIT stopRequested();
    });
#endif
}

ProcessSignals::~ProcessSignals()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    for (const int number : signalsOf(m_handled))
        ::signal(number, SIG_DFL);
    delete m_notifier; // before its fd goes
    m_notifier = nullptr;
    closePipe();
#endif
}

} // namespace Candela::Core

#include "killswitch.h"

namespace Candela::Core {

QString killSwitchStateName(KillSwitchState state)
{
    switch (state) {
    case KillSwitchState::Active:
        return QStringLiteral("ACTIVE");
    case KillSwitchState::Halted:
        return QStringLiteral("HALTED");
    case KillSwitchState::Flattening:
        return QStringLiteral("FLATTENING");
    }
    return {};
}

std::optional<KillSwitchState> killSwitchStateFromName(QStringView name)
{
    for (const KillSwitchState state :
        {KillSwitchState::Active, KillSwitchState::Halted, KillSwitchState::Flattening}) {
        if (name == killSwitchStateName(state))
            return state;
    }
    return std::nullopt;
}

QString haltCauseName(HaltCause cause)
{
    switch (cause) {
    case HaltCause::None:
        return QString();
    case HaltCause::Pressed:
        return QStringLiteral("pressed");
    case HaltCause::Signal:
        return QStringLiteral("signal");
    case HaltCause::CommandLine:
        return QStringLiteral("command_line");
    case HaltCause::JournalFailure:
        return QStringLiteral("journal_failure");
    case HaltCause::DiskFull:
        return QStringLiteral("disk_full");
    case HaltCause::Reconciliation:
        return QStringLiteral("reconciliation");
    case HaltCause::ArithmeticError:
        return QStringLiteral("arithmetic_error");
    }
    return {};
}

std::optional<HaltCause> haltCauseFromName(QStringView name)
{
    for (const HaltCause cause : {HaltCause::None, HaltCause::Pressed, HaltCause::Signal,
             HaltCause::CommandLine, HaltCause::JournalFailure, HaltCause::DiskFull,
             HaltCause::Reconciliation, HaltCause::ArithmeticError}) {
        if (name == haltCauseName(cause))
            return cause;
    }
    return std::nullopt;
}

namespace {
int strictness(KillSwitchState state)
{
    switch (state) {
    case KillSwitchState::Active:
        return 0;
    case KillSwitchState::Halted:
        return 1;
    case KillSwitchState::Flattening:
        return 2;
    }
    return 2;
}
} // namespace

QString KillSwitchStatus::text() const
{
    QString words = killSwitchStateName(state);
    if (cause != HaltCause::None)
        words += QLatin1Char(' ') + haltCauseName(cause);
    if (!detail.isEmpty())
        words += QStringLiteral(": ") + detail;
    return words;
}

KillSwitchStatus stricterKillSwitch(const KillSwitchStatus& a, const KillSwitchStatus& b)
{
    return strictness(b.state) > strictness(a.state) ? b : a;
}

KillSwitch::KillSwitch(KillSwitchStatus initial)
    : m_status(std::move(initial))
{
    if (m_status.state == KillSwitchState::Active) {
        m_status.cause = HaltCause::None;
        m_status.detail.clear();
    }
}

bool KillSwitch::halt(HaltCause cause, const QString& detail, Timestamp when)
{
    // Halting an already flattening switch must not stop the flattening.
    if (m_status.state != KillSwitchState::Active)
        return false;
    m_status = {KillSwitchState::Halted, cause, detail, when};
    return true;
}

bool KillSwitch::flatten(HaltCause cause, const QString& detail, Timestamp when)
{
    if (m_status.state == KillSwitchState::Flattening)
        return false;
    m_status = {KillSwitchState::Flattening, cause, detail, when};
    return true;
}

Status KillSwitch::rearm(Timestamp when)
{
    if (m_status.state == KillSwitchState::Active)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("the kill switch is not engaged"));
    m_status = {KillSwitchState::Active, HaltCause::None, QString(), when};
    return success();
}

} // namespace Candela::Core

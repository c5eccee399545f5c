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

KillSwitch::KillSwitch(KillSwitchState initial)
    : m_state(initial)
{ }

void KillSwitch::halt(const QString& who, const QString& why, Timestamp when)
{
    // Halting an already flattening switch must not stop the flattening.
    if (m_state == KillSwitchState::Active)
        moveTo(KillSwitchState::Halted, who, why, when);
}

void KillSwitch::flatten(const QString& who, const QString& why, Timestamp when)
{
    if (m_state != KillSwitchState::Flattening)
        moveTo(KillSwitchState::Flattening, who, why, when);
}

Status KillSwitch::rearm(const QString& who, const QString& why, Timestamp when)
{
    if (m_state == KillSwitchState::Active)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("the kill switch is not engaged"));
    moveTo(KillSwitchState::Active, who, why, when);
    return success();
}

void KillSwitch::moveTo(KillSwitchState to, const QString& who, const QString& why, Timestamp when)
{
    m_history.push_back(Change{m_state, to, who, why, when});
    m_state = to;
}

} // namespace Candela::Core

#pragma once

#include "core/model/result.h"
#include "core/model/timestamp.h"

#include <QString>

#include <optional>
#include <vector>

namespace Candela::Core {

// The global trading state the red button drives:
//   Active → Halted (no new orders; open orders cancelled; bots disabled)
//          → Flattening (also close every position at market).
// Halt and flatten can be pressed from any state and never fail; only an explicit re-arm
// returns to Active. Every change is recorded (who, when, why) for the audit log and the
// journal, which persists the state so that a restart stays stopped.
enum class KillSwitchState {
    Active,
    Halted,
    Flattening,
};

QString killSwitchStateName(KillSwitchState state); // "ACTIVE", "HALTED", "FLATTENING"
// The reverse of killSwitchStateName; nullopt for anything else.
std::optional<KillSwitchState> killSwitchStateFromName(QStringView name);

class KillSwitch final
{
public:
    struct Change
    {
        KillSwitchState from = KillSwitchState::Active;
        KillSwitchState to = KillSwitchState::Active;
        QString who; // "ui", "cli", "signal", "risk: daily loss", …
        QString why;
        Timestamp when;
    };

    explicit KillSwitch(KillSwitchState initial = KillSwitchState::Active);

    KillSwitchState state() const { return m_state; }
    // New orders may leave only while Active; while Flattening only orders that reduce a
    // position may (the flattening ones).
    bool allowsNewOrders() const { return m_state == KillSwitchState::Active; }
    bool allowsReducingOrders() const { return m_state != KillSwitchState::Halted; }

    void halt(const QString& who, const QString& why, Timestamp when);
    // Flatten includes halting: pressing it while Active goes straight to Flattening.
    void flatten(const QString& who, const QString& why, Timestamp when);
    // Back to Active; refused while already Active (nothing to re-arm).
    Status rearm(const QString& who, const QString& why, Timestamp when);

    const std::vector<Change>& history() const { return m_history; }

private:
    void moveTo(KillSwitchState to, const QString& who, const QString& why, Timestamp when);

    KillSwitchState m_state;
    std::vector<Change> m_history;
};

} // namespace Candela::Core

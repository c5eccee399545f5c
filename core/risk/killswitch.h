#pragma once

#include "core/model/result.h"
#include "core/model/timestamp.h"

#include <QString>

#include <optional>

namespace Candela::Core {

// The global trading state the red button drives:
//   Active → Halted (no new orders; open orders cancelled; bots disabled)
//          → Flattening (also close every position at market).
// Halt and flatten can be pressed from any state and never fail; only an explicit re-arm
// returns to Active.
enum class KillSwitchState {
    Active,
    Halted,
    Flattening,
};

QString killSwitchStateName(KillSwitchState state); // "ACTIVE", "HALTED", "FLATTENING"
// The reverse of killSwitchStateName; nullopt for anything else.
std::optional<KillSwitchState> killSwitchStateFromName(QStringView name);

// Why the switch left Active: the trader, something outside the process, or the engine itself.
// Saved by name (haltCauseName), never by position.
enum class HaltCause {
    None, // active
    Pressed, // the trader: the toolbar button, Ctrl+Shift+K, Flatten
    Signal, // SIGUSR1 from a shell or a watchdog
    CommandLine, // candela-cli session kill
    JournalFailure, // a journal write failed: trading unrecorded would break the restart promise
    DiskFull, // a journal write failed for want of disk space
    Reconciliation, // the venue and the journal disagree
    // a fill, a fee, a P&L or the account's figures left the Decimal range: counted on, they
    // would be wrong, so nothing more is traded until the trader has looked
    ArithmeticError,
};

// "pressed", "signal", "command_line", "journal_failure", "disk_full", "reconciliation",
// "arithmetic_error"; "" for None.
QString haltCauseName(HaltCause cause);
// The reverse of haltCauseName; nullopt for anything else.
std::optional<HaltCause> haltCauseFromName(QStringView name);

// The kill switch as it stands: its state, why it left Active and since when.
struct KillSwitchStatus
{
    KillSwitchState state = KillSwitchState::Active;
    HaltCause cause = HaltCause::None;
    QString detail; // words from whoever pressed it, or the error that made the engine halt
    Timestamp since;

    bool isActive() const { return state == KillSwitchState::Active; }
    // As the journal's audit log writes it: "HALTED command_line: words".
    QString text() const;
    friend bool operator==(const KillSwitchStatus&, const KillSwitchStatus&) = default;
};

// The stricter of two states: Flattening over Halted over Active (a restart takes the stricter
// of what the journal says and what the window last showed).
KillSwitchStatus stricterKillSwitch(const KillSwitchStatus& a, const KillSwitchStatus& b);

// The state machine behind the switch; the trading engine owns the one instance.
class KillSwitch final
{
public:
    explicit KillSwitch(KillSwitchStatus initial = {});

    KillSwitchState state() const { return m_status.state; }
    const KillSwitchStatus& status() const { return m_status; }
    // New orders may leave only while Active; while Flattening only orders that reduce a
    // position may (the flattening ones).
    bool allowsNewOrders() const { return m_status.state == KillSwitchState::Active; }
    bool allowsReducingOrders() const { return m_status.state != KillSwitchState::Halted; }

    // Each returns whether the state changed. Halting a halted or flattening switch changes
    // nothing (the first cause stays); flatten includes halting.
    bool halt(HaltCause cause, const QString& detail, Timestamp when);
    bool flatten(HaltCause cause, const QString& detail, Timestamp when);
    // Back to Active; refused while already Active (nothing to re-arm).
    Status rearm(Timestamp when);

private:
    KillSwitchStatus m_status;
};

} // namespace Candela::Core

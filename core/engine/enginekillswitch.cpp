#include "tradingengine.h"

#include "botwatch.h"
#include "journalstate.h"

#include "core/corelogging.h"

// TradingEngine: the kill switch, which it alone holds — pressed by the trader (halt, flatten,
// re-arm) or pulled by the engine itself — journaled with its cause and announced at once.

namespace Candela::Core {

void TradingEngine::halt(HaltCause cause, const QString& detail)
{
    if (m_killSwitch.halt(cause, detail, m_now))
        killSwitchMoved();
    // Also when the engine had halted itself (a failed journal write, a reconciliation that
    // found differences) or started halted: the trader's press clears the venue once.
    if (!m_venueClearedSinceHalt)
        clearVenue();
}

void TradingEngine::flatten(HaltCause cause, const QString& detail)
{
    if (m_killSwitch.flatten(cause, detail, m_now))
        killSwitchMoved();
    if (!m_venueClearedSinceHalt)
        clearVenue();
    // The closing orders follow once the venue is clear; the paper venue is clear at once.
    if (m_paper)
        flattenAll();
}

void TradingEngine::rearm()
{
    if (!m_killSwitch.rearm(m_now))
        return;
    m_lastRefusals.clear(); // what the switch refused is history
    m_venueClearedSinceHalt = false;
    m_journalBroken = false; // a failed journal is tried again: the re-arm is its first write
    killSwitchMoved();
    if (!m_killSwitch.allowsNewOrders())
        return; // the journal failed again and halted the engine once more
    bookWhatWasNotRecorded();
    protectAll(); // the positions kept through a halt rest on their stops again
}

void TradingEngine::haltItself(HaltCause cause, const QString& detail)
{
    if (m_killSwitch.halt(cause, detail, m_now))
        killSwitchMoved();
    // The venue keeps its orders (a position's stop too), but no entry may open while halted:
    // the bots' maker entries and the trader's working orders are cancelled.
    cancelMakerEntry({});
    cancelManualOrders();
}

void TradingEngine::killSwitchMoved()
{
    const KillSwitchStatus& status = m_killSwitch.status();
    qCWarning(lcEngine).noquote() << "kill switch" << killSwitchStateName(status.state)
                                  << haltCauseName(status.cause) << status.detail;
    // On the record with its cause, so that a restart finds it (a failed write halts, as any).
    Q_UNUSED(journal([&](JournalStore& store) -> Status {
        if (auto saved = saveKillSwitch(store, status); !saved)
            return saved;
        return store.recordAudit({m_now, QStringLiteral("kill_switch"), QString(), status.text()});
    }));
    if (m_watch)
        m_watch->killSwitchMoved();
    m_dirty = true;
    Q_EMIT killSwitchChanged(m_killSwitch.status());
}

void TradingEngine::enforceKillSwitchAtOpen()
{
    // Started halted (the journal's switch, or the one the session carried over): the venue is
    // cleared as when the switch was pressed, and a flattening carries on.
    if (m_killSwitch.allowsNewOrders())
        return;
    clearVenue();
    if (m_killSwitch.state() == KillSwitchState::Flattening && m_paper)
        flattenAll();
}

void TradingEngine::clearVenue()
{
    m_venueClearedSinceHalt = true;
    // Every open order at the venue is cancelled, the stops too: none is put back until re-armed.
    if (m_stops) {
        m_exitsAwaitingStop.clear();
        m_stops->releaseAll();
    }
    m_venueClear = m_paper != nullptr;
    m_execution->cancelAll();
}
} // namespace Candela::Core

#pragma once

#include "temperature.h"

#include "core/model/timestamp.h"

#include <chrono>
#include <optional>

namespace Candela::Core {

// Turns an action into an order intent only once it has held continuously for the
// confirmation time (zero confirms at once). A change of action restarts the wait.
class ActionConfirmation final
{
public:
    explicit ActionConfirmation(std::chrono::seconds required);

    // The action at `now`; returns the confirmed intent, if any. (Inline: every bar asks.)
    std::optional<Action> update(Action action, Timestamp now)
    {
        if (action != m_action) {
            m_action = action;
            m_since = now;
        }
        if (m_action == Action::Hold || now - m_since < m_required)
            return std::nullopt;
        return m_action;
    }
    // Time still to wait for the current action; zero when confirmed or holding.
    std::chrono::seconds remaining(Timestamp now) const;
    Action pending() const { return m_action; }
    void reset();

private:
    std::chrono::seconds m_required;
    Action m_action = Action::Hold;
    Timestamp m_since;
};

} // namespace Candela::Core

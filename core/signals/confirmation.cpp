#include "confirmation.h"

namespace Candela::Core {

ActionConfirmation::ActionConfirmation(std::chrono::seconds required)
    : m_required(required)
{ }

std::chrono::seconds ActionConfirmation::remaining(Timestamp now) const
{
    if (m_action == Action::Hold)
        return std::chrono::seconds(0);
    const auto left = m_required - std::chrono::ceil<std::chrono::seconds>(now - m_since);
    return std::max(left, std::chrono::seconds(0));
}

void ActionConfirmation::reset()
{
    m_action = Action::Hold;
}

} // namespace Candela::Core

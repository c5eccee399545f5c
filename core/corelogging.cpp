#include "corelogging.h"

namespace Candela::Core {
Q_LOGGING_CATEGORY(lcSettings, "candela.core.settings", QtWarningMsg)
} // namespace Candela::Core

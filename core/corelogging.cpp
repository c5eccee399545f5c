#include "corelogging.h"

namespace Candela::Core {
Q_LOGGING_CATEGORY(lcSettings, "candela.core.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCoinbase, "candela.core.coinbase", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMarket, "candela.core.market", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "candela.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "candela.core.engine", QtWarningMsg)
} // namespace Candela::Core

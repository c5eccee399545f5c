#pragma once

#include <QLoggingCategory>

// Diagnostics categories of candela_core, one per component, named candela.core.<component>
// (STYLE.md rule 20). Enable with QT_LOGGING_RULES="candela.core.*=true".
namespace Candela::Core {
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcCoinbase)
Q_DECLARE_LOGGING_CATEGORY(lcMarket)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
} // namespace Candela::Core

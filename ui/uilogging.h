#pragma once

#include <QLoggingCategory>

// Diagnostics categories of candela_ui, named candela.ui.<component> (STYLE.md rule 20).
namespace Candela::Gui {
Q_DECLARE_LOGGING_CATEGORY(lcMainWindow)
Q_DECLARE_LOGGING_CATEGORY(lcTranslations)
} // namespace Candela::Gui

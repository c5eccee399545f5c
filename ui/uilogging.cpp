#include "uilogging.h"

namespace Candela::Gui {
Q_LOGGING_CATEGORY(lcMainWindow, "candela.ui.mainwindow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTranslations, "candela.ui.translations", QtWarningMsg)
} // namespace Candela::Gui

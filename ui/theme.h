#pragma once

class QApplication;

namespace Candela::Gui {

// Candela's dark theme: the Fusion style with a dark palette, plus resources/themes/dark.qss
// for what a palette cannot say (the red kill-switch button, status badges).
void applyDarkTheme(QApplication& app);

} // namespace Candela::Gui

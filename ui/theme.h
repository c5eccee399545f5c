#pragma once

class QApplication;
class QWidget;

namespace Candela::Gui {

// Candela's dark theme: the Fusion style with a dark palette, plus resources/themes/dark.qss
// for what a palette cannot say (the red kill-switch button, status badges).
void applyDarkTheme(QApplication& app);
// Re-applies the style sheet to `widget` after a dynamic property it is styled by changed.
void repolish(QWidget* widget);

} // namespace Candela::Gui

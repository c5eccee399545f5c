#pragma once

#include <QColor>

class QApplication;
class QWidget;

namespace Candela::Gui {

// Candela's dark theme: the Fusion style with a dark palette, plus resources/themes/dark.qss
// for what a palette cannot say (the red kill-switch button, status badges).
void applyDarkTheme(QApplication& app);
// Re-applies the style sheet to `widget` after a dynamic property it is styled by changed.
void repolish(QWidget* widget);

// Rising candles, buys, gains — and falling candles, sells, losses: one pair for every panel.
inline QColor gainColour()
{
    return {0x26, 0xa6, 0x9a};
}
inline QColor lossColour()
{
    return {0xef, 0x53, 0x50};
}

} // namespace Candela::Gui

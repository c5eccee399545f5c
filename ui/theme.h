#pragma once

#include <QColor>

class QApplication;
class QString;
class QWidget;

namespace Candela::Gui {

enum class Theme {
    Dark,
    Light,
};
// "dark" / "light" (the Theme setting); anything else is Dark.
Theme themeFromName(const QString& name);
QString themeName(Theme theme);

// The Fusion style with the theme's palette, plus resources/themes/<theme>.qss for what a
// palette cannot say (the red kill-switch button, status badges). Can be switched while the
// window is open.
void applyTheme(QApplication& app, Theme theme);
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

#pragma once

#include <Qt>

namespace Candela::Gui {

// The role a table model answers with a value to sort by (a number, a time) when its display
// text would sort wrongly ("9.5" after "10.2"). Columns without one sort by their text.
inline constexpr int SortRole = Qt::UserRole;

} // namespace Candela::Gui

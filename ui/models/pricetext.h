#pragma once

#include "core/model/decimal.h"

#include <QString>

#include <algorithm>

namespace Candela::Gui {

// A price as the product quotes it: with its price increment's decimals ("65083.70" on a cent
// grid, not "65083.7"), never fewer than the price holds (nothing is rounded away). `decimals`
// negative (the increment is not known): as held.
inline QString priceText(const Core::Decimal& price, int decimals)
{
    return decimals < 0 ? price.toString() : price.toString(std::max(decimals, price.scale()));
}

} // namespace Candela::Gui

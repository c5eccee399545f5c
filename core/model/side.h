#pragma once

#include "result.h"

#include <QStringView>

namespace Candela::Core {

enum class Side {
    Buy,
    Sell,
};

// Coinbase spells sides "BUY" and "SELL"; parsing also accepts lower case.
Result<Side> parseSide(QStringView text);
QString sideToString(Side side);
Side opposite(Side side) noexcept;
// +1 for Buy, -1 for Sell: the sign a fill of this side adds to a position.
int sideSign(Side side) noexcept;

} // namespace Candela::Core

#include "restingtakeprofit.h"

namespace Candela::Core::RestingTakeProfit {

Result<Decimal> limitPrice(const Product& product, Side exitSide, const Decimal& target)
{
    return product.priceRounded(
        target, exitSide == Side::Sell ? RoundingMode::Up : RoundingMode::Down);
}

bool stopComesFirst(const Candle& bar, Side exitSide, const Decimal& stop)
{
    return exitSide == Side::Sell ? bar.low <= stop : bar.high >= stop;
}

} // namespace Candela::Core::RestingTakeProfit

#include "side.h"

namespace Candela::Core {

Result<Side> parseSide(QStringView text)
{
    if (text.compare(u"BUY", Qt::CaseInsensitive) == 0)
        return Side::Buy;
    if (text.compare(u"SELL", Qt::CaseInsensitive) == 0)
        return Side::Sell;
    return makeError(ErrorCode::ParseError,
        QStringLiteral("\"%1\" is not a side (BUY or SELL)").arg(text.left(32)));
}

QString sideToString(Side side)
{
    switch (side) {
    case Side::Buy:
        return QStringLiteral("BUY");
    case Side::Sell:
        return QStringLiteral("SELL");
    }
    return {};
}

Side opposite(Side side) noexcept
{
    return side == Side::Buy ? Side::Sell : Side::Buy;
}

int sideSign(Side side) noexcept
{
    return side == Side::Buy ? 1 : -1;
}

} // namespace Candela::Core

#include "tradefilter.h"

#include <chrono>

namespace Candela::Core {

std::optional<Timestamp> TradeFilter::since(Timestamp end) const
{
    using Days = std::chrono::days;
    switch (period) {
    case TradePeriod::All:
        return std::nullopt;
    case TradePeriod::Day:
        return end - Days(1);
    case TradePeriod::Week:
        return end - Days(7);
    case TradePeriod::Month:
        return end - Days(30);
    case TradePeriod::Quarter:
        return end - Days(90);
    case TradePeriod::Year: {
        const std::chrono::year_month_day day{std::chrono::floor<Days>(end)};
        return Timestamp(std::chrono::sys_days(day.year() / std::chrono::January / 1));
    }
    }
    return std::nullopt;
}

bool TradeFilter::accepts(const ClosedTrade& trade, Timestamp end) const
{
    if (!botId.isEmpty() && trade.botId != botId)
        return false;
    if (!productId.isEmpty() && trade.productId != productId)
        return false;
    const auto from = since(end);
    return !from || trade.exitTime >= *from;
}

std::vector<ClosedTrade> filterTrades(
    const std::vector<ClosedTrade>& trades, const TradeFilter& filter, Timestamp end)
{
    std::vector<ClosedTrade> kept;
    for (const ClosedTrade& trade : trades) {
        if (filter.accepts(trade, end))
            kept.push_back(trade);
    }
    return kept;
}

int currentStreak(const std::vector<ClosedTrade>& trades)
{
    int streak = 0;
    for (auto it = trades.rbegin(); it != trades.rend(); ++it) {
        const int sign = it->pnl.isPositive() ? 1 : it->pnl.isNegative() ? -1 : 0;
        if (sign == 0 || (streak != 0 && (sign > 0) != (streak > 0)))
            break;
        streak += sign;
    }
    return streak;
}

} // namespace Candela::Core

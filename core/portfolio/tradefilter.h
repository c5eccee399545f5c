#pragma once

#include "core/model/closedtrade.h"

#include <optional>
#include <vector>

namespace Candela::Core {

// How far back the closed trades shown reach, counted from the market's time (a replay's "last
// 30 days" are the data's, not the calendar's).
enum class TradePeriod {
    All,
    Day, // the last 24 hours
    Week, // the last 7 days
    Month, // the last 30 days
    Quarter, // the last 90 days
    Year, // since 1 January of the market time's year, UTC (a tax year)
};

// The closed trades a trader asks to see: one bot's or all, one product's or all, a period.
struct TradeFilter
{
    QString botId; // empty: every bot
    QString productId; // empty: every product
    TradePeriod period = TradePeriod::All;

    bool isEmpty() const
    {
        return botId.isEmpty() && productId.isEmpty() && period == TradePeriod::All;
    }
    // The period's first instant, counted back from `end`; none for all time.
    std::optional<Timestamp> since(Timestamp end) const;
    // The trade's bot and product match, and it was closed in the period.
    bool accepts(const ClosedTrade& trade, Timestamp end) const;
};

std::vector<ClosedTrade> filterTrades(
    const std::vector<ClosedTrade>& trades, const TradeFilter& filter, Timestamp end);

// The run the last trades make: +3 after three wins in a row, −2 after two losses, 0 when the
// last trade broke even or there is none.
int currentStreak(const std::vector<ClosedTrade>& trades);

} // namespace Candela::Core

#pragma once

#include <chrono>

namespace Candela::Core {

// How a bot's entries reach the market: at once with a market order (paying the taker fee), or
// as a post-only limit resting `offsetTicks` price increments under the best bid (the bar's close
// without a book) for the maker fee. Read from the bot file's "entry" section.
struct EntryPolicy
{
    enum class Type {
        Market,
        LimitPostOnly,
    };
    // What a maker entry does when its time is up with size left unfilled.
    enum class Fallback {
        Cancel, // the rest is not bought (a part filled stays as the position)
        Market, // the rest is bought at market
    };

    Type type = Type::Market;
    int offsetTicks = 0;
    // Counted at the bot's bar closes: the first close at or after placement + timeout ends it.
    std::chrono::seconds timeout{300};
    // At each bar close before the timeout, a limit the market left behind moves to the new
    // price (cancel and replace; the time is counted from the first placement).
    bool reprice = false;
    Fallback fallback = Fallback::Cancel;

    bool isMaker() const { return type == Type::LimitPostOnly; }
    friend bool operator==(const EntryPolicy&, const EntryPolicy&) = default;
};

} // namespace Candela::Core

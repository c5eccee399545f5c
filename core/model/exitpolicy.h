#pragma once

namespace Candela::Core {

// How a bot takes its profit: with a market order at the first bar close that reached the
// target (paying the taker fee), or with a limit resting at the target from the bar close the
// position opened at, filled by the trades (the candles, without prints) that go through it, for
// the maker fee. The stop still closes at market; it cancels the resting limit first (one
// cancels the other). Read from the bot file's "exit" section.
struct ExitPolicy
{
    enum class TakeProfit {
        Market,
        RestingLimit,
    };

    TakeProfit takeProfit = TakeProfit::Market;

    bool restsTakeProfit() const { return takeProfit == TakeProfit::RestingLimit; }
    friend bool operator==(const ExitPolicy&, const ExitPolicy&) = default;
};

} // namespace Candela::Core

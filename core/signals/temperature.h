#pragma once

#include <QString>

namespace Candela::Core {

// How close a bot is to acting, from |score|: FROZEN < 0.05 ≤ COOL < 0.15 ≤ WARM < 0.30 ≤ HOT.
enum class Temperature {
    Frozen,
    Cool,
    Warm,
    Hot,
};

// (Inline and without branches: every bot works it out on every bar, and which band a moving
// score falls in is a coin toss to the branch predictor. A NaN score counts as HOT.)
inline Temperature temperatureFor(double score)
{
    const double heat = score < 0 ? -score : score;
    const int band = int(!(heat < 0.05)) + int(!(heat < 0.15)) + int(!(heat < 0.30));
    return Temperature(band);
}
// "FROZEN", "COOL", "WARM", "HOT": the CLI's and the config's spelling (the UI translates).
QString temperatureName(Temperature temperature);

// What the score says to do, before confirmation.
enum class Action {
    Hold,
    Buy,
    Sell,
};

// Buy when score ≥ buyScore, sell when score ≤ −sellScore, else hold.
inline Action actionFor(double score, double buyScore, double sellScore)
{
    if (score >= buyScore)
        return Action::Buy;
    if (score <= -sellScore)
        return Action::Sell;
    return Action::Hold;
}
QString actionName(Action action); // "HOLD", "BUY", "SELL"

} // namespace Candela::Core

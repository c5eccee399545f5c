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

Temperature temperatureFor(double score);
// "FROZEN", "COOL", "WARM", "HOT": the CLI's and the config's spelling (the UI translates).
QString temperatureName(Temperature temperature);

// What the score says to do, before confirmation.
enum class Action {
    Hold,
    Buy,
    Sell,
};

// Buy when score ≥ buyScore, sell when score ≤ −sellScore, else hold.
Action actionFor(double score, double buyScore, double sellScore);
QString actionName(Action action); // "HOLD", "BUY", "SELL"

} // namespace Candela::Core

#pragma once

#include "core/model/decimal.h"

namespace Candela::Core {

inline Decimal riskNumber(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

// Every number the risk gate uses, with the documented defaults. Fractions are of equity.
struct RiskPolicy
{
    enum class StopMethod {
        Swing, // beyond the nearest swing low (long) or high (short), with a buffer
        Atr, // atrMultiple × ATR from the entry
    };

    // Sizing: risk this fraction of equity between entry and stop; quantity = risk / distance.
    Decimal riskFraction = riskNumber("0.01");
    Decimal maxLeverage = riskNumber("8");
    // Fee-aware minimum: refuse when the round trip's taker fees exceed this share of the risk.
    Decimal takerFeeRate = riskNumber("0.006");
    Decimal maxFeeShareOfRisk = riskNumber("1");

    StopMethod stopMethod = StopMethod::Swing;
    Decimal longStopBuffer = riskNumber("0.002"); // below the swing low
    Decimal shortStopBuffer = riskNumber("0.003"); // above the swing high
    Decimal minStopDistance = riskNumber("0.005");
    Decimal maxStopDistance = riskNumber("0.03");
    Decimal atrMultiple = riskNumber("1.5");
    Decimal rewardToRisk = riskNumber("2");

    // Policy limits.
    Decimal dailyLossLimit = riskNumber("0.02");
    Decimal maxPositionFraction = riskNumber("0.05"); // notional of one position
    int maxTradesPerHour = 3;
    int maxTradesPerDay = 10;
    Decimal maxDrawdown = riskNumber("0.10"); // from the equity high-water mark
    int cooldownBarsAfterLoss = 5; // doubled after two losses in a row
    bool allowShorts = false; // spot: no shorts

    // Circuit breakers.
    Decimal outlierMove = riskNumber("0.10"); // a tick this far from the last without volume
};

} // namespace Candela::Core

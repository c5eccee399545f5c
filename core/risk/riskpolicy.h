#pragma once

#include "core/model/decimal.h"

#include <QMetaType>

#include <chrono>

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
    int swingBars = 2; // a swing low is lower than this many bars on each side
    int atrPeriod = 14;

    // Managing an open position.
    Decimal breakevenAt = riskNumber("0.8"); // of the way to the target; zero: never
    Decimal trailingAtr = riskNumber("0"); // trail the stop this many ATRs; zero: no trailing
    std::chrono::hours timeStop{72}; // close a position this old; zero: never
    std::chrono::minutes minimumHold{0}; // before a signal may close a position

    // Policy limits.
    Decimal dailyLossLimit = riskNumber("0.02");
    Decimal maxPositionFraction = riskNumber("0.05"); // notional of one position
    int maxTradesPerHour = 3;
    int maxTradesPerDay = 10;
    Decimal maxDrawdown = riskNumber("0.10"); // from the equity high-water mark
    int cooldownBarsAfterLoss = 5; // doubled after two losses in a row
    bool allowShorts = false; // spot: no shorts
    // Protections lockout: this many stop-outs within the window lock the bot's entries for the
    // lock time after the last one. Zero stop-outs: never.
    int stopOutsToLock = 3;
    std::chrono::hours stopOutWindow{6};
    std::chrono::hours stopOutLock{6};

    // Circuit breakers.
    Decimal outlierMove = riskNumber("0.10"); // a tick this far from the last without volume
    // A fill this far from the price it was sent at stops the bot's entries for a while.
    Decimal maxSlippage = riskNumber("0.01");
    int slippagePauseBars = 12;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::RiskPolicy)

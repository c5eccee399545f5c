#pragma once

#include "core/market/timeframe.h"
#include "core/model/decimal.h"
#include "core/model/entrypolicy.h"
#include "core/model/exitpolicy.h"
#include "core/model/result.h"
#include "core/signals/signals.h"
#include "core/signals/triggers.h"
#include "core/strategy/botevaluation.h"

#include <map>
#include <set>

#include <QJsonObject>
#include <QString>

#include <chrono>

namespace Candela::Core {

// Market regime thresholds: ADX at or above `trendingAdx` is TRENDING; ATR as a fraction of
// the close at or above `volatileAtrFraction` is VOLATILE; otherwise RANGING.
struct RegimeParams
{
    double trendingAdx = 25;
    double volatileAtrFraction = 0.02;
    // When set, only the listed signals count in each regime (e.g. MACD and MAs when trending,
    // RSI when ranging). Empty: every enabled signal counts in every regime.
    std::map<Regime, std::set<SignalKind>> signalSets;
};

// A bot: a weighted set of signals on one product and timeframe, and when to act on them.
// Read from JSON (see README "Bot configuration"); every field has the documented default.
struct BotConfig
{
    template<typename Params>
    struct Signal
    {
        bool enabled = false;
        double weight = 0;
        Params params;
    };

    QString name;
    QString product;
    Timeframe timeframe = Timeframe::FiveMinutes;
    Signal<RsiSignalParams> rsi;
    Signal<MovingAverageSignalParams> movingAverage;
    Signal<MacdSignalParams> macd;
    struct Trigger
    {
        bool enabled = false;
        double weight = 0;
    };
    Trigger volumeSpike;
    Trigger breakout;
    Trigger reversal;
    Trigger momentum;
    TriggerParams triggerParams;
    double neutralBand = 0.05;
    double buyScore = 0.30;
    double sellScore = 0.30;
    std::chrono::minutes confirmation{5};
    Decimal positionSize; // in the base currency (e.g. BTC)
    std::chrono::minutes cooldown{0}; // after a trade, before the next intent
    QJsonObject risk; // stop, take-profit and sizing options, read by the risk gate
    EntryPolicy entry; // market (the default) or a post-only limit
    ExitPolicy exit; // the take profit at market (the default) or resting at the target
    RegimeParams regime;

    // Parses and validates; a broken config is refused with every problem listed, one per line,
    // each naming its field ("signals.rsi.weight: must be at least 0, not -0.2").
    static Result<BotConfig> fromJson(const QByteArray& json);
    static Result<BotConfig> fromFile(const QString& path);
    QJsonObject toJson() const;
    // The configuration's identity, as sweeps and session journals name it: configHash(toJson()).
    QString hash() const;
};

// A configuration's identity: the first 16 hex digits of the SHA-256 of its canonical JSON
// (compact, keys sorted, as QJsonDocument writes an object). Two spellings of the same bot that
// read back alike hash alike when hashed after a round trip through BotConfig.
QString configHash(const QJsonObject& config);

} // namespace Candela::Core

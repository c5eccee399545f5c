#pragma once

#include "marketevent.h"
#include "orderbook.h"
#include "timeframe.h"

#include <QMetaType>

#include <optional>
#include <vector>

namespace Candela::Core {

// An immutable picture of one product's market for the UI: the top of the book, the last
// ticker and the recent candles of one timeframe. Built on the market thread, at most every
// 50 ms, and handed over by value.
struct MarketSnapshot
{
    QString productId;
    bool bookValid = false;
    std::vector<PriceLevel> bids; // best first
    std::vector<PriceLevel> asks; // best first
    std::optional<Decimal> spread; // best ask − best bid, while the book is valid
    double imbalance = 0; // (bid − ask size) / (bid + ask size) over the levels shown, −1…+1
    std::optional<TickerEvent> ticker;
    std::vector<Trade> recentTrades; // newest first
    bool bookFed = true; // false: the market has no order book (a candle replay)
    int priceDecimals = -1; // of the product's price increment; -1: not known (prices as held)
    Timeframe timeframe = Timeframe::FiveMinutes;
    std::vector<Candle> candles; // oldest first; the last may be forming
    qint64 seriesSize = 0; // candles the series holds, of which `candles` are the newest
    // Chart overlays from the core indicators, one value per candle (NaN while warming up).
    std::vector<double> sma20;
    std::vector<double> ema12;
    std::vector<double> bollingerUpper;
    std::vector<double> bollingerLower;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::MarketSnapshot)

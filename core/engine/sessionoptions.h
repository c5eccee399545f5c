#pragma once

#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/coinbase/userchannel.h"
#include "core/execution/papermatcher.h"
#include "core/market/producthealth.h"
#include "core/market/timeframe.h"
#include "core/risk/killswitch.h"
#include "core/risk/riskpolicy.h"
#include "core/strategy/botconfig.h"

#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>
#include <variant>
#include <vector>

namespace Candela::Core {

// Coinbase's live market: the WebSocket feed of `products`, their candle history from the public
// REST API through the on-disk candle cache.
struct CoinbaseMarket
{
    QUrl feedUrl{QStringLiteral("wss://advanced-trade-ws.coinbase.com")};
    QUrl historyUrl{QStringLiteral("https://api.coinbase.com/api/v3/brokerage")};
    QStringList products{QStringLiteral("BTC-USD")};
    QString candleCachePath; // empty: history from the REST API only
};

// A recording of Coinbase's WebSocket frames (JSONL), played at `speed` times the recorded pace
// (0: as fast as possible).
struct RecordedMarket
{
    QString path;
    double speed = 1.0;
    bool loop = false; // start over at the end (the demo)
};

// Five-minute candles (CSV) played as the market of one product.
struct CandleMarket
{
    QString path;
    QString productId = QStringLiteral("BTC-USD");
    double speed = 1.0; // 0: as fast as possible
    // Every candle played this much later than recorded: a session at an order venue plays
    // history as a market starting now, so that the venue's fills are never older than the bars.
    std::chrono::seconds timeShift{0};
};

using MarketSource = std::variant<CoinbaseMarket, RecordedMarket, CandleMarket>;

// The paper venue: fills simulated at the market the session holds, in a named paper session's
// journal (empty: an account kept in memory, as a replay's is).
struct PaperVenue
{
    QString journalPath;
    Decimal startingCash = Decimal::fromInteger(10000); // per bot, for a new journal
};

// Coinbase: the bots' orders signed and sent there, journaled in the live journal (never a paper
// session's), reconciled with the account when trading starts and whenever the order-updates
// channel comes back.
struct CoinbaseVenue
{
    TradingRestClient::Config rest;
    TradingRestClient::Credentials credentials;
    CoinbaseExecution::Config execution;
    std::optional<UserChannel::Config> userChannel; // none: fills found by polling
    QString journalPath;
    Decimal startingCash; // each bot's, for a new live journal
    // Reconcile the journal with the account (and halt on differences). Off only for a venue on
    // this machine that plays no account (`candela-cli session run --venue-url`, the crash tests).
    bool reconcile = true;
};

using Venue = std::variant<PaperVenue, CoinbaseVenue>;

// Everything a TradingSession is built from.
struct SessionOptions
{
    MarketSource market;
    Venue venue;
    std::vector<BotConfig> bots;
    PaperExchangeConfig fees; // the paper venue's (live trading uses the account's fee tier)
    RiskPolicy riskDefaults; // under each bot's own "risk" section
    // The kill switch to start from; the engine takes the stricter of it and its journal's.
    KillSwitchStatus killSwitch;
    QStringList stoppedBots; // bots that place no new orders, with the journal's
    // The product and timeframe whose book and candles the snapshots carry (the chart's).
    QString chartProduct;
    Timeframe chartTimeframe = Timeframe::FiveMinutes;
    // Snapshots at most this often (a kill-switch change goes out at once).
    std::chrono::milliseconds publishEvery{50};
    // A product whose last price is older than this (in market time, while others flow) is
    // stale: its bots enter nothing until it prices again (ProductHealth).
    std::chrono::milliseconds maxPriceAge = ProductHealth::DefaultMaxPriceAge;
    // Where Coinbase's product list is kept between runs (empty: not kept). A session on
    // Coinbase's market or at its venue fetches the list at start and refreshes it.
    QString productCachePath;
    // A dry run (TradingEngine::Options::dryRun): the bots' intents journaled, nothing placed.
    bool dryRun = false;
};

} // namespace Candela::Core

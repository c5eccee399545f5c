#pragma once

#include "core/model/candle.h"
#include "core/model/decimal.h"
#include "core/model/side.h"
#include "core/model/timestamp.h"
#include "core/model/trade.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace Candela::Core {

// One price level of an L2 book message. `quantity` is the new absolute size at `price`;
// zero removes the level. Side::Buy is the bid side, Side::Sell the ask ("offer") side.
struct BookLevel
{
    Side side = Side::Buy;
    Decimal price;
    Decimal quantity;
};

// `level2` (arrives as channel l2_data): a whole-book snapshot or a batch of level updates.
struct BookEvent
{
    QString productId;
    bool snapshot = false;
    std::vector<BookLevel> levels;
};

// `ticker` / `ticker_batch`. ticker_batch carries no best bid/ask: those stay zero.
struct TickerEvent
{
    QString productId;
    Decimal price;
    Decimal volume24h;
    Decimal bestBid;
    Decimal bestBidQuantity;
    Decimal bestAsk;
    Decimal bestAskQuantity;
};

// `market_trades`: up to 250 ms of prints.
struct TradesEvent
{
    bool snapshot = false;
    std::vector<Trade> trades;
};

// `candles`: Coinbase's five-minute buckets.
struct CandlesEvent
{
    bool snapshot = false;
    QString productId;
    std::vector<Candle> candles;
};

struct HeartbeatEvent
{
    qint64 counter = 0;
};

// The server's acknowledgement: channel → subscribed products.
struct SubscriptionsEvent
{
    QMap<QString, QStringList> channels;
};

// `status`: the products' trading status and increments.
struct ProductStatusEvent
{
    QString productId;
    QString status; // "online", "offline", "delisted", ...
    Decimal baseIncrement;
    Decimal quoteIncrement;
    Decimal minMarketFunds;
};

// A `{"type":"error"}` message from the server.
struct ServerErrorEvent
{
    QString message;
};

using MarketEvent = std::variant<BookEvent, TickerEvent, TradesEvent, CandlesEvent, HeartbeatEvent,
    SubscriptionsEvent, ProductStatusEvent, ServerErrorEvent>;

enum class Channel {
    Heartbeats,
    Ticker,
    TickerBatch,
    Candles,
    MarketTrades,
    Level2,
    ProductStatus, // the `status` channel
    Subscriptions,
    User,
    FuturesBalanceSummary,
    Error,
    Unknown,
};

// One decoded WebSocket frame.
struct MarketMessage
{
    Channel channel = Channel::Unknown;
    QString channelName; // as sent, for logs about unknown channels
    qint64 sequenceNum = -1; // -1 when the frame has none
    Timestamp timestamp;
    std::vector<MarketEvent> events;
};

} // namespace Candela::Core

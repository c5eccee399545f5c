#pragma once

#include "core/market/orderbook.h"
#include "core/model/candle.h"
#include "core/model/fill.h"
#include "core/model/order.h"
#include "core/model/product.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

namespace Candela::Core {

struct PaperExchangeConfig
{
    Decimal makerFeeRate = *Decimal::fromString(std::string_view("0.004")); // 0.40 %
    Decimal takerFeeRate = *Decimal::fromString(std::string_view("0.006")); // 0.60 %
    // Without a book, market orders fill at the last price moved this much against the taker.
    Decimal slippage = *Decimal::fromString(std::string_view("0.0005")); // 0.05 %
    // A limit price this far through the book's mid (else the last price) — a buy over it, a
    // sell under it — is refused as a likely typo: a fat finger must not buy 20 % over the
    // market.
    Decimal priceBand = *Decimal::fromString(std::string_view("0.05")); // ±5 %
};

// Why the paper venue refused an order.
enum class PaperRejectReason {
    None,
    UnknownProduct,
    TradingDisabled,
    SizeOrPrice, // see `sizeProblem`
    PostOnlyWouldCross,
    NoPrice, // a market order with neither book nor last price
    CancelOnly, // the product takes cancels only
    LimitOnly, // a market order on a limit-only product
    PriceOutsideBand, // a limit price too far through the market
    // a fill's price, notional or fee would leave the Decimal range: nothing of it is filled
    ArithmeticError,
};

// The reason as the journal and the UI name it ("post_only_would_cross", …).
const char* paperRejectReasonName(PaperRejectReason reason);

struct PaperResult
{
    PaperRejectReason reject = PaperRejectReason::None;
    OrderSizeProblem sizeProblem = OrderSizeProblem::None;
    std::vector<Fill> fills;
    bool resting = false; // a limit or stop order now waits on the book
    bool cancelled = false; // an IOC remainder was cancelled
};

// The paper venue's matching, shared by paper sessions, replays and backtests so that all
// three fill the same way. Market orders walk the L2 book when one is present, else fill at the
// last price with a fixed slippage; limit orders take what crosses (taker fee) and rest the
// remainder (GTC) or cancel it (IOC); post-only orders that would cross are refused; resting
// orders fill at their limit when a trade prints through it, or at it once the prints there have
// used up the queue the book showed ahead of them (maker fee); stop-limit orders turn
// into limit orders when a trade reaches the stop; a bracket (Coinbase's trigger_bracket, an exit
// for a position) rests as its take-profit limit and, when a print reaches its stop, closes the
// rest at that print moved by the slippage. Product sizes and increments are enforced.
class PaperMatcher final
{
public:
    explicit PaperMatcher(PaperExchangeConfig config = {});

    void addProduct(const Product& product);
    // Fees and slippage for the orders from now on; resting orders stay.
    void setConfig(const PaperExchangeConfig& config) { m_config = config; }

    // `book` may be null or invalid; `lastPrice` may be zero.
    PaperResult submit(
        const Order& order, const OrderBook* book, const Decimal& lastPrice, Timestamp now);
    // A print on the tape: fills for the resting orders it trades through, and for those at its
    // price whose queue ahead it has used up (no more than what is left of the print after the
    // queue; cancellations in the queue are not counted, so the estimate is the slow side).
    std::vector<Fill> onTrade(const Trade& trade);
    // Where the market prints no trades (a candle replay, a backtest): a closed candle fills the
    // resting limits placed before it began that it crossed — a buy's limit strictly above the
    // low, a sell's strictly under the high; a touch is not a fill — at their limit, with the
    // maker fee, up to the candle's volume, at `closeTime`. A stop-limit whose stop the candle
    // reached rests as a limit from the next candle; a bracket whose stop the candle reached
    // sells at the stop (or a worse open) as a taker, the stop assumed to come first.
    // With `botId`, only that bot's orders (a candle is of one bot's timeframe).
    std::vector<Fill> onCandle(const QString& productId, const Candle& candle, Timestamp closeTime,
        const QString& botId = {});
    // Good-til-date orders of `productId` whose end time has come by `now`: removed, their ids
    // returned. Asked before the prints or the candle of that time can fill them (a candle that
    // closes after an order's end fills none of it: when in the bar it crossed is not known).
    QStringList expire(const QString& productId, Timestamp now);
    bool cancel(const QString& clientOrderId);
    // An order that rested here before a restart rests again with its `remaining` size: a limit
    // or bracket at its price with the queue ahead unknown (only a print through it fills it), a
    // stop-limit waiting for its stop again (whether it triggered before is not on the record).
    // No candle that began before `seenUntil`, and no print at or before it, fills it: those were
    // played before the restart.
    // False for an order that cannot rest.
    bool restore(const Order& order, const Decimal& remaining, Timestamp seenUntil);
    bool isResting(const QString& clientOrderId) const { return m_resting.contains(clientOrderId); }

private:
    struct Resting
    {
        Order order;
        Decimal remaining;
        bool triggered = true; // false: a stop-limit waiting for its stop
        bool bracket = false; // a take-profit limit with a stop leg below (sell) or above (buy)
        // What the book showed resting at the limit when the order joined it, less the prints
        // at that price since: what trades there before it. Unknown (no book): only a print
        // through the price fills it.
        std::optional<Decimal> queueAhead;
        Timestamp candlesUntil; // onCandle(): the close of the last candle that could fill it
        // A restored order: the prints up to here were matched against it before the restart.
        Timestamp printsMatchedUntil;
    };

    // Fills `size` of the resting order at its limit, as a maker (one that cannot be worked out
    // exactly stays resting as it was); the next order to look at.
    QMap<QString, Resting>::iterator fillAtLimit(QMap<QString, Resting>::iterator it,
        const Decimal& size, Timestamp time, std::vector<Fill>& fills);
    // Fills `size` of the resting order at `price` (one that cannot be worked out exactly stays
    // resting as it was); the next order to look at.
    QMap<QString, Resting>::iterator fillAt(QMap<QString, Resting>::iterator it,
        const Decimal& price, const Decimal& size, bool maker, Timestamp time,
        std::vector<Fill>& fills);
    // Fills `size` of a triggered stop-limit as a taker: at `market` (the print, the candle's
    // open) where that is better than its limit, else at the limit.
    QMap<QString, Resting>::iterator fillTaker(QMap<QString, Resting>::iterator it,
        const Decimal& size, const Decimal& market, Timestamp time, std::vector<Fill>& fills);
    // The queue ahead of a limit joining `book` at its price (none when it cannot be added up).
    std::optional<Decimal> queueAt(const Order& order, const OrderBook& book) const;
    // A bracket's stop leg: all that is left, at `reference` moved against the taker (one that
    // cannot be worked out stays resting); the next order to look at.
    QMap<QString, Resting>::iterator fillStopLeg(QMap<QString, Resting>::iterator it,
        const Decimal& reference, Timestamp time, std::vector<Fill>& fills);
    // An error when the notional or the fee leaves the Decimal range.
    Result<Fill> makeFill(
        const Order& order, const Decimal& price, const Decimal& size, bool maker, Timestamp time);
    Status takeFromBook(const Order& order, const OrderBook& book,
        const std::optional<Decimal>& limit, Decimal& remaining, Timestamp now,
        std::vector<Fill>& fills);
    const Product* productOf(const QString& id) const;
    // `reference` moved against the taker by the slippage, on the product's tick.
    Result<Decimal> slipped(
        const Order& order, const Product& product, const Decimal& reference) const;

    PaperExchangeConfig m_config;
    QHash<QString, Product> m_products;
    QMap<QString, Resting> m_resting; // by client order id, in that order (deterministic)
    qint64 m_nextTradeId = 1;
};

} // namespace Candela::Core

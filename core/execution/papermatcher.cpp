#include "papermatcher.h"

#include "core/corelogging.h"
#include "core/model/exactsteps.h"

#include <algorithm>

namespace Candela::Core {

const char* paperRejectReasonName(PaperRejectReason reason)
{
    switch (reason) {
    case PaperRejectReason::None:
        return "none";
    case PaperRejectReason::UnknownProduct:
        return "unknown_product";
    case PaperRejectReason::TradingDisabled:
        return "trading_disabled";
    case PaperRejectReason::SizeOrPrice:
        return "product_rules";
    case PaperRejectReason::PostOnlyWouldCross:
        return "post_only_would_cross";
    case PaperRejectReason::NoPrice:
        return "no_price";
    case PaperRejectReason::CancelOnly:
        return "cancel_only";
    case PaperRejectReason::LimitOnly:
        return "limit_only";
    case PaperRejectReason::PriceOutsideBand:
        return "price_outside_band";
    case PaperRejectReason::ArithmeticError:
        return "arithmetic_error";
    }
    return "unknown";
}

PaperMatcher::PaperMatcher(PaperExchangeConfig config)
    : m_config(std::move(config))
{ }

void PaperMatcher::addProduct(const Product& product)
{
    m_products.insert(product.id, product);
}

const Product* PaperMatcher::productOf(const QString& id) const
{
    const auto it = m_products.constFind(id);
    return it == m_products.constEnd() ? nullptr : &*it;
}

Result<Fill> PaperMatcher::makeFill(
    const Order& order, const Decimal& price, const Decimal& size, bool maker, Timestamp time)
{
    Fill fill;
    fill.venueOrderId = order.venueOrderId;
    fill.clientOrderId = order.clientOrderId;
    fill.tradeId = QStringLiteral("paper-%1").arg(m_nextTradeId++);
    fill.productId = order.productId;
    fill.side = order.side;
    fill.price = price;
    fill.size = size;
    const Decimal rate = maker ? m_config.makerFeeRate : m_config.takerFeeRate;
    // price × size × rate is exact for Coinbase's increments (2 + 8 + 4 decimals).
    ExactSteps exact;
    fill.fee = exact(exact(price.times(size)).times(rate, RoundingMode::HalfEven));
    if (exact.failed())
        return exact.error();
    fill.liquidity = maker ? Liquidity::Maker : Liquidity::Taker;
    fill.time = time;
    return fill;
}

Status PaperMatcher::takeFromBook(const Order& order, const OrderBook& book,
    const std::optional<Decimal>& limit, Decimal& remaining, Timestamp now,
    std::vector<Fill>& fills)
{
    const Side opposite = order.side == Side::Buy ? Side::Sell : Side::Buy;
    for (const PriceLevel& level : book.depth(opposite, std::numeric_limits<int>::max())) {
        if (!remaining.isPositive())
            break;
        if (limit && (order.side == Side::Buy ? level.price > *limit : level.price < *limit))
            break;
        const Decimal size = std::min(remaining, level.quantity);
        auto fill = makeFill(order, level.price, size, false, now);
        if (!fill)
            return fill.error();
        fills.push_back(std::move(*fill));
        remaining = remainderOf(remaining, size);
    }
    return success();
}

PaperResult PaperMatcher::submit(
    const Order& order, const OrderBook* book, const Decimal& lastPrice, Timestamp now)
{
    PaperResult result;
    const Product* product = productOf(order.productId);
    if (!product) {
        result.reject = PaperRejectReason::UnknownProduct;
        return result;
    }
    if (product->tradingDisabled) {
        result.reject = PaperRejectReason::TradingDisabled;
        return result;
    }
    if (product->cancelOnly) {
        result.reject = PaperRejectReason::CancelOnly;
        return result;
    }
    if (product->limitOnly && order.type == OrderType::Market) {
        result.reject = PaperRejectReason::LimitOnly;
        return result;
    }
    const bool haveBook = book && book->isValid();
    // A limit price that crosses the market (the book's mid, else the last price) by more than
    // the band is refused; without a market there is nothing to hold it against. Stop-limits are
    // placed away from the market on purpose and are not held to it.
    Decimal market = lastPrice;
    if (haveBook && book->bestBid() && book->bestAsk()) {
        ExactSteps exact;
        market = exact(
            exact(book->bestBid()->price.plus(book->bestAsk()->price))
                .dividedBy(Decimal::fromInteger(2), Decimal::Scale, RoundingMode::HalfEven));
        if (exact.failed()) {
            result.reject = PaperRejectReason::ArithmeticError;
            return result;
        }
    }
    if (order.type == OrderType::Limit && order.limitPrice && order.limitPrice->isPositive()
        && market.isPositive() && m_config.priceBand.isPositive()) {
        // Only the side that crosses: a bid far under the market is a plan, a bid far over it
        // a typo.
        const Decimal over = order.side == Side::Buy ? remainderOf(*order.limitPrice, market)
                                                     : remainderOf(market, *order.limitPrice);
        const auto distance = over.dividedBy(market, 8, RoundingMode::HalfEven);
        if (!distance || *distance > m_config.priceBand) {
            result.reject = PaperRejectReason::PriceOutsideBand;
            return result;
        }
    }
    const auto bestOpposite = [&]() -> std::optional<Decimal> {
        if (!haveBook)
            return std::nullopt;
        const auto level = order.side == Side::Buy ? book->bestAsk() : book->bestBid();
        return level ? std::optional<Decimal>(level->price) : std::nullopt;
    };

    // The price the size checks use: the limit, or what a market order is expected to pay.
    Decimal checkPrice = order.limitPrice.value_or(lastPrice);
    if (order.type == OrderType::Market && bestOpposite())
        checkPrice = *bestOpposite();
    if (order.type == OrderType::Market && !checkPrice.isPositive()) {
        result.reject = PaperRejectReason::NoPrice;
        return result;
    }
    result.sizeProblem = product->checkOrder(order.quantity, checkPrice);
    if (result.sizeProblem != OrderSizeProblem::None) {
        result.reject = PaperRejectReason::SizeOrPrice;
        return result;
    }

    // A fill that cannot be worked out exactly fills nothing of the order: refused whole.
    const auto refuseArithmetic = [&](const Error& error) {
        qCCritical(lcEngine).noquote()
            << "paper order" << order.clientOrderId << "refused:" << error.message;
        result.fills.clear();
        result.reject = PaperRejectReason::ArithmeticError;
        return result;
    };
    Decimal remaining = order.quantity;
    switch (order.type) {
    case OrderType::Market:
        if (haveBook) {
            if (auto taken = takeFromBook(order, *book, std::nullopt, remaining, now, result.fills);
                !taken)
                return refuseArithmetic(taken.error());
        }
        if (remaining.isPositive()) {
            // No (or too thin a) book: the last price, moved against the taker, on the tick.
            const Decimal reference = result.fills.empty() ? lastPrice : result.fills.back().price;
            if (!reference.isPositive()) {
                result.cancelled = true;
                break;
            }
            const auto price = slipped(order, *product, reference);
            if (!price)
                return refuseArithmetic(price.error());
            auto fill = makeFill(order, *price, remaining, false, now);
            if (!fill)
                return refuseArithmetic(fill.error());
            result.fills.push_back(std::move(*fill));
            remaining = Decimal{};
        }
        break;
    case OrderType::Limit: {
        const auto best = bestOpposite();
        const bool crosses = best
            && (order.side == Side::Buy ? *best <= *order.limitPrice : *best >= *order.limitPrice);
        if (crosses && order.postOnly) {
            result.reject = PaperRejectReason::PostOnlyWouldCross;
            return result;
        }
        if (crosses) {
            if (auto taken
                = takeFromBook(order, *book, order.limitPrice, remaining, now, result.fills);
                !taken)
                return refuseArithmetic(taken.error());
        }
        if (remaining.isPositive()) {
            if (order.timeInForce == TimeInForce::ImmediateOrCancel
                || order.timeInForce == TimeInForce::FillOrKill) {
                result.cancelled = true;
            } else {
                Resting resting{order, remaining, true, false, {}, {}, {}};
                if (haveBook) // it joins the back of the level at its price
                    resting.queueAhead = queueAt(order, *book);
                m_resting.insert(order.clientOrderId, resting);
                result.resting = true;
            }
        }
        break;
    }
    case OrderType::StopLimit:
        if (!order.stopPrice || !order.limitPrice) {
            result.reject = PaperRejectReason::SizeOrPrice;
            return result;
        }
        m_resting.insert(order.clientOrderId, Resting{order, remaining, false, false, {}, {}, {}});
        result.resting = true;
        break;
    case OrderType::Bracket: {
        // The stop leg sits on the losing side of the take-profit: below it for a sell (closing
        // a long), above it for a buy.
        const bool ordered = order.stopPrice && order.limitPrice
            && (order.side == Side::Sell ? *order.stopPrice < *order.limitPrice
                                         : *order.stopPrice > *order.limitPrice);
        if (!ordered) {
            result.reject = PaperRejectReason::SizeOrPrice;
            return result;
        }
        Resting resting{order, remaining, true, true, {}, {}, {}};
        if (haveBook)
            resting.queueAhead = queueAt(order, *book);
        m_resting.insert(order.clientOrderId, resting);
        result.resting = true;
        break;
    }
    }
    return result;
}

std::optional<Decimal> PaperMatcher::queueAt(const Order& order, const OrderBook& book) const
{
    // What the book shows there, and this venue's own orders that joined before it (the book
    // of a replay does not hold them).
    Decimal ahead = book.sizeAt(order.side, *order.limitPrice);
    for (const Resting& resting : m_resting) {
        const Order& other = resting.order;
        if (other.productId == order.productId && other.side == order.side && resting.triggered
            && other.limitPrice == order.limitPrice) {
            auto more = ahead.plus(resting.remaining);
            if (!more) { // past the Decimal range: not known, so only a print through fills it
                qCWarning(lcEngine).noquote() << "the queue ahead of" << order.clientOrderId
                                              << "is not known:" << more.error().message;
                return std::nullopt;
            }
            ahead = *more;
        }
    }
    return ahead;
}

Result<Decimal> PaperMatcher::slipped(
    const Order& order, const Product& product, const Decimal& reference) const
{
    const Decimal one = Decimal::fromInteger(1);
    ExactSteps exact;
    const Decimal factor = order.side == Side::Buy ? exact(one.plus(m_config.slippage))
                                                   : exact(one.minus(m_config.slippage));
    const Decimal price = exact(product.priceRounded(exact(reference.times(factor)),
        order.side == Side::Buy ? RoundingMode::Ceiling : RoundingMode::Floor));
    return exact.result(price);
}

QStringList PaperMatcher::expire(const QString& productId, Timestamp now)
{
    QStringList expired;
    for (auto it = m_resting.begin(); it != m_resting.end();) {
        const Order& order = it->order;
        if (order.productId == productId && order.timeInForce == TimeInForce::GoodTilDate
            && order.endTime && *order.endTime <= now) {
            expired.append(it.key());
            it = m_resting.erase(it);
        } else {
            ++it;
        }
    }
    return expired;
}

std::vector<Fill> PaperMatcher::onTrade(const Trade& trade)
{
    std::vector<Fill> fills;
    if (!trade.price.isPositive() || !trade.size.isPositive())
        return fills; // a malformed print fills nothing
    for (auto it = m_resting.begin(); it != m_resting.end();) {
        Resting& resting = *it;
        const Order& order = resting.order;
        if (order.productId != trade.productId || trade.time < order.createdAt
            || trade.time <= resting.printsMatchedUntil) {
            ++it; // another product's print, or one from before the order (or its restart)
            continue;
        }
        if (resting.bracket
            && (order.side == Side::Sell ? trade.price <= *order.stopPrice
                                         : trade.price >= *order.stopPrice)) {
            it = fillStopLeg(it, trade.price, trade.time, fills); // the rest, at the print
            continue;
        }
        if (!resting.triggered) {
            const Decimal stop = *order.stopPrice;
            resting.triggered = order.side == Side::Buy ? trade.price >= stop : trade.price <= stop;
            ++it; // a triggered stop rests as a limit from the next print on
            continue;
        }
        // Through the price; or at it, with what the print leaves after the queue ahead (a print
        // at the limit fills those ahead first).
        const Decimal limit = *order.limitPrice;
        const bool through = order.side == Side::Buy ? trade.price < limit : trade.price > limit;
        Decimal traded = trade.size;
        if (!through) {
            if (trade.price != limit || !resting.queueAhead) {
                ++it;
                continue;
            }
            const Decimal ahead = *resting.queueAhead;
            resting.queueAhead = ahead > trade.size ? remainderOf(ahead, trade.size) : Decimal{};
            traded = trade.size > ahead ? remainderOf(trade.size, ahead) : Decimal{};
            if (!traded.isPositive()) {
                ++it;
                continue;
            }
        }
        if (order.type == OrderType::StopLimit) { // a taker: at the print, never past its limit
            it = fillTaker(it, std::min(resting.remaining, traded), trade.price, trade.time, fills);
            continue;
        }
        if (through && resting.queueAhead)
            resting.queueAhead = Decimal{}; // the level traded away: nothing is ahead any more
        it = fillAtLimit(it, std::min(resting.remaining, traded), trade.time, fills);
    }
    return fills;
}

std::vector<Fill> PaperMatcher::onCandle(
    const QString& productId, const Candle& candle, Timestamp closeTime, const QString& botId)
{
    std::vector<Fill> fills;
    if (!candle.isConsistent() || !candle.volume.isPositive())
        return fills; // no trades, or not a candle to trust
    Decimal volume = candle.volume; // shared by the orders in turn
    for (auto it = m_resting.begin(); it != m_resting.end();) {
        Resting& resting = *it;
        const Order& order = resting.order;
        const bool eligible = order.productId == productId
            && (botId.isEmpty() || order.botId == botId) && order.createdAt <= candle.start
            && candle.start >= resting.candlesUntil;
        if (!eligible) {
            ++it;
            continue;
        }
        resting.candlesUntil = closeTime; // each candle is counted once for it
        const bool sell = order.side == Side::Sell;
        if (!resting.triggered) {
            // A stop-limit's stop reached in the candle: it rests as a limit from the next one
            // (where in the candle the stop came, before or after its limit, is not known).
            const Decimal stop = *order.stopPrice;
            resting.triggered = sell ? candle.low <= stop : candle.high >= stop;
            ++it;
            continue;
        }
        if (resting.bracket
            && (sell ? candle.low <= *order.stopPrice : candle.high >= *order.stopPrice)) {
            // The stop leg, assumed first when the candle also reached the target: at the stop,
            // or at the open when the candle opened beyond it, moved against the taker.
            const Decimal stop = *order.stopPrice;
            const Decimal at = sell ? std::min(stop, candle.open) : std::max(stop, candle.open);
            it = fillStopLeg(it, at, closeTime, fills);
            continue;
        }
        const Decimal limit = *order.limitPrice;
        const bool crossed = sell ? candle.high > limit : candle.low < limit;
        const Decimal size = std::min(resting.remaining, volume);
        if (!crossed || !size.isPositive()) {
            ++it;
            continue;
        }
        const size_t before = fills.size();
        if (order.type == OrderType::StopLimit) // a taker: at the open, when it was better
            it = fillTaker(it, size, candle.open, closeTime, fills);
        else
            it = fillAtLimit(it, size, closeTime, fills);
        if (fills.size() > before)
            volume = remainderOf(volume, size);
    }
    return fills;
}

QMap<QString, PaperMatcher::Resting>::iterator PaperMatcher::fillTaker(
    QMap<QString, Resting>::iterator it, const Decimal& size, const Decimal& market, Timestamp time,
    std::vector<Fill>& fills)
{
    const Decimal& limit = *it->order.limitPrice;
    const bool buy = it->order.side == Side::Buy;
    const Decimal price = buy ? std::min(limit, market) : std::max(limit, market);
    return fillAt(it, price, size, false, time, fills);
}

QMap<QString, PaperMatcher::Resting>::iterator PaperMatcher::fillStopLeg(
    QMap<QString, Resting>::iterator it, const Decimal& reference, Timestamp time,
    std::vector<Fill>& fills)
{
    const Order& order = it->order;
    const Product* product = productOf(order.productId);
    if (!product)
        return ++it;
    const auto price = slipped(order, *product, reference);
    auto fill
        = price ? makeFill(order, *price, it->remaining, false, time) : Result<Fill>(price.error());
    if (!fill) { // stays resting: the next print may be one that can be filled
        qCCritical(lcEngine).noquote()
            << "bracket" << order.clientOrderId << "not filled:" << fill.error().message;
        return ++it;
    }
    fills.push_back(std::move(*fill));
    return m_resting.erase(it);
}

QMap<QString, PaperMatcher::Resting>::iterator PaperMatcher::fillAtLimit(
    QMap<QString, Resting>::iterator it, const Decimal& size, Timestamp time,
    std::vector<Fill>& fills)
{
    return fillAt(it, *it->order.limitPrice, size, true, time, fills);
}

QMap<QString, PaperMatcher::Resting>::iterator PaperMatcher::fillAt(
    QMap<QString, Resting>::iterator it, const Decimal& price, const Decimal& size, bool maker,
    Timestamp time, std::vector<Fill>& fills)
{
    Resting& resting = *it;
    auto fill = makeFill(resting.order, price, size, maker, time);
    if (!fill) { // stays resting as it was
        qCCritical(lcEngine).noquote() << "resting order" << resting.order.clientOrderId
                                       << "not filled:" << fill.error().message;
        return ++it;
    }
    fills.push_back(std::move(*fill));
    resting.remaining = remainderOf(resting.remaining, size);
    return resting.remaining.isPositive() ? ++it : m_resting.erase(it);
}

bool PaperMatcher::restore(const Order& order, const Decimal& remaining, Timestamp seenUntil)
{
    const bool priced
        = order.limitPrice && (order.type == OrderType::Limit || order.stopPrice.has_value());
    if (!canRest(order) || !priced || !remaining.isPositive() || !productOf(order.productId))
        return false;
    Resting resting{order, remaining, order.type != OrderType::StopLimit,
        order.type == OrderType::Bracket, std::nullopt, seenUntil, seenUntil};
    m_resting.insert(order.clientOrderId, resting);
    return true;
}

bool PaperMatcher::cancel(const QString& clientOrderId)
{
    return m_resting.remove(clientOrderId) > 0;
}

} // namespace Candela::Core

#include "backtestrunner.h"

#include "core/portfolio/botledger.h"
#include "core/strategy/bot.h"

#include <QElapsedTimer>

namespace Candela::Core {

BacktestResult BacktestRunner::run(
    const BotConfig& config, const std::vector<Candle>& candles, BacktestOptions options)
{
    if (options.product.id.isEmpty())
        options.product = Product::spotDefaults(config.product);
    BacktestResult result;
    result.startEquity = options.startingCash;
    result.finalEquity = options.startingCash;
    result.equity.reserve(candles.size());

    Bot bot(config);
    PaperMatcher matcher(options.fees);
    matcher.addProduct(options.product);
    BotLedger ledger(config.name, config.product, options.startingCash);
    const auto period = std::chrono::seconds(seconds(config.timeframe));

    Order order;
    order.botId = config.name;
    order.productId = config.product;
    order.type = OrderType::Market;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    qint64 orderNumber = 0;

    // A cheap upper bound of a buy's cost: size × close × (1 + slippage) × (1 + taker fee).
    const Decimal one = Decimal::fromInteger(1);
    const Decimal costFactor = one.plus(options.fees.slippage)
                                   .valueOr(one)
                                   .times(one.plus(options.fees.takerFeeRate).valueOr(one))
                                   .valueOr(one);
    const auto mayAfford = [&](const Decimal& size, const Decimal& price) {
        const auto cost = size.times(price).valueOr(Decimal{}).times(costFactor);
        return cost && *cost <= ledger.cash();
    };

    QElapsedTimer timer;
    timer.start();
    constexpr qint64 ReportEvery = 4096;
    qint64 done = 0;
    for (const Candle& candle : candles) {
        if (++done % ReportEvery == 0) {
            if (options.progress)
                options.progress->fetch_add(ReportEvery, std::memory_order_relaxed);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                break;
            }
        }
        const Timestamp closeTime = candle.start + period;
        const BotEvaluation evaluation = bot.onClosedBar(toBar(candle), closeTime, {});
        const bool flat = ledger.isFlat();
        if (evaluation.intent
            && ((*evaluation.intent == Action::Buy && flat)
                || (*evaluation.intent == Action::Sell && !flat))) {
            order.side = *evaluation.intent == Action::Buy ? Side::Buy : Side::Sell;
            if (order.side == Side::Buy && !mayAfford(config.positionSize, candle.close)) {
                ++result.denials.insufficientCash; // refused before any order is built
                result.equity.push_back({closeTime, ledger.cash()});
                continue;
            }
            order.quantity = flat ? config.positionSize : ledger.openQuantity().abs();
            order.clientOrderId = QString::number(++orderNumber);
            const PaperResult filled = matcher.submit(order, nullptr, candle.close, closeTime);
            bool affordable = true;
            if (filled.reject == PaperRejectReason::None && order.side == Side::Buy) {
                Decimal cost;
                for (const Fill& fill : filled.fills)
                    cost = cost.plus(fill.notional().valueOr(Decimal{}))
                               .valueOr(cost)
                               .plus(fill.fee)
                               .valueOr(cost);
                affordable = cost <= ledger.cash();
            }
            if (filled.reject != PaperRejectReason::None)
                ++result.denials.productRules;
            else if (!affordable)
                ++result.denials.insufficientCash;
            else {
                for (const Fill& fill : filled.fills) {
                    const auto closed = ledger.apply(fill, {ExitReason::Signal, Decimal{}});
                    if (closed)
                        result.trades.insert(result.trades.end(), closed->begin(), closed->end());
                }
                bot.noteTrade(closeTime);
            }
        }
        result.equity.push_back({closeTime, ledger.equity(candle.close).valueOr(ledger.cash())});
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.candles = qint64(result.equity.size());
    if (options.progress)
        options.progress->fetch_add(done % ReportEvery, std::memory_order_relaxed);
    if (!result.equity.empty())
        result.finalEquity = result.equity.back().equity;
    result.stats = PerformanceStats::compute(result.trades, result.equity);
    return result;
}

} // namespace Candela::Core

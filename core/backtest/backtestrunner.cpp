#include "backtestrunner.h"

#include "core/portfolio/botledger.h"
#include "core/risk/accountlimits.h"
#include "core/risk/botrisk.h"
#include "core/risk/riskpolicyjson.h"
#include "core/strategy/bot.h"

#include <QElapsedTimer>

namespace Candela::Core {

int BacktestDenials::riskTotal() const
{
    int total = 0;
    for (const auto& [reason, count] : risk)
        total += count;
    return total;
}

BacktestResult BacktestRunner::run(
    const BotConfig& config, const std::vector<Candle>& candles, BacktestOptions options)
{
    if (options.product.id.isEmpty())
        options.product = Product::spotDefaults(config.product);
    BacktestResult result;
    result.startEquity = options.startingCash;
    result.finalEquity = options.startingCash;
    const auto policy = riskPolicyFor(config, options.riskDefaults);
    if (!policy) {
        result.error = policy.error().message;
        return result;
    }
    result.equity.reserve(candles.size());

    Bot bot(config);
    BotRisk risk(*policy, options.product, config.timeframe, config.positionSize);
    // The account's own limits (the risk defaults), as paper trading applies them.
    AccountLimits accountLimits(options.riskDefaults);
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
        const Bar indicatorBar = toBar(candle);
        const std::optional<Action> intent = bot.intentOnClosedBar(indicatorBar, closeTime, {});
        const Decimal open = ledger.openQuantity();
        Decimal equityNow
            = open.isZero() ? ledger.cash() : ledger.equity(candle.close).valueOr(ledger.cash());
        TradeDecision decision
            = risk.onClosedBar(candle, indicatorBar, closeTime, intent, open, equityNow);
        if (const auto& whole = accountLimits.update(closeTime, equityNow);
            whole && decision.kind == TradeDecision::Kind::Enter) {
            decision.kind = TradeDecision::Kind::Denied;
            decision.denial = *whole;
        }
        if (decision.kind == TradeDecision::Kind::Denied) {
            ++result.denials.risk[decision.denial.reason];
        } else if (decision.kind != TradeDecision::Kind::None) {
            order.side = decision.side;
            if (order.side == Side::Buy && !mayAfford(decision.quantity, decision.price)) {
                ++result.denials.insufficientCash; // refused before any order is built
                result.equity.push_back({closeTime, equityNow});
                continue;
            }
            order.quantity = decision.quantity;
            order.clientOrderId = QString::number(++orderNumber);
            const PaperResult filled = matcher.submit(order, nullptr, decision.price, closeTime);
            Decimal cost;
            Decimal filledQuantity;
            for (const Fill& fill : filled.fills) {
                cost = cost.plus(fill.notional().valueOr(Decimal{})).valueOr(cost);
                filledQuantity = filledQuantity.plus(fill.size).valueOr(filledQuantity);
            }
            Decimal fees;
            for (const Fill& fill : filled.fills)
                fees = fees.plus(fill.fee).valueOr(fees);
            const bool affordable
                = order.side == Side::Sell || cost.plus(fees).valueOr(cost) <= ledger.cash();
            if (filled.reject != PaperRejectReason::None)
                ++result.denials.productRules;
            else if (!affordable)
                ++result.denials.insufficientCash;
            else {
                const BotLedger::FillContext context{decision.exitReason,
                    decision.kind == TradeDecision::Kind::Enter
                        ? decision.plan.entry.minus(decision.plan.stop).valueOr(Decimal{})
                        : Decimal{}};
                std::vector<ClosedTrade> closed;
                for (const Fill& fill : filled.fills) {
                    if (auto trades = ledger.apply(fill, context))
                        closed.insert(closed.end(), trades->begin(), trades->end());
                }
                const Decimal average = filledQuantity.isPositive()
                    ? cost.dividedBy(filledQuantity, 8, RoundingMode::HalfEven).valueOr(Decimal{})
                    : Decimal{};
                risk.onFilled(decision, average, closed, closeTime);
                result.trades.insert(result.trades.end(), closed.begin(), closed.end());
                bot.noteTrade(closeTime);
                // The trade moved cash and the position: the bar's closing equity anew.
                equityNow = ledger.equity(candle.close).valueOr(ledger.cash());
            }
        }
        result.equity.push_back({closeTime, equityNow});
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

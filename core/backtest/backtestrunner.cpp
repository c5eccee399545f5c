#include "backtestrunner.h"

#include "core/execution/makerentry.h"
#include "core/execution/restingtakeprofit.h"
#include "core/model/exactsteps.h"
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

std::vector<ClosedBarScore> BacktestRunner::scoreTape(
    const BotConfig& config, std::span<const Candle> candles)
{
    Bot bot(config);
    std::vector<ClosedBarScore> scores;
    scores.reserve(candles.size());
    for (const Candle& candle : candles)
        scores.push_back(bot.scoreClosedBar(toBar(candle)));
    return scores;
}

BacktestResult BacktestRunner::run(
    const BotConfig& config, std::span<const Candle> candles, BacktestOptions options)
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
    if (!options.scores.empty() && options.scores.size() != candles.size()) {
        result.error = QStringLiteral("%1 scores given for %2 candles")
                           .arg(options.scores.size())
                           .arg(candles.size());
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
    // An arithmetic error ends the run there, as it stops the bot in a paper session: its
    // trades so far stand, and `error` says why it ended.
    ExactSteps exact;
    const Decimal one = Decimal::fromInteger(1);
    const Decimal costFactor = exact(
        exact(one.plus(options.fees.slippage)).times(exact(one.plus(options.fees.takerFeeRate))));
    if (exact.failed()) {
        result.error = exact.error().message;
        return result;
    }
    const auto mayAfford = [&](const Decimal& size, const Decimal& price) {
        return exact(exact(size.times(price)).times(costFactor)) <= ledger.cash();
    };
    const auto stopAt = [&](Timestamp at, const QString& why) {
        result.error = QStringLiteral("stopped at %1: %2").arg(toIsoString(at), why);
    };

    // A maker entry at work: its limit rests in the matcher from one bar close to the next, fills
    // when a candle crosses it (PaperMatcher::onCandle), moves or gives up at a bar close
    // (MakerEntry::step), and tells the risk of the position once, when it has ended.
    struct WorkingEntry
    {
        TradeDecision decision;
        Timestamp decidedAt;
        QString orderId;
        Decimal restingPrice;
        std::vector<Fill> fills; // of every order of the entry
    };
    std::optional<WorkingEntry> working;
    // Books fills in the ledger; false (the run stopped) when one cannot be.
    const auto book = [&](const std::vector<Fill>& fills, const TradeDecision& decision,
                          Timestamp at, std::vector<ClosedTrade>& closed) {
        const BotLedger::FillContext context{decision.exitReason,
            decision.kind == TradeDecision::Kind::Enter
                ? remainderOf(decision.plan.entry, decision.plan.stop)
                : Decimal{}};
        for (const Fill& fill : fills) {
            auto trades = ledger.apply(fill, context);
            if (!trades) {
                stopAt(at, QStringLiteral("fill not booked: ") + trades.error().message);
                return false;
            }
            closed.insert(closed.end(), trades->begin(), trades->end());
        }
        return true;
    };
    const auto filledOf = [&](const std::vector<Fill>& fills) {
        Decimal quantity;
        for (const Fill& fill : fills)
            quantity = exact(quantity.plus(fill.size));
        return quantity;
    };
    // Rests a post-only limit for `quantity` of the entry at `price`; false when refused.
    const auto rest = [&](const TradeDecision& decision, const Decimal& quantity,
                          const Decimal& price, Timestamp at) {
        Order limit = order;
        limit.side = decision.side;
        limit.type = OrderType::Limit;
        limit.timeInForce = TimeInForce::GoodTilCancelled;
        limit.postOnly = true;
        limit.quantity = quantity;
        limit.limitPrice = price;
        limit.createdAt = at;
        limit.clientOrderId = QString::number(++orderNumber);
        const PaperResult placed = matcher.submit(limit, nullptr, price, at);
        if (placed.reject != PaperRejectReason::None) {
            ++result.denials.productRules;
            return false;
        }
        working->orderId = limit.clientOrderId;
        working->restingPrice = price;
        return true;
    };
    // The entry has ended: the risk learns of the position it opened, if any.
    const auto finishEntry = [&] {
        const Decimal average = exact(averageFillPrice(working->fills));
        if (average.isPositive())
            risk.onFilled(working->decision, average, {}, working->decidedAt);
        working.reset();
    };

    // A resting take profit (ExitPolicy): a limit at the target from the close the position
    // opened at, filled by the candles that cross it; a candle that reaches the stop cancels it
    // first, and so does any other exit. The risk hears of it when it has ended.
    struct RestingExit
    {
        TradeDecision decision;
        Timestamp decidedAt;
        QString orderId;
        std::vector<Fill> fills;
        std::vector<ClosedTrade> closed;
    };
    std::optional<RestingExit> takeProfit;
    const auto endTakeProfit = [&](bool cancel) {
        if (cancel)
            matcher.cancel(takeProfit->orderId);
        const Decimal average = exact(averageFillPrice(takeProfit->fills));
        if (average.isPositive())
            risk.onFilled(takeProfit->decision, average, takeProfit->closed, takeProfit->decidedAt);
        takeProfit.reset();
    };
    // A position without its resting take profit gets it.
    const auto keepTakeProfit = [&](const Candle& candle, Timestamp at) {
        const Decimal open = ledger.openQuantity();
        if (!config.exit.restsTakeProfit() || takeProfit || working || !open.isPositive()
            || !risk.protection() || !risk.protection()->target.isPositive())
            return;
        const auto price
            = RestingTakeProfit::limitPrice(options.product, Side::Sell, risk.protection()->target);
        if (!price) { // refused, as the engine refuses it, and asked again at the next close
            ++result.denials.productRules;
            return;
        }
        Order limit = order;
        limit.side = Side::Sell;
        limit.type = OrderType::Limit;
        limit.timeInForce = TimeInForce::GoodTilCancelled;
        limit.postOnly = false;
        limit.quantity = open;
        limit.limitPrice = *price;
        limit.createdAt = at;
        limit.clientOrderId = QString::number(++orderNumber);
        if (matcher.submit(limit, nullptr, candle.close, at).reject != PaperRejectReason::None) {
            ++result.denials.productRules;
            return;
        }
        takeProfit
            = RestingExit{TradeDecision::exit(Side::Sell, open, *price, ExitReason::TakeProfit), at,
                limit.clientOrderId, {}, {}};
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
        if (options.tradeFrom && candle.start < *options.tradeFrom) {
            if (options.scores.empty())
                bot.scoreClosedBar(indicatorBar); // (a given score needs no warming)
            risk.observe(candle);
            continue;
        }
        if (takeProfit) {
            if (risk.protection()
                && RestingTakeProfit::stopComesFirst(candle, Side::Sell, risk.protection()->stop)) {
                endTakeProfit(true);
            } else {
                const std::vector<Fill> fills = matcher.onCandle(config.product, candle, closeTime);
                std::vector<ClosedTrade> closed;
                if (!book(fills, takeProfit->decision, closeTime, closed))
                    break;
                result.trades.insert(result.trades.end(), closed.begin(), closed.end());
                takeProfit->fills.insert(takeProfit->fills.end(), fills.begin(), fills.end());
                takeProfit->closed.insert(takeProfit->closed.end(), closed.begin(), closed.end());
                if (!matcher.isResting(takeProfit->orderId))
                    endTakeProfit(false);
            }
        }
        if (working) {
            // The candle's trades through the limit, then what is due at its close.
            const std::vector<Fill> fills = matcher.onCandle(config.product, candle, closeTime);
            std::vector<ClosedTrade> closed;
            if (!book(fills, working->decision, closeTime, closed))
                break;
            working->fills.insert(working->fills.end(), fills.begin(), fills.end());
            if (!matcher.isResting(working->orderId)) {
                finishEntry();
            } else {
                const auto newPrice = MakerEntry::limitPrice(
                    config.entry, options.product, working->decision.side, candle.close);
                const MakerEntry::Step step = newPrice
                    ? MakerEntry::step(config.entry, working->decision.side, working->decidedAt,
                        closeTime, working->restingPrice, *newPrice)
                    : MakerEntry::Step::Expire;
                const Decimal left
                    = remainderOf(working->decision.quantity, exact(filledOf(working->fills)));
                if (step != MakerEntry::Step::Wait)
                    matcher.cancel(working->orderId);
                if (step == MakerEntry::Step::Reprice) {
                    // The engine checks the bot's cash for the new limit as for any order.
                    const auto cost = MakerEntry::cost(left, *newPrice, options.fees.makerFeeRate);
                    if (!cost) {
                        stopAt(closeTime, cost.error().message);
                        break;
                    }
                    if (*cost > ledger.cash()) {
                        ++result.denials.insufficientCash;
                        finishEntry();
                    } else if (!rest(working->decision, left, *newPrice, closeTime))
                        finishEntry();
                } else if (step == MakerEntry::Step::Expire) {
                    if (config.entry.fallback == EntryPolicy::Fallback::Market) {
                        Order remainder = order;
                        remainder.side = working->decision.side;
                        remainder.quantity = left;
                        remainder.clientOrderId = QString::number(++orderNumber);
                        const bool canPay = mayAfford(left, candle.close);
                        const PaperResult filled = canPay
                            ? matcher.submit(remainder, nullptr, candle.close, closeTime)
                            : PaperResult{};
                        if (!canPay)
                            ++result.denials.insufficientCash;
                        else if (filled.reject == PaperRejectReason::ArithmeticError) {
                            stopAt(closeTime,
                                QStringLiteral("a fill's figures left the Decimal range"));
                            break;
                        } else if (filled.reject != PaperRejectReason::None)
                            ++result.denials.productRules;
                        // What the fills cost, fees included, as the engine checks a buy.
                        Decimal spent;
                        for (const Fill& fill : filled.fills)
                            spent = exact(exact(spent.plus(exact(fill.notional()))).plus(fill.fee));
                        if (spent > ledger.cash()) {
                            ++result.denials.insufficientCash;
                        } else {
                            if (!book(filled.fills, working->decision, closeTime, closed))
                                break;
                            working->fills.insert(
                                working->fills.end(), filled.fills.begin(), filled.fills.end());
                        }
                    }
                    finishEntry();
                }
            }
            if (exact.failed()) {
                stopAt(closeTime, exact.error().message);
                break;
            }
            result.trades.insert(result.trades.end(), closed.begin(), closed.end());
        }
        const std::optional<Action> intent
            = bot.intentOnScore(options.scores.empty() ? bot.scoreClosedBar(indicatorBar)
                                                       : options.scores[size_t(done - 1)],
                closeTime, {});
        const Decimal open = ledger.openQuantity();
        Decimal equityNow = open.isZero() ? ledger.cash() : exact(ledger.equity(candle.close));
        if (exact.failed()) {
            stopAt(closeTime, exact.error().message);
            break;
        }
        // While an entry works, the risk only watches the bar: the bot's order is out.
        TradeDecision decision = risk.onClosedBar(
            candle, indicatorBar, closeTime, working ? std::nullopt : intent, open, equityNow);
        if (working)
            decision.kind = TradeDecision::Kind::None;
        if (takeProfit && decision.kind == TradeDecision::Kind::Exit) {
            if (decision.exitReason == ExitReason::TakeProfit)
                decision.kind = TradeDecision::Kind::None; // the resting limit is the order
            else
                endTakeProfit(true); // one cancels the other
        }
        if (const auto& whole = accountLimits.update(closeTime, equityNow);
            whole && decision.kind == TradeDecision::Kind::Enter) {
            decision.kind = TradeDecision::Kind::Denied;
            decision.denial = *whole;
        }
        if (decision.kind == TradeDecision::Kind::Denied) {
            ++result.denials.risk[decision.denial.reason];
            if (decision.denial.reason == DenialReason::ArithmeticError) {
                result.equity.push_back({closeTime, equityNow});
                stopAt(closeTime, QStringLiteral("sizing or a limit left the Decimal range"));
                break;
            }
        } else if (decision.kind == TradeDecision::Kind::Enter && config.entry.isMaker()) {
            // A maker entry rests under the close; the next candles decide whether it fills.
            const auto price = MakerEntry::limitPrice(
                config.entry, options.product, decision.side, candle.close);
            const auto cost = price
                ? MakerEntry::cost(decision.quantity, *price, options.fees.makerFeeRate)
                : Result<Decimal>(price.error());
            if (!price)
                ++result.denials.productRules;
            else if (!cost) {
                stopAt(closeTime, cost.error().message);
                break;
            } else if (*cost > ledger.cash())
                ++result.denials.insufficientCash;
            else {
                working = WorkingEntry{decision, closeTime, {}, {}, {}};
                working->decision.price = *price;
                if (rest(decision, decision.quantity, *price, closeTime))
                    bot.noteTrade(closeTime);
                else
                    working.reset();
            }
        } else if (decision.kind != TradeDecision::Kind::None) {
            order.side = decision.side;
            const bool canPay
                = order.side == Side::Sell || mayAfford(decision.quantity, decision.price);
            if (exact.failed()) {
                stopAt(closeTime, exact.error().message);
                break;
            }
            if (!canPay) {
                ++result.denials.insufficientCash; // refused before any order is built
                result.equity.push_back({closeTime, equityNow});
                continue;
            }
            order.quantity = decision.quantity;
            order.clientOrderId = QString::number(++orderNumber);
            const PaperResult filled = matcher.submit(order, nullptr, decision.price, closeTime);
            Decimal cost;
            Decimal filledQuantity;
            Decimal fees;
            for (const Fill& fill : filled.fills) {
                cost = exact(cost.plus(exact(fill.notional())));
                filledQuantity = exact(filledQuantity.plus(fill.size));
                fees = exact(fees.plus(fill.fee));
            }
            const bool affordable
                = order.side == Side::Sell || exact(cost.plus(fees)) <= ledger.cash();
            const Decimal average = filledQuantity.isPositive()
                ? exact(cost.dividedBy(filledQuantity, 8, RoundingMode::HalfEven))
                : Decimal{};
            if (exact.failed()) {
                stopAt(closeTime, exact.error().message);
                break;
            }
            if (filled.reject == PaperRejectReason::ArithmeticError) {
                stopAt(closeTime, QStringLiteral("a fill's figures left the Decimal range"));
                break;
            }
            if (filled.reject != PaperRejectReason::None)
                ++result.denials.productRules;
            else if (!affordable)
                ++result.denials.insufficientCash;
            else {
                std::vector<ClosedTrade> closed;
                const bool booked = book(filled.fills, decision, closeTime, closed);
                result.trades.insert(result.trades.end(), closed.begin(), closed.end());
                if (!booked)
                    break;
                risk.onFilled(decision, average, closed, closeTime);
                bot.noteTrade(closeTime);
                // The trade moved cash and the position: the bar's closing equity anew.
                equityNow = exact(ledger.equity(candle.close));
                if (exact.failed()) {
                    stopAt(closeTime, exact.error().message);
                    break;
                }
            }
        }
        keepTakeProfit(candle, closeTime);
        result.equity.push_back({closeTime, equityNow});
    }
    if (takeProfit)
        endTakeProfit(true);
    if (options.closeAtEnd && !result.cancelled && result.error.isEmpty() && !result.equity.empty()
        && ledger.openQuantity().isPositive()) {
        const Candle& last = candles.back();
        const Timestamp closeTime = last.start + period;
        order.side = Side::Sell;
        order.quantity = ledger.openQuantity();
        order.clientOrderId = QString::number(++orderNumber);
        const PaperResult filled = matcher.submit(order, nullptr, last.close, closeTime);
        if (filled.reject != PaperRejectReason::None)
            stopAt(closeTime, QStringLiteral("the position could not be closed at the end"));
        for (const Fill& fill : filled.fills) {
            auto trades = ledger.apply(fill, {ExitReason::TimeStop, Decimal{}});
            if (!trades) {
                stopAt(closeTime, QStringLiteral("fill not booked: ") + trades.error().message);
                break;
            }
            result.trades.insert(result.trades.end(), trades->begin(), trades->end());
        }
        result.equity.back().equity = exact(ledger.equity(last.close));
        if (exact.failed())
            stopAt(closeTime, exact.error().message);
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.candles = qint64(result.equity.size());
    if (options.progress)
        options.progress->fetch_add(done % ReportEvery, std::memory_order_relaxed);
    if (!result.equity.empty())
        result.finalEquity = result.equity.back().equity;
    const auto stats = PerformanceStats::compute(result.trades, result.equity);
    if (stats)
        result.stats = *stats;
    else if (result.error.isEmpty())
        result.error = QStringLiteral("the statistics: %1").arg(stats.error().message);
    return result;
}

} // namespace Candela::Core

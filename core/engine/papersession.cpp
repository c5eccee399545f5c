#include "papersession.h"

#include "core/risk/riskpolicyjson.h"

#include <QHash>

namespace Candela::Core {

namespace {

QString orderIdFor(const BotConfig& config, Timestamp closeTime, Side side)
{
    return QStringLiteral("%1/%2/%3")
        .arg(config.name)
        .arg(toUnixSeconds(closeTime))
        .arg(sideToString(side));
}

template<typename Write>
Status inTransaction(JournalStore& journal, Write&& write)
{
    if (auto begun = journal.begin(); !begun)
        return begun;
    if (Status written = write(); !written) {
        journal.rollback();
        return written;
    }
    return journal.commit();
}

} // namespace

PaperSession::Runner::Runner(const BotConfig& botConfig, const RiskPolicy& policy, Decimal cash)
    : config(botConfig)
    , bot(botConfig)
    , risk(policy, Product::spotDefaults(botConfig.product), botConfig.timeframe,
          botConfig.positionSize)
    , ledger(botConfig.name, botConfig.product, cash)
{ }

PaperSession::PaperSession(Options options, std::vector<RiskPolicy> policies)
    : m_options(std::move(options))
    , m_matcher(m_options.fees)
    , m_accountLimits(m_options.riskDefaults)
{
    m_bots.reserve(m_options.bots.size());
    for (size_t i = 0; i < m_options.bots.size(); ++i) {
        const BotConfig& config = m_options.bots[i];
        m_bots.emplace_back(config, policies[i], m_options.startingCash);
        m_matcher.addProduct(Product::spotDefaults(config.product));
    }
}

Result<std::unique_ptr<PaperSession>> PaperSession::open(Options options)
{
    std::vector<RiskPolicy> policies;
    for (const BotConfig& config : options.bots) {
        auto policy = riskPolicyFor(config, options.riskDefaults);
        if (!policy)
            return policy.error();
        policies.push_back(*policy);
    }
    std::unique_ptr<PaperSession> session(
        new PaperSession(std::move(options), std::move(policies)));
    if (auto opened = session->m_journal.open(session->m_options.databasePath); !opened)
        return opened.error();
    if (auto restored = session->restore(); !restored)
        return restored.error();
    return session;
}

Status PaperSession::restore()
{
    const auto orders = m_journal.loadOrders();
    if (!orders)
        return orders.error();
    for (const Order& order : *orders)
        m_sentOrders.insert(order.clientOrderId);
    return success();
}

Status PaperSession::run(const std::vector<Candle>& candles, qint64 stopAfter)
{
    // Every run reads the candles from the start: what was already done is found in the journal
    // (orders are not sent again, fills come from the journal), so a resumed session ends in
    // exactly the state of one that never stopped.
    const auto journaledFills = m_journal.loadFills();
    if (!journaledFills)
        return journaledFills.error();
    QHash<QString, std::vector<Fill>> fillsByOrder;
    for (const Fill& fill : *journaledFills)
        fillsByOrder[fill.clientOrderId].push_back(fill);
    // An engaged kill switch (candela-cli session kill) stops new orders; what was already done
    // is still booked so that the books stay right.
    const auto killSwitch = m_journal.state(QStringLiteral("kill_switch"));
    const bool halted
        = killSwitch && !killSwitch->isEmpty() && *killSwitch != QLatin1String("ACTIVE");

    qint64 processed = 0;
    for (const Candle& candle : candles) {
        if (stopAfter > 0 && processed >= stopAfter)
            break;
        // The whole session's equity at this close, for the account's own limits.
        Decimal total;
        for (const Runner& runner : m_bots)
            total = total.plus(runner.ledger.equity(candle.close).valueOr(runner.ledger.cash()))
                        .valueOr(total);
        const auto whole = m_accountLimits.update(candle.start
                + std::chrono::seconds(seconds(
                    m_bots.empty() ? Timeframe::FiveMinutes : m_bots.front().config.timeframe)),
            total);
        for (Runner& runner : m_bots) {
            const Timestamp closeTime
                = candle.start + std::chrono::seconds(seconds(runner.config.timeframe));
            const BotEvaluation evaluation = runner.bot.onClosedBar(toBar(candle), closeTime, {});
            const Decimal open = runner.ledger.openQuantity();
            const Decimal equity = open.isZero()
                ? runner.ledger.cash()
                : runner.ledger.equity(candle.close).valueOr(runner.ledger.cash());
            TradeDecision decision
                = runner.risk.onClosedBar(candle, closeTime, evaluation.intent, open, equity);
            if (whole && decision.kind == TradeDecision::Kind::Enter) {
                decision.kind = TradeDecision::Kind::Denied;
                decision.denial = *whole;
            }
            if (decision.kind == TradeDecision::Kind::None
                || decision.kind == TradeDecision::Kind::Denied)
                continue;
            const QString id = orderIdFor(runner.config, closeTime, decision.side);
            if (m_sentOrders.contains(id) && fillsByOrder.contains(id)) {
                // Done before a restart: book the journaled fills, exactly as the first time.
                if (auto booked = bookFills(runner, fillsByOrder.value(id), decision, closeTime);
                    !booked)
                    return booked;
                runner.bot.noteTrade(closeTime);
                continue;
            }
            if (halted)
                continue;
            if (auto traded = trade(runner, closeTime, decision); !traded)
                return traded;
        }
        ++processed;
        if (processed % std::max(1, m_options.checkpointEvery) == 0
            || processed == qint64(candles.size())) {
            if (processed > m_position) {
                if (auto saved = inTransaction(m_journal,
                        [&] {
                            return m_journal.setState(
                                QStringLiteral("candles_processed"), QString::number(processed));
                        });
                    !saved)
                    return saved;
            }
        }
    }
    m_position = std::max(m_position, processed);
    return success();
}

Status PaperSession::trade(Runner& runner, Timestamp closeTime, const TradeDecision& decision)
{
    Order order;
    order.clientOrderId = orderIdFor(runner.config, closeTime, decision.side);
    order.botId = runner.config.name;
    order.productId = runner.config.product;
    order.side = decision.side;
    order.type = OrderType::Market;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    order.quantity = decision.quantity;
    order.createdAt = closeTime;
    order.updatedAt = closeTime;

    PaperResult result = m_matcher.submit(order, nullptr, decision.price, closeTime);
    if (result.reject != PaperRejectReason::None)
        return success(); // the venue refused: nothing to journal
    if (order.side == Side::Buy) {
        Decimal cost;
        for (const Fill& fill : result.fills)
            cost = cost.plus(fill.notional().valueOr(Decimal{}))
                       .valueOr(cost)
                       .plus(fill.fee)
                       .valueOr(cost);
        if (cost > runner.ledger.cash())
            return success(); // as in the backtest: never beyond the cash
    }
    // The order is durable before it "leaves"; an order found in the journal is never re-sent.
    order.status = OrderStatus::Submitted;
    if (!m_sentOrders.contains(order.clientOrderId)) {
        if (auto saved = inTransaction(m_journal, [&] { return m_journal.recordOrder(order); });
            !saved)
            return saved;
        m_sentOrders.insert(order.clientOrderId);
    }
    for (size_t i = 0; i < result.fills.size(); ++i)
        result.fills[i].tradeId = order.clientOrderId + QLatin1Char('#')
            + QString::number(i + 1); // stable across restarts
    if (auto booked = bookFills(runner, result.fills, decision, closeTime); !booked)
        return booked;
    order.status = OrderStatus::Filled;
    if (auto saved = inTransaction(m_journal, [&] { return m_journal.recordOrder(order); }); !saved)
        return saved;
    runner.bot.noteTrade(closeTime);
    return success();
}

Status PaperSession::bookFills(Runner& runner, const std::vector<Fill>& fills,
    const TradeDecision& decision, Timestamp closeTime)
{
    const BotLedger::FillContext context{decision.exitReason,
        decision.kind == TradeDecision::Kind::Enter
            ? decision.plan.entry.minus(decision.plan.stop).valueOr(Decimal{})
            : Decimal{}};
    std::vector<ClosedTrade> closedNow;
    Decimal notional;
    Decimal quantity;
    for (const Fill& fill : fills) {
        notional = notional.plus(fill.notional().valueOr(Decimal{})).valueOr(notional);
        quantity = quantity.plus(fill.size).valueOr(quantity);
        const QString key = fill.clientOrderId + QLatin1Char('/') + fill.tradeId;
        if (m_bookedFills.contains(key))
            continue;
        // Durable first, counted second.
        if (auto saved = inTransaction(m_journal,
                [&] {
                    const auto stored = m_journal.recordFill(fill, runner.config.name);
                    return stored ? success() : Status(stored.error());
                });
            !saved)
            return saved;
        const auto closed = runner.ledger.apply(fill, context);
        if (!closed)
            return closed.error();
        m_bookedFills.insert(key);
        for (const ClosedTrade& trade : *closed) {
            runner.trades.push_back(trade);
            closedNow.push_back(trade);
            if (auto saved
                = inTransaction(m_journal, [&] { return m_journal.recordClosedTrade(trade); });
                !saved)
                return saved;
        }
    }
    const Decimal average = quantity.isPositive()
        ? notional.dividedBy(quantity, 8, RoundingMode::HalfEven).valueOr(Decimal{})
        : Decimal{};
    runner.risk.onFilled(decision, average, closedNow, closeTime);
    return success();
}

std::vector<ClosedTrade> PaperSession::closedTrades() const
{
    std::vector<ClosedTrade> all;
    for (const Runner& runner : m_bots)
        all.insert(all.end(), runner.trades.begin(), runner.trades.end());
    return all;
}

} // namespace Candela::Core

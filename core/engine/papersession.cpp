#include "papersession.h"

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

PaperSession::Runner::Runner(const BotConfig& botConfig, Decimal cash)
    : config(botConfig)
    , bot(botConfig)
    , ledger(botConfig.name, botConfig.product, cash)
{ }

PaperSession::PaperSession(Options options)
    : m_options(std::move(options))
    , m_matcher(m_options.fees)
{
    for (const BotConfig& config : m_options.bots) {
        m_bots.emplace_back(config, m_options.startingCash);
        m_matcher.addProduct(Product::spotDefaults(config.product));
    }
}

Result<std::unique_ptr<PaperSession>> PaperSession::open(Options options)
{
    std::unique_ptr<PaperSession> session(new PaperSession(std::move(options)));
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
        for (Runner& runner : m_bots) {
            const Timestamp closeTime
                = candle.start + std::chrono::seconds(seconds(runner.config.timeframe));
            const BotEvaluation evaluation = runner.bot.onClosedBar(toBar(candle), closeTime, {});
            if (!evaluation.intent)
                continue;
            const bool flat = runner.ledger.isFlat();
            const Action intent = *evaluation.intent;
            if ((intent == Action::Buy && !flat) || (intent == Action::Sell && flat))
                continue;
            const Side side = intent == Action::Buy ? Side::Buy : Side::Sell;
            const QString id = orderIdFor(runner.config, closeTime, side);
            if (m_sentOrders.contains(id) && fillsByOrder.contains(id)) {
                // Done before a restart: book the journaled fills, exactly as the first time.
                for (const Fill& fill : fillsByOrder.value(id)) {
                    if (auto booked = bookFill(runner, fill); !booked)
                        return booked;
                }
                runner.bot.noteTrade(closeTime);
                continue;
            }
            if (halted)
                continue;
            if (auto traded = trade(runner, candle, closeTime, intent); !traded)
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

Status PaperSession::trade(Runner& runner, const Candle& candle, Timestamp closeTime, Action intent)
{
    Order order;
    order.clientOrderId
        = orderIdFor(runner.config, closeTime, intent == Action::Buy ? Side::Buy : Side::Sell);
    order.botId = runner.config.name;
    order.productId = runner.config.product;
    order.side = intent == Action::Buy ? Side::Buy : Side::Sell;
    order.type = OrderType::Market;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    order.quantity
        = intent == Action::Buy ? runner.config.positionSize : runner.ledger.openQuantity().abs();
    order.createdAt = closeTime;
    order.updatedAt = closeTime;

    PaperResult result = m_matcher.submit(order, nullptr, candle.close, closeTime);
    if (result.reject != PaperRejectReason::None)
        return success(); // the venue refused: nothing to journal but the denial (engine issue)
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
    for (size_t i = 0; i < result.fills.size(); ++i) {
        Fill& fill = result.fills[i];
        fill.tradeId = order.clientOrderId + QLatin1Char('#')
            + QString::number(i + 1); // stable across restarts
        if (auto booked = bookFill(runner, fill); !booked)
            return booked;
    }
    order.status = OrderStatus::Filled;
    if (auto saved = inTransaction(m_journal, [&] { return m_journal.recordOrder(order); }); !saved)
        return saved;
    runner.bot.noteTrade(closeTime);
    return success();
}

Status PaperSession::bookFill(Runner& runner, const Fill& fill)
{
    const QString key = fill.clientOrderId + QLatin1Char('/') + fill.tradeId;
    if (m_bookedFills.contains(key))
        return success();
    // Durable first, counted second.
    if (auto saved = inTransaction(m_journal,
            [&] {
                const auto stored = m_journal.recordFill(fill, runner.config.name);
                return stored ? success() : Status(stored.error());
            });
        !saved)
        return saved;
    const auto closed = runner.ledger.apply(fill, {ExitReason::Signal, Decimal{}});
    if (!closed)
        return closed.error();
    m_bookedFills.insert(key);
    for (const ClosedTrade& trade : *closed) {
        runner.trades.push_back(trade);
        if (auto saved
            = inTransaction(m_journal, [&] { return m_journal.recordClosedTrade(trade); });
            !saved)
            return saved;
    }
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

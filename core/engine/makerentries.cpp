#include "tradingengine.h"

#include "core/corelogging.h"
#include "core/execution/makerentry.h"
#include "core/market/marketdatahub.h"
#include "core/model/exactsteps.h"
#include "venueorders.h"

// TradingEngine: maker entries. A bot whose "entry" is limit_post_only enters with a post-only
// limit under the market (MakerEntry, the backtest's rules): it rests from one bar close to the
// next, fills on the prints through it (on a market without prints, on the candles that cross
// it), moves with the market or gives up at a bar close, and the rest is bought at market or
// not at all. The risk hears of the position once the entry's last order has ended.

namespace Candela::Core {

using VenueOrders::positionKey;

namespace {

// A maker entry's limit: post-only, good til cancelled.
TradingEngine::LimitTerms makerTerms(const Decimal& price)
{
    return {price, true, TimeInForce::GoodTilCancelled, std::nullopt, OrderType::Limit, {}};
}

} // namespace

Decimal TradingEngine::makerReference(const BotAccount& account, Side side, const Candle& bar) const
{
    if (const OrderBook* book = m_hub.state().book(account.ledger.productId());
        book && book->isValid()) {
        const auto best = side == Side::Buy ? book->bestBid() : book->bestAsk();
        if (best)
            return best->price;
    }
    return bar.close;
}

bool TradingEngine::placeMakerEntry(BotAccount& account, TradeDecision decision,
    const QString& orderId, const Candle& bar, Timestamp closeTime)
{
    const Product product = m_book.productFor(account.ledger.productId());
    const auto price = MakerEntry::limitPrice(
        account.entry, product, decision.side, makerReference(account, decision.side, bar));
    if (!price) {
        const bool arithmetic = price.error().code == ErrorCode::Overflow
            || price.error().code == ErrorCode::DivisionByZero;
        refuse(account, decision.side, decision.quantity, bar.close, closeTime,
            arithmetic ? RefusalReason::ArithmeticError : RefusalReason::NoPrice, std::nullopt,
            price.error().message);
        return false;
    }
    decision.price = *price; // what the fills' slippage is measured against
    WorkingEntry entry;
    entry.decision = decision;
    entry.decidedAt = closeTime;
    entry.firstOrderId = orderId;
    entry.orderId = orderId;
    entry.restingPrice = *price;
    const QString key = positionKey(account.ledger.botId(), account.ledger.productId());
    // Working before it is sent: the paper venue answers inside the send.
    m_workingEntries.insert_or_assign(key, entry);
    if (trade(account, decision, orderId, closeTime, makerTerms(*price)))
        return true;
    m_workingEntries.erase(key);
    return false;
}

void TradingEngine::resumeMakerEntry(const InFlight& flight)
{
    // A bot's post-only buy resumed after a restart works on as its entry: it moves with the
    // market or gives up at a bar close, as before. (Its timeout counts from this order; what
    // earlier orders of the entry filled is in the ledger, and its decision asks only the rest.)
    const Order& order = flight.order;
    if (order.botId == ManualLedger || order.type != OrderType::Limit || !order.postOnly
        || !order.limitPrice || flight.decision.kind != TradeDecision::Kind::Enter)
        return;
    WorkingEntry entry;
    entry.decision = flight.decision;
    entry.decidedAt = flight.decidedAt;
    entry.firstOrderId = order.clientOrderId;
    entry.orderId = order.clientOrderId;
    entry.restingPrice = *order.limitPrice;
    m_workingEntries.insert_or_assign(positionKey(order.botId, order.productId), entry);
}

void TradingEngine::workMakerEntry(BotAccount& account, const Candle& bar, Timestamp closeTime)
{
    const QString key = positionKey(account.ledger.botId(), account.ledger.productId());
    const auto found = m_workingEntries.find(key);
    if (found == m_workingEntries.end())
        return;
    WorkingEntry& entry = found->second;
    if (!m_inFlight.count(entry.orderId))
        return; // ended: what follows is being placed
    if (closeTime <= entry.decidedAt)
        return; // a bar from before it (history played again after a restart) moves nothing
    // (A cancel asked for before and refused, or of unknown fate, is asked again.)
    const Side side = entry.decision.side;
    const auto newPrice = MakerEntry::limitPrice(account.entry,
        m_book.productFor(account.ledger.productId()), side, makerReference(account, side, bar));
    const MakerEntry::Step step = newPrice ? MakerEntry::step(account.entry, side, entry.decidedAt,
                                      closeTime, entry.restingPrice, *newPrice)
                                           : MakerEntry::Step::Expire;
    if (step == MakerEntry::Step::Wait)
        return;
    if (step == MakerEntry::Step::Reprice) {
        entry.next = WorkingEntry::Next::Reprice;
        entry.nextPrice = *newPrice;
    } else if (account.entry.fallback == EntryPolicy::Fallback::Market) {
        entry.next = WorkingEntry::Next::Market;
        entry.nextPrice = bar.close;
    }
    qCInfo(lcEngine).noquote() << account.ledger.botId() << "maker entry" << entry.orderId
                               << (step == MakerEntry::Step::Reprice ? "moves to" : "expires at")
                               << (newPrice ? newPrice->toString() : QString());
    askCancel(entry.orderId);
}

bool TradingEngine::makerEntryGoesOn(const BotAccount& account, const Order& order) const
{
    const auto found = m_workingEntries.find(positionKey(order.botId, order.productId));
    if (found == m_workingEntries.end() || found->second.orderId != order.clientOrderId)
        return false;
    const WorkingEntry& entry = found->second;
    const bool halting = m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire);
    return entry.next != WorkingEntry::Next::Nothing && order.status == OrderStatus::Cancelled
        && account.running && m_killSwitch.allowsNewOrders() && !halting;
}

const TradingEngine::WorkingEntry* TradingEngine::makerEntryOf(
    const QString& key, const QString& clientOrderId) const
{
    const auto found = m_workingEntries.find(key);
    return found == m_workingEntries.end() || found->second.orderId != clientOrderId
        ? nullptr
        : &found->second;
}

void TradingEngine::continueMakerEntry(BotAccount& account, const InFlight& done)
{
    const QString key = positionKey(account.ledger.botId(), account.ledger.productId());
    WorkingEntry& entry = m_workingEntries.at(key);
    entry.fills.insert(entry.fills.end(), done.fills.begin(), done.fills.end());
    ExactSteps exact;
    Decimal filled;
    for (const Fill& fill : entry.fills)
        filled = exact(filled.plus(fill.size));
    TradeDecision next = entry.decision;
    next.quantity = remainderOf(entry.decision.quantity, filled);
    const WorkingEntry::Next what = std::exchange(entry.next, WorkingEntry::Next::Nothing);
    const QString orderId = QStringLiteral("%1/%2").arg(entry.firstOrderId).arg(++entry.orders);
    entry.orderId = orderId;
    std::optional<LimitTerms> limit;
    if (what == WorkingEntry::Next::Reprice) {
        limit = makerTerms(entry.nextPrice);
        entry.restingPrice = entry.nextPrice;
    }
    // The new limit, or the market order's reference (the bar's close): what the paper venue's
    // price band checks it against, as the backtest does.
    next.price = entry.nextPrice;
    // (The paper venue may end the order inside trade(), and the entry with it.)
    if (!exact.failed() && next.quantity.isPositive()
        && trade(account, next, orderId, m_now, limit))
        return;
    // Nothing follows after all: the entry ends with what its orders filled.
    const std::vector<Fill> fills = entry.fills;
    const TradeDecision decision = entry.decision;
    const Timestamp decidedAt = entry.decidedAt;
    m_workingEntries.erase(key);
    const auto average = averageFillPrice(fills);
    if (!account.risk || fills.empty() || !average)
        return;
    account.risk->onFilled(decision, *average, {}, decidedAt);
    Q_UNUSED(journal([&](JournalStore& store) -> Status {
        if (auto saved = saveProtection(store, account); !saved)
            return saved;
        return saveLimits(store, account);
    }));
    protectPosition(account);
}

void TradingEngine::endMakerEntry(const QString& key, const QString& clientOrderId)
{
    const auto found = m_workingEntries.find(key);
    if (found != m_workingEntries.end() && found->second.orderId == clientOrderId)
        m_workingEntries.erase(found);
}

void TradingEngine::cancelMakerEntry(const QString& botId)
{
    QStringList keys;
    for (const auto& [key, entry] : m_workingEntries) {
        if (botId.isEmpty() || key.startsWith(botId + QLatin1Char('|')))
            keys.append(key);
    }
    // One at a time, looked up afresh: the paper venue ends an order inside cancel().
    for (const QString& key : std::as_const(keys)) {
        const auto found = m_workingEntries.find(key);
        if (found == m_workingEntries.end() || !m_inFlight.count(found->second.orderId))
            continue;
        found->second.next = WorkingEntry::Next::Nothing;
        const QString orderId = found->second.orderId;
        askCancel(orderId);
    }
}

} // namespace Candela::Core

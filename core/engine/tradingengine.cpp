#include "tradingengine.h"

#include "botwatch.h"
#include "journalstate.h"

#include "core/corelogging.h"
#include "core/market/marketdatahub.h"
#include "core/risk/riskpolicyjson.h"
#include "venueorders.h"

#include <QJsonDocument>
#include <QScopeGuard>

// TradingEngine, part one: construction, the trader's commands, each bot's closed bar turned into
// a decision, refusals and the snapshot. The other parts: enginejournal.cpp (the journal and
// what a restart restores), enginekillswitch.cpp (the kill switch), orderflow.cpp (an order from
// the decision to its fills), venueprotection.cpp (stops at the venue, reconciliation),
// makerentries.cpp and takeprofits.cpp (a bot's resting limits), manualorders.cpp (the trader's
// orders, a position closed by hand).

namespace Candela::Core {

using VenueOrders::positionKey;

namespace {

// The id of a signal order: the same bot, bar and side always give the same id, so an intent
// met again after a restart finds its order in the journal instead of placing a second one.
QString signalOrderId(const QString& botId, Timestamp closeTime, Side side)
{
    return QStringLiteral("%1/%2/%3")
        .arg(botId)
        .arg(toUnixSeconds(closeTime))
        .arg(sideToString(side));
}

} // namespace

TradingEngine::TradingEngine(MarketDataHub& hub, BotWatch& watch, Options options, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_watch(&watch)
    , m_options(std::move(options))
    , m_book(m_options.startingCash, m_options.riskDefaults, m_options.stoppedBots)
{
    if (m_options.execution) {
        m_execution = m_options.execution;
    } else {
        m_paperVenue = std::make_unique<PaperExecution>(m_options.fees);
        m_paper = m_paperVenue.get();
        m_execution = m_paper;
    }
    connect(m_execution, &ExecutionClient::orderEvent, this, &TradingEngine::onOrderEvent);
    if (!m_paper) {
        m_stops = std::make_unique<ProtectiveStops>(*m_execution, m_marketClock);
        m_stops->setRecorder(
            [this](const QString& key, const Order& order) { return recordStop(key, order); });
        connect(m_stops.get(), &ProtectiveStops::stopFilled, this, &TradingEngine::onStopFilled);
        connect(m_stops.get(), &ProtectiveStops::released, this, &TradingEngine::onStopReleased);
        connect(m_stops.get(), &ProtectiveStops::unprotected, this, &TradingEngine::onUnprotected);
    }
    connect(m_execution, &ExecutionClient::venueClear, this, [this] {
        m_venueClear = true;
        if (m_killSwitch.state() == KillSwitchState::Flattening)
            flattenAll(); // the closing orders go out once nothing else is open at the venue
        else if (m_killSwitch.allowsNewOrders())
            protectAll(); // re-armed while the venue was still being cleared
    });
    if (m_paper) // so flattening can trade every account's product
        m_book.onNewProduct([this](const QString& productId) {
            m_paper->addProduct(m_book.productFor(productId));
        });
    // At Coinbase only the venue's own product list prices an order; on paper, Coinbase's
    // usual spot rules stand in for a product the list lacks.
    m_book.setProducts(m_options.products, m_options.products && !m_paper);
    if (m_options.products)
        connect(m_options.products, &ProductCatalog::updated, this, [this] {
            m_book.productsUpdated();
            if (m_paper) {
                for (const auto& [key, account] : m_book.accounts())
                    m_paper->addProduct(m_book.productFor(key.second));
            }
            m_dirty = true;
        });
    m_book.setBots(m_options.bots);
    watch.followKillSwitch(&m_killSwitch);
    connect(&watch, &BotWatch::barClosed, this, &TradingEngine::onBarClosed);
    connect(&hub, &MarketDataHub::productUpdated, this, &TradingEngine::onProductUpdated);
    if (m_paper) // the paper venue's resting orders fill on the prints through them
        connect(
            &hub, &MarketDataHub::tradesPrinted, this, [this](const std::vector<Trade>& trades) {
                for (const Trade& trade : trades)
                    m_paper->onTrade(trade);
            });
    m_publisher.setParent(this);
    connect(&m_publisher, &QTimer::timeout, this, &TradingEngine::publishIfChanged);
    m_publisher.start(m_options.interval);
}

TradingEngine::~TradingEngine()
{
    // Where the session's window ends (between the hourly snapshots, only here); a failed write
    // costs the diff at most the last hour and is not worth halting for on the way out.
    if (m_journal && !m_journalBroken && m_now != Timestamp{} && m_journal->begin()) {
        if (saveMarketTime(*m_journal) && m_journal->commit())
            return;
        m_journal->rollback();
    }
}

void TradingEngine::setBots(BotWatch& watch, std::vector<BotConfig> bots)
{
    // The accounts stay (a renamed bot's or a moved bot's position is still shown, valued and
    // flattened by the kill switch); only who trades in them changes.
    // A maker entry whose bot went, moved or now enters otherwise is cancelled: nothing would
    // look after it.
    QStringList orphaned;
    for (const auto& [key, entry] : m_workingEntries) {
        const BotAccount* account = m_book.accountOfKey(key);
        if (!account)
            continue;
        const bool same = std::any_of(bots.begin(), bots.end(), [&](const BotConfig& bot) {
            return bot.name == account->ledger.botId() && bot.product == account->ledger.productId()
                && bot.entry == account->entry;
        });
        if (!same)
            orphaned.append(account->ledger.botId());
    }
    for (const QString& botId : std::as_const(orphaned))
        cancelMakerEntry(botId);
    // Likewise a resting take profit whose bot went or moved: no bar close of it would cancel
    // the limit before its stop.
    for (const auto& each : m_book.accounts()) {
        const BotAccount& account = each.second;
        const bool same = std::any_of(bots.begin(), bots.end(), [&](const BotConfig& bot) {
            return bot.name == account.ledger.botId() && bot.product == account.ledger.productId();
        });
        if (!same)
            clearTakeProfit(account);
    }
    disconnect(m_watch, nullptr, this, nullptr);
    m_watch = &watch;
    m_watch->followKillSwitch(&m_killSwitch);
    connect(m_watch, &BotWatch::barClosed, this, &TradingEngine::onBarClosed);
    m_book.setBots(std::move(bots));
    for (const auto& [key, account] : m_book.accounts()) {
        if (account.lastTrade)
            m_watch->noteTrade(key.first, *account.lastTrade);
    }
    m_dirty = true;
}

void TradingEngine::setFees(const PaperExchangeConfig& fees)
{
    qCInfo(lcEngine).noquote() << "paper fees now maker" << fees.makerFeeRate.toString() << "taker"
                               << fees.takerFeeRate.toString() << "slippage"
                               << fees.slippage.toString();
    m_options.fees = fees;
    if (m_paper)
        m_paper->setConfig(fees);
    for (auto& [key, account] : m_book.accounts())
        account.settingsJournaled = false;
}

void TradingEngine::setFeeTier(
    const Decimal& makerFeeRate, const Decimal& takerFeeRate, const QString& tier)
{
    if (makerFeeRate == m_options.fees.makerFeeRate && takerFeeRate == m_options.fees.takerFeeRate)
        return;
    PaperExchangeConfig fees = m_options.fees;
    fees.makerFeeRate = makerFeeRate;
    fees.takerFeeRate = takerFeeRate;
    setFees(fees);
    Q_UNUSED(journal([&](JournalStore& store) {
        return store.recordAudit({m_now, QStringLiteral("fee_tier"), QString(),
            QStringLiteral("the account's fee tier at the venue (%1): maker %2, taker %3")
                .arg(tier, makerFeeRate.toString(), takerFeeRate.toString())});
    }));
}

void TradingEngine::setRiskDefaults(const RiskPolicy& defaults)
{
    // Every change to a limit is on the record.
    qCInfo(lcEngine).noquote()
        << "risk defaults now"
        << QJsonDocument(riskPolicyToJson(defaults)).toJson(QJsonDocument::Compact);
    m_options.riskDefaults = defaults;
    m_book.setRiskDefaults(defaults);
    for (auto& [key, account] : m_book.accounts())
        account.settingsJournaled = false;
    m_dirty = true;
}

void TradingEngine::setBotRunning(const QString& botId, bool running)
{
    if (running)
        m_lastRefusals.erase(botId);
    changeBotRunning(botId, running,
        running ? QStringLiteral("started by the trader")
                : QStringLiteral("stopped by the trader"));
}

void TradingEngine::stopBotItself(const QString& botId, const QString& why)
{
    qCCritical(lcEngine).noquote() << "bot" << botId << "stopped:" << why;
    changeBotRunning(botId, false, QStringLiteral("stopped by the engine: ") + why);
}

void TradingEngine::changeBotRunning(const QString& botId, bool running, const QString& why)
{
    m_dirty = true;
    if (!m_book.setRunning(botId, running))
        return;
    if (!running)
        cancelMakerEntry(botId); // a stopped bot opens nothing, a resting entry included
    qCInfo(lcEngine).noquote() << "bot" << botId << (running ? "started" : "stopped");
    Q_UNUSED(journal([&](JournalStore& store) -> Status {
        if (auto saved = saveStoppedBots(store, stoppedBots()); !saved)
            return saved;
        return store.recordAudit({m_now,
            running ? QStringLiteral("bot_started") : QStringLiteral("bot_stopped"), botId, why});
    }));
}

QStringList TradingEngine::stoppedBots() const
{
    return m_book.stoppedBots();
}

void TradingEngine::resetDrawdown(const QString& botId)
{
    BotAccount* account = m_book.botAccount(botId);
    if (!account || !account->risk)
        return;
    const bool botReset = account->risk->resetDrawdown();
    const bool accountReset = m_book.limits().resetDrawdown();
    if (!botReset && !accountReset)
        return;
    m_lastRefusals.erase(botId);
    account->lastDenial.clear();
    m_dirty = true;
    qCInfo(lcEngine).noquote() << "drawdown lock of" << botId << "released by the trader";
    const Status saved = journal([&](JournalStore& store) -> Status {
        if (auto limits = saveLimits(store, *account); !limits)
            return limits;
        return store.recordAudit({m_now, QStringLiteral("drawdown_reset"), botId,
            QStringLiteral("drawdown counted afresh from now, released by the trader")});
    });
    if (!saved) // the journal halted the trader; the release holds in memory until re-armed
        qCWarning(lcEngine).noquote() << "drawdown release not journaled:" << saved.error().message;
}

void TradingEngine::onProductUpdated(const QString& productId)
{
    // The market's time: its latest print, or on a market of candles alone (a candle replay,
    // where no bot's bar close may come) the start of its latest candle.
    const std::vector<Trade> last = m_hub.state().recentTrades(productId, 1);
    if (!last.empty())
        m_now = std::max(m_now, last.front().time);
    if (const CandleSeries* candles = m_hub.state().series(productId, Timeframe::FiveMinutes);
        candles && !candles->isEmpty())
        m_now = std::max(m_now, candles->candles().back().start);
    for (const auto& [key, account] : m_book.accounts()) {
        if (account.ledger.productId() != productId || account.ledger.isFlat())
            continue;
        m_dirty = true; // the mark moved
        if (m_killSwitch.state() == KillSwitchState::Flattening && m_venueClear) {
            flattenAll(); // a position that found no price before
            return;
        }
    }
}

void TradingEngine::prime(BotAccount& account, const Candle& bar)
{
    // The risk's swings and ATR start from the history the market thread already holds, as a
    // backtest's would from the candles before.
    account.primed = true;
    const CandleSeries* series
        = m_hub.state().series(account.ledger.productId(), account.timeframe);
    if (!series || !account.risk)
        return;
    for (const Candle& candle : series->candles()) {
        if (candle.start >= bar.start)
            break;
        account.risk->observe(candle);
    }
}

void TradingEngine::onBarClosed(
    const QString& botId, const BotEvaluation& evaluation, const Candle& bar, Timestamp closeTime)
{
    m_now = std::max(m_now, closeTime);
    BotAccount* found = m_book.botAccount(botId);
    if (!found)
        return;
    BotAccount& account = *found;
    m_dirty = true;
    // Whatever the bar decided, an open position that takes profit with a resting limit has it
    // from this close on.
    const auto takeProfitAfter = qScopeGuard([&] { keepTakeProfit(account, closeTime); });
    cancelTakeProfitBeforeStop(account, bar, closeTime);
    // Resting orders first: on a market without prints this candle fills what it crossed, and a
    // maker entry moves or gives up at this close — before the equity and the risk see the bar.
    if (m_paper)
        m_paper->onCandle(account.ledger.productId(), bar, closeTime, botId);
    if (m_paper) // the trader's limits on the product fill on the bars of a bot trading it
        m_paper->onCandle(account.ledger.productId(), bar, closeTime, ManualLedger);
    workMakerEntry(account, bar, closeTime);
    const bool entryWorking
        = m_workingEntries.count(positionKey(account.ledger.botId(), account.ledger.productId()));

    // The equity curve: the whole account, marked at every bot's bar close. Figures that leave
    // the Decimal range halt the engine: nothing is traded on an equity it cannot hold.
    const auto equity
        = m_book.equity([this](const QString& productId) { return markPrice(productId); });
    const auto cash = m_book.cash();
    if (!equity || !cash) {
        if (m_killSwitch.allowsNewOrders())
            haltItself(HaltCause::ArithmeticError,
                QStringLiteral("the account's equity or cash: %1")
                    .arg((!equity ? equity.error() : cash.error()).message));
        return;
    }
    m_book.markEquity(closeTime, *equity);
    // An hourly snapshot in the journal, so the curve comes back after a restart.
    if (const qint64 hour = toUnixSeconds(closeTime) / 3600;
        m_journal && hour != m_lastEquityHour) {
        m_lastEquityHour = hour;
        Q_UNUSED(journal([&](JournalStore& store) {
            if (auto saved = saveMarketTime(store); !saved)
                return saved;
            return store.recordEquity({closeTime, *equity, *cash});
        }));
    }
    if (!account.settingsJournaled && closeTime > m_journaledUntil
        && m_now - closeTime <= std::chrono::seconds(seconds(account.timeframe)))
        journalSettings(account, bar);

    if (!account.risk) {
        if (evaluation.intent == Action::Buy && account.ledger.isFlat())
            refuse(account, Side::Buy, {}, bar.close, closeTime, RefusalReason::RiskConfig);
        return;
    }
    if (!account.primed)
        prime(account, bar);
    const bool halted = !m_killSwitch.allowsNewOrders()
        || (m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire));
    const RiskConditions conditions{m_hub.health(account.ledger.productId()),
        halted ? KillSwitchState::Halted : KillSwitchState::Active};
    const Decimal open = account.ledger.openQuantity();
    const auto botEquity = account.ledger.equity(bar.close);
    if (!botEquity) { // a part of the account's equity, as above
        if (m_killSwitch.allowsNewOrders())
            haltItself(HaltCause::ArithmeticError,
                QStringLiteral("%1's equity at %2: %3")
                    .arg(botId, bar.close.toString(), botEquity.error().message));
        return;
    }
    const Decimal& accountEquity = *botEquity;
    const std::optional<Protection> before = account.risk->protection();
    const qint64 dayBefore = account.risk->day();
    // While a maker entry works, the risk only watches the bar: the bot's order is out.
    TradeDecision decision = account.risk->onClosedBar(bar, closeTime,
        entryWorking ? std::nullopt : evaluation.intent, open, accountEquity, conditions);
    if (entryWorking)
        decision.kind = TradeDecision::Kind::None;
    // The target reached: a resting take profit is the bot's order for it (what the bar did not
    // fill of it rests on).
    const bool takeProfitRests = takeProfitOf(account) != nullptr;
    const bool bracketRests
        = m_stops && m_stops->hasTakeProfit(positionKey(botId, account.ledger.productId()));
    if ((takeProfitRests || bracketRests) && decision.kind == TradeDecision::Kind::Exit
        && decision.exitReason == ExitReason::TakeProfit)
        decision.kind = TradeDecision::Kind::None;
    // The whole account's limits over every bot's own.
    bool accountWide = false;
    if (decision.kind == TradeDecision::Kind::Enter && m_book.limits().denial()) {
        decision.kind = TradeDecision::Kind::Denied;
        decision.denial = *m_book.limits().denial();
        accountWide = true;
    }
    // The limits' memory is journaled when a day begins and whenever the bot asks for
    // something (a refusal included), so that an engaged breaker is engaged after a restart.
    if (account.risk->day() != dayBefore || decision.kind != TradeDecision::Kind::None)
        Q_UNUSED(journal([&](JournalStore& store) { return saveLimits(store, account); }));
    if (account.risk->protection() != before && account.risk->protection() && !open.isZero()) {
        // A moved stop (breakeven, trailing) survives a restart; a failed write halts trading.
        Q_UNUSED(journal([&](JournalStore& store) { return saveProtection(store, account); }));
        if (!before || before->stop != account.risk->protection()->stop)
            protectPosition(account);
    }

    if (decision.kind == TradeDecision::Kind::None)
        return;
    // A bar that closed longer than a bar ago (history landing late, after a gap) is not the
    // market now: no order on it.
    const auto length = std::chrono::seconds(seconds(account.timeframe));
    if (m_now - closeTime > length) {
        qCInfo(lcEngine).noquote()
            << botId << "ignores a decision on a stale bar closed at" << toIsoString(closeTime);
        return;
    }
    const Side side = decision.side;
    const Decimal price
        = decision.price.isPositive() ? decision.price : markPrice(account.ledger.productId());
    if (decision.kind == TradeDecision::Kind::Denied) {
        const RefusalReason refusal
            = accountWide ? RefusalReason::AccountRisk : RefusalReason::BotRisk;
        const QString reason = (accountWide ? QStringLiteral("account_") : QString())
            + QString::fromLatin1(denialReasonName(decision.denial.reason));
        if (reason != account.lastDenial)
            refuse(account, side, decision.quantity, price, closeTime, refusal, decision.denial);
        account.lastDenial = reason;
        return;
    }
    const QString orderId = signalOrderId(botId, closeTime, side);
    if (m_sentOrders.contains(orderId)) {
        // Placed before a restart: its fills are already in the ledger; the bot still traded.
        m_watch->noteTrade(botId, closeTime);
        return;
    }
    if (halted) {
        refuse(account, side, decision.quantity, price, closeTime, RefusalReason::KillSwitch);
        return;
    }
    if (hasOrderInFlight(account) && !takeProfitRests) { // the venue has not said how it ended
        refuse(account, side, decision.quantity, price, closeTime, RefusalReason::OrderInFlight);
        return;
    }
    if (m_unreconciled.contains(account.ledger.productId())) {
        // Coinbase and the journal disagree on this product: never trade as if we knew.
        if (account.lastDenial != QLatin1String("unreconciled"))
            refuse(account, side, decision.quantity, price, closeTime, RefusalReason::Unreconciled);
        account.lastDenial = QStringLiteral("unreconciled");
        return;
    }
    if (decision.kind == TradeDecision::Kind::Enter && !account.productListed) {
        // At Coinbase, a product its list does not name (yet): its grid is not known, so
        // nothing opens on it. An open position keeps its stop, target and exits.
        if (account.lastDenial != QLatin1String("unknown_product"))
            refuse(
                account, side, decision.quantity, price, closeTime, RefusalReason::UnknownProduct);
        account.lastDenial = QStringLiteral("unknown_product");
        return;
    }
    // A stopped bot opens nothing and its signal closes nothing; its stop and target still do.
    const bool protective
        = decision.kind == TradeDecision::Kind::Exit && decision.exitReason != ExitReason::Signal;
    if (!account.running && !protective) {
        refuse(account, side, decision.quantity, price, closeTime, RefusalReason::BotStopped);
        return;
    }
    // Another exit: the resting take profit goes first (one cancels the other).
    if (takeProfitRests && !clearTakeProfit(account)) {
        refuse(account, side, decision.quantity, price, closeTime, RefusalReason::OrderInFlight);
        return;
    }
    const bool placed = decision.kind == TradeDecision::Kind::Enter && account.entry.isMaker()
        ? placeMakerEntry(account, decision, orderId, bar, closeTime)
        : trade(account, decision, orderId, closeTime);
    if (placed)
        m_watch->noteTrade(botId, closeTime);
}

void TradingEngine::flattenAll()
{
    for (auto& [key, account] : m_book.accounts()) {
        if (account.ledger.isFlat() || hasOrderInFlight(account))
            continue; // one in flight: flattened when it has ended
        const QString& botId = key.first;
        const Decimal open = account.ledger.openQuantity();
        const Side side = open.isPositive() ? Side::Sell : Side::Buy;
        QString orderId = QStringLiteral("%1/flatten/%2").arg(botId).arg(toUnixSeconds(m_now));
        for (int n = 2; m_sentOrders.contains(orderId); ++n)
            orderId
                = QStringLiteral("%1/flatten/%2-%3").arg(botId).arg(toUnixSeconds(m_now)).arg(n);
        TradeDecision flatten;
        flatten.kind = TradeDecision::Kind::Exit;
        flatten.side = side;
        flatten.quantity = open.abs();
        flatten.exitReason = ExitReason::KillSwitch;
        trade(account, flatten, orderId, m_now);
    }
}

void TradingEngine::announceFill(const BotAccount& account, const Fill& fill)
{
    TradingEvent event;
    event.kind = TradingEvent::Kind::Fill;
    event.time = fill.time;
    event.botId = account.ledger.botId();
    event.productId = fill.productId;
    event.side = fill.side;
    event.quantity = fill.size;
    event.price = fill.price;
    event.fee = fill.fee;
    m_lastRefusals.erase(event.botId);
    qCInfo(lcEngine).noquote() << "fill" << fill.clientOrderId << sideToString(fill.side)
                               << fill.size.toString() << fill.productId << "at"
                               << fill.price.toString() << "fee" << fill.fee.toString();
    Q_EMIT tradingEvent(event);
}

void TradingEngine::refuse(const BotAccount& account, Side side, const Decimal& quantity,
    const Decimal& price, Timestamp now, RefusalReason reason, std::optional<Denial> denial,
    const QString& venueReason)
{
    TradingEvent event;
    event.kind = TradingEvent::Kind::Refused;
    event.time = now;
    event.botId = account.ledger.botId();
    event.productId = account.ledger.productId();
    event.side = side;
    event.quantity = quantity;
    event.price = price;
    event.refusal = reason;
    event.denial = denial;
    event.venueReason = venueReason;
    m_lastRefusals[event.botId] = event;
    // On the record with its numbers (refusals repeated bar after bar are announced once).
    QString detail
        = QStringLiteral("%1 %2 %3: %4")
              .arg(sideToString(side), quantity.toString(), event.productId, event.reasonName());
    if (denial)
        detail += QStringLiteral(" (value %1, limit %2, bars left %3)")
                      .arg(denial->value.toString(), denial->limit.toString())
                      .arg(denial->barsLeft);
    if (!m_journalBroken)
        Q_UNUSED(journal([&](JournalStore& store) {
            return store.recordAudit({now, QStringLiteral("denial"), event.botId, detail});
        }));
    m_dirty = true;
    qCInfo(lcEngine).noquote() << "refused" << event.botId << detail;
    Q_EMIT tradingEvent(event);
    // A figure the bot's order or sizing needs left the Decimal range: the bot is stopped
    // rather than asked again on every bar with the same impossible numbers.
    if (reason == RefusalReason::ArithmeticError
        || (denial && denial->reason == DenialReason::ArithmeticError))
        stopBotItself(event.botId, detail);
}

Decimal TradingEngine::markPrice(const QString& productId) const
{
    if (const TickerEvent* ticker = m_hub.state().lastTicker(productId);
        ticker && ticker->price.isPositive())
        return ticker->price;
    for (Timeframe timeframe : AllTimeframes) {
        const CandleSeries* series = m_hub.state().series(productId, timeframe);
        if (series && !series->isEmpty())
            return series->candles().back().close;
    }
    return {};
}

TradingSnapshot TradingEngine::snapshot() const
{
    TradingSnapshot snapshot;
    Q_UNUSED(fillSnapshot(snapshot));
    return snapshot;
}

Status TradingEngine::fillSnapshot(TradingSnapshot& snapshot) const
{
    snapshot.time = m_now;
    snapshot.killSwitch = m_killSwitch.status();
    snapshot.orders.assign(m_orders.rbegin(), m_orders.rend());
    snapshot.lastRefusals = m_lastRefusals;
    return m_book.fillSnapshot(
        snapshot, [this](const QString& productId) { return markPrice(productId); }, m_now);
}

void TradingEngine::publishIfChanged()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    TradingSnapshot snapshot;
    if (const auto exact = fillSnapshot(snapshot); !exact && m_killSwitch.allowsNewOrders()) {
        // The figures the trader sees left the range: nothing more is traded on them.
        haltItself(HaltCause::ArithmeticError,
            QStringLiteral("the account's figures: %1").arg(exact.error().message));
        snapshot.killSwitch = m_killSwitch.status();
    }
    Q_EMIT snapshotReady(snapshot);
}
} // namespace Candela::Core

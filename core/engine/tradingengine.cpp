#include "tradingengine.h"

#include "botwatch.h"
#include "journalstate.h"

#include "core/corelogging.h"
#include "core/market/marketdatahub.h"
#include "core/risk/riskpolicyjson.h"
#include "livejournal.h"
#include "venueorders.h"

#include <QJsonDocument>

namespace Candela::Core {

using VenueOrders::applyStatus;
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

QString protectionKey(const QString& botId, const QString& productId)
{
    return QStringLiteral("protection/%1/%2").arg(botId, productId);
}

QString limitsKey(const QString& botId, const QString& productId)
{
    return QStringLiteral("limits/%1/%2").arg(botId, productId);
}

QString inFlightKey(const QString& clientOrderId)
{
    return QStringLiteral("inflight/") + clientOrderId;
}

Decimal averagePrice(const std::vector<Fill>& fills)
{
    Decimal notional;
    Decimal quantity;
    for (const Fill& fill : fills) {
        notional = notional.plus(fill.notional().valueOr(Decimal{})).valueOr(notional);
        quantity = quantity.plus(fill.size).valueOr(quantity);
    }
    return quantity.isPositive()
        ? notional.dividedBy(quantity, 8, RoundingMode::HalfEven).valueOr(Decimal{})
        : Decimal{};
}

} // namespace

TradingEngine::Account::Account(const QString& botId, const QString& productId, const Decimal& cash)
    : ledger(botId, productId, cash)
{ }

TradingEngine::TradingEngine(MarketDataHub& hub, BotWatch& watch, Options options, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_watch(&watch)
    , m_options(std::move(options))
    , m_accountLimits(m_options.riskDefaults)
    , m_stopped(m_options.stoppedBots.begin(), m_options.stoppedBots.end())
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
    addBotAccounts();
    watch.followKillSwitch(&m_killSwitch);
    connect(&watch, &BotWatch::barClosed, this, &TradingEngine::onBarClosed);
    connect(&hub, &MarketDataHub::productUpdated, this, &TradingEngine::onProductUpdated);
    m_publisher.setParent(this);
    connect(&m_publisher, &QTimer::timeout, this, &TradingEngine::publishIfChanged);
    m_publisher.start(m_options.interval);
}

TradingEngine::~TradingEngine() = default;

TradingEngine::Account& TradingEngine::accountFor(const QString& botId, const QString& productId)
{
    const auto key = std::pair{botId, productId};
    auto found = m_accounts.find(key);
    if (found == m_accounts.end()) {
        found = m_accounts.try_emplace(key, botId, productId, m_options.startingCash).first;
        found->second.running = !m_stopped.contains(botId);
        if (m_paper) // so flattening can trade it
            m_paper->addProduct(Product::spotDefaults(productId));
    }
    return found->second;
}

TradingEngine::Account* TradingEngine::botAccount(const QString& botId)
{
    for (const BotConfig& config : m_options.bots) {
        if (config.name == botId)
            return &accountFor(botId, config.product);
    }
    return nullptr;
}

void TradingEngine::addBotAccounts()
{
    for (const BotConfig& config : m_options.bots) {
        Account& account = accountFor(config.name, config.product);
        account.timeframe = config.timeframe;
        account.positionSize = config.positionSize;
        // An edited bot gets a new risk under the new policy; an open position keeps its stop and
        // target, and the limits keep the day's figures and what they counted.
        std::optional<Protection> protection;
        QString limits;
        if (account.risk) {
            protection = account.risk->protection();
            limits = account.risk->limitsText();
        }
        account.risk.reset();
        account.primed = false;
        const auto policy = riskPolicyFor(config, m_options.riskDefaults);
        account.riskError = policy ? QString() : policy.error().message;
        if (!policy) {
            qCWarning(lcEngine).noquote() << account.riskError;
            continue;
        }
        account.risk.emplace(
            *policy, Product::spotDefaults(config.product), config.timeframe, config.positionSize);
        account.risk->setProtection(protection);
        if (!limits.isEmpty())
            account.risk->restoreLimits(limits);
        for (const ClosedTrade& trade : m_trades) {
            if (trade.botId == config.name && trade.productId == config.product) {
                account.risk->noteEntry(trade.entryTime);
                account.risk->noteClosed(trade);
            }
        }
        if (account.openedAt)
            account.risk->noteEntry(*account.openedAt);
    }
}

void TradingEngine::setBots(BotWatch& watch, std::vector<BotConfig> bots)
{
    // The accounts stay (a renamed bot's or a moved bot's position is still shown, valued and
    // flattened by the kill switch); only who trades in them changes.
    disconnect(m_watch, nullptr, this, nullptr);
    m_watch = &watch;
    m_watch->followKillSwitch(&m_killSwitch);
    connect(m_watch, &BotWatch::barClosed, this, &TradingEngine::onBarClosed);
    m_options.bots = std::move(bots);
    addBotAccounts();
    for (const auto& [key, account] : m_accounts) {
        if (account.lastTrade)
            m_watch->noteTrade(key.first, *account.lastTrade);
    }
    m_dirty = true;
}

Status TradingEngine::open()
{
    if (m_options.journalPath.isEmpty())
        return restoreKillSwitch();
    auto journal = std::make_unique<JournalStore>();
    if (auto opened = journal->open(m_options.journalPath); !opened)
        return opened;
    const auto orders = journal->loadOrders();
    if (!orders)
        return orders.error();
    const auto fills = journal->loadFills();
    if (!fills)
        return fills.error();
    // The session's starting cash is the journal's, set when it was created: a session resumed
    // with another figure in the settings keeps its own.
    const auto storedCash = journal->state(QStringLiteral("starting_cash"));
    if (!storedCash)
        return storedCash.error();
    if (storedCash->isEmpty()) {
        m_journal = std::move(journal);
        if (auto saved = this->journal([&](JournalStore& store) {
                return store.setState(
                    QStringLiteral("starting_cash"), m_options.startingCash.toString());
            });
            !saved)
            return saved;
    } else {
        const auto cash = Decimal::fromString(*storedCash);
        if (!cash || !cash->isPositive())
            return Error{ErrorCode::InvalidArgument,
                QStringLiteral("%1: unreadable starting cash '%2'")
                    .arg(m_options.journalPath, *storedCash)};
        m_options.startingCash = *cash;
        m_accounts.clear();
        addBotAccounts();
        m_journal = std::move(journal);
    }

    QHash<QString, QString> botOfOrder;
    for (const Order& order : *orders) {
        botOfOrder.insert(order.clientOrderId, order.botId);
        m_sentOrders.insert(order.clientOrderId);
        remember(order);
        // The market's time when it was decided: a bar replayed after the restart that closed
        // well before it is history, not the market now (a venue's fills carry its own clock).
        m_now = std::max(m_now, order.createdAt);
    }
    // An open position's stop and target, as they were.
    std::map<std::pair<QString, QString>, Protection> protections;
    for (const auto& [key, account] : m_accounts) {
        const auto stored = m_journal->state(protectionKey(key.first, key.second));
        if (!stored)
            return stored.error();
        if (const auto protection = Protection::fromText(*stored))
            protections.emplace(key, *protection);
    }
    // The ledgers are rebuilt from the fills, in the order they were booked: the same cash and
    // lots as before the restart. The closed trades are the journal's, with their exit reasons
    // and R multiples.
    for (const Fill& fill : *fills) {
        const QString botId = botOfOrder.value(fill.clientOrderId);
        if (botId.isEmpty()) {
            qCWarning(lcEngine) << "journaled fill without its order:" << fill.clientOrderId;
            continue;
        }
        Account& account = accountFor(botId, fill.productId);
        TradeDecision opening; // an entry's risk per unit, when its stop is known
        if (const auto protection = protections.find({botId, fill.productId});
            protection != protections.end() && fill.side == Side::Buy) {
            opening.kind = TradeDecision::Kind::Enter;
            opening.plan.entry = protection->second.entry;
            opening.plan.stop = protection->second.initialStop;
        }
        const auto closed = applyFill(account, fill, opening);
        if (!closed)
            return closed.error();
        if (account.risk && fill.side == Side::Buy)
            account.risk->noteEntry(fill.time); // the limits count entries from before
    }
    const auto journaledTrades = m_journal->loadClosedTrades();
    if (!journaledTrades)
        return journaledTrades.error();
    m_trades = *journaledTrades;
    // The equity curve from the journal's hourly snapshots; a journal from before they were
    // kept gives the realized equity at each closed trade instead.
    const auto snapshots = m_journal->loadEquity();
    if (!snapshots)
        return snapshots.error();
    for (const EquitySnapshot& snapshot : *snapshots)
        m_equityCurve.push_back({snapshot.time, snapshot.equity});
    if (!snapshots->empty())
        m_lastEquityHour = toUnixSeconds(snapshots->back().time) / 3600;
    Decimal realized = m_options.startingCash.times(Decimal::fromInteger(qint64(m_accounts.size())))
                           .valueOr(Decimal{});
    for (const ClosedTrade& trade : m_trades) {
        realized = realized.plus(trade.pnl).valueOr(realized);
        if (snapshots->empty())
            m_equityCurve.push_back({trade.exitTime, realized});
        if (Account* account = botAccount(trade.botId);
            account && account->risk && account->ledger.productId() == trade.productId)
            account->risk->noteClosed(trade);
    }
    for (auto& [key, account] : m_accounts) {
        if (const auto protection = protections.find(key);
            protection != protections.end() && account.risk && !account.ledger.isFlat())
            account.risk->setProtection(protection->second);
        // The day's starting equity, the high-water mark and a pause: an engaged breaker stays.
        const auto limits = m_journal->state(limitsKey(key.first, key.second));
        if (!limits)
            return limits.error();
        if (account.risk && !limits->isEmpty() && account.risk->restoreLimits(*limits))
            account.savedLimits = *limits;
    }
    const auto accountLimits = m_journal->state(QStringLiteral("limits/account"));
    if (!accountLimits)
        return accountLimits.error();
    if (!accountLimits->isEmpty() && m_accountLimits.restore(*accountLimits))
        m_savedAccountLimits = *accountLimits;
    // A bot that traded just before the restart is still in its cooldown.
    for (const auto& [key, account] : m_accounts) {
        if (account.lastTrade)
            m_watch->noteTrade(key.first, *account.lastTrade);
    }
    m_dirty = true;
    if (auto restored = restoreKillSwitch(); !restored)
        return restored;
    if (auto restored = restoreStoppedBots(); !restored)
        return restored;
    return resumeInFlight(*orders, *fills);
}

Status TradingEngine::resumeInFlight(
    const std::vector<Order>& orders, const std::vector<Fill>& fills)
{
    // The paper venue forgets its orders with the process: one left in flight by a crash stays
    // as journaled, with nothing counted. A venue that keeps them is asked what became of them.
    if (m_paper)
        return success();
    for (const Order& order : orders) {
        if (isTerminal(order.status) || order.status == OrderStatus::New)
            continue;
        QSet<QString> counted;
        for (const Fill& fill : fills) {
            if (fill.clientOrderId == order.clientOrderId)
                counted.insert(fill.tradeId);
        }
        if (order.type == OrderType::StopLimit && m_stops) {
            // A position's stop at the venue: it guards the position again, none beside it. One
            // that guards nothing (the position is flat, or another stop already guards it) is
            // cancelled: a stop left resting could sell coins the bots no longer hold.
            const QString key = positionKey(order.botId, order.productId);
            const Account& account = accountFor(order.botId, order.productId);
            m_stopOrders.insert_or_assign(order.clientOrderId, order);
            m_execution->resume(order, counted);
            if (account.ledger.isFlat() || !m_stops->stopOrderId(key).isEmpty()) {
                qCWarning(lcEngine).noquote() << "cancelling stop" << order.clientOrderId << "of"
                                              << key << ": it guards nothing";
                m_execution->cancel({order.clientOrderId}, false);
                continue;
            }
            ProtectiveStops::Stop stop{order.productId, order.side,
                order.quantity.minus(order.filledQuantity).valueOr(order.quantity),
                order.stopPrice.value_or(Decimal{}), order.limitPrice.value_or(Decimal{})};
            m_stops->adopt(key, stop, order.clientOrderId);
            continue;
        }
        const auto stored = m_journal->state(inFlightKey(order.clientOrderId));
        if (!stored)
            return stored.error();
        const auto decision = decisionFromText(*stored);
        if (!decision) {
            qCWarning(lcEngine).noquote()
                << "order" << order.clientOrderId << "in flight without its decision; resumed as"
                << "an exit";
        }
        InFlight flight;
        flight.account = {order.botId, order.productId};
        flight.order = order;
        flight.decidedAt = order.createdAt;
        if (decision) {
            flight.decision = *decision;
        } else {
            flight.decision.kind = TradeDecision::Kind::Exit;
            flight.decision.side = order.side;
            flight.decision.quantity = order.quantity;
            flight.decision.exitReason = ExitReason::Manual;
        }
        for (const Fill& fill : fills) {
            if (fill.clientOrderId == order.clientOrderId)
                flight.fills.push_back(fill);
        }
        accountFor(order.botId, order.productId);
        m_inFlight.insert_or_assign(order.clientOrderId, std::move(flight));
        qCInfo(lcEngine).noquote() << "resuming order" << order.clientOrderId << "("
                                   << counted.size() << "fills counted before the restart)";
        m_execution->resume(order, counted);
    }
    // A position whose stop never reached the journal (a crash in between) gets one now.
    protectAll();
    return success();
}

void TradingEngine::halt(HaltCause cause, const QString& detail)
{
    const bool changed = m_killSwitch.halt(cause, detail, m_now);
    if (changed)
        killSwitchMoved();
    // Also when the engine had halted itself (a failed journal write): the trader's press still
    // clears the venue.
    if (changed || m_journalBroken)
        clearVenue();
}

void TradingEngine::flatten(HaltCause cause, const QString& detail)
{
    const bool changed = m_killSwitch.flatten(cause, detail, m_now);
    if (changed)
        killSwitchMoved();
    if (changed || m_journalBroken)
        clearVenue();
    // The closing orders follow once the venue is clear; the paper venue is clear at once.
    if (m_paper)
        flattenAll();
}

void TradingEngine::rearm()
{
    if (!m_killSwitch.rearm(m_now))
        return;
    m_lastRefusals.clear(); // what the switch refused is history
    m_journalBroken = false; // a failed journal is tried again: the re-arm is its first write
    killSwitchMoved();
    if (!m_killSwitch.allowsNewOrders())
        return; // the journal failed again and halted the engine once more
    bookWhatWasNotRecorded();
    protectAll(); // the positions kept through a halt rest on their stops again
}

void TradingEngine::haltItself(HaltCause cause, const QString& detail)
{
    if (m_killSwitch.halt(cause, detail, m_now))
        killSwitchMoved();
}

void TradingEngine::killSwitchMoved()
{
    const KillSwitchStatus& status = m_killSwitch.status();
    qCWarning(lcEngine).noquote() << "kill switch" << killSwitchStateName(status.state)
                                  << haltCauseName(status.cause) << status.detail;
    // On the record with its cause, so that a restart finds it (a failed write halts, as any).
    Q_UNUSED(journal([&](JournalStore& store) -> Status {
        if (auto saved = saveKillSwitch(store, status); !saved)
            return saved;
        QString detail = killSwitchStateName(status.state);
        if (status.cause != HaltCause::None)
            detail += QLatin1Char(' ') + haltCauseName(status.cause);
        if (!status.detail.isEmpty())
            detail += QStringLiteral(": ") + status.detail;
        return store.recordAudit({m_now, QStringLiteral("kill_switch"), QString(), detail});
    }));
    if (m_watch)
        m_watch->killSwitchMoved();
    m_dirty = true;
    Q_EMIT killSwitchChanged(m_killSwitch.status());
}

void TradingEngine::clearVenue()
{
    // Every open order at the venue is cancelled, the stops too: none is put back until re-armed.
    if (m_stops) {
        m_exitsAwaitingStop.clear();
        m_stops->releaseAll();
    }
    m_venueClear = m_paper != nullptr;
    m_execution->cancelAll();
}

Status TradingEngine::restoreStoppedBots()
{
    const auto journaled = loadStoppedBots(*m_journal);
    if (!journaled)
        return journaled.error();
    for (const QString& botId : *journaled)
        m_stopped.insert(botId);
    for (auto& [key, account] : m_accounts)
        account.running = !m_stopped.contains(key.first);
    if (stoppedBots() == *journaled)
        return success();
    return journal([&](JournalStore& store) { return saveStoppedBots(store, stoppedBots()); });
}

Status TradingEngine::restoreKillSwitch()
{
    // The journal's switch ("kill_switch", also written by `candela-cli session kill`) and the
    // one the engine was given: the stricter holds, and is journaled if it is not the journal's.
    KillSwitchStatus journaled;
    if (m_journal) {
        const auto restored = loadKillSwitch(*m_journal);
        if (!restored)
            return restored.error();
        journaled = *restored;
    }
    const KillSwitchStatus start = stricterKillSwitch(journaled, m_options.killSwitch);
    m_killSwitch = KillSwitch(start);
    if (m_watch)
        m_watch->killSwitchMoved();
    m_dirty = true;
    if (start != journaled && m_journal)
        return journal([&](JournalStore& store) { return saveKillSwitch(store, start); });
    return success();
}

void TradingEngine::bookWhatWasNotRecorded()
{
    const std::vector<OrderEvent> events = std::exchange(m_unbooked, {});
    const auto fills = std::exchange(m_unbookedStopFills, {});
    QStringList orders;
    for (const OrderEvent& event : events) {
        if (!orders.contains(event.clientOrderId))
            orders.append(event.clientOrderId);
    }
    for (const QString& id : orders)
        settle(id, events);
    for (const auto& [key, fill] : fills)
        onStopFilled(key, fill);
}

void TradingEngine::setFees(const PaperExchangeConfig& fees)
{
    qCInfo(lcEngine).noquote() << "paper fees now maker" << fees.makerFeeRate.toString() << "taker"
                               << fees.takerFeeRate.toString() << "slippage"
                               << fees.slippage.toString();
    m_options.fees = fees;
    if (m_paper)
        m_paper->setConfig(fees);
}

void TradingEngine::setRiskDefaults(const RiskPolicy& defaults)
{
    // Every change to a limit is on the record.
    qCInfo(lcEngine).noquote()
        << "risk defaults now"
        << QJsonDocument(riskPolicyToJson(defaults)).toJson(QJsonDocument::Compact);
    m_options.riskDefaults = defaults;
    m_accountLimits.setPolicy(defaults);
    addBotAccounts();
    m_dirty = true;
}

void TradingEngine::setBotRunning(const QString& botId, bool running)
{
    const QStringList before = stoppedBots();
    m_stopped.remove(botId);
    if (!running)
        m_stopped.insert(botId);
    if (running)
        m_lastRefusals.erase(botId);
    for (auto& [key, account] : m_accounts) {
        if (key.first == botId)
            account.running = running;
    }
    m_dirty = true;
    if (stoppedBots() == before)
        return;
    qCInfo(lcEngine).noquote() << "bot" << botId << (running ? "started" : "stopped");
    Q_UNUSED(journal([&](JournalStore& store) -> Status {
        if (auto saved = saveStoppedBots(store, stoppedBots()); !saved)
            return saved;
        return store.recordAudit(
            {m_now, running ? QStringLiteral("bot_started") : QStringLiteral("bot_stopped"), botId,
                running ? QStringLiteral("started by the trader")
                        : QStringLiteral("stopped by the trader")});
    }));
}

QStringList TradingEngine::stoppedBots() const
{
    QStringList bots = m_stopped.values();
    bots.sort();
    return bots;
}

void TradingEngine::resetDrawdown(const QString& botId)
{
    Account* account = botAccount(botId);
    if (!account || !account->risk)
        return;
    const bool botReset = account->risk->resetDrawdown();
    const bool accountReset = m_accountLimits.resetDrawdown();
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
    const std::vector<Trade> last = m_hub.state().recentTrades(productId, 1);
    if (!last.empty())
        m_now = std::max(m_now, last.front().time);
    for (const auto& [key, account] : m_accounts) {
        if (account.ledger.productId() != productId || account.ledger.isFlat())
            continue;
        m_dirty = true; // the mark moved
        if (m_killSwitch.state() == KillSwitchState::Flattening && m_venueClear) {
            flattenAll(); // a position that found no price before
            return;
        }
    }
}

void TradingEngine::prime(Account& account, const Candle& bar)
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
    Account* found = botAccount(botId);
    if (!found)
        return;
    Account& account = *found;
    m_dirty = true;

    // The equity curve: the whole account, marked at every bot's bar close.
    Decimal equity;
    for (const auto& [id, each] : m_accounts)
        equity
            = equity.plus(each.ledger.equity(markPrice(each.ledger.productId())).valueOr(Decimal{}))
                  .valueOr(equity);
    if (!m_equityCurve.empty() && m_equityCurve.back().time >= closeTime)
        m_equityCurve.back().equity = equity;
    else
        m_equityCurve.push_back({closeTime, equity});
    if (m_equityCurve.size() > EquityPointsKept)
        m_equityCurve.erase(m_equityCurve.begin());
    m_accountLimits.update(closeTime, equity);
    // An hourly snapshot in the journal, so the curve comes back after a restart.
    if (const qint64 hour = toUnixSeconds(closeTime) / 3600;
        m_journal && hour != m_lastEquityHour) {
        m_lastEquityHour = hour;
        Decimal cash;
        for (const auto& [id, each] : m_accounts)
            cash = cash.plus(each.ledger.cash()).valueOr(cash);
        Q_UNUSED(journal([&](JournalStore& store) {
            return store.recordEquity({closeTime, equity, cash});
        }));
    }

    if (!account.risk) {
        if (evaluation.intent == Action::Buy && account.ledger.isFlat())
            refuse(account, Side::Buy, {}, bar.close, closeTime, RefusalReason::RiskConfig);
        return;
    }
    if (!account.primed)
        prime(account, bar);
    const bool halted = !m_killSwitch.allowsNewOrders()
        || (m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire));
    const RiskConditions conditions{m_watch->health(account.ledger.productId()),
        halted ? KillSwitchState::Halted : KillSwitchState::Active};
    const Decimal open = account.ledger.openQuantity();
    const Decimal accountEquity = open.isZero()
        ? account.ledger.cash()
        : account.ledger.equity(bar.close).valueOr(account.ledger.cash());
    const std::optional<Protection> before = account.risk->protection();
    const qint64 dayBefore = account.risk->day();
    TradeDecision decision = account.risk->onClosedBar(
        bar, closeTime, evaluation.intent, open, accountEquity, conditions);
    // The whole account's limits over every bot's own.
    bool accountWide = false;
    if (decision.kind == TradeDecision::Kind::Enter && m_accountLimits.denial()) {
        decision.kind = TradeDecision::Kind::Denied;
        decision.denial = *m_accountLimits.denial();
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
    if (hasOrderInFlight(account)) { // the venue has not said how the last one ended
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
    // A stopped bot opens nothing and its signal closes nothing; its stop and target still do.
    const bool protective
        = decision.kind == TradeDecision::Kind::Exit && decision.exitReason != ExitReason::Signal;
    if (!account.running && !protective) {
        refuse(account, side, decision.quantity, price, closeTime, RefusalReason::BotStopped);
        return;
    }
    if (trade(account, decision, orderId, closeTime))
        m_watch->noteTrade(botId, closeTime);
}

void TradingEngine::flattenAll()
{
    for (auto& [key, account] : m_accounts) {
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

Status TradingEngine::closePosition(
    const QString& botId, const QString& productId, const Decimal& shownQuantity)
{
    const auto found = m_accounts.find({botId, productId});
    if (found == m_accounts.end() || found->second.ledger.isFlat())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 holds no position in %2").arg(botId, productId));
    Account& account = found->second;
    const Decimal open = account.ledger.openQuantity();
    TradeDecision close;
    close.kind = TradeDecision::Kind::Exit;
    close.side = open.isPositive() ? Side::Sell : Side::Buy;
    close.quantity = open.abs();
    close.exitReason = ExitReason::Manual;
    const Decimal price = markPrice(productId);
    std::optional<RefusalReason> refusal;
    if (!m_killSwitch.allowsNewOrders()
        || (m_options.haltNow && m_options.haltNow->load(std::memory_order_acquire)))
        refusal = RefusalReason::KillSwitch; // flattening closes every position
    else if (open != shownQuantity)
        refusal = RefusalReason::PositionChanged;
    else if (m_unreconciled.contains(productId))
        refusal = RefusalReason::Unreconciled;
    else if (hasOrderInFlight(account))
        refusal = RefusalReason::OrderInFlight;
    else if (!price.isPositive())
        refusal = RefusalReason::NoPrice;
    if (refusal) {
        refuse(account, close.side, close.quantity, price, m_now, *refusal);
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("closing %1's %2 position refused: %3")
                .arg(botId, productId, QString::fromLatin1(refusalReasonName(*refusal))));
    }
    QString orderId = QStringLiteral("%1/close/%2").arg(botId).arg(toUnixSeconds(m_now));
    for (int n = 2; m_sentOrders.contains(orderId); ++n)
        orderId = QStringLiteral("%1/close/%2-%3").arg(botId).arg(toUnixSeconds(m_now)).arg(n);
    qCInfo(lcEngine).noquote() << "the trader closes" << botId << "'s" << productId
                               << "position:" << orderId;
    if (!trade(account, close, orderId, m_now))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("closing %1's %2 position was refused").arg(botId, productId));
    publishIfChanged();
    return success();
}

bool TradingEngine::trade(
    Account& account, const TradeDecision& decision, const QString& orderId, Timestamp now)
{
    const QString key = positionKey(account.ledger.botId(), account.ledger.productId());
    if (m_stops && decision.kind == TradeDecision::Kind::Exit
        && !m_stops->stopOrderId(key).isEmpty()) {
        // The venue stop goes first, then the exit: both resting or trading could sell the
        // position twice. The stop's end (or its trade) decides what is left to sell.
        m_exitsAwaitingStop.insert_or_assign(key, PendingExit{decision, orderId, now});
        m_stops->release(key);
        return true;
    }
    const Side side = decision.side;
    const Decimal& quantity = decision.quantity;
    Order order;
    order.clientOrderId = orderId;
    order.botId = account.ledger.botId();
    order.productId = account.ledger.productId();
    order.side = side;
    order.type = OrderType::Market;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    order.quantity = quantity;
    order.createdAt = now;
    order.updatedAt = now;

    // A stop or target is sent at its level (a book, when there is one, decides the fill).
    const Decimal price = decision.price.isPositive() ? decision.price : markPrice(order.productId);
    if (m_paper) {
        // The paper venue's answer is known before sending: a refusal or a buy beyond the bot's
        // cash places nothing.
        m_paper->setMarket(order.productId, price, m_hub.state().book(order.productId));
        const PaperResult preview = m_paper->preview(order);
        if (preview.reject != PaperRejectReason::None) {
            refuse(account, side, quantity, price, now, refusalFor(preview.reject));
            return false;
        }
        if (side == Side::Buy && !affordable(account, preview.fills)) {
            refuse(account, side, quantity, price, now, RefusalReason::InsufficientCash);
            return false;
        }
    } else if (side == Side::Buy && !affordableAt(account, quantity, price)) {
        refuse(account, side, quantity, price, now, RefusalReason::InsufficientCash);
        return false;
    }
    // Durable before it leaves, with what it is for: an order found in the journal is never
    // placed again, and one in flight at a restart is taken up where it was.
    order.status = OrderStatus::Submitted;
    if (auto saved = journal([&](JournalStore& store) -> Status {
            if (auto stored = store.recordOrder(order); !stored)
                return stored;
            return m_paper ? success()
                           : store.setState(inFlightKey(orderId), decisionToText(decision));
        });
        !saved)
        return false;
    m_sentOrders.insert(orderId);
    InFlight flight;
    flight.account = {order.botId, order.productId};
    flight.decision = decision;
    flight.order = order;
    flight.decidedAt = now;
    m_inFlight.insert_or_assign(orderId, std::move(flight));
    remember(order);
    m_dirty = true;

    // The paper venue answers inside submit(): its answers are booked together, in one
    // transaction, as they always were. A crash before that commit leaves the order Submitted
    // with nothing counted — never some fills without their trades.
    m_submitting = true;
    m_execution->submit(order);
    m_submitting = false;
    const std::vector<OrderEvent> answers = std::exchange(m_answers, {});
    QStringList answered;
    for (const OrderEvent& answer : answers) {
        if (!answered.contains(answer.clientOrderId))
            answered.append(answer.clientOrderId);
    }
    for (const QString& id : answered)
        settle(id, answers);
    return true;
}

void TradingEngine::onOrderEvent(const OrderEvent& event)
{
    if (const auto lost = m_gaveUp.find(event.clientOrderId); lost != m_gaveUp.end()
        && event.kind != OrderEvent::Kind::Rejected && !m_inFlight.count(event.clientOrderId)) {
        // Given up as never placed, yet the venue has it: its record wins. The order is in
        // flight again and its fills are booked as any.
        InFlight flight = std::move(lost->second);
        m_gaveUp.erase(lost);
        flight.order.status = OrderStatus::Submitted;
        const QString id = event.clientOrderId;
        qCCritical(lcEngine).noquote()
            << "order" << id << "was given up as never placed but the venue has it";
        Q_UNUSED(journal([&](JournalStore& store) -> Status {
            if (auto stored = store.setState(inFlightKey(id), decisionToText(flight.decision));
                !stored)
                return stored;
            return store.recordAudit({m_now, QStringLiteral("order_found"), flight.order.botId,
                QStringLiteral("order %1, given up as never placed, is at the venue").arg(id)});
        }));
        m_inFlight.insert_or_assign(id, std::move(flight));
    }
    if (m_stopOrders.count(event.clientOrderId)) {
        onStopEvent(event);
        return;
    }
    if (m_submitting)
        m_answers.push_back(event);
    else
        settle(event.clientOrderId, {event});
}

bool TradingEngine::hasOrderInFlight(const Account& account) const
{
    const auto key = std::pair{account.ledger.botId(), account.ledger.productId()};
    return m_exitsAwaitingStop.count(positionKey(key.first, key.second)) > 0
        || std::any_of(m_inFlight.begin(), m_inFlight.end(),
            [&](const auto& each) { return each.second.account == key; });
}

void TradingEngine::settle(const QString& clientOrderId, const std::vector<OrderEvent>& events)
{
    const auto found = m_inFlight.find(clientOrderId);
    if (found == m_inFlight.end()) {
        qCDebug(lcEngine) << "venue answer for an order not in flight:" << clientOrderId;
        return;
    }
    InFlight& flight = found->second;
    const auto accountIt = m_accounts.find(flight.account);
    if (accountIt == m_accounts.end())
        return;

    // The fills go to a copy of the account; the fills, the round trips they close and the
    // order's state are committed in one transaction, and only then does the copy replace the
    // account. A failed write leaves the account as it was.
    Account staged = accountIt->second;
    Order order = flight.order;
    std::vector<Fill> fills;
    std::vector<ClosedTrade> closed;
    QString rejectReason;
    for (const OrderEvent& event : events) {
        if (event.clientOrderId != clientOrderId)
            continue;
        if (event.kind != OrderEvent::Kind::Fill) {
            if (event.kind == OrderEvent::Kind::Rejected)
                rejectReason = event.reason;
            applyStatus(order, event);
            continue;
        }
        if (!event.fill)
            continue;
        const bool seen = std::any_of(flight.fills.begin(), flight.fills.end(),
                              [&](const Fill& f) { return f.tradeId == event.fill->tradeId; })
            || std::any_of(fills.begin(), fills.end(),
                [&](const Fill& f) { return f.tradeId == event.fill->tradeId; });
        const Decimal after = order.filledQuantity.plus(event.fill->size).valueOr(order.quantity);
        if (seen || after > order.quantity) {
            qCWarning(lcEngine).noquote() << "fill" << event.fill->tradeId << "of" << clientOrderId
                                          << "not counted (seen or beyond the order)";
            continue;
        }
        Fill fill = *event.fill;
        fill.clientOrderId = clientOrderId;
        if (fill.venueOrderId.isEmpty())
            fill.venueOrderId = order.venueOrderId;
        const auto trades = applyFill(staged, fill, flight.decision);
        if (!trades) {
            qCWarning(lcEngine).noquote() << "fill not booked:" << trades.error().message;
            continue;
        }
        closed.insert(closed.end(), trades->begin(), trades->end());
        fills.push_back(fill);
        order.filledQuantity = after;
        order.fees = order.fees.plus(fill.fee).valueOr(order.fees);
        order.status = after == order.quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
    }
    if (fills.empty() && order.status == flight.order.status
        && order.venueOrderId == flight.order.venueOrderId)
        return; // nothing new

    std::vector<Fill> allFills = flight.fills;
    allFills.insert(allFills.end(), fills.begin(), fills.end());
    if (order.filledQuantity.isPositive())
        order.averageFillPrice = averagePrice(allFills);
    const bool ended = isTerminal(order.status);
    std::vector<ClosedTrade> allClosed = flight.closed;
    allClosed.insert(allClosed.end(), closed.begin(), closed.end());
    if (ended && staged.risk)
        staged.risk->onFilled(flight.decision, averagePrice(allFills), allClosed, flight.decidedAt);
    if (auto saved = journal([&](JournalStore& store) -> Status {
            if (ended) {
                if (auto stored = saveProtection(store, staged); !stored)
                    return stored;
                if (auto stored = saveLimits(store, staged); !stored)
                    return stored;
                if (!m_paper) {
                    if (auto stored = store.setState(inFlightKey(clientOrderId), QString());
                        !stored)
                        return stored;
                }
            }
            for (const Fill& fill : fills) {
                if (const auto stored = store.recordFill(fill, order.botId); !stored)
                    return stored.error();
                const QString detail
                    = QStringLiteral("%1 %2 %3 at %4, fee %5, order %6")
                          .arg(sideToString(fill.side), fill.size.toString(), fill.productId,
                              fill.price.toString(), fill.fee.toString(), fill.clientOrderId);
                if (auto stored
                    = store.recordAudit({fill.time, QStringLiteral("fill"), order.botId, detail});
                    !stored)
                    return stored;
            }
            for (const ClosedTrade& trade : closed) {
                if (auto stored = store.recordClosedTrade(trade); !stored)
                    return stored;
            }
            return store.recordOrder(order);
        });
        !saved) {
        // Not on the record, so not counted; the venue will not say it again. Kept to be
        // booked when the journal works again (re-armed), as it is after a restart.
        for (const OrderEvent& event : events) {
            if (event.clientOrderId == clientOrderId)
                m_unbooked.push_back(event);
        }
        return;
    }
    Account& account = accountIt->second;
    account = std::move(staged);
    if (!fills.empty() || !ended || order.status != OrderStatus::Rejected)
        account.lastDenial.clear();
    m_trades.insert(m_trades.end(), closed.begin(), closed.end());
    remember(order);
    for (const Fill& fill : fills)
        announceFill(account, fill);
    m_dirty = true;
    flight.order = order;
    flight.fills = std::move(allFills);
    flight.closed = std::move(allClosed);
    if (!ended)
        return;
    const InFlight done = std::move(flight);
    m_inFlight.erase(found);
    if (order.status == OrderStatus::Rejected && rejectReason == QLatin1String("NOT_AT_VENUE"))
        m_gaveUp.insert_or_assign(clientOrderId, done); // in case the venue shows it after all
    const bool exitRefused = order.status == OrderStatus::Rejected && done.fills.empty()
        && done.decision.kind == TradeDecision::Kind::Exit;
    account.exitRefused = exitRefused;
    protectPosition(account); // an entry's, what an exit left, or one whose exit was refused
    if (order.status == OrderStatus::Rejected && done.fills.empty())
        refuse(account, order.side, order.quantity, done.decision.price, m_now,
            RefusalReason::VenueRejected, std::nullopt, rejectReason);
    else if (m_killSwitch.state() == KillSwitchState::Flattening && !m_paper && m_venueClear)
        flattenAll(); // a position that had an order in flight
}

Status TradingEngine::saveProtection(JournalStore& store, const Account& account)
{
    const auto& protection = account.risk ? account.risk->protection() : std::nullopt;
    return store.setState(protectionKey(account.ledger.botId(), account.ledger.productId()),
        protection && !account.ledger.isFlat() ? protection->toText() : QString());
}

Status TradingEngine::saveLimits(JournalStore& store, Account& account)
{
    if (!account.risk)
        return success();
    if (const QString whole = m_accountLimits.text(); whole != m_savedAccountLimits) {
        if (auto saved = store.setState(QStringLiteral("limits/account"), whole); !saved)
            return saved;
        m_savedAccountLimits = whole;
    }
    const QString limits = account.risk->limitsText();
    if (limits == account.savedLimits)
        return success();
    if (auto saved
        = store.setState(limitsKey(account.ledger.botId(), account.ledger.productId()), limits);
        !saved)
        return saved;
    account.savedLimits = limits;
    return success();
}

bool TradingEngine::affordable(const Account& account, const std::vector<Fill>& fills) const
{
    Decimal cost;
    for (const Fill& fill : fills) {
        const auto withFee = fill.notional().valueOr(Decimal{}).plus(fill.fee);
        if (!withFee)
            return false;
        cost = cost.plus(*withFee).valueOr(cost);
    }
    return cost <= account.ledger.cash();
}

bool TradingEngine::affordableAt(
    const Account& account, const Decimal& quantity, const Decimal& price) const
{
    const Decimal margin = Decimal::fromInteger(1)
                               .plus(m_options.fees.takerFeeRate)
                               .valueOr(Decimal{})
                               .plus(m_options.fees.slippage)
                               .valueOr(Decimal{});
    const auto cost = quantity.times(price).valueOr(Decimal{}).times(margin, RoundingMode::Up);
    return cost && *cost <= account.ledger.cash();
}

void TradingEngine::announceFill(const Account& account, const Fill& fill)
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
    Q_EMIT tradingEvent(event);
}

Result<std::vector<ClosedTrade>> TradingEngine::applyFill(
    Account& account, const Fill& fill, const TradeDecision& decision)
{
    const bool wasFlat = account.ledger.isFlat();
    const Decimal riskPerUnit = decision.kind == TradeDecision::Kind::Enter
        ? decision.plan.entry.minus(decision.plan.stop).valueOr(Decimal{}).abs()
        : Decimal{};
    auto closed = account.ledger.apply(fill, {decision.exitReason, riskPerUnit});
    if (!closed)
        return closed;
    if (wasFlat && !account.ledger.isFlat())
        account.openedAt = fill.time;
    if (account.ledger.isFlat())
        account.openedAt.reset();
    account.lastTrade = fill.time;
    return closed;
}

Status TradingEngine::journal(const std::function<Status(JournalStore&)>& write)
{
    if (!m_journal)
        return success();
    // After a failed write the trader is halted; it does not stall the market thread retrying
    // (a locked file waits out the busy timeout on every try) until the switch is re-armed.
    if (m_journalBroken)
        return Error{
            ErrorCode::DatabaseError, QStringLiteral("the journal failed; re-arm to retry")};
    Status status = m_journal->begin();
    if (status) {
        status = write(*m_journal);
        status = status ? m_journal->commit() : status;
        if (!status)
            m_journal->rollback();
    }
    if (!status) {
        // Trading on without a record would break the promise that a restart finds every fill.
        qCWarning(lcEngine).noquote() << "journal write failed:" << status.error().message;
        m_journalBroken = true;
        haltItself(status.error().code == ErrorCode::DiskFull ? HaltCause::DiskFull
                                                              : HaltCause::JournalFailure,
            status.error().message);
    }
    return status;
}

void TradingEngine::refuse(const Account& account, Side side, const Decimal& quantity,
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
    Q_EMIT tradingEvent(event);
}

void TradingEngine::remember(const Order& order)
{
    const auto same = std::find_if(m_orders.begin(), m_orders.end(),
        [&](const Order& each) { return each.clientOrderId == order.clientOrderId; });
    if (same != m_orders.end())
        *same = order;
    else
        m_orders.push_back(order);
    if (m_orders.size() > TradingSnapshot::OrdersKept)
        m_orders.erase(m_orders.begin());
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
    snapshot.time = m_now;
    snapshot.killSwitch = m_killSwitch.status();
    for (const auto& [key, account] : m_accounts) {
        const QString& botId = key.first;
        const BotLedger& ledger = account.ledger;
        const Decimal mark = markPrice(ledger.productId());
        snapshot.startingEquity
            = snapshot.startingEquity.plus(m_options.startingCash).valueOr(snapshot.startingEquity);
        snapshot.cash = snapshot.cash.plus(ledger.cash()).valueOr(snapshot.cash);
        snapshot.equity = snapshot.equity.plus(ledger.equity(mark).valueOr(ledger.cash()))
                              .valueOr(snapshot.equity);
        if (!account.running)
            snapshot.stoppedBots.append(botId);
        if (ledger.isFlat())
            continue;
        const Position position = ledger.position();
        OpenPosition open;
        open.botId = botId;
        open.productId = ledger.productId();
        open.side = position.quantity.isPositive() ? Side::Buy : Side::Sell;
        open.quantity = position.quantity.abs();
        open.entryPrice = position.averageEntryPrice;
        open.mark = mark;
        open.unrealizedPnl = ledger.unrealizedPnl(mark).valueOr(Decimal{});
        open.openedAt = account.openedAt.value_or(m_now);
        if (account.risk && account.risk->protection()) {
            open.stop = account.risk->protection()->stop;
            open.target = account.risk->protection()->target;
        }
        snapshot.positions.push_back(open);
    }
    snapshot.orders.assign(m_orders.rbegin(), m_orders.rend());
    snapshot.lastRefusals = m_lastRefusals;
    snapshot.trades = m_trades;
    snapshot.equityCurve = m_equityCurve;
    snapshot.stats = PerformanceStats::compute(m_trades, m_equityCurve);
    return snapshot;
}

void TradingEngine::publishIfChanged()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    Q_EMIT snapshotReady(snapshot());
}

} // namespace Candela::Core

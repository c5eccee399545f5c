#include "tradingengine.h"

#include "botsettingsrecord.h"
#include "botwatch.h"
#include "journalstate.h"

#include "core/corelogging.h"
#include "core/model/exactsteps.h"
#include "venueorders.h"

// TradingEngine: its journal — every write in one transaction, a failed one halting the engine —
// and what opening a journal restores (the accounts from the fills, the closed trades, the equity
// curve, the positions' stops, the limits, the kill switch, the stopped bots, and the orders a
// crash left in flight, resumed at the venue and never sent again).

namespace Candela::Core {

using VenueOrders::positionKey;

namespace {

// An order the venue accepted and that waits there for its fills (PaperExecution::restore).
bool restsAtVenue(const Order& order)
{
    return canRest(order)
        && (order.status == OrderStatus::Accepted || order.status == OrderStatus::PartiallyFilled);
}

} // namespace

Status TradingEngine::open()
{
    if (m_options.journalPath.isEmpty()) {
        if (auto restored = restoreKillSwitch(); !restored)
            return restored;
        enforceKillSwitchAtOpen();
        return success();
    }
    if (auto locked = lockJournal(); !locked)
        return locked;
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
                    QStringLiteral("starting_cash"), m_book.startingCash().toString());
            });
            !saved)
            return saved;
    } else {
        const auto cash = Decimal::fromString(*storedCash);
        if (!cash || !cash->isPositive())
            return Error{ErrorCode::InvalidArgument,
                QStringLiteral("%1: unreadable starting cash '%2'")
                    .arg(m_options.journalPath, *storedCash)};
        m_book.startOver(*cash);
        m_journal = std::move(journal);
    }

    // Where the run before this one stopped: its bots' settings are on the record up to there.
    const auto marketTime = m_journal->state(QStringLiteral("market_time"));
    if (!marketTime)
        return marketTime.error();
    if (const auto until = parseIsoTimestamp(marketTime->toStdString()))
        m_journaledUntil = *until;

    QHash<QString, QString> botOfOrder;
    for (const Order& order : *orders) {
        botOfOrder.insert(order.clientOrderId, order.botId);
        // The trader's ledger is there from its first order on, filled or not: the account's
        // equity (and the limits measured against it) is the same after the restart.
        if (order.botId == ManualLedger)
            m_book.accountFor(ManualLedger, order.productId);
        // The paper venue keeps nothing across a crash: an order on the record without its
        // answer (killed between the two commits) was never executed, so the same intent met
        // again sends it again, as the uninterrupted run did. A real venue's is resumed there, as
        // is one that rested at the paper venue (resumeInFlight).
        if (!m_paper || isTerminal(order.status) || restsAtVenue(order))
            m_sentOrders.insert(order.clientOrderId);
        remember(order);
        // The market's time when it was decided: a bar replayed after the restart that closed
        // well before it is history, not the market now (a venue's fills carry its own clock).
        m_now = std::max(m_now, order.createdAt);
    }
    // An open position's stop and target, as they were.
    std::map<std::pair<QString, QString>, Protection> protections;
    for (const auto& [key, account] : m_book.accounts()) {
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
        BotAccount& account = m_book.accountFor(botId, fill.productId);
        TradeDecision opening; // an entry's risk per unit, when its stop is known
        if (const auto protection = protections.find({botId, fill.productId});
            protection != protections.end() && fill.side == Side::Buy) {
            opening.kind = TradeDecision::Kind::Enter;
            opening.plan.entry = protection->second.entry;
            opening.plan.stop = protection->second.initialStop;
        }
        const auto closed = AccountBook::applyFill(account, fill, opening);
        if (!closed)
            return closed.error();
        if (account.risk && fill.side == Side::Buy)
            account.risk->noteEntry(fill.time); // the limits count entries from before
    }
    const auto journaledTrades = m_journal->loadClosedTrades();
    if (!journaledTrades)
        return journaledTrades.error();
    m_book.trades() = *journaledTrades;
    // The equity curve from the journal's hourly snapshots; a journal from before they were
    // kept gives the realized equity at each closed trade instead.
    const auto snapshots = m_journal->loadEquity();
    if (!snapshots)
        return snapshots.error();
    for (const EquitySnapshot& snapshot : *snapshots)
        m_book.equityCurve().push_back({snapshot.time, snapshot.equity});
    if (!snapshots->empty())
        m_lastEquityHour = toUnixSeconds(snapshots->back().time) / 3600;
    // Every ledger was counted exactly above, so a failure here is a journal that holds more
    // than its ledgers: refused, as an unreadable journal is.
    ExactSteps exact;
    Decimal realized = exact(
        m_book.startingCash().times(Decimal::fromInteger(qint64(m_book.accounts().size()))));
    for (const ClosedTrade& trade : m_book.trades()) {
        realized = exact(realized.plus(trade.pnl));
        if (exact.failed())
            return exact.error();
        if (snapshots->empty())
            m_book.equityCurve().push_back({trade.exitTime, realized});
        if (BotAccount* account = m_book.botAccount(trade.botId);
            account && account->risk && account->ledger.productId() == trade.productId)
            account->risk->noteClosed(trade);
    }
    for (auto& [key, account] : m_book.accounts()) {
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
    if (!accountLimits->isEmpty() && m_book.limits().restore(*accountLimits))
        m_savedAccountLimits = *accountLimits;
    // A bot that traded just before the restart is still in its cooldown.
    for (const auto& [key, account] : m_book.accounts()) {
        if (account.lastTrade)
            m_watch->noteTrade(key.first, *account.lastTrade);
    }
    m_dirty = true;
    if (auto restored = restoreKillSwitch(); !restored)
        return restored;
    if (auto restored = restoreStoppedBots(); !restored)
        return restored;
    if (auto resumed = resumeInFlight(*orders, *fills); !resumed)
        return resumed;
    enforceKillSwitchAtOpen();
    return success();
}

Status TradingEngine::lockJournal()
{
    // A lock left by a process that died (a crash, kill -9) is taken over; one whose process
    // runs holds however old it is.
    auto lock = std::make_unique<QLockFile>(m_options.journalPath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_journalLock = std::move(lock);
        return success();
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application))
        return Error{ErrorCode::IoError,
            QStringLiteral("%1 is in use by %2 (process %3 on %4): one session trades on a "
                           "journal at a time")
                .arg(m_options.journalPath, application)
                .arg(pid)
                .arg(host)};
    return Error{ErrorCode::IoError,
        QStringLiteral("%1: its lock file cannot be made").arg(m_options.journalPath)};
}

Status TradingEngine::resumeInFlight(
    const std::vector<Order>& orders, const std::vector<Fill>& fills)
{
    // A venue that keeps its orders is asked what became of them. The paper venue forgets its
    // orders with the process: those that rested there (limits, stop-limits, brackets it had
    // accepted) rest there again as the journal left them; one left in flight by a crash before
    // its answer was booked stays as journaled, with nothing counted.
    // How far the market was matched before the restart: its journaled time, the latest order
    // event and fill (the market time is journaled hourly: a crash may leave it behind them).
    Timestamp seenUntil = std::max(m_now, m_journaledUntil);
    for (const Order& order : orders)
        seenUntil = std::max(seenUntil, order.updatedAt);
    for (const Fill& fill : fills)
        seenUntil = std::max(seenUntil, fill.time);
    for (const Order& order : orders) {
        if (isTerminal(order.status) || order.status == OrderStatus::New)
            continue;
        if (m_paper && !restsAtVenue(order))
            continue;
        QSet<QString> counted;
        for (const Fill& fill : fills) {
            if (fill.clientOrderId == order.clientOrderId)
                counted.insert(fill.tradeId);
        }
        // (The trader's own stop-limits and brackets are orders like any other: resumed below.)
        if ((order.type == OrderType::StopLimit || order.type == OrderType::Bracket) && m_stops
            && order.botId != ManualLedger) {
            // A position's stop at the venue: it guards the position again, none beside it. One
            // that guards nothing (the position is flat, or another stop already guards it) is
            // cancelled: a stop left resting could sell coins the bots no longer hold.
            const QString key = positionKey(order.botId, order.productId);
            const BotAccount& account = m_book.accountFor(order.botId, order.productId);
            m_stopOrders.insert_or_assign(order.clientOrderId, order);
            m_execution->resume(order, counted);
            if (account.ledger.isFlat() || !m_stops->stopOrderId(key).isEmpty()) {
                qCWarning(lcEngine).noquote() << "cancelling stop" << order.clientOrderId << "of"
                                              << key << ": it guards nothing";
                m_execution->cancel({order.clientOrderId}, false);
                continue;
            }
            ProtectiveStops::Stop stop{order.productId, order.side, order.remainingQuantity(),
                order.stopPrice.value_or(Decimal{}), order.limitPrice.value_or(Decimal{}), {}};
            if (order.type == OrderType::Bracket) { // its limit is the take profit
                stop.takeProfit = order.limitPrice;
                const auto limit = protectiveStopLimit(
                    m_book.productFor(order.productId), order.stopPrice.value_or(Decimal{}));
                stop.limitPrice = limit ? *limit : Decimal{}; // (a bracket sends none)
            }
            m_stops->adopt(key, stop, order.clientOrderId);
            continue;
        }
        const auto stored = m_journal->state(inFlightKey(order.clientOrderId));
        if (!stored)
            return stored.error();
        const auto decision = decisionFromText(*stored);
        InFlight flight;
        flight.account = {order.botId, order.productId};
        flight.order = order;
        flight.decidedAt = order.createdAt;
        if (decision) {
            flight.decision = *decision;
        } else {
            // (A journal from before the paper venue kept decisions, or one that lost it.) As the
            // trader's orders are: a buy adds to the ledger's long, a sell takes from it.
            flight.decision.kind = order.botId == ManualLedger && order.side == Side::Buy
                ? TradeDecision::Kind::Enter
                : TradeDecision::Kind::Exit;
            flight.decision.side = order.side;
            flight.decision.quantity = order.quantity;
            flight.decision.exitReason = ExitReason::Manual;
            qCWarning(lcEngine).noquote()
                << "order" << order.clientOrderId << "in flight without its decision; resumed as"
                << (flight.decision.kind == TradeDecision::Kind::Enter ? "an entry" : "an exit");
        }
        for (const Fill& fill : fills) {
            if (fill.clientOrderId == order.clientOrderId)
                flight.fills.push_back(fill);
        }
        m_book.accountFor(order.botId, order.productId); // (the paper venue learns its product)
        if (m_paper) {
            QString why = whyNotRestored(order, decision.has_value());
            if (why.isEmpty() && !m_paper->restore(order, counted, seenUntil))
                why = QStringLiteral("its terms cannot rest again");
            if (!why.isEmpty()) {
                if (auto ended = endForgottenOrder(order, seenUntil, why); !ended)
                    return ended;
                continue;
            }
        }
        resumeMakerEntry(flight);
        m_inFlight.insert_or_assign(order.clientOrderId, std::move(flight));
        qCInfo(lcEngine).noquote() << "resuming order" << order.clientOrderId << "("
                                   << counted.size() << "fills counted before the restart)";
        m_execution->resume(order, counted);
    }
    // A position whose stop never reached the journal (a crash in between) gets one now.
    protectAll();
    return success();
}

QString TradingEngine::whyNotRestored(const Order& order, bool decided) const
{
    if (order.botId != ManualLedger) {
        // A journal from before the paper venue's orders were restored holds orders of runs
        // long gone (it never ended them): without the decision they were placed for, a bot's
        // order would come back as something else.
        if (!decided)
            return QStringLiteral("it was placed before resting orders were kept across restarts");
        const auto& bots = m_book.bots();
        if (std::none_of(bots.begin(), bots.end(), [&order](const BotConfig& bot) {
                return bot.name == order.botId && bot.product == order.productId;
            }))
            return QStringLiteral("its bot no longer trades %1").arg(order.productId);
    }
    const auto& accounts = m_book.accounts();
    const auto account = accounts.find({order.botId, order.productId});
    if (order.side == Side::Sell
        && (account == accounts.end()
            || order.remainingQuantity() > account->second.ledger.openQuantity()))
        return QStringLiteral("it would sell more than the ledger holds");
    return {};
}

Status TradingEngine::endForgottenOrder(const Order& forgotten, Timestamp now, const QString& why)
{
    // Ended on the record as the paper venue ended it: with the process.
    Order order = forgotten;
    order.status = OrderStatus::Cancelled;
    order.updatedAt = now;
    qCWarning(lcEngine).noquote() << "order" << order.clientOrderId
                                  << "not restored at the paper venue:" << why;
    remember(order);
    return journal([&](JournalStore& store) -> Status {
        if (auto stored = store.recordOrder(order); !stored)
            return stored;
        if (auto stored = store.setState(inFlightKey(order.clientOrderId), QString()); !stored)
            return stored;
        return store.recordAudit({now, QStringLiteral("order_not_restored"), order.botId,
            QStringLiteral("order %1 cancelled at the restart: %2").arg(order.clientOrderId, why)});
    });
}

Status TradingEngine::restoreStoppedBots()
{
    const auto journaled = loadStoppedBots(*m_journal);
    if (!journaled)
        return journaled.error();
    for (const QString& botId : *journaled)
        m_book.setRunning(botId, false);
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

Status TradingEngine::saveProtection(JournalStore& store, const BotAccount& account)
{
    const auto& protection = account.risk ? account.risk->protection() : std::nullopt;
    return store.setState(protectionKey(account.ledger.botId(), account.ledger.productId()),
        protection && !account.ledger.isFlat() ? protection->toText() : QString());
}

Status TradingEngine::saveLimits(JournalStore& store, BotAccount& account)
{
    if (!account.risk)
        return success();
    if (const QString whole = m_book.limits().text(); whole != m_savedAccountLimits) {
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

void TradingEngine::journalSettings(BotAccount& account, const Candle& bar)
{
    const auto& bots = m_book.bots();
    const auto config = std::find_if(bots.begin(), bots.end(), [&account](const BotConfig& bot) {
        return bot.name == account.ledger.botId() && bot.product == account.ledger.productId();
    });
    if (config == bots.end())
        return;
    const BotSettingsRecord record{account.ledger.botId(), bar.start, *config,
        m_options.riskDefaults, m_options.fees, m_book.startingCash(),
        m_paper ? QStringLiteral("paper") : QStringLiteral("coinbase"),
        m_killSwitch.status().text()};
    // Not on the record (the journal failed): asked again at the next bar.
    account.settingsJournaled = bool(journal([&](JournalStore& store) {
        return store.recordAudit({bar.start, BotSettingsRecord::AuditKind, record.botId,
            QString::fromUtf8(record.toJson())});
    }));
}

Status TradingEngine::saveMarketTime(JournalStore& store) const
{
    // Never earlier than the run before left it: an engine that saw no bar (an offline start, an
    // open that failed half-way) has only its orders' times.
    return store.setState(
        QStringLiteral("market_time"), toIsoString(std::max(m_now, m_journaledUntil)));
}

} // namespace Candela::Core

#pragma once

#include "accountbook.h"
#include "manualorder.h"
#include "tradingsnapshot.h"

#include "core/coinbase/reconciliation.h"
#include "core/execution/executionclient.h"
#include "core/execution/paperexecution.h"
#include "core/execution/protectivestops.h"
#include "core/market/marketfeed.h"
#include "core/portfolio/botledger.h"
#include "core/risk/accountlimits.h"
#include "core/risk/botrisk.h"
#include "core/storage/journalstore.h"
#include "core/strategy/botconfig.h"
#include "core/strategy/botevaluation.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>

namespace Candela::Core {

class BotWatch;
class MarketDataHub;

// Trading on the market thread, beside the hub that keeps the market and the BotWatch that
// evaluates the bots: turns a bot's intent on a fresh closed bar into an order, sends it to the
// paper venue or to Coinbase, and keeps each bot's ledger from the venue's answers — the same
// engine for paper, replay and live. The trading rules are the backtest's (BotRisk): a buy intent
// passes the risk gate, which sizes the long and sets its stop and target; the stop, the target,
// the time stop or a sell intent closes it; never beyond the bot's own cash. A refusal is a
// TradingEvent with the gate's typed reason.
//
// Orders go to an ExecutionClient: the paper venue (answering at once, matched against the live
// or replayed book) or Coinbase (answering later). Either way the venue's OrderEvents drive the
// ledger: an account with an order in flight places nothing else until that order has ended.
// At a real venue every open position also rests on a stop-limit there (ProtectiveStops, T32),
// so a crash or a lost connection never leaves it without its exit: moved with the stop, taken
// away before the bot's own exit goes out (never two sells), and booked as the position's stop
// loss when it trades. A stop that cannot be placed closes the position at market.
//
// With a journal, every order is stored before it goes to the venue and every fill before
// the ledger counts it; opening the same journal again restores the ledgers, the closed trades
// and the orders exactly (an open position's stop and target too), and an intent for an order
// already journaled (the same bot, bar and side) is never sent twice.
//
// The kill switch: Halted places no new orders; Flattening also closes every open position at
// market (exit reason "kill_switch"). Publishes a TradingSnapshot at most every `interval`,
// after something changed, and a TradingEvent at once for each fill or refusal.
class TradingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingEngine)

public:
    // A limit order's terms (a maker entry's: post-only, good til cancelled).
    // An order that rests: a limit (a maker entry's, a take profit's, the trader's), or the
    // trader's stop-limit or bracket (ManualOrder says what each price means).
    struct LimitTerms
    {
        Decimal price;
        bool postOnly = true;
        TimeInForce timeInForce = TimeInForce::GoodTilCancelled;
        std::optional<Timestamp> endTime; // good til date
        OrderType type = OrderType::Limit;
        std::optional<Decimal> stopPrice; // StopLimit, Bracket
    };

    struct Options
    {
        std::vector<BotConfig> bots;
        Decimal startingCash = Decimal::fromInteger(10000); // per bot, for a new session
        PaperExchangeConfig fees;
        RiskPolicy riskDefaults; // under each bot's "risk" section
        QString journalPath; // empty: nothing is kept after the run (a demo)
        std::chrono::milliseconds interval{200};
        // Set by another thread the instant the kill switch is pressed, before halt() reaches
        // this one through the event queue: from then on no intent becomes an order, however
        // many market events are still queued ahead of the switch. May be null.
        std::shared_ptr<const std::atomic<bool>> haltNow;
        // The kill switch to start from: open() takes the stricter of it and the journal's (an
        // engine built anew for another account keeps the switch the last one had).
        KillSwitchStatus killSwitch;
        // Bots that place no new orders, with those the journal keeps.
        QStringList stoppedBots;
        // Where the orders go. Null: the paper venue, matched at the market the hub holds.
        // Otherwise (Coinbase) not owned, and it outlives the trader; after a restart the orders
        // the journal holds as in flight are resumed on it, never sent again.
        ExecutionClient* execution = nullptr;
        // Coinbase's product list, whose increments every order is rounded to; not owned. Null:
        // Coinbase's usual spot rules (tests, a demo). With a venue, a product the list lacks
        // trades nothing.
        const ProductCatalog* products = nullptr;
        // A dry run: every intent is checked as it would be and journaled, with what would have
        // been sent, as a refusal (RefusalReason::DryRun); nothing is placed.
        bool dryRun = false;
    };

    TradingEngine(MarketDataHub& hub, BotWatch& watch, Options options, QObject* parent = nullptr);
    ~TradingEngine() override;

    // Opens the journal and restores what it holds, including the session's starting cash (a
    // new journal records the options' figure). Without a journal path, does nothing. A journal
    // another engine trades on (in this process or another, "<journal>.lock") is refused.
    Status open();

    // The kill switch. The engine is its one owner: it keeps the state with its cause, journals
    // both, and announces every change at once (killSwitchChanged). Halted places no new orders
    // and cancels every open order at the venue; Flattening also closes every position at
    // market. The engine halts itself when its journal cannot be written or the venue and the
    // journal disagree. Only rearm() returns to Active.
    void halt(HaltCause cause, const QString& detail = {});
    void flatten(HaltCause cause, const QString& detail = {});
    void rearm();
    const KillSwitchStatus& killSwitch() const { return m_killSwitch.status(); }
    // New fees and slippage for the orders from now on.
    void setFees(const PaperExchangeConfig& fees);
    // The account's fee tier at the venue (`tier` as Coinbase names it): the rates change, the
    // slippage and price band stay, and the journal records the change.
    void setFeeTier(const Decimal& makerFeeRate, const Decimal& takerFeeRate, const QString& tier);
    // New risk defaults under the bots' own sections. Open positions keep their stops; the limits
    // keep what they counted.
    void setRiskDefaults(const RiskPolicy& defaults);
    // New or edited bots, evaluated by `watch` from now on. The accounts and their history stay.
    void setBots(BotWatch& watch, std::vector<BotConfig> bots);
    // A stopped bot places no new orders (its open position stays until it is started again or
    // the kill switch flattens it). Journaled: it stays stopped after a restart.
    void setBotRunning(const QString& botId, bool running);
    QStringList stoppedBots() const;
    // The trader's explicit release of a drawdown lock: the bot's and the account's high-water
    // marks restart at their current equity, so the drawdown is counted afresh from now. Journaled
    // with an audit entry; until then a drawdown lock holds across restarts (T12).
    void resetDrawdown(const QString& botId);

    // The trader closes one bot's position at market (exit reason "manual"), as the bot's own
    // exit would: at a venue its stop goes first. The bot keeps running or stays stopped.
    // `shownQuantity` is the signed quantity the trader saw (negative: short); a position that
    // changed since (the bot exited and entered again) is not closed. Refused — a refusal event,
    // as for a bot's order — while the kill switch is engaged, while an order of the position
    // is in flight, on a product reconciliation blocks, without a price, or when the position
    // changed; an error when the bot holds nothing there.
    Status closePosition(
        const QString& botId, const QString& productId, const Decimal& shownQuantity);
    // The trader's own order (manualorders.cpp) into the Manual ledger of its product, as a
    // bot's order goes: refused — a refusal event, and an error saying why — while the kill
    // switch is engaged, past the account's risk limits, beyond the ledger's cash or holdings,
    // off the product's grid, while another order of the ledger's product is working, or on a
    // product reconciliation blocks. Its client order id when it went out.
    Result<QString> placeManualOrder(const ManualOrder& order);
    // Cancels a working order of the trader's, or a bot's maker entry (it ends there); an error
    // for any other order (a bot's market order or exit, a position's stop).
    Status cancelOrder(const QString& clientOrderId);
    // A resting manual limit at a new price and size: cancelled, then placed anew once the venue
    // says the first has ended (cancel and replace; what filled of the first stays filled, and
    // the new size is what is left to do).
    Status replaceOrder(
        const QString& clientOrderId, const Decimal& limitPrice, const Decimal& quantity);

    TradingSnapshot snapshot() const;
    // At a real venue: the journal as reconciliation sees it (LiveJournal::localBook).
    Result<LocalBook> venueBook();
    // What the last reconciliation with the venue found (none: it could not run, `why`): the
    // bots place no order on a product it blocks until one comes back clean (T15, T16).
    void applyReconciliation(const std::optional<ReconcileReport>& report, const QString& why = {});
    QSet<QString> unreconciledProducts() const { return m_unreconciled; }

    // Orders sent whose end the venue has not reported yet, and exits waiting for a position's
    // venue stop to go first. (The stops resting under positions are not counted.)
    int ordersInFlight() const { return int(m_inFlight.size() + m_exitsAwaitingStop.size()); }
    // Of those, the ones whose fate the venue has still to tell: a limit it holds on its book is
    // known to wait for the market (a maker entry, a resting take profit, the trader's limit,
    // stop-limit or bracket).
    // Candles played to a venue move on once this is zero.
    int ordersAwaitingVenue() const;

Q_SIGNALS:
    void snapshotReady(const Candela::Core::TradingSnapshot& snapshot);
    void tradingEvent(const Candela::Core::TradingEvent& event);
    // The kill switch moved (pressed, re-armed, or the engine halted itself: a journal that
    // cannot be written, a reconciliation that found differences).
    void killSwitchChanged(const Candela::Core::KillSwitchStatus& status);

private:
    // An order sent and not ended: what it was for, and what of it is counted.
    struct InFlight
    {
        std::pair<QString, QString> account; // bot id and product
        TradeDecision decision;
        Order order; // as journaled
        Timestamp decidedAt;
        std::vector<Fill> fills;
        std::vector<ClosedTrade> closed;
        // A cancel of it is on its way: until the venue answers, how it ends is not known (a
        // resting limit is awaited again, see ordersAwaitingVenue).
        bool cancelAsked = false;
    };
    // Asks the venue to cancel an order of the engine's (a maker entry's, a take profit, the
    // trader's), marking it as awaited until the venue answers.
    void askCancel(const QString& clientOrderId);

    void onBarClosed(const QString& botId, const BotEvaluation& evaluation, const Candle& bar,
        Timestamp closeTime);
    void onProductUpdated(const QString& productId);
    void flattenAll();
    // Journals and announces the switch as it now stands.
    void killSwitchMoved();
    // The trader's halt or flatten: every open order at the venue is cancelled.
    void clearVenue();
    // After open(): a switch restored engaged acts as if pressed now.
    void enforceKillSwitchAtOpen();
    // The engine stops trading by itself; the venue keeps its orders (a position's stop too).
    void haltItself(HaltCause cause, const QString& detail);
    Status restoreKillSwitch();
    Status restoreStoppedBots();
    // Journals the decision's order for the account and sends it — at market, or a limit on
    // `limit`'s terms; false if refused.
    bool trade(BotAccount& account, const TradeDecision& decision, const QString& orderId,
        Timestamp now, std::optional<LimitTerms> limit = std::nullopt);
    // Maker entries (makerentries.cpp): the limit placed, filled by the candles of a market
    // without prints, moved or given up at bar closes, followed by the next order of the entry.
    bool placeMakerEntry(BotAccount& account, TradeDecision decision, const QString& orderId,
        const Candle& bar, Timestamp closeTime);
    void workMakerEntry(BotAccount& account, const Candle& bar, Timestamp closeTime);
    // A restart found the order of a bot's maker entry resting: the entry works on.
    void resumeMakerEntry(const InFlight& flight);
    // The price a maker entry rests off: the best bid (ask, to sell), else the bar's close.
    Decimal makerReference(const BotAccount& account, Side side, const Candle& bar) const;
    // The order, ended as `order` says, is a maker entry's that another order follows (the risk
    // hears of the position when the last has ended).
    bool makerEntryGoesOn(const BotAccount& account, const Order& order) const;
    struct WorkingEntry;
    // The maker entry whose order out now this is; null for any other order.
    const WorkingEntry* makerEntryOf(const QString& key, const QString& clientOrderId) const;
    void continueMakerEntry(BotAccount& account, const InFlight& done);
    // After any order ended: a maker entry whose last order it was is over.
    void endMakerEntry(const QString& key, const QString& clientOrderId);
    // The trader or the engine ends a bot's maker entry (every bot's: an empty id): its limit is
    // cancelled, nothing follows.
    void cancelMakerEntry(const QString& botId);
    // Resting take profits (takeprofits.cpp): the bot's limit at its position's target, on paper.
    // The take profit of the account resting now; null when none.
    const InFlight* takeProfitOf(const BotAccount& account) const;
    // A position of a bot that takes profit with a resting limit gets its limit, if it has none.
    void keepTakeProfit(BotAccount& account, Timestamp now);
    // Cancels the account's resting take profit; whether none rests now.
    bool clearTakeProfit(const BotAccount& account);
    // A bar that reached the stop: the take profit goes before the bar's trades can fill it.
    void cancelTakeProfitBeforeStop(
        const BotAccount& account, const Candle& bar, Timestamp closeTime);
    void onOrderEvent(const OrderEvent& event);
    // Books what the venue reported of one order in one transaction: its fills, the round
    // trips they close, its state, and — when it ended — the position's protection.
    void settle(const QString& clientOrderId, const std::vector<OrderEvent>& events);
    bool hasOrderInFlight(const BotAccount& account) const;
    // Re-armed after a journal failure: the venue's answers that could not be recorded then.
    void bookWhatWasNotRecorded();
    // At a real venue: the position's stop at its current level (placed, moved or kept).
    void protectPosition(const BotAccount& account);
    // Every open position without a stop at the venue gets one.
    void protectAll();
    Status recordStop(const QString& key, const Order& order);
    void onStopEvent(const OrderEvent& event);
    void onStopFilled(const QString& key, const Fill& fill);
    void onStopReleased(const QString& key);
    void onUnprotected(const QString& key, const QString& reason);
    // Takes "<journal>.lock" (open()).
    Status lockJournal();
    // Why an order the journal left resting at the paper venue is not rested again (its bot
    // went, it would sell more than its ledger holds, its decision is not on the record); empty
    // when it is. `decided`: its decision is journaled.
    QString whyNotRestored(const Order& order, bool decided) const;
    // Such an order, cancelled on the record with `why`.
    Status endForgottenOrder(const Order& forgotten, Timestamp now, const QString& why);
    Status resumeInFlight(const std::vector<Order>& orders, const std::vector<Fill>& fills);
    void prime(BotAccount& account, const Candle& bar);
    // At the bot's first bar with new settings: what it trades with from `bar` on, journaled.
    void journalSettings(BotAccount& account, const Candle& bar);
    // The market's time of the last bar (state "market_time"): where the session's window ends.
    Status saveMarketTime(JournalStore& store) const;
    Status saveProtection(JournalStore& store, const BotAccount& account);
    Status saveLimits(JournalStore& store, BotAccount& account);
    // Whether the bot's cash pays for the fills (or the quantity at the price, with fees and
    // slippage); an error when the cost leaves the Decimal range.
    Result<bool> affordable(const BotAccount& account, const std::vector<Fill>& fills) const;
    // Before a live buy: the quantity at `price` with the taker fee and slippage on top.
    Result<bool> affordableAt(
        const BotAccount& account, const Decimal& quantity, const Decimal& price) const;
    // Before a maker entry's buy: the quantity at its limit with the maker fee (MakerEntry::cost).
    Result<bool> affordableLimit(
        const BotAccount& account, const Decimal& quantity, const Decimal& limit) const;
    // An order's answers kept to be booked once re-armed (the journal failed, or a fill could
    // not be booked exactly).
    void keepUnbooked(const QString& clientOrderId, const std::vector<OrderEvent>& events);
    // A fill the venue made that the bot's ledger cannot count exactly: audited
    // ("fill_not_booked") and the engine halted — HaltCause::ArithmeticError for a figure beyond
    // the Decimal range, HaltCause::Reconciliation for a fill no ledger takes (a size or price
    // not positive, another product).
    void haltOnUnbookableFill(const Fill& fill, const QString& botId, const Error& error);
    // The engine stops a bot by itself (its figures cannot be worked out): journaled with `why`.
    void stopBotItself(const QString& botId, const QString& why);
    void changeBotRunning(const QString& botId, bool running, const QString& why);
    void announceFill(const BotAccount& account, const Fill& fill);
    Status journal(const std::function<Status(JournalStore&)>& write);
    void refuse(const BotAccount& account, Side side, const Decimal& quantity, const Decimal& price,
        Timestamp now, RefusalReason reason, std::optional<Denial> denial = std::nullopt,
        const QString& venueReason = {});
    void remember(const Order& order);
    Decimal markPrice(const QString& productId) const;
    void publishIfChanged();
    // The snapshot's figures; an error when one left the Decimal range.
    Status fillSnapshot(TradingSnapshot& snapshot) const;

    MarketDataHub& m_hub;
    BotWatch* m_watch;
    Options m_options;
    std::unique_ptr<PaperExecution> m_paperVenue; // when no other client is given
    PaperExecution* m_paper = nullptr; // the paper venue, or null when trading elsewhere
    ExecutionClient* m_execution = nullptr;
    std::map<QString, InFlight> m_inFlight; // by client order id
    std::map<QString, InFlight> m_gaveUp; // rejected as never placed (NOT_AT_VENUE)
    bool m_submitting = false; // events answered inside submit() are booked together after it
    std::vector<OrderEvent> m_answers;
    // Held while the journal is open: one engine (one window, one headless run) trades on it.
    std::unique_ptr<QLockFile> m_journalLock;
    std::unique_ptr<JournalStore> m_journal;
    AccountBook m_book; // the accounts, their trades and the equity
    QSet<QString> m_sentOrders; // client_order_ids already placed (journaled)
    std::vector<Order> m_orders; // oldest first, the last OrdersKept
    std::map<QString, TradingEvent> m_lastRefusals; // by bot, until its next fill
    qint64 m_lastEquityHour = -1; // of the last equity snapshot journaled
    // The journal's market time when it was opened: the bars up to it were traded by the run
    // before this one, with the settings it journaled.
    Timestamp m_journaledUntil;
    QString m_savedAccountLimits;
    KillSwitch m_killSwitch;
    bool m_journalBroken = false; // a write failed: halted, no retries until re-armed
    // The venue was cleared since the switch last left Active (a halt the engine makes itself
    // leaves it to the trader's press, which clears it once).
    bool m_venueClearedSinceHalt = false;
    Timestamp m_now;
    // The market's time, for the stops' orders.
    class MarketClock final : public Clock
    {
    public:
        explicit MarketClock(const Timestamp& now)
            : m_time(now)
        { }
        Timestamp now() const override { return m_time; }

    private:
        const Timestamp& m_time;
    };
    MarketClock m_marketClock{m_now};
    std::unique_ptr<ProtectiveStops> m_stops; // at a real venue only
    std::map<QString, Order> m_stopOrders; // the stops at the venue, by client order id
    struct PendingExit
    {
        TradeDecision decision;
        QString orderId;
        Timestamp decidedAt;
    };
    std::map<QString, PendingExit> m_exitsAwaitingStop; // by position key
    // A maker entry at work: its limit resting now, and what follows when that one has ended.
    struct WorkingEntry
    {
        TradeDecision decision; // price: the first limit's
        Timestamp decidedAt;
        QString firstOrderId;
        QString orderId; // the order of the entry out now
        Decimal restingPrice;
        enum class Next {
            Nothing,
            Reprice, // a limit at `nextPrice` for the rest
            Market, // the rest at market, at the close `nextPrice`
        };
        Next next = Next::Nothing; // asked for with a cancel of `orderId`
        Decimal nextPrice;
        int orders = 1;
        std::vector<Fill> fills; // of its orders that ended
    };
    std::map<QString, WorkingEntry> m_workingEntries; // by position key
    // Manual limits being replaced: the order placed once the one cancelled (the key) has ended.
    std::map<QString, ManualOrder> m_replacements;
    // After any order ended: the manual order replacing it goes out.
    void placeReplacement(const QString& endedOrderId, const Order& ended);
    // Why the trader's order cannot go now (the venue's answer aside); `account` is the Manual
    // ledger if it exists; `replacing`: an order of it is being moved (it is in flight).
    std::optional<RefusalReason> manualRefusal(const ManualOrder& manual, const BotAccount* account,
        const Decimal& price, bool replacing) const;
    // What is wrong with the order as typed, against the market price `market` (zero: none yet):
    // empty when nothing is.
    static QString manualTermsProblem(const ManualOrder& manual, const Decimal& market);
    // The engine halts itself: the trader's working orders are cancelled, nothing replaces them.
    void cancelManualOrders();
    QSet<QString> m_unreconciled; // products the venue and the journal disagree on
    bool m_venueClear = true;
    // What the venue said while the journal failed: booked when it works again.
    std::vector<OrderEvent> m_unbooked;
    std::vector<std::pair<QString, Fill>>
        m_unbookedStopFills; // no cancel-all of the kill switch is still clearing the venue
    bool m_dirty = true;
    QTimer m_publisher;
};

} // namespace Candela::Core

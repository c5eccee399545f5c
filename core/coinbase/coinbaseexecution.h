#pragma once

#include "tradingrestclient.h"
#include "userorders.h"

#include "core/execution/executionclient.h"
#include "core/model/clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <unordered_map>

namespace Candela::Core {

// Live orders on Coinbase through the authenticated REST client, with the venue's answers turned
// into OrderEvents:
//   - A submit is sent once. An answer that proves nothing leaves the order SubmitUnknown; it is
//     looked up by client_order_id `firstCheck` after sending, then every `checkEvery`, at most
//     `maxChecks` times. Found: Accepted with the venue's id. Not found by every lookup: Rejected
//     (the venue never got it). A lookup that fails counts for nothing, so an outage never turns
//     into a verdict.
//   - Working orders are polled every `pollEvery` (one list request for all of them) and their
//     new fills fetched, each applied once (unique on trade id) and never beyond the order's
//     size; a terminal status is announced only after every fill before it.
//   - A cancel is sent once; its answer only triggers a refresh, so the end state comes from the
//     venue's own record ("cancelled with a lost fill" cannot happen). An unknown cancel stays
//     pending until the venue's record settles it. A cancel asked for while the submit is still
//     unknown is sent as soon as the order is found.
class CoinbaseExecution final : public ExecutionClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoinbaseExecution)

public:
    struct Config
    {
        std::chrono::milliseconds firstCheck{5000};
        std::chrono::milliseconds checkEvery{2000};
        int maxChecks = 5;
        std::chrono::milliseconds pollEvery{1000};
    };

    CoinbaseExecution(
        TradingRestClient& rest, const Clock& clock, Config config, QObject* parent = nullptr);
    ~CoinbaseExecution() override;

    void submit(const Order& order) override;
    // After a restart: an order the journal holds as sent (or about to be) is taken up again
    // without sending it — never a second time. With a venue id it is polled as working; without
    // one its fate is unknown and it is looked up by client_order_id (found: accepted; the venue
    // never got it: rejected, and a new intent may be placed). Fills with `knownTradeIds` were
    // counted before the restart and are not reported again.
    void resume(const Order& order, const QSet<QString>& knownTradeIds = {}) override;
    void cancel(const QStringList& clientOrderIds, bool urgent) override;

    // A user-channel report of one of the account's orders: settles an unknown submit at once,
    // and fetches the venue's fills when the order moved. The channel carries no trade ids, so
    // the fill records come from REST, each applied once whichever path saw it first (T17).
    void onUserUpdate(const UserOrderUpdate& update);

    // The kill switch at the venue: lists every open order there — Candela's and external ones —
    // on the reserved lane and cancels them in batches of at most 100, round after round, until
    // the venue lists none and no submit of ours is still unknown. A failed round (offline) is
    // retried with backoff, so the cancel-all is what goes out first when the connection is back
    // (T31). Unknown submits found later are cancelled at once.
    void cancelAllAtVenue();
    void cancelAll() override { cancelAllAtVenue(); }
    bool isCancellingAll() const { return m_cancellingAll; }

    // Orders sent whose fate is not final yet (unknown, working, or with a cancel pending).
    int openCount() const;

private:
    enum class Phase {
        Sending,
        Unknown,
        Working,
        Done,
    };
    struct Tracked
    {
        Order order;
        Phase phase = Phase::Sending;
        int checks = 0;
        qint64 nextCheckMs = 0;
        QSet<QString> trades;
        Decimal filled;
        bool cancelWanted = false;
        bool cancelUrgent = false;
        bool cancelPending = false; // sent, not yet settled by the venue's record
        bool cancelRefused = false; // to announce after the fills the refresh finds
        bool cancelLost = false; // its answer proved nothing: send again if still open
        bool rejectedUnseen = false; // rejected because no lookup found it (may yet appear)
    };

    void onSubmitted(const QString& clientOrderId, const TradingRestClient::SubmitResult& result);
    void settleUnknowns();
    void onLookup(const QStringList& asked, Result<std::vector<CoinbaseOrders::VenueOrder>> orders);
    void accept(Tracked& tracked, const QString& venueOrderId);
    void sendCancels(const QStringList& clientOrderIds, bool urgent);
    void poll();
    void cancelAllRound();
    // One kill-switch round over the orders the venue lists as `statuses` (OPEN cannot be
    // combined with others, UNVERIFIED): cancels what it finds, then `next`.
    void cancelListed(const QStringList& statuses, std::function<void(bool found)> next);
    // The venue's record of the orders: new fills, then how they ended. `done` when answered.
    void refresh(const QStringList& clientOrderIds, std::function<void()> done = {});
    void onVenueOrders(const std::vector<CoinbaseOrders::VenueOrder>& orders);
    void applyFills(Tracked& tracked, std::vector<CoinbaseOrders::VenueFill> fills);
    // Every fill of the order is in: a refused cancel is announced, then how the order ended.
    void settle(Tracked& tracked, const CoinbaseOrders::VenueOrder& venue);
    void finish(Tracked& tracked, const CoinbaseOrders::VenueOrder& venue);
    Tracked* byVenueId(const QString& venueOrderId);
    void emitEvent(OrderEvent::Kind kind, const Tracked& tracked, QString reason = {},
        std::optional<Fill> fill = std::nullopt);

    TradingRestClient& m_rest;
    const Clock& m_clock;
    Config m_config;
    // By client_order_id. A node container on purpose: a slot reached through orderEvent may
    // submit another order (a protective stop) while a reference into this map is held, and
    // std::unordered_map keeps references valid when it grows; QHash does not.
    std::unordered_map<QString, Tracked> m_orders;
    QHash<QString, QString> m_byVenueId;
    QElapsedTimer m_elapsed;
    QTimer m_settleTimer;
    QTimer m_pollTimer;
    QSet<QString> m_lookupsInFlight; // products
    bool m_pollInFlight = false;
    bool m_cancellingAll = false;
    std::chrono::milliseconds m_cancelAllBackoff{0};
    QTimer m_cancelAllTimer;
};

} // namespace Candela::Core

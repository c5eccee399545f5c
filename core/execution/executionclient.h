#pragma once

#include "core/model/fill.h"
#include "core/model/order.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Candela::Core {

// What a venue said (or did not say) about an order. The engine feeds these to its OrderManager;
// fills are unique on (venue order id, trade id) and every fill of an order arrives before the
// event that ends it.
struct OrderEvent
{
    enum class Kind {
        Accepted, // the venue holds the order (venueOrderId set)
        Rejected, // the venue refused it, or proved it never got it (reason)
        SubmitUnknown, // sent, no answer proves the outcome; lookups will settle it
        Fill,
        Cancelled,
        Expired,
        CancelRefused, // the venue kept the order (usually: already filled)
        CancelUnknown, // the cancel's fate is unknown; it never resolves by itself
    };
    Kind kind = Kind::Accepted;
    QString clientOrderId;
    QString venueOrderId;
    std::optional<Fill> fill;
    QString reason; // the venue's code ("INSUFFICIENT_FUND"), or what went wrong
    QString detail;
};

// Where orders go: the paper venue or Coinbase. Live, paper, replay and backtest differ only in
// this, the feed and the clock. An order reaches submit() already journaled with its
// client_order_id; the client never mints a second one and never sends it twice.
class ExecutionClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionClient)

public:
    using QObject::QObject;
    ~ExecutionClient() override = default;

    virtual void submit(const Order& order) = 0;
    // `urgent`: the kill switch's cancels, ahead of everything else.
    virtual void cancel(const QStringList& clientOrderIds, bool urgent) = 0;
    // The kill switch: every order the venue holds for this account — Candela's and any placed
    // elsewhere — cancelled on the urgent lane, and no submit accepted until it is done.
    virtual void cancelAll() = 0;
    // After a restart: an order the journal holds as sent (or about to be) is taken up again,
    // never sent a second time; fills with `knownTradeIds` were counted before and are not
    // reported again. The paper venue keeps nothing across restarts and ignores it.
    virtual void resume(const Order& order, const QSet<QString>& knownTradeIds) = 0;

Q_SIGNALS:
    void orderEvent(const Candela::Core::OrderEvent& event);
    // After cancelAll(): the venue holds no open order of the account and nothing sent is still
    // of unknown fate; orders may be placed again (a flattening's closing orders).
    void venueClear();
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::OrderEvent)

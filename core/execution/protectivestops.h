#pragma once

#include "executionclient.h"

#include "core/model/clock.h"
#include "core/model/product.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

#include <optional>

namespace Candela::Core {

// The limit price of a protective sell stop at `stop`: once triggered the exit may slip 1 %
// below the stop, rounded down onto the product's price grid (a lower limit sells surely; a
// price off the grid would be refused). An error when that leaves no positive price on the grid.
Result<Decimal> protectiveStopLimit(const Product& product, const Decimal& stop);

// Keeps a resting stop at the venue under every open position (T32), or a bracket where the bot
// takes profit with a resting limit: the position's one protective order either way. Coinbase has
// no cancel-on-disconnect, and Candela may be closed or offline when the market falls: the exit
// must wait at the venue, not only in Candela's memory. For each protected position a GTC
// stop-limit (a sell below a long) goes out through the ExecutionClient; if it is cancelled or
// expires without Candela asking — someone cancelled it in the web UI — a new one for what is left
// of the position replaces it as soon as the venue's record shows it; if one cannot be placed,
// `unprotected` tells the engine to exit at market or halt. A new level for a guarded position
// goes out only once the old stop is gone: two resting stops could sell the position twice.
// The kill switch calls releaseAll() before clearing the venue, so no stop is put back.
// The engine that owns the positions records each stop order before it is sent (setRecorder)
// and, after a restart, adopts the stops its journal holds instead of placing new ones.
class ProtectiveStops final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtectiveStops)

public:
    struct Stop
    {
        QString productId;
        Side side = Side::Sell; // the exit's side: sell below a long
        Decimal size;
        Decimal stopPrice;
        Decimal limitPrice; // how far the exit may slip once triggered
        // A take profit resting with the stop: one order, Coinbase's trigger bracket (a limit at
        // `takeProfit` that, once a trade reaches `stopPrice`, becomes Coinbase's own stop-limit
        // 5 % through the trigger; `limitPrice` is then not sent).
        std::optional<Decimal> takeProfit;
    };

    ProtectiveStops(ExecutionClient& execution, const Clock& clock, QObject* parent = nullptr);

    // Called with each stop order before it is sent; an error keeps it from the venue (the
    // position is then unprotected).
    using Recorder = std::function<Status(const QString& key, const Order& order)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

    // Protects the position `key` (a bot and product) with `stop`; a stop it had is cancelled
    // first and the new one placed when the venue confirms the old one gone.
    void protect(const QString& key, const Stop& stop);
    // The position closed by other means: its stop is cancelled and not replaced.
    void release(const QString& key);
    void releaseAll();
    // After a restart: the stop `orderId` the journal holds for `key` guards it again (the
    // execution client resumes the order itself); none is placed beside it.
    void adopt(const QString& key, const Stop& stop, const QString& orderId);

    bool isProtected(const QString& key) const;
    // The client order id of the position's stop at the venue now (empty: none).
    QString stopOrderId(const QString& key) const;
    // Whether the position's protective order (the one resting, or the one to replace it) is a
    // bracket holding its take profit.
    bool hasTakeProfit(const QString& key) const;

Q_SIGNALS:
    // No stop could be placed (the venue's reason): exit the position at market, or halt.
    void unprotected(const QString& key, const QString& reason);
    // The stop traded: the position is (partly) closed at the venue. Once the whole size has
    // traded the position is no longer guarded.
    void stopFilled(const QString& key, const Candela::Core::Fill& fill);
    // A released stop is gone from the venue (or never got there): the position may be closed
    // by other means without two sells.
    void released(const QString& key);

private:
    struct Guard
    {
        Stop stop;
        QString orderId; // the stop resting (or on its way) for it now
        bool working = false; // the venue accepted it
        Decimal filled; // of the position, by this guard's stops
        std::optional<Stop> next; // a new level, placed once the old stop is gone
    };

    void place(const QString& key, Guard& guard);
    void onOrderEvent(const OrderEvent& event);

    ExecutionClient& m_execution;
    const Clock& m_clock;
    QHash<QString, Guard> m_guards; // by position key
    QHash<QString, QString> m_keyOfOrder; // stop order id → position key
    Recorder m_recorder;
    QSet<QString> m_released; // stops cancelled for release(): their end is announced
    bool m_waitingForClear = false; // a stop was refused while the kill switch cleared the venue
};

} // namespace Candela::Core

#pragma once

#include "ordercodec.h"

#include "core/model/clock.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace Candela::Core {

class TradingRestClient;

// The fee tier Coinbase charges the account, known at order time. Coinbase moves an account
// between tiers as its 30-day volume changes, so a tier read when live trading started can be
// wrong a day later: the tier is read when trading starts (refresh()) and again at an order
// (atOrder()) once what is known is older than `maxAge`. A failed read keeps the tier known and
// is tried again at an order a minute later (an outage is not a read per fill). One read at a
// time. The venue's answer to the order that asks comes first: that order's cash check still
// used the tier known before.
class FeeTierWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeeTierWatch)

public:
    FeeTierWatch(TradingRestClient& rest, const Clock& clock, std::chrono::seconds maxAge,
        QObject* parent = nullptr);

    // Reads the tier now, unless a read is on its way.
    void refresh();
    // An order went out: the tier is read again if what is known is older than maxAge.
    void atOrder();
    const std::optional<CoinbaseOrders::FeeTier>& tier() const { return m_tier; }
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    // A tier was read whose rates differ from the last one known (the first read included).
    void tierChanged(const Candela::Core::CoinbaseOrders::FeeTier& tier);
    void readFailed(const QString& reason);

private:
    TradingRestClient& m_rest;
    const Clock& m_clock;
    std::chrono::seconds m_maxAge;
    std::optional<CoinbaseOrders::FeeTier> m_tier;
    std::optional<Timestamp> m_askedAt; // of the last read that answered with a tier
    std::optional<Timestamp> m_failedAt; // of the last read that failed
    bool m_reading = false;
};

} // namespace Candela::Core

#pragma once

#include "livegate.h"
#include "reconciler.h"

#include "core/model/clock.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace Candela::Core {

class PublicRestClient;
class TradingRestClient;
class UserChannel;

// Everything known about the Coinbase account before trading live: the gate's verdict and the
// account as Coinbase shows it (balances, open orders, differences with the journal).
struct LiveReadinessReport
{
    LiveGateVerdict verdict;
    std::optional<KeyPermissions> permissions;
    std::optional<ReconcileReport> reconciliation;
    // The account's fee tier (shown; not a gate): empty when Coinbase did not say.
    std::optional<CoinbaseOrders::FeeTier> feeTier;
    bool complete = false; // every check has answered (the verdict will not change by itself)
};

// Runs the live gates' checks together and re-evaluates the verdict as each answers: the key's
// permissions, the clock against Coinbase's /time, the user channel's confirmation and a
// reconciliation of `local` with the venue. Emits `updated` after every answer.
class LiveReadiness final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveReadiness)

public:
    struct Config
    {
        QString expectedPortfolio;
        std::chrono::seconds skewLimit{30};
    };

    LiveReadiness(TradingRestClient& rest, PublicRestClient& publicRest, UserChannel& channel,
        const Clock& clock, Config config, QObject* parent = nullptr);
    ~LiveReadiness() override;

    void check(LocalBook local);
    const LiveReadinessReport& report() const { return m_report; }

Q_SIGNALS:
    void updated(const Candela::Core::LiveReadinessReport& report);

private:
    void publish();

    TradingRestClient& m_rest;
    PublicRestClient& m_publicRest;
    UserChannel& m_channel;
    const Clock& m_clock;
    Config m_config;
    Reconciler m_reconciler;
    LiveGateInput m_input;
    LiveReadinessReport m_report;
    int m_pending = 0; // checks still to answer once
    int m_generation = 0; // answers of an older check() are dropped
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::LiveReadinessReport)

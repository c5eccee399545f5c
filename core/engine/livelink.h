#pragma once

#include "manualorder.h"
#include "sessionoptions.h"

#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/feetierwatch.h"
#include "core/coinbase/reconciler.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/coinbase/userchannel.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Candela::Core {

class Clock;
class TradingEngine;

// A session's link to Coinbase when it trades live, on the engine thread: the signed REST
// client, the order execution through it, the reconciliation of the live journal with the
// account, and the order-updates channel. The journal is reconciled when trading starts and
// whenever the channel comes back after a drop; differences halt the engine and block the
// products they touch (TradingEngine::applyReconciliation). Destroyed in reverse order: the
// channel, the reconciler, the execution, then the REST client they use.
class LiveLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveLink)

public:
    LiveLink(const CoinbaseVenue& venue, const Clock& clock, QObject* parent = nullptr);
    ~LiveLink() override;

    ExecutionClient& execution() { return m_execution; }
    // Coinbase's preview of the trader's order (POST /orders/preview): its cost, its fees and
    // what Coinbase would object to, placing nothing. `done` is called once, on this thread.
    void previewOrder(const ManualOrder& order, std::function<void(ManualOrderPreview)> done);
    // Reconciles for `engine` from now on, starting now with the journal as it opened, and gives
    // it the account's own fee tier, read again at an order once it is five minutes old.
    // `engine` outlives this link.
    void serve(TradingEngine& engine);

private:
    void reconcile(TradingEngine& engine);

    bool m_reconciles = true;
    TradingRestClient m_rest;
    CoinbaseExecution m_execution;
    FeeTierWatch m_feeTier;
    Reconciler m_reconciler;
    std::unique_ptr<UserChannel> m_channel;
};

} // namespace Candela::Core

#pragma once

#include "reconciliation.h"
#include "tradingrestclient.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Candela::Core {

// Fetches Coinbase's side of the books — open orders, the journal's own open orders, their
// fills and the balances — and reconciles them with the journal. If any part cannot be fetched
// (5xx, timeout, broken JSON past the GET retries) the result is "not ready": no report, so no
// bot trades on a guess, and the whole run is tried again with doubling backoff (T16).
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    struct Config
    {
        std::chrono::milliseconds initialBackoff{1000};
        std::chrono::milliseconds maxBackoff{60'000};
        Decimal tolerance;
    };

    Reconciler(TradingRestClient& rest, Config config, QObject* parent = nullptr);
    ~Reconciler() override;

    // Starts a run (a running one is replaced). `journalState` is asked for the journal's book at
    // the start of every attempt, so a retry compares what the journal holds then, not a copy
    // from before (fills journaled meanwhile are not offered for adoption again).
    void run(std::function<LocalBook()> journalState);
    // A book that does not change while the run is retried.
    void run(LocalBook local);
    bool isRunning() const { return m_run != nullptr; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished(const Candela::Core::ReconcileReport& report);
    void notReady(const QString& why);

private:
    struct Run;
    void fetchOpenOrders(std::shared_ptr<Run> run);
    void fetchOurOrders(std::shared_ptr<Run> run);
    void fetchFills(std::shared_ptr<Run> run);
    void fetchBalances(std::shared_ptr<Run> run);
    void fail(const std::shared_ptr<Run>& run, const QString& why);
    // A REST callback for a step of `run`: dropped when the reconciler or the run is gone, the
    // run's failure when the answer is one, else `use` with the value.
    template<typename T>
    TradingRestClient::Callback<T> step(
        const std::shared_ptr<Run>& run, std::function<void(T& value)> use);
    bool current(const std::shared_ptr<Run>& run) const { return run == m_run; }

    TradingRestClient& m_rest;
    Config m_config;
    std::shared_ptr<Run> m_run;
    std::function<LocalBook()> m_journalState;
    QTimer m_retry;
    int m_attempts = 0;
    int m_failures = 0;
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::ReconcileReport)

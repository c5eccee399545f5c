#pragma once

#include "core/market/marketfeed.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Candela {

// Runs one MarketFeed on its own thread (STYLE.md rule 9: an owned thread with a clean
// shutdown) and re-emits what it says on the thread that owns the runner.
class MarketFeedRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketFeedRunner)

public:
    explicit MarketFeedRunner(QObject* parent = nullptr);
    ~MarketFeedRunner() override;

    // Stops any feed already running, then starts `feed` on the feed thread.
    void run(std::unique_ptr<Core::MarketFeed> feed);
    void stop();

Q_SIGNALS:
    void messageReceived(const Candela::Core::MarketMessage& message);
    void connectionStateChanged(Candela::Core::ConnectionState state);
    void finished();

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };

    std::unique_ptr<QThread, ThreadStopper> m_thread;
    Core::MarketFeed* m_feed = nullptr; // lives on m_thread; deleted there
};

} // namespace Candela

#pragma once

#include "marketevent.h"

#include "core/model/tradingmode.h"

#include <QObject>
#include <QStringList>

namespace Candela::Core {

// How far a product's market data can be trusted right now; bots and the UI read it.
enum class DataHealth {
    Live, // fresh and complete
    Stale, // nothing heard for too long
    Resyncing, // the book is being rebuilt from a fresh snapshot
};

// A source of decoded market data: the live Coinbase feed, a replayed recording, candles. It
// lives on its own thread; everything it says goes out through queued signals carrying values.
class MarketFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketFeed)

public:
    using QObject::QObject;
    ~MarketFeed() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    // Someone downstream found this product's book unusable (crossed): fetch a fresh snapshot.
    virtual void requestResync(const QString& productId) = 0;

Q_SIGNALS:
    void messageReceived(const Candela::Core::MarketMessage& message);
    // These products' books missed data: drop them until their next snapshot.
    void booksInvalidated(const QStringList& productIds);
    void healthChanged(const QString& productId, Candela::Core::DataHealth health);
    void connectionStateChanged(Candela::Core::ConnectionState state);
    // A finite feed (a replay) has delivered everything.
    void finished();
};

} // namespace Candela::Core

Q_DECLARE_METATYPE(Candela::Core::MarketMessage)
Q_DECLARE_METATYPE(Candela::Core::DataHealth)
Q_DECLARE_METATYPE(Candela::Core::ConnectionState)

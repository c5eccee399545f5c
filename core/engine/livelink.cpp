#include "livelink.h"

#include "core/corelogging.h"

#include "tradingengine.h"

namespace Candela::Core {

LiveLink::LiveLink(const CoinbaseVenue& venue, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_rest(venue.rest, venue.credentials, clock)
    , m_execution(m_rest, clock, venue.execution)
    , m_feeTier(m_rest, clock, std::chrono::minutes(5))
    , m_reconciler(m_rest, Reconciler::Config{})
{
    m_reconciles = venue.reconcile;
    if (!venue.userChannel)
        return;
    m_channel = std::make_unique<UserChannel>(
        *venue.userChannel, venue.credentials.key, venue.credentials.keyName, clock);
    connect(m_channel.get(), &UserChannel::orderUpdated, &m_execution,
        &CoinbaseExecution::onUserUpdate);
}

LiveLink::~LiveLink() = default;

void LiveLink::serve(TradingEngine& engine)
{
    connect(&m_reconciler, &Reconciler::finished, &engine,
        [&engine](const ReconcileReport& report) { engine.applyReconciliation(report); });
    connect(&m_reconciler, &Reconciler::notReady, &engine,
        [&engine](const QString& why) { engine.applyReconciliation(std::nullopt, why); });
    // The account's own fee tier, for the engine's check of a buy against a bot's cash (the
    // fills carry the fee Coinbase charged).
    connect(&m_feeTier, &FeeTierWatch::tierChanged, &engine,
        [&engine](const CoinbaseOrders::FeeTier& tier) {
            engine.setFeeTier(tier.makerFeeRate, tier.takerFeeRate, tier.pricingTier);
        });
    connect(&m_execution, &ExecutionClient::orderEvent, &m_feeTier, &FeeTierWatch::atOrder);
    m_feeTier.refresh();
    if (m_channel) {
        connect(m_channel.get(), &UserChannel::readyChanged, this,
            [this, &engine](bool ready, const QString&) {
                if (ready)
                    reconcile(engine);
            });
        m_channel->start();
    }
    reconcile(engine);
}

void LiveLink::previewOrder(const ManualOrder& order, std::function<void(ManualOrderPreview)> done)
{
    Order asked = venueOrderOf(order);
    asked.clientOrderId = QStringLiteral("preview"); // the request drops it: a preview is no order
    m_rest.previewOrder(asked, [done = std::move(done)](Result<CoinbaseOrders::OrderPreview> got) {
        ManualOrderPreview preview;
        if (!got) {
            preview.problem = got.error().message;
        } else {
            preview.orderTotal = got->orderTotal;
            preview.commissionTotal = got->commissionTotal;
            preview.errors = got->errors;
            preview.warnings = got->warnings;
            preview.averagePrice = got->averagePrice;
        }
        done(std::move(preview));
    });
}

void LiveLink::reconcile(TradingEngine& engine)
{
    if (!m_reconciles)
        return;
    m_reconciler.run([&engine] {
        // An unreadable journal is a journal with nothing in it: every balance differs, so
        // every product is blocked until it reads again.
        auto book = engine.venueBook();
        if (!book) {
            qCWarning(lcEngine).noquote()
                << "reconciling against an empty journal:" << book.error().message;
            return LocalBook{};
        }
        return std::move(book).value();
    });
}

} // namespace Candela::Core

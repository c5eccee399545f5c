#include "livereadiness.h"

#include "publicrestclient.h"
#include "tradingrestclient.h"
#include "userchannel.h"

#include <QPointer>

namespace Candela::Core {

namespace {

// A short account of what differs, for the blocker's detail (diagnostic, not translated).
QString differences(const ReconcileReport& report)
{
    QStringList parts;
    for (const auto& mismatch : report.mismatches)
        parts << QStringLiteral("%1: journal %2, Coinbase %3")
                     .arg(mismatch.currency, mismatch.local.toString(), mismatch.venue.toString());
    for (const Order& order : report.missingAtVenue)
        parts << QStringLiteral("order %1 unknown to Coinbase").arg(order.clientOrderId);
    return parts.join(QStringLiteral("; "));
}

} // namespace

LiveReadiness::LiveReadiness(TradingRestClient& rest, PublicRestClient& publicRest,
    UserChannel& channel, const Clock& clock, Config config, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_publicRest(publicRest)
    , m_channel(channel)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_reconciler(rest, {})
{
    connect(&m_channel, &UserChannel::readyChanged, this, [this](bool ready, const QString& why) {
        m_input.userChannelReady = ready;
        m_input.userChannelProblem = why;
        publish();
    });
}

LiveReadiness::~LiveReadiness() = default;

void LiveReadiness::check(LocalBook local)
{
    const int generation = ++m_generation;
    m_input = LiveGateInput{};
    m_input.keyStored = true;
    m_input.expectedPortfolio = m_config.expectedPortfolio;
    m_input.permissionsProblem = QStringLiteral("asking Coinbase");
    m_input.clockProblem.clear();
    m_input.userChannelReady = m_channel.isReady();
    m_input.userChannelProblem = QStringLiteral("waiting for Coinbase's confirmation");
    m_input.reconcileProblem = QStringLiteral("comparing the journal with Coinbase");
    m_report = LiveReadinessReport{};
    m_pending = 4;

    m_rest.feeTier([self = QPointer<LiveReadiness>(this), this, generation](
                       Result<CoinbaseOrders::FeeTier> tier) {
        if (!self || generation != m_generation)
            return;
        if (tier)
            m_report.feeTier = *tier;
        --m_pending;
        publish();
    });

    m_rest.keyPermissions([self = QPointer<LiveReadiness>(this), this, generation](
                              Result<KeyPermissions> permissions) {
        if (!self)
            return;
        if (generation != m_generation)
            return;
        if (permissions) {
            m_input.permissions = *permissions;
            m_report.permissions = *permissions;
        } else {
            m_input.permissionsProblem = permissions.error().message;
        }
        --m_pending;
        publish();
    });
    m_publicRest.fetchServerTime(
        [self = QPointer<LiveReadiness>(this), this, generation](Result<Timestamp> server) {
            if (!self)
                return;
            if (generation != m_generation)
                return;
            m_input.clockProblem = server
                ? clockSkewProblem(m_clock.now(), *server, m_config.skewLimit)
                : QStringLiteral("cannot read Coinbase's clock: ") + server.error().message;
            --m_pending;
            publish();
        });
    m_reconciler.disconnect(this);
    connect(&m_reconciler, &Reconciler::finished, this,
        [this, generation](const ReconcileReport& report) {
            if (generation != m_generation)
                return;
            m_report.reconciliation = report;
            m_input.reconciled = report.clean();
            m_input.reconcileProblem = differences(report);
            --m_pending;
            publish();
        });
    connect(&m_reconciler, &Reconciler::notReady, this, [this, generation](const QString& why) {
        if (generation != m_generation)
            return;
        m_input.reconciled = false;
        m_input.reconcileProblem = why; // the reconciler keeps trying by itself
        publish();
    });
    m_reconciler.run(std::move(local));
    m_channel.start();
    publish();
}

void LiveReadiness::publish()
{
    m_report.verdict = evaluateLiveGate(m_input);
    m_report.complete = m_pending <= 0;
    Q_EMIT updated(m_report);
}

} // namespace Candela::Core

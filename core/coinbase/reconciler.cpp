#include "reconciler.h"

#include "core/corelogging.h"

#include <QPointer>

#include <QUrlQuery>

namespace Candela::Core {

using namespace CoinbaseOrders;

namespace {
constexpr qsizetype IdsPerRequest = 50;
} // namespace

struct Reconciler::Run
{
    LocalBook local;
    VenueBook venue;
    int pending = 0; // requests of the current step still out
    bool failed = false;
};

Reconciler::Reconciler(TradingRestClient& rest, Config config, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_config(config)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { run(m_journalState); });
}

Reconciler::~Reconciler() = default;

void Reconciler::run(LocalBook local)
{
    run([local = std::move(local)] { return local; });
}

void Reconciler::run(std::function<LocalBook()> journalState)
{
    m_retry.stop();
    m_journalState = std::move(journalState);
    auto run = std::make_shared<Run>();
    run->local = m_journalState();
    m_run = run;
    ++m_attempts;
    fetchOpenOrders(run);
}

void Reconciler::fail(const std::shared_ptr<Run>& run, const QString& why)
{
    if (!current(run) || run->failed)
        return;
    run->failed = true;
    auto delay = m_config.initialBackoff;
    for (int i = 0; i < m_failures && delay < m_config.maxBackoff; ++i)
        delay *= 2;
    delay = std::min(delay, m_config.maxBackoff);
    ++m_failures;
    qCWarning(lcCoinbase).noquote()
        << "reconciliation cannot run:" << why << "- retrying in" << delay.count() << "ms";
    m_run.reset();
    m_retry.start(delay); // → run(m_journalState): the journal as it is then

    Q_EMIT notReady(why);
}

template<typename T>
TradingRestClient::Callback<T> Reconciler::step(
    const std::shared_ptr<Run>& run, std::function<void(T& value)> use)
{
    return [self = QPointer<Reconciler>(this), run, use = std::move(use)](Result<T> answer) {
        if (!self || !self->current(run))
            return;
        if (!answer)
            return self->fail(run, answer.error().message);
        use(answer.value());
    };
}

void Reconciler::fetchOpenOrders(std::shared_ptr<Run> run)
{
    // Working orders, then the ones Coinbase has not settled yet (PENDING, QUEUED, …): both may
    // trade. Two requests, as OPEN may not combine with other statuses (UNVERIFIED).
    QUrlQuery open;
    open.addQueryItem(QStringLiteral("order_status"), QStringLiteral("OPEN"));
    m_rest.listOrders(
        open, step<std::vector<VenueOrder>>(run, [this, run](std::vector<VenueOrder>& orders) {
            run->venue.openOrders = std::move(orders);
            QUrlQuery unsettled;
            for (const char* status : {"PENDING", "QUEUED", "EDIT_QUEUED", "CANCEL_QUEUED"})
                unsettled.addQueryItem(QStringLiteral("order_status"), QLatin1String(status));
            m_rest.listOrders(unsettled,
                step<std::vector<VenueOrder>>(run, [this, run](std::vector<VenueOrder>& more) {
                    std::move(more.begin(), more.end(), std::back_inserter(run->venue.openOrders));
                    fetchOurOrders(run);
                }));
        }));
}

void Reconciler::fetchOurOrders(std::shared_ptr<Run> run)
{
    QStringList venueIds;
    std::map<QString, Timestamp> unknownSince; // by product: the oldest unknown submit
    for (const Order& order : run->local.openOrders) {
        if (!order.venueOrderId.isEmpty()) {
            venueIds.append(order.venueOrderId);
            continue;
        }
        auto [at, inserted] = unknownSince.try_emplace(order.productId, order.createdAt);
        if (!inserted)
            at->second = std::min(at->second, order.createdAt);
    }
    std::vector<QUrlQuery> queries;
    for (qsizetype start = 0; start < venueIds.size(); start += IdsPerRequest) {
        QUrlQuery query;
        for (const QString& id : venueIds.mid(start, IdsPerRequest))
            query.addQueryItem(QStringLiteral("order_ids"), id);
        queries.push_back(query);
    }
    for (const auto& [product, since] : unknownSince)
        queries.push_back(TradingRestClient::ordersSince(product, since));
    if (queries.empty())
        return fetchFills(run);
    run->pending = int(queries.size());
    for (const QUrlQuery& query : queries) {
        m_rest.listOrders(
            query, step<std::vector<VenueOrder>>(run, [this, run](std::vector<VenueOrder>& orders) {
                for (const VenueOrder& order : orders)
                    if (run->local.clientOrderIds.contains(order.clientOrderId))
                        run->venue.ourOrders.push_back(order);
                if (--run->pending == 0)
                    fetchFills(run);
            }));
    }
}

void Reconciler::fetchFills(std::shared_ptr<Run> run)
{
    QStringList ids;
    for (const VenueOrder& order : run->venue.ourOrders)
        ids.append(order.venueOrderId);
    for (const VenueOrder& order : run->venue.openOrders)
        if (run->local.clientOrderIds.contains(order.clientOrderId))
            ids.append(order.venueOrderId);
    ids.removeDuplicates();
    if (ids.isEmpty())
        return fetchBalances(run);
    run->pending = int((ids.size() + IdsPerRequest - 1) / IdsPerRequest);
    for (qsizetype start = 0; start < ids.size(); start += IdsPerRequest) {
        QUrlQuery query;
        for (const QString& id : ids.mid(start, IdsPerRequest))
            query.addQueryItem(QStringLiteral("order_ids"), id);
        m_rest.listFills(
            query, step<std::vector<VenueFill>>(run, [this, run](std::vector<VenueFill>& fills) {
                std::move(fills.begin(), fills.end(), std::back_inserter(run->venue.fills));
                if (--run->pending == 0)
                    fetchBalances(run);
            }));
    }
}

void Reconciler::fetchBalances(std::shared_ptr<Run> run)
{
    m_rest.listAccounts(
        step<std::vector<Balance>>(run, [this, run](std::vector<Balance>& balances) {
            run->venue.balances = std::move(balances);
            m_run.reset();
            m_failures = 0;
            Q_EMIT finished(reconcile(run->local, run->venue, m_config.tolerance));
        }));
}

} // namespace Candela::Core

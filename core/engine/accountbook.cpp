#include "accountbook.h"

#include "core/model/exactsteps.h"

#include "core/corelogging.h"
#include "core/risk/riskpolicyjson.h"

namespace Candela::Core {

BotAccount::BotAccount(const QString& botId, const QString& productId, const Decimal& cash)
    : ledger(botId, productId, cash)
{ }

AccountBook::AccountBook(
    Decimal startingCash, const RiskPolicy& riskDefaults, const QStringList& stopped)
    : m_riskDefaults(riskDefaults)
    , m_startingCash(std::move(startingCash))
    , m_stopped(stopped.begin(), stopped.end())
    , m_limits(riskDefaults)
{ }

BotAccount& AccountBook::accountFor(const QString& botId, const QString& productId)
{
    const Key key{botId, productId};
    auto found = m_accounts.find(key);
    if (found == m_accounts.end()) {
        found = m_accounts.try_emplace(key, botId, productId, m_startingCash).first;
        found->second.running = !m_stopped.contains(botId);
        if (m_onNewProduct)
            m_onNewProduct(productId);
    }
    return found->second;
}

BotAccount* AccountBook::find(const Key& key)
{
    const auto found = m_accounts.find(key);
    return found == m_accounts.end() ? nullptr : &found->second;
}

BotAccount* AccountBook::botAccount(const QString& botId)
{
    for (const BotConfig& config : m_bots) {
        if (config.name == botId)
            return &accountFor(botId, config.product);
    }
    return nullptr;
}

BotAccount* AccountBook::accountOfKey(const QString& positionKey)
{
    const qsizetype bar = positionKey.indexOf(QLatin1Char('|'));
    return find({positionKey.left(bar), positionKey.mid(bar + 1)});
}

void AccountBook::setBots(std::vector<BotConfig> bots)
{
    m_bots = std::move(bots);
    for (const BotConfig& config : m_bots) {
        BotAccount& account = accountFor(config.name, config.product);
        account.timeframe = config.timeframe;
        account.positionSize = config.positionSize;
        account.entry = config.entry;
        account.exit = config.exit;
        // An edited bot gets a new risk under the new policy; an open position keeps its stop and
        // target, and the limits keep the day's figures and what they counted.
        std::optional<Protection> protection;
        QString limits;
        if (account.risk) {
            protection = account.risk->protection();
            limits = account.risk->limitsText();
        }
        account.risk.reset();
        account.primed = false;
        account.settingsJournaled = false;
        const auto policy = riskPolicyFor(config, m_riskDefaults);
        account.riskError = policy ? QString() : policy.error().message;
        if (!policy) {
            qCWarning(lcEngine).noquote() << account.riskError;
            continue;
        }
        account.productListed = isListed(config.product);
        account.risk.emplace(
            *policy, productFor(config.product), config.timeframe, config.positionSize);
        account.risk->setProtection(protection);
        if (!limits.isEmpty())
            account.risk->restoreLimits(limits);
        for (const ClosedTrade& trade : m_trades) {
            if (trade.botId == config.name && trade.productId == config.product) {
                account.risk->noteEntry(trade.entryTime);
                account.risk->noteClosed(trade);
            }
        }
        if (account.openedAt)
            account.risk->noteEntry(*account.openedAt);
    }
}

void AccountBook::setProducts(const ProductCatalog* catalog, bool venueOnly)
{
    m_catalog = catalog;
    m_venueProductsOnly = venueOnly;
    setBots(m_bots);
}

Product AccountBook::productFor(const QString& productId) const
{
    if (m_catalog) {
        if (auto product = m_catalog->find(productId))
            return *product;
    }
    return Product::spotDefaults(productId);
}

bool AccountBook::isListed(const QString& productId) const
{
    return !m_venueProductsOnly || (m_catalog && m_catalog->find(productId));
}

void AccountBook::productsUpdated()
{
    for (auto& [key, account] : m_accounts) {
        const bool listed = isListed(key.second);
        if (listed != account.productListed)
            qCInfo(lcEngine).noquote() << QStringLiteral("%1: %2").arg(key.second,
                listed ? QStringLiteral("in Coinbase's product list: entries allowed")
                       : QStringLiteral("not in Coinbase's product list: no entries"));
        account.productListed = listed;
        if (account.risk)
            account.risk->setProduct(productFor(key.second));
    }
}

void AccountBook::setRiskDefaults(const RiskPolicy& defaults)
{
    m_riskDefaults = defaults;
    m_limits.setPolicy(defaults);
    setBots(m_bots);
}

void AccountBook::startOver(const Decimal& startingCash)
{
    m_startingCash = startingCash;
    m_accounts.clear();
    setBots(m_bots);
}

bool AccountBook::setRunning(const QString& botId, bool running)
{
    const bool wasStopped = m_stopped.contains(botId);
    if (running)
        m_stopped.remove(botId);
    else
        m_stopped.insert(botId);
    for (auto& [key, account] : m_accounts) {
        if (key.first == botId)
            account.running = running;
    }
    return wasStopped == running;
}

QStringList AccountBook::stoppedBots() const
{
    QStringList bots = m_stopped.values();
    bots.sort();
    return bots;
}

Result<Decimal> AccountBook::equity(const MarkPrice& mark) const
{
    ExactSteps exact;
    Decimal equity;
    for (const auto& [key, account] : m_accounts)
        equity = exact(equity.plus(exact(account.ledger.equity(mark(account.ledger.productId())))));
    return exact.result(equity);
}

Result<Decimal> AccountBook::cash() const
{
    ExactSteps exact;
    Decimal cash;
    for (const auto& [key, account] : m_accounts)
        cash = exact(cash.plus(account.ledger.cash()));
    return exact.result(cash);
}

void AccountBook::markEquity(Timestamp closeTime, const Decimal& equity)
{
    if (!m_equityCurve.empty() && m_equityCurve.back().time >= closeTime)
        m_equityCurve.back().equity = equity;
    else
        m_equityCurve.push_back({closeTime, equity});
    if (m_equityCurve.size() > EquityPointsKept)
        m_equityCurve.erase(m_equityCurve.begin());
    m_limits.update(closeTime, equity);
}

Status AccountBook::fillSnapshot(
    TradingSnapshot& snapshot, const MarkPrice& mark, Timestamp now) const
{
    ExactSteps exact;
    for (const auto& [key, account] : m_accounts) {
        const QString& botId = key.first;
        const BotLedger& ledger = account.ledger;
        const Decimal price = mark(ledger.productId());
        snapshot.startingEquity = exact(snapshot.startingEquity.plus(m_startingCash));
        snapshot.cash = exact(snapshot.cash.plus(ledger.cash()));
        snapshot.equity = exact(snapshot.equity.plus(exact(ledger.equity(price))));
        if (!account.running)
            snapshot.stoppedBots.append(botId);
        if (ledger.isFlat())
            continue;
        const Position position = ledger.position();
        OpenPosition open;
        open.botId = botId;
        open.productId = ledger.productId();
        open.side = position.quantity.isPositive() ? Side::Buy : Side::Sell;
        open.quantity = position.quantity.abs();
        open.entryPrice = position.averageEntryPrice;
        open.mark = price;
        open.unrealizedPnl = exact(ledger.unrealizedPnl(price));
        open.openedAt = account.openedAt.value_or(now);
        if (account.risk && account.risk->protection()) {
            open.stop = account.risk->protection()->stop;
            open.target = account.risk->protection()->target;
        }
        snapshot.positions.push_back(open);
    }
    snapshot.trades = m_trades;
    snapshot.equityCurve = m_equityCurve;
    const auto stats = PerformanceStats::compute(m_trades, m_equityCurve);
    if (stats)
        snapshot.stats = *stats;
    if (exact.failed())
        return exact.error();
    if (!stats)
        return stats.error();
    return success();
}

Result<std::vector<ClosedTrade>> AccountBook::applyFill(
    BotAccount& account, const Fill& fill, const TradeDecision& decision)
{
    const bool wasFlat = account.ledger.isFlat();
    // entry and stop are positive prices: their difference is in range
    const Decimal riskPerUnit = decision.kind == TradeDecision::Kind::Enter
        ? remainderOf(decision.plan.entry, decision.plan.stop).abs()
        : Decimal{};
    auto closed = account.ledger.apply(fill, {decision.exitReason, riskPerUnit});
    if (!closed)
        return closed;
    if (wasFlat && !account.ledger.isFlat())
        account.openedAt = fill.time;
    if (account.ledger.isFlat())
        account.openedAt.reset();
    account.lastTrade = fill.time;
    return closed;
}

} // namespace Candela::Core

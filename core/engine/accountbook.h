#pragma once

#include "tradingsnapshot.h"

#include "core/coinbase/productcatalog.h"
#include "core/portfolio/botledger.h"
#include "core/risk/accountlimits.h"
#include "core/risk/botrisk.h"
#include "core/strategy/botconfig.h"

#include <QSet>

#include <functional>
#include <map>
#include <optional>

namespace Candela::Core {

// One bot's account on one product: its ledger, its risk management and what the engine keeps
// of its trading.
struct BotAccount
{
    BotAccount(const QString& botId, const QString& productId, const Decimal& cash);
    BotLedger ledger;
    Timeframe timeframe = Timeframe::FiveMinutes; // of the bot trading it
    Decimal positionSize; // zero: no bot trades it now (renamed, moved to another product)
    EntryPolicy entry; // how the bot trading it enters: at market or with a post-only limit
    ExitPolicy exit; // how it takes profit: at market, or with a limit resting at the target
    std::optional<Timestamp> openedAt;
    std::optional<Timestamp> lastTrade; // for the cooldown after a restart
    bool running = true;
    // The bot's risk management; empty when no bot trades the account now, or when its "risk"
    // section was refused (riskError says why, and every entry is refused with it).
    std::optional<BotRisk> risk;
    QString riskError;
    // False at Coinbase while its product list does not name the product: no entries (its grid
    // is not known); the risk runs on Coinbase's usual spot rules meanwhile, so an open
    // position keeps its stop, target and limits.
    bool productListed = true;
    bool primed = false; // the risk has seen the history before the first bar
    // The settings it trades with are in the journal (a BotSettingsRecord): false again when
    // the bot, the fees or the risk defaults change.
    bool settingsJournaled = false;
    QString lastDenial; // the same refusal bar after bar is announced once
    QString savedLimits; // the risk's limits as last journaled
    bool exitRefused = false; // the venue refused the last exit (no second round after it)
};

// The trading engine's accounts and equity: one BotAccount per bot and product (a bot renamed or
// moved to another product keeps the old one: still shown, valued and flattened), the bots that
// trade in them now with the risk of their sections, the bots the trader stopped, the closed
// trades, the whole account's equity curve and its daily-loss and drawdown limits. On the
// engine's thread; it journals nothing itself.
class AccountBook final
{
public:
    using Key = std::pair<QString, QString>; // bot id, product

    AccountBook(Decimal startingCash, const RiskPolicy& riskDefaults, const QStringList& stopped);

    // Called with a product the first time an account trades it (the paper venue learns it).
    void onNewProduct(std::function<void(const QString& productId)> learn)
    {
        m_onNewProduct = std::move(learn);
    }

    // Where each product's increments and limits come from: the catalog, or for a product it
    // does not hold (or without one) Coinbase's usual spot rules. With `venueOnly` (trading at
    // Coinbase) a product the catalog lacks is not listed: its bots open nothing until it is.
    void setProducts(const ProductCatalog* catalog, bool venueOnly);
    Product productFor(const QString& productId) const;
    bool isListed(const QString& productId) const;
    // The catalog changed: each risk takes its product's new rules in place (its stop, target,
    // limits and history stay), and whether the product is listed is looked at again.
    void productsUpdated();

    // The bots that trade now, each under its "risk" section over `defaults`. An edited bot gets
    // a new risk; an open position keeps its stop and target, the limits what they counted.
    void setBots(std::vector<BotConfig> bots);
    const std::vector<BotConfig>& bots() const { return m_bots; }
    void setRiskDefaults(const RiskPolicy& defaults);
    // A journal's starting cash replaces the options' figure: the accounts start over from it.
    void startOver(const Decimal& startingCash);
    const Decimal& startingCash() const { return m_startingCash; }

    BotAccount& accountFor(const QString& botId, const QString& productId);
    BotAccount* find(const Key& key);
    // The account the named bot trades in now; null for an unknown bot.
    BotAccount* botAccount(const QString& botId);
    // By a position key of VenueOrders ("bot|product").
    BotAccount* accountOfKey(const QString& positionKey);
    std::map<Key, BotAccount>& accounts() { return m_accounts; }
    const std::map<Key, BotAccount>& accounts() const { return m_accounts; }

    // Whether the bot may open positions; false when it changed nothing.
    bool setRunning(const QString& botId, bool running);
    QStringList stoppedBots() const; // sorted

    std::vector<ClosedTrade>& trades() { return m_trades; }
    const std::vector<ClosedTrade>& trades() const { return m_trades; }
    std::vector<EquityPoint>& equityCurve() { return m_equityCurve; }
    AccountLimits& limits() { return m_limits; }
    const AccountLimits& limits() const { return m_limits; }

    using MarkPrice = std::function<Decimal(const QString& productId)>;
    // Cash and open positions at `mark`, over every account.
    // The whole account's; an error when a sum leaves the Decimal range.
    Result<Decimal> equity(const MarkPrice& mark) const;
    Result<Decimal> cash() const;
    // The account's equity at a bar's close: the curve's point and the limits' day and peak.
    void markEquity(Timestamp closeTime, const Decimal& equity);

    // The accounts' part of the snapshot: starting equity, cash, equity, open positions, stopped
    // bots, closed trades, the curve and the statistics.
    // An error when a figure left the Decimal range (the figures it touched are then not exact).
    Status fillSnapshot(TradingSnapshot& snapshot, const MarkPrice& mark, Timestamp now) const;

    // Counts a fill in the account's ledger; the position's opening time follows it. Returns the
    // round trips it closed (the entry's risk per unit from `decision`, for R multiples).
    static Result<std::vector<ClosedTrade>> applyFill(
        BotAccount& account, const Fill& fill, const TradeDecision& decision);

    static constexpr size_t EquityPointsKept = 5000;

private:
    std::map<Key, BotAccount> m_accounts;
    std::vector<BotConfig> m_bots;
    RiskPolicy m_riskDefaults;
    Decimal m_startingCash;
    QSet<QString> m_stopped;
    std::vector<ClosedTrade> m_trades;
    std::vector<EquityPoint> m_equityCurve;
    AccountLimits m_limits;
    std::function<void(const QString&)> m_onNewProduct;
    const ProductCatalog* m_catalog = nullptr;
    bool m_venueProductsOnly = false;
};

} // namespace Candela::Core

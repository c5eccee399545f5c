#pragma once

#include "core/execution/papermatcher.h"
#include "core/model/candle.h"
#include "core/portfolio/botledger.h"
#include "core/portfolio/performancestats.h"
#include "core/risk/accountlimits.h"
#include "core/risk/botrisk.h"
#include "core/storage/journalstore.h"
#include "core/strategy/bot.h"

#include <memory>
#include <vector>

namespace Candela::Core {

// A headless paper-trading session over candles, journaled so that it survives a crash: run it
// again on the same database and it resumes where it stopped, with the same fills, trades and
// cash as a run that was never interrupted — no fill lost, none doubled.
//
// How: each order's client_order_id is derived from the bot, the candle and the side, and is
// committed before the order goes to the paper venue; each fill is committed (unique on its
// order and trade id) before the ledger counts it; on reopening, the ledgers are rebuilt from
// the journaled fills and the bots re-read the candles up to where the session stopped. An
// intent met again for an order already in the journal is not sent a second time.
//
// The trading rules are the backtest's (BacktestRunner, BotRisk): the same candles give the same
// trades.
class PaperSession final
{
public:
    struct Options
    {
        QString databasePath;
        std::vector<BotConfig> bots; // all on the candles' product and timeframe
        Decimal startingCash = Decimal::fromInteger(10000); // per bot
        PaperExchangeConfig fees;
        RiskPolicy riskDefaults; // under each bot's "risk" section
        int checkpointEvery = 500; // candles between progress commits
    };

    static Result<std::unique_ptr<PaperSession>> open(Options options);

    // Trades the candles after the last one this session processed (all of them the first
    // time). `stopAfter` > 0 ends the run early after that many new candles (for tests).
    Status run(const std::vector<Candle>& candles, qint64 stopAfter = 0);

    qint64 candlesProcessed() const { return m_position; }
    std::vector<ClosedTrade> closedTrades() const;
    const BotLedger& ledger(size_t bot) const { return m_bots[bot].ledger; }
    size_t botCount() const { return m_bots.size(); }
    JournalStore& journal() { return m_journal; }

private:
    struct Runner
    {
        Runner(const BotConfig& config, const RiskPolicy& policy, Decimal cash);
        BotConfig config;
        Bot bot;
        BotRisk risk;
        BotLedger ledger;
        std::vector<ClosedTrade> trades;
    };

    PaperSession(Options options, std::vector<RiskPolicy> policies);
    Status restore();
    Status trade(Runner& runner, Timestamp closeTime, const TradeDecision& decision);
    // Books the fills of one order (each once) and tells the bot's risk what they did.
    Status bookFills(Runner& runner, const std::vector<Fill>& fills, const TradeDecision& decision,
        Timestamp closeTime);

    Options m_options;
    JournalStore m_journal;
    PaperMatcher m_matcher;
    std::vector<Runner> m_bots;
    AccountLimits m_accountLimits; // the whole session's daily loss and drawdown
    QSet<QString> m_sentOrders; // client_order_ids already in the journal
    QSet<QString> m_bookedFills;
    qint64 m_position = 0; // candles processed
};

} // namespace Candela::Core

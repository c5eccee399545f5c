#include "sessiondiff.h"

#include "core/backtest/backtestrunner.h"
#include "core/market/candleseries.h"
#include "core/model/exactsteps.h"
#include "core/model/product.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace Candela::Core {

namespace {

using Kind = TradeDifference::Kind;

QJsonObject tradeJson(const ClosedTrade& trade)
{
    return {
        {QStringLiteral("entry_time"), toIsoString(trade.entryTime)},
        {QStringLiteral("entry_price"), trade.entryPrice.toString()},
        {QStringLiteral("exit_time"), toIsoString(trade.exitTime)},
        {QStringLiteral("exit_price"), trade.exitPrice.toString()},
        {QStringLiteral("exit_reason"), QLatin1String(exitReasonName(trade.exitReason))},
        {QStringLiteral("quantity"), trade.quantity.toString()},
        {QStringLiteral("fees"), trade.fees.toString()},
        {QStringLiteral("pnl"), trade.pnl.toString()},
    };
}

bool sameExit(const ClosedTrade& a, const ClosedTrade& b)
{
    return a.exitTime == b.exitTime && a.exitReason == b.exitReason;
}

bool samePrices(const ClosedTrade& a, const ClosedTrade& b)
{
    return a.entryPrice == b.entryPrice && a.exitPrice == b.exitPrice;
}

bool alike(const ClosedTrade& a, const ClosedTrade& b)
{
    return a.entryTime == b.entryTime && sameExit(a, b) && samePrices(a, b)
        && a.quantity == b.quantity && a.fees == b.fees && a.pnl == b.pnl;
}

QString percentText(const Decimal& rate)
{
    return QString::number(rate.toDouble() * 100.0, 'g', 6) + QStringLiteral(" %");
}

// One round trip per entry and exit: the ledger books a trade per entry fill and exit fill, so an
// order filled in parts (at the session's book, at a venue) is several trades with one entry time
// where the backtest has one. Their quantities, fees and P&L are added and their prices averaged
// by quantity (to eight decimals).
std::vector<ClosedTrade> roundTrips(std::vector<ClosedTrade> trades)
{
    std::stable_sort(trades.begin(), trades.end(),
        [](const ClosedTrade& a, const ClosedTrade& b) { return a.entryTime < b.entryTime; });
    std::vector<ClosedTrade> merged;
    for (const ClosedTrade& trade : trades) {
        if (merged.empty() || merged.back().entryTime != trade.entryTime
            || !sameExit(merged.back(), trade)) {
            merged.push_back(trade);
            continue;
        }
        ClosedTrade& whole = merged.back();
        ExactSteps exact;
        const Decimal quantity = exact(whole.quantity.plus(trade.quantity));
        const auto average = [&](const Decimal& a, const Decimal& b) {
            const Decimal sum
                = exact(exact(a.times(whole.quantity)).plus(exact(b.times(trade.quantity))));
            return exact(sum.dividedBy(quantity, 8, RoundingMode::HalfEven));
        };
        const Decimal entry = average(whole.entryPrice, trade.entryPrice);
        const Decimal exitPrice = average(whole.exitPrice, trade.exitPrice);
        const Decimal fees = exact(whole.fees.plus(trade.fees));
        const Decimal pnl = exact(whole.pnl.plus(trade.pnl));
        if (exact.failed() || quantity.isZero()) { // beyond exact figures: kept apart
            merged.push_back(trade);
            continue;
        }
        whole.entryPrice = entry;
        whole.exitPrice = exitPrice;
        whole.quantity = quantity;
        whole.fees = fees;
        whole.pnl = pnl;
    }
    return merged;
}

// What the journal says about one bot of the session, against the backtest's settings.
class BotJournal
{
public:
    BotJournal(const RecordedSession& session, const std::vector<const BotSettingsRecord*>& runs,
        const SessionDiffOptions& options)
        : m_session(session)
        , m_runs(runs)
        , m_latest(*runs.back())
        , m_options(options)
    { }

    // The cause of a difference that the settings or the journal explain, if any.
    std::optional<std::pair<QString, QString>> causeOf(Kind kind,
        const std::optional<ClosedTrade>& session, const std::optional<ClosedTrade>& backtest,
        Timestamp entry) const
    {
        if (session && backtest && !sameExit(*session, *backtest)) {
            if (session->exitReason == ExitReason::Manual)
                return std::pair{QStringLiteral("manual"),
                    QStringLiteral("the trader closed the position in the session")};
            if (session->exitReason == ExitReason::KillSwitch)
                return std::pair{QStringLiteral("kill_switch"),
                    QStringLiteral("the kill switch flattened the position in the session")};
        }
        if (auto config = configChange(entry))
            return config;
        if (kind == Kind::MissedEntry) {
            if (auto halted = haltedAt(entry))
                return std::pair{QStringLiteral("kill_switch"),
                    QStringLiteral("the kill switch was engaged in the session: ") + *halted};
            if (auto stopped = stoppedAt(entry))
                return std::pair{stopped->contains(QLatin1String("by the trader"))
                        ? QStringLiteral("manual")
                        : QStringLiteral("refusal"),
                    QStringLiteral("the bot was stopped in the session: ") + *stopped};
            if (auto refused = refusalNear(entry))
                return std::pair{QStringLiteral("refusal"),
                    QStringLiteral("the session refused the entry: ") + *refused};
            if (!sawMarketIn(entry))
                return std::pair{QStringLiteral("data_gap"),
                    QStringLiteral("the session saw no bar in that hour (not running, or no "
                                   "market data)")};
        }
        if (session && backtest) {
            if (session->fees != backtest->fees && feesDiffer())
                return std::pair{QStringLiteral("fees"), feeWords()};
            if (!samePrices(*session, *backtest))
                return std::pair{QStringLiteral("fill_model"), fillWords()};
        }
        return std::nullopt;
    }

    // What differs in the settings, when nothing nearer explains a difference: other fees leave
    // other cash, and other cash other sizes and refusals.
    std::pair<QString, QString> settingsCause() const
    {
        if (feesDiffer())
            return {QStringLiteral("fees"), feeWords()};
        if (m_latest.fees.slippage != m_options.fees.slippage || m_latest.venue != u"paper")
            return {QStringLiteral("fill_model"), fillWords()};
        return {QStringLiteral("unexplained"),
            QStringLiteral("the same configuration, settings and candles traded differently")};
    }

private:
    bool feesDiffer() const
    {
        return m_latest.fees.makerFeeRate != m_options.fees.makerFeeRate
            || m_latest.fees.takerFeeRate != m_options.fees.takerFeeRate;
    }

    QString feeWords() const
    {
        return QStringLiteral(
            "the session paid maker %1, taker %2; the backtest maker %3, taker %4")
            .arg(percentText(m_latest.fees.makerFeeRate), percentText(m_latest.fees.takerFeeRate),
                percentText(m_options.fees.makerFeeRate), percentText(m_options.fees.takerFeeRate));
    }

    QString fillWords() const
    {
        if (m_latest.venue != u"paper")
            return QStringLiteral("the session's fills are the venue's (%1)").arg(m_latest.venue);
        return QStringLiteral("the session filled with slippage %1 or at its order book, the "
                              "backtest with slippage %2 at the candles")
            .arg(percentText(m_latest.fees.slippage), percentText(m_options.fees.slippage));
    }

    std::optional<std::pair<QString, QString>> configChange(Timestamp entry) const
    {
        if (entry >= m_latest.firstBar)
            return std::nullopt;
        const BotSettingsRecord* before = nullptr;
        for (const BotSettingsRecord* run : m_runs) {
            if (run->firstBar <= entry)
                before = run;
        }
        if (!before || before->config.hash() == m_latest.config.hash())
            return std::nullopt;
        return std::pair{QStringLiteral("bot_config"),
            QStringLiteral("the session traded configuration %1 then; the backtest uses %2, "
                           "traded from %3")
                .arg(
                    before->config.hash(), m_latest.config.hash(), toIsoString(m_latest.firstBar))};
    }

    // The last audit entry of `kinds` at or before `time` (for this bot when `botOnly`).
    const AuditEntry* lastBefore(
        Timestamp time, std::initializer_list<QStringView> kinds, bool botOnly) const
    {
        const AuditEntry* last = nullptr;
        for (const AuditEntry& entry : m_session.audit) {
            if (entry.time > time)
                break;
            if (std::find(kinds.begin(), kinds.end(), entry.kind) != kinds.end()
                && (!botOnly || entry.botId == m_latest.botId))
                last = &entry;
        }
        return last;
    }

    // The kill switch at `time`: the last change the audit log records before it, or the state
    // a run of the bot started in.
    std::optional<QString> haltedAt(Timestamp time) const
    {
        std::optional<std::pair<Timestamp, QString>> last;
        const auto consider = [&last, time](Timestamp at, const QString& text) {
            if (at <= time && !text.isEmpty() && (!last || at >= last->first))
                last = std::pair{at, text};
        };
        for (const BotSettingsRecord* run : m_runs)
            consider(run->firstBar, run->killSwitch);
        if (const AuditEntry* entry = lastBefore(time, {u"kill_switch"}, false))
            consider(entry->time, entry->detail);
        if (!last || last->second.startsWith(QLatin1String("ACTIVE")))
            return std::nullopt;
        return last->second;
    }

    std::optional<QString> stoppedAt(Timestamp time) const
    {
        const AuditEntry* last = lastBefore(time, {u"bot_stopped", u"bot_started"}, true);
        if (!last || last->kind != u"bot_stopped")
            return std::nullopt;
        return last->detail;
    }

    // The refusal standing at `time`: the bot's last denial up to a bar after it, unless the
    // session entered for the bot since (the engine logs a refusal repeated bar after bar once,
    // so a lock that lasted days is one line).
    std::optional<QString> refusalNear(Timestamp time) const
    {
        const auto bar = std::chrono::seconds(seconds(m_latest.config.timeframe));
        const AuditEntry* last = nullptr;
        for (const AuditEntry& entry : m_session.audit) {
            if (entry.time > time + bar)
                break;
            if (entry.kind == u"denial" && entry.botId == m_latest.botId)
                last = &entry;
        }
        if (!last)
            return std::nullopt;
        const bool enteredSince = std::any_of(
            m_session.trades.begin(), m_session.trades.end(), [&](const ClosedTrade& trade) {
                return trade.botId == m_latest.botId && trade.entryTime > last->time
                    && trade.entryTime < time;
            });
        return enteredSince ? std::nullopt : std::optional<QString>(last->detail);
    }

    // Whether the session marked its equity in the hour of `time`: it does at the first bar that
    // closes in every hour it sees.
    bool sawMarketIn(Timestamp time) const
    {
        const qint64 hour = toUnixSeconds(time) / 3600;
        return std::any_of(m_session.equityMarks.begin(), m_session.equityMarks.end(),
            [hour](Timestamp mark) { return toUnixSeconds(mark) / 3600 == hour; });
    }

    const RecordedSession& m_session;
    const std::vector<const BotSettingsRecord*>& m_runs;
    const BotSettingsRecord& m_latest;
    const SessionDiffOptions& m_options;
};

// Matches one bot's trades and appends its differences; returns the number matched.
qint64 matchTrades(const std::vector<ClosedTrade>& sessionTrades,
    const std::vector<ClosedTrade>& backtestTrades, const BotJournal& journal,
    const BotSettingsRecord& latest, std::vector<TradeDifference>& differences)
{
    qint64 matched = 0;
    std::optional<std::pair<QString, Timestamp>> earlier; // the bot's first difference
    const auto add = [&](Kind kind, const ClosedTrade* session, const ClosedTrade* backtest) {
        TradeDifference difference;
        difference.kind = kind;
        difference.botId = latest.botId;
        difference.productId = latest.config.product;
        difference.entryTime = (session ? session : backtest)->entryTime;
        if (session)
            difference.session = *session;
        if (backtest)
            difference.backtest = *backtest;
        auto cause
            = journal.causeOf(kind, difference.session, difference.backtest, difference.entryTime);
        if (!cause && earlier)
            cause = std::pair{earlier->first,
                QStringLiteral("follows the difference at %1 (%2): the cash and the position "
                               "differ from there")
                    .arg(toIsoString(earlier->second), earlier->first)};
        if (!cause)
            cause = journal.settingsCause();
        difference.cause = cause->first;
        difference.detail = cause->second;
        if (!earlier)
            earlier = std::pair{difference.cause, difference.entryTime};
        differences.push_back(std::move(difference));
    };
    size_t s = 0, b = 0;
    while (s < sessionTrades.size() || b < backtestTrades.size()) {
        const ClosedTrade* session = s < sessionTrades.size() ? &sessionTrades[s] : nullptr;
        const ClosedTrade* backtest = b < backtestTrades.size() ? &backtestTrades[b] : nullptr;
        if (session && backtest && session->entryTime == backtest->entryTime) {
            if (alike(*session, *backtest))
                ++matched;
            else
                add(Kind::Changed, session, backtest);
            ++s;
            ++b;
        } else if (session && (!backtest || session->entryTime < backtest->entryTime)) {
            add(Kind::ExtraEntry, session, nullptr);
            ++s;
        } else {
            add(Kind::MissedEntry, nullptr, backtest);
            ++b;
        }
    }
    return matched;
}

QJsonValue deltaOf(const std::optional<ClosedTrade>& session,
    const std::optional<ClosedTrade>& backtest, Decimal ClosedTrade::*field)
{
    if (!session || !backtest)
        return QJsonValue();
    const auto delta = ((*session).*field).minus((*backtest).*field);
    return delta ? QJsonValue(delta->toString()) : QJsonValue();
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::MissedEntry:
        return QStringLiteral("missed_entry");
    case Kind::ExtraEntry:
        return QStringLiteral("extra_entry");
    }
    return {};
}

} // namespace

Result<RecordedSession> RecordedSession::read(JournalStore& journal)
{
    RecordedSession session;
    auto trades = journal.loadClosedTrades();
    auto audit = journal.loadAudit();
    auto equity = journal.loadEquity();
    const auto marketTime = journal.state(QStringLiteral("market_time"));
    if (!trades || !audit || !equity || !marketTime)
        return makeError(ErrorCode::DatabaseError, QStringLiteral("the journal cannot be read"));
    session.trades = std::move(*trades);
    session.audit = std::move(*audit);
    std::stable_sort(session.audit.begin(), session.audit.end(),
        [](const AuditEntry& a, const AuditEntry& b) { return a.time < b.time; });
    for (const EquitySnapshot& snapshot : *equity)
        session.equityMarks.push_back(snapshot.time);
    if (!marketTime->isEmpty())
        session.marketTime = parseIsoTimestamp(marketTime->toStdString());
    for (const AuditEntry& entry : session.audit) {
        if (entry.kind != BotSettingsRecord::AuditKind)
            continue;
        auto record = BotSettingsRecord::fromJson(entry.botId, entry.detail);
        if (!record)
            return record.error();
        session.settings.push_back(std::move(*record));
    }
    return session;
}

Result<SessionDiff> diffSession(const RecordedSession& session, std::span<const Candle> candles,
    const SessionDiffOptions& options)
{
    SessionDiff diff;
    diff.windowEnd = session.marketTime;
    std::map<QString, std::vector<const BotSettingsRecord*>> runs; // by bot, oldest first
    for (const BotSettingsRecord& record : session.settings)
        runs[record.botId].push_back(&record);
    for (const ClosedTrade& trade : session.trades) {
        if (!runs.contains(trade.botId)
            && std::none_of(diff.notCompared.begin(), diff.notCompared.end(),
                [&trade](const auto& bot) { return bot.first == trade.botId; }))
            diff.notCompared.emplace_back(trade.botId,
                QStringLiteral("the journal holds no settings for it (written before Candela "
                               "recorded them)"));
    }

    for (const auto& [botId, botRuns] : runs) {
        const BotSettingsRecord& latest = *botRuns.back();
        if (latest.config.product != options.product) {
            diff.notCompared.emplace_back(botId,
                QStringLiteral("it trades %1; the candles are %2")
                    .arg(latest.config.product, options.product));
            continue;
        }
        BacktestOptions backtest;
        backtest.startingCash = latest.startingCash;
        backtest.product = Product::spotDefaults(latest.config.product);
        backtest.fees = options.fees;
        backtest.riskDefaults = latest.riskDefaults;
        backtest.tradeFrom = botRuns.front()->firstBar;
        // The bars the session's bot saw: the candles folded into its timeframe, up to the
        // session's last bar (one still forming then had not closed).
        std::vector<Candle> bars = barsOfTimeframe(candles, latest.config.timeframe);
        if (session.marketTime) {
            const auto length = std::chrono::seconds(seconds(latest.config.timeframe));
            std::erase_if(
                bars, [&](const Candle& bar) { return bar.start + length > *session.marketTime; });
        }
        const BacktestResult result = BacktestRunner::run(latest.config, bars, backtest);
        if (!result.error.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("the backtest of bot '%1': %2").arg(botId, result.error));
        // The session's trades in the window its settings record: from the bot's first recorded
        // bar to the last bar the journal knows.
        std::vector<ClosedTrade> sessionTrades;
        qint64 outside = 0;
        for (const ClosedTrade& trade : session.trades) {
            if (trade.botId != latest.botId || trade.productId != latest.config.product)
                continue;
            if (trade.entryTime < botRuns.front()->firstBar
                || (session.marketTime && trade.entryTime > *session.marketTime))
                ++outside;
            else
                sessionTrades.push_back(trade);
        }
        if (outside > 0)
            diff.notCompared.emplace_back(botId,
                QStringLiteral("%1 of its trades lie outside the window the journal records "
                               "(before its settings were recorded, or after its last bar)")
                    .arg(outside));
        const BotJournal journal(session, botRuns, options);
        diff.matched += matchTrades(roundTrips(std::move(sessionTrades)), roundTrips(result.trades),
            journal, latest, diff.differences);
    }
    return diff;
}

Result<SessionDiff> diffJournal(
    const QString& path, std::span<const Candle> candles, SessionDiffOptions options)
{
    if (!QFileInfo(path).isFile())
        return makeError(
            ErrorCode::IoError, QStringLiteral("%1: no such session journal").arg(path));
    JournalStore journal;
    if (auto opened = journal.open(path); !opened)
        return opened.error();
    const auto session = RecordedSession::read(journal);
    if (!session)
        return session.error();
    if (options.product.isEmpty()) {
        QSet<QString> products;
        for (const BotSettingsRecord& record : session->settings)
            products.insert(record.config.product);
        if (products.size() != 1)
            return makeError(ErrorCode::InvalidArgument,
                products.isEmpty()
                    ? QStringLiteral("the journal records no bot settings: a session from before "
                                     "Candela recorded them cannot be compared")
                    : QStringLiteral("the session's bots trade several products: name the "
                                     "candles' one"));
        options.product = *products.cbegin();
    }
    return diffSession(*session, candles, options);
}

QJsonObject SessionDiff::toJson() const
{
    QJsonArray differenceArray;
    for (const TradeDifference& difference : differences) {
        differenceArray.append(QJsonObject{
            {QStringLiteral("kind"), kindName(difference.kind)},
            {QStringLiteral("bot"), difference.botId},
            {QStringLiteral("product"), difference.productId},
            {QStringLiteral("entry_time"), toIsoString(difference.entryTime)},
            {QStringLiteral("cause"), difference.cause},
            {QStringLiteral("detail"), difference.detail},
            {QStringLiteral("session"),
                difference.session ? QJsonValue(tradeJson(*difference.session)) : QJsonValue()},
            {QStringLiteral("backtest"),
                difference.backtest ? QJsonValue(tradeJson(*difference.backtest)) : QJsonValue()},
            {QStringLiteral("deltas"),
                QJsonObject{
                    {QStringLiteral("entry_price"),
                        deltaOf(difference.session, difference.backtest, &ClosedTrade::entryPrice)},
                    {QStringLiteral("exit_price"),
                        deltaOf(difference.session, difference.backtest, &ClosedTrade::exitPrice)},
                    {QStringLiteral("quantity"),
                        deltaOf(difference.session, difference.backtest, &ClosedTrade::quantity)},
                    {QStringLiteral("fees"),
                        deltaOf(difference.session, difference.backtest, &ClosedTrade::fees)},
                    {QStringLiteral("pnl"),
                        deltaOf(difference.session, difference.backtest, &ClosedTrade::pnl)},
                }},
        });
    }
    QJsonArray skipped;
    for (const auto& [bot, why] : notCompared)
        skipped.append(QJsonObject{{QStringLiteral("bot"), bot}, {QStringLiteral("why"), why}});
    return {
        {QStringLiteral("matched"), matched},
        {QStringLiteral("differences"), differenceArray},
        {QStringLiteral("not_compared"), skipped},
        {QStringLiteral("window_end"), windowEnd ? toIsoString(*windowEnd) : QJsonValue()},
    };
}

} // namespace Candela::Core

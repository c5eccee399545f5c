#pragma once

#include "core/engine/botsettingsrecord.h"
#include "core/model/candle.h"
#include "core/model/closedtrade.h"
#include "core/storage/journalstore.h"

#include <QJsonObject>

#include <optional>
#include <span>
#include <vector>

namespace Candela::Core {

// What a session's journal says it traded, and with what: the settings each bot traded with
// (BotSettingsRecord, oldest first), its closed trades, its audit log (refusals, the kill
// switch, bots stopped), its hourly equity marks (when it saw the market) and the market time of
// its last bar.
struct RecordedSession
{
    std::vector<BotSettingsRecord> settings;
    std::vector<ClosedTrade> trades;
    std::vector<AuditEntry> audit;
    std::vector<Timestamp> equityMarks;
    std::optional<Timestamp> marketTime;

    static Result<RecordedSession> read(JournalStore& journal);
};

// The backtest a session is held against: its product's candles and its fill model (the bots'
// configurations, risk defaults and starting cash are the session's own).
struct SessionDiffOptions
{
    QString product;
    PaperExchangeConfig fees;
};

// Why a trade differs, in the words scripts read ("fees", "fill_model", "refusal",
// "kill_switch", "manual", "bot_config", "data_gap", "unexplained").
struct TradeDifference
{
    enum class Kind {
        Changed,
        MissedEntry,
        ExtraEntry
    };
    Kind kind = Kind::Changed;
    QString botId;
    QString productId;
    Timestamp entryTime;
    std::optional<ClosedTrade> session;
    std::optional<ClosedTrade> backtest;
    QString cause;
    QString detail; // the cause in words, with what the journal says
};

struct SessionDiff
{
    qint64 matched = 0; // trades alike in every figure
    std::vector<TradeDifference> differences; // by entry time within each bot
    // Bots the diff could not backtest, with why (another product's candles, no settings).
    std::vector<std::pair<QString, QString>> notCompared;
    std::optional<Timestamp> windowEnd;

    QJsonObject toJson() const;
};

// Backtests each bot of the session on `candles` (its product's, five-minute) with the
// configuration it last traded with, from its first bar to the session's last, and matches the
// trades by entry time: a trade alike in entry and exit time and reason, prices, quantity and fees
// is matched; every other is a difference with its cause. A difference a setting or the journal
// does not explain, after an earlier one of the same bot, is put down to that one (a different
// exit leaves different cash, so later sizes differ too).
Result<SessionDiff> diffSession(const RecordedSession& session, std::span<const Candle> candles,
    const SessionDiffOptions& options);

// The same for the journal at `path` (never created: an error when it is not there). An empty
// `options.product` means the one product the session's bots trade (an error when they trade
// several, or when the journal records no settings).
Result<SessionDiff> diffJournal(
    const QString& path, std::span<const Candle> candles, SessionDiffOptions options);

} // namespace Candela::Core

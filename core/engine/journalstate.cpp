#include "journalstate.h"

#include "core/storage/journalstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Candela::Core {

namespace {
const QString KillSwitchKey = QStringLiteral("kill_switch");
const QString KillSwitchCauseKey = QStringLiteral("kill_switch/cause");
const QString KillSwitchDetailKey = QStringLiteral("kill_switch/detail");
const QString KillSwitchSinceKey = QStringLiteral("kill_switch/since");
const QString StoppedBotsKey = QStringLiteral("stopped_bots");
} // namespace

Status saveKillSwitch(JournalStore& store, const KillSwitchStatus& status)
{
    const std::pair<QString, QString> values[] = {
        {KillSwitchKey, killSwitchStateName(status.state)},
        {KillSwitchCauseKey, haltCauseName(status.cause)},
        {KillSwitchDetailKey, status.detail},
        {KillSwitchSinceKey, QString::number(status.since.time_since_epoch().count())},
    };
    for (const auto& [key, value] : values) {
        if (auto saved = store.setState(key, value); !saved)
            return saved;
    }
    return success();
}

Result<KillSwitchStatus> loadKillSwitch(JournalStore& store)
{
    QString values[4];
    const QString* keys[]
        = {&KillSwitchKey, &KillSwitchCauseKey, &KillSwitchDetailKey, &KillSwitchSinceKey};
    for (int i = 0; i < 4; ++i) {
        auto value = store.state(*keys[i]);
        if (!value)
            return value.error();
        values[i] = *value;
    }
    KillSwitchStatus status;
    if (values[0].isEmpty())
        return status;
    const auto state = killSwitchStateFromName(values[0]);
    const auto cause = haltCauseFromName(values[1]);
    status.detail = values[2];
    status.since = Timestamp(std::chrono::microseconds(values[3].toLongLong()));
    if (!state) {
        status.state = KillSwitchState::Halted;
        status.cause = HaltCause::JournalFailure;
        status.detail = QStringLiteral("unreadable saved kill switch '%1'").arg(values[0]);
        return status;
    }
    status.state = *state;
    if (status.state == KillSwitchState::Active)
        return KillSwitchStatus{KillSwitchState::Active, HaltCause::None, QString(), status.since};
    // A cause this version does not know (a newer one wrote it) keeps the halt, without a cause.
    status.cause = cause.value_or(HaltCause::None);
    if (!cause)
        status.detail = QStringLiteral("%1 (cause '%2')").arg(status.detail, values[1]);
    return status;
}

Status saveStoppedBots(JournalStore& store, const QStringList& bots)
{
    QStringList sorted = bots;
    sorted.sort();
    sorted.removeDuplicates();
    return store.setState(StoppedBotsKey,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact)));
}

Result<QStringList> loadStoppedBots(JournalStore& store)
{
    const auto stored = store.state(StoppedBotsKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return QStringList{};
    const QJsonDocument document = QJsonDocument::fromJson(stored->toUtf8());
    if (!document.isArray())
        return makeError(ErrorCode::ParseError,
            QStringLiteral("unreadable stopped bots in the journal: %1").arg(*stored));
    QStringList bots;
    for (const QJsonValue& name : document.array()) {
        if (!name.isString())
            return makeError(ErrorCode::ParseError,
                QStringLiteral("unreadable stopped bots in the journal: %1").arg(*stored));
        bots.append(name.toString());
    }
    return bots;
}

namespace {
// The kind of a decision an order is sent for; other kinds never reach the journal.
std::optional<TradeDecision::Kind> decisionKindFrom(const QString& text)
{
    if (text == QLatin1String("enter") || text == QLatin1String("1")) // "1": before names
        return TradeDecision::Kind::Enter;
    if (text == QLatin1String("exit") || text == QLatin1String("2"))
        return TradeDecision::Kind::Exit;
    return std::nullopt;
}

// Before names, the exit reason was the enum's number, in the order of 914c9e0.
std::optional<ExitReason> exitReasonFrom(const QString& text)
{
    if (const auto named = exitReasonFromName(text))
        return named;
    static const ExitReason Numbered[] = {ExitReason::Signal, ExitReason::StopLoss,
        ExitReason::TakeProfit, ExitReason::TrailingStop, ExitReason::TimeStop,
        ExitReason::KillSwitch, ExitReason::Manual};
    bool numeric = false;
    const int number = text.toInt(&numeric);
    if (!numeric || number < 0 || number >= int(std::size(Numbered)))
        return std::nullopt;
    return Numbered[number];
}
} // namespace

QString protectionKey(const QString& botId, const QString& productId)
{
    return QStringLiteral("protection/%1/%2").arg(botId, productId);
}

QString limitsKey(const QString& botId, const QString& productId)
{
    return QStringLiteral("limits/%1/%2").arg(botId, productId);
}

QString inFlightKey(const QString& clientOrderId)
{
    return QStringLiteral("inflight/") + clientOrderId;
}

QString decisionToText(const TradeDecision& decision)
{
    const QString kind = decision.kind == TradeDecision::Kind::Enter ? QStringLiteral("enter")
                                                                     : QStringLiteral("exit");
    return QStringList{kind, sideToString(decision.side), decision.quantity.toString(),
        decision.price.toString(), QString::fromLatin1(exitReasonName(decision.exitReason)),
        decision.plan.entry.toString(), decision.plan.stop.toString(),
        decision.plan.target.toString()}
        .join(QLatin1Char(';'));
}

std::optional<TradeDecision> decisionFromText(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 8)
        return std::nullopt;
    const auto kind = decisionKindFrom(parts[0]);
    const auto side = parseSide(parts[1]);
    const auto reason = exitReasonFrom(parts[4]);
    if (!kind || !side || !reason)
        return std::nullopt;
    TradeDecision decision;
    decision.kind = *kind;
    decision.side = *side;
    decision.exitReason = *reason;
    Decimal* fields[] = {&decision.quantity, &decision.price, &decision.plan.entry,
        &decision.plan.stop, &decision.plan.target};
    const int columns[] = {2, 3, 5, 6, 7};
    for (int i = 0; i < 5; ++i) {
        const auto value = Decimal::fromString(parts[columns[i]]);
        if (!value)
            return std::nullopt;
        *fields[i] = *value;
    }
    decision.plan.side = decision.side;
    decision.plan.quantity = decision.quantity;
    return decision;
}

} // namespace Candela::Core

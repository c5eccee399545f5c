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

} // namespace Candela::Core

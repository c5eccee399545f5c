#include "botsettingsrecord.h"

#include "core/risk/riskpolicyjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Candela::Core {

QByteArray BotSettingsRecord::toJson() const
{
    const QJsonObject json{
        {QStringLiteral("hash"), config.hash()},
        {QStringLiteral("first_bar"), toIsoString(firstBar)},
        {QStringLiteral("config"), config.toJson()},
        {QStringLiteral("risk_defaults"), riskPolicyToJson(riskDefaults)},
        {QStringLiteral("fees"),
            QJsonObject{{QStringLiteral("maker"), fees.makerFeeRate.toString()},
                {QStringLiteral("taker"), fees.takerFeeRate.toString()},
                {QStringLiteral("slippage"), fees.slippage.toString()},
                {QStringLiteral("price_band"), fees.priceBand.toString()}}},
        {QStringLiteral("starting_cash"), startingCash.toString()},
        {QStringLiteral("venue"), venue},
        {QStringLiteral("kill_switch"), killSwitch},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<BotSettingsRecord> BotSettingsRecord::fromJson(const QString& botId, const QString& detail)
{
    const auto fail = [&botId](const QString& why) {
        return makeError(ErrorCode::ParseError,
            QStringLiteral("the settings journaled for bot '%1' do not read: %2").arg(botId, why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(detail.toUtf8(), &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject json = document.object();
    BotSettingsRecord record;
    record.botId = botId;
    const auto firstBar
        = parseIsoTimestamp(json.value(QStringLiteral("first_bar")).toString().toStdString());
    if (!firstBar)
        return fail(QStringLiteral("first_bar is not a time"));
    record.firstBar = *firstBar;
    const QByteArray configJson
        = QJsonDocument(json.value(QStringLiteral("config")).toObject()).toJson();
    auto config = BotConfig::fromJson(configJson);
    if (!config)
        return fail(config.error().message);
    record.config = std::move(*config);
    // The hash of the configuration as it was written (a later version reading it back may add
    // fields of its own).
    if (configHash(json.value(QStringLiteral("config")).toObject())
        != json.value(QStringLiteral("hash")).toString())
        return fail(QStringLiteral("the configuration does not match its hash"));
    auto risk = riskPolicyFromJson(json.value(QStringLiteral("risk_defaults")).toObject());
    if (!risk)
        return fail(risk.error().message);
    record.riskDefaults = *risk;
    const QJsonObject fees = json.value(QStringLiteral("fees")).toObject();
    const auto rate = [&fees](const char* key) {
        return Decimal::fromString(fees.value(QLatin1String(key)).toString());
    };
    const auto maker = rate("maker"), taker = rate("taker"), slippage = rate("slippage"),
               band = rate("price_band");
    const auto cash = Decimal::fromString(json.value(QStringLiteral("starting_cash")).toString());
    if (!maker || !taker || !slippage || !band || !cash)
        return fail(QStringLiteral("a fee, the slippage or the starting cash is not a number"));
    record.fees = {*maker, *taker, *slippage, *band};
    record.startingCash = *cash;
    record.venue = json.value(QStringLiteral("venue")).toString();
    record.killSwitch = json.value(QStringLiteral("kill_switch")).toString();
    return record;
}

} // namespace Candela::Core

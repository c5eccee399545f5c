#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Candela::Core {

// A setting's key and default, defined once and typed: Settings::value(key) returns a T.
template<typename T>
struct SettingKey
{
    QString name;
    T defaultValue;
};

namespace SettingKeys {
inline const SettingKey<QByteArray> MainWindowGeometry{QStringLiteral("ui/mainWindowGeometry"), {}};
inline const SettingKey<QByteArray> MainWindowState{QStringLiteral("ui/mainWindowState"), {}};
// A locale name such as "de" or "en_GB"; empty follows the system locale.
inline const SettingKey<QString> Language{QStringLiteral("general/language"), {}};
// The kill switch as the window last showed it (the engine owns it and journals it): its state
// by name (ACTIVE, HALTED, FLATTENING), its cause by name and its detail, so that a restart
// into an account that never saw the halt stays stopped.
inline const SettingKey<QString> KillSwitchState{
    QStringLiteral("trading/killSwitch"), QStringLiteral("ACTIVE")};
inline const SettingKey<QString> KillSwitchCause{QStringLiteral("trading/killSwitchCause"), {}};
inline const SettingKey<QString> KillSwitchDetail{QStringLiteral("trading/killSwitchDetail"), {}};
// Bots an older Candela stopped (by name), from before the engine journaled them: handed to the
// engine once at start, then cleared.
inline const SettingKey<QStringList> StoppedBots{QStringLiteral("trading/stoppedBots"), {}};
// The named paper session the live market trades in (a journal in <AppData>/sessions).
inline const SettingKey<QString> PaperSession{
    QStringLiteral("trading/paperSession"), QStringLiteral("Default")};
// The order ticket asks before a paper order goes (a live order is always confirmed).
inline const SettingKey<bool> ConfirmPaperOrders{
    QStringLiteral("trading/confirmPaperOrders"), true};
// "dark" or "light".
inline const SettingKey<QString> Theme{QStringLiteral("ui/theme"), QStringLiteral("dark")};
// The paper venue's fees and slippage, as decimal fractions ("0.006" is 0.60 %).
inline const SettingKey<QString> MakerFee{
    QStringLiteral("trading/makerFee"), QStringLiteral("0.004")};
inline const SettingKey<QString> TakerFee{
    QStringLiteral("trading/takerFee"), QStringLiteral("0.006")};
inline const SettingKey<QString> Slippage{
    QStringLiteral("trading/slippage"), QStringLiteral("0.0005")};
// The user's risk defaults: a JSON object with the keys of a bot's "risk" section. Layered as
// built-in defaults ← these ← each bot's own section.
// The name of the Coinbase API key for live trading (not secret; the private key is only in the
// OS keychain).
inline const SettingKey<QString> LiveApiKeyName{QStringLiteral("live/apiKeyName"), QString()};
// What the log files hold: "warning", "info", "debug", or logging-category rules
// (LogFiles::filterRules).
inline const SettingKey<QString> LogLevel{
    QStringLiteral("general/logLevel"), QStringLiteral("info")};
inline const SettingKey<QString> RiskDefaults{
    QStringLiteral("trading/riskDefaults"), QStringLiteral("{}")};
} // namespace SettingKeys

} // namespace Candela::Core

#pragma once

#include <QByteArray>
#include <QString>

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
// The kill switch's state by name (ACTIVE, HALTED, FLATTENING), so a restart stays stopped.
inline const SettingKey<QString> KillSwitchState{
    QStringLiteral("trading/killSwitch"), QStringLiteral("ACTIVE")};
} // namespace SettingKeys

} // namespace Candela::Core

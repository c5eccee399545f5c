// The settings file (an INI the user may edit, or one `--settings FILE` names): every value the
// core reads from it falls back to its default when it is missing or not of its kind, and what
// is accepted stays within what the reader promises.

#include "fuzzsupport.h"

#include "core/execution/paperfees.h"
#include "core/risk/killswitch.h"
#include "core/risk/riskpolicyjson.h"
#include "core/settings/settings.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("candela.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort(); // the fuzzer's own temporary directory is not writable
        file.write(Candela::Fuzz::bytes(data, size));
    }

    const Settings settings(path);
    const PaperExchangeConfig fees = paperFees(settings);
    const Decimal tenth = *Decimal::fromString(std::string_view("0.1"));
    for (const Decimal& fraction : {fees.makerFeeRate, fees.takerFeeRate, fees.slippage})
        Candela::Fuzz::check(
            !fraction.isNegative() && fraction <= tenth, "a paper fee is a fraction in [0, 0.1]");

    const RiskPolicy defaults = riskDefaults(settings);
    Candela::Fuzz::check(bool(riskPolicyFromJson(riskPolicyToJson(defaults))),
        "the risk defaults read from settings read again from their own JSON");

    (void)killSwitchStateFromName(settings.value(SettingKeys::KillSwitchState));
    (void)haltCauseFromName(settings.value(SettingKeys::KillSwitchCause));
    (void)settings.value(SettingKeys::KillSwitchDetail);
    (void)settings.value(SettingKeys::StoppedBots);
    (void)settings.value(SettingKeys::PaperSession);
    (void)settings.value(SettingKeys::Language);
    (void)settings.value(SettingKeys::Theme);
    (void)settings.value(SettingKeys::LiveApiKeyName);
    (void)settings.value(SettingKeys::MainWindowGeometry);
    (void)settings.value(SettingKeys::MainWindowState);
    return 0;
}

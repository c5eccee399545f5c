#include "paperfees.h"

#include "core/corelogging.h"
#include "core/settings/settings.h"

namespace Candela::Core {

std::optional<Decimal> feeFraction(const QString& text)
{
    const auto value = Decimal::fromString(text.trimmed());
    if (!value || value->isNegative() || *value > *Decimal::fromString(std::string_view("0.1")))
        return std::nullopt;
    return *value;
}

PaperExchangeConfig paperFees(const Settings& settings)
{
    PaperExchangeConfig fees;
    const auto read = [&](const SettingKey<QString>& key, Decimal& into) {
        const QString stored = settings.value(key);
        if (const auto value = feeFraction(stored))
            into = *value;
        else
            qCWarning(lcSettings).noquote()
                << key.name << "is not a fee fraction:" << stored << "- using" << into.toString();
    };
    read(SettingKeys::MakerFee, fees.makerFeeRate);
    read(SettingKeys::TakerFee, fees.takerFeeRate);
    read(SettingKeys::Slippage, fees.slippage);
    return fees;
}

} // namespace Candela::Core

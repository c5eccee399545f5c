#include "livecash.h"

#include "core/model/exactsteps.h"

#include <map>
#include <optional>

namespace Candela::Core {

LiveCash liveCashPerBot(
    const QStringList& botProducts, const std::vector<CoinbaseOrders::Balance>& balances)
{
    LiveCash cash;
    if (botProducts.isEmpty()) {
        cash.problem = LiveCash::Problem::NoBots;
        return cash;
    }
    std::map<QString, qint64> botsPerQuote;
    for (const QString& product : botProducts)
        ++botsPerQuote[product.section(QLatin1Char('-'), 1, 1)];
    std::optional<Decimal> perBot;
    for (const auto& [currency, count] : botsPerQuote) {
        ExactSteps exact;
        Decimal available;
        for (const auto& balance : balances) {
            if (balance.currency == currency)
                available = exact(available.plus(balance.available));
        }
        const Decimal share
            = exact(available.dividedBy(Decimal::fromInteger(count), 2, RoundingMode::Down));
        cash.currency = currency;
        if (exact.failed()) {
            cash.problem = LiveCash::Problem::Inexact;
            cash.detail = exact.error().message;
            return cash;
        }
        if (!share.isPositive()) {
            cash.problem = LiveCash::Problem::NothingAvailable;
            return cash;
        }
        perBot = perBot ? std::min(*perBot, share) : share;
    }
    cash.currency.clear();
    cash.perBot = *perBot;
    return cash;
}

} // namespace Candela::Core

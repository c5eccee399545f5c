// The journal's saved state, read back after a restart from a file anyone could have edited or a
// disk could have damaged: an order's decision, a position's protection, the limits' marks, the
// kill switch's names. Anything unreadable is refused (the engine then halts), never guessed;
// what is read back writes the same text again.

#include "fuzzsupport.h"

#include "core/engine/journalstate.h"
#include "core/model/closedtrade.h"
#include "core/risk/accountlimits.h"
#include "core/risk/botrisk.h"
#include "core/risk/killswitch.h"

using namespace Candela::Core;
using Candela::Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(Candela::Fuzz::bytes(data, size));
    if (const auto decision = decisionFromText(text)) {
        const auto again = decisionFromText(decisionToText(*decision));
        check(again && decisionToText(*again) == decisionToText(*decision),
            "a decision read back writes the same text");
    }
    if (const auto protection = Protection::fromText(text)) {
        const auto again = Protection::fromText(protection->toText());
        check(again && *again == *protection, "a protection read back is the same");
    }
    AccountLimits account;
    if (account.restore(text)) {
        AccountLimits again;
        check(again.restore(account.text()), "account limits read back read again");
    }
    BotRisk bot(RiskPolicy{}, Product{}, Timeframe::FiveMinutes, Decimal{});
    if (bot.restoreLimits(text)) {
        BotRisk again(RiskPolicy{}, Product{}, Timeframe::FiveMinutes, Decimal{});
        check(again.restoreLimits(bot.limitsText()), "bot limits read back read again");
    }
    (void)killSwitchStateFromName(text);
    (void)haltCauseFromName(text);
    (void)exitReasonFromName(text);
    return 0;
}

// A bot file a user opens (bot JSON with its "risk" object): the bot and its risk policy, or a
// clear error; a config accepted once is accepted again from its own JSON.

#include "fuzzsupport.h"

#include "core/risk/riskpolicyjson.h"
#include "core/strategy/botconfig.h"

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto config = BotConfig::fromJson(Candela::Fuzz::bytes(data, size));
    if (!config) {
        Candela::Fuzz::check(!config.error().message.isEmpty(), "a rejected bot says why");
        return 0;
    }
    const auto policy = riskPolicyFor(*config);
    if (policy) {
        const auto again = riskPolicyFromJson(riskPolicyToJson(*policy));
        Candela::Fuzz::check(bool(again), "a policy read once reads again from its own JSON");
    }
    return 0;
}

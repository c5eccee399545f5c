// Advanced Trade market-data frames (REFERENCE.md §1.4-1.5) from the WebSocket: decoded, then
// applied to a session's market state, as the feed does with what a server sends.

#include "fuzzsupport.h"

#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/marketstate.h"

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(Candela::Fuzz::bytes(data, size));
    if (!message) {
        Candela::Fuzz::check(!message.error().message.isEmpty(), "a rejected frame says why");
        return 0;
    }
    MarketState market(64);
    market.apply(*message);
    return 0;
}

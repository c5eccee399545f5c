// The authenticated "user" channel (REFERENCE.md §1.5): a frame's order updates, then the fills
// derived from their cumulative figures, as the live link books them.

#include "fuzzsupport.h"

#include "core/coinbase/jsonanswer.h"
#include "core/coinbase/userorders.h"

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto object = parseJsonObject(Candela::Fuzz::bytes(data, size), "user frame");
    if (!object)
        return 0;
    const auto frame = decodeUserFrame(*object);
    if (!frame)
        return 0;
    CumulativeFills fills;
    for (const UserOrderUpdate& update : frame->orders) {
        const Decimal before = fills.filled(update.venueOrderId);
        if (const auto fill = fills.apply(update)) {
            // A derived fill always moves the order forward: never a zero or negative quantity.
            Candela::Fuzz::check(fill->size > Decimal{}, "a derived fill has a positive size");
            Candela::Fuzz::check(fills.filled(update.venueOrderId) > before, "filled only grows");
        }
    }
    return 0;
}

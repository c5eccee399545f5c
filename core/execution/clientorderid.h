#pragma once

#include <QString>

namespace Candela::Core {

// A fresh client_order_id for an order that no bar or command names (a position's protective
// stop): a random (version 4) UUID from the system's generator, so ids stay unique across
// restarts, paper and live instances and a clock moved back — nothing in it is time. Minted
// once, journaled before the order is sent, and reused for every retry.
QString mintClientOrderId();

} // namespace Candela::Core

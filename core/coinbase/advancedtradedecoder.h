#pragma once

#include "core/market/marketevent.h"
#include "core/model/result.h"

#include <QByteArrayView>
#include <QSet>

#include <memory>

namespace Candela::Core {

// Decodes Coinbase Advanced Trade WebSocket frames (the channel/events format of
// ../shared/coinbase/REFERENCE.md §1.5) into MarketMessage values. Prices and sizes are parsed
// straight from the JSON strings into Decimal. Unknown channels and fields are ignored (and
// logged once each); a malformed or oversized frame is an error, never a crash.
//
// Not thread-safe: one decoder per thread (it reuses its parser and buffers between frames).
class AdvancedTradeDecoder final
{
public:
    static constexpr qsizetype MaxFrameBytes = 10 * 1024 * 1024;

    AdvancedTradeDecoder();
    ~AdvancedTradeDecoder();
    AdvancedTradeDecoder(const AdvancedTradeDecoder&) = delete;
    AdvancedTradeDecoder& operator=(const AdvancedTradeDecoder&) = delete;

    Result<MarketMessage> decode(QByteArrayView frame);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Candela::Core

// A JSONL recording a user opens (one WebSocket frame per line): split into frames and each
// decoded and applied in order with one decoder and one market state, as a replay does.

#include "fuzzsupport.h"

#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/jsonlines.h"
#include "core/market/marketstate.h"

#include <QBuffer>

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray text = Candela::Fuzz::bytes(data, size);
    QBuffer device(&text);
    device.open(QIODevice::ReadOnly);
    const auto lines = readJsonLines(device);
    if (!lines)
        return 0;
    AdvancedTradeDecoder decoder;
    MarketState market(64);
    for (const QByteArray& line : *lines) {
        Candela::Fuzz::check(!line.endsWith('\n') && !line.trimmed().isEmpty(), "lines are whole");
        if (const auto message = decoder.decode(line))
            market.apply(*message);
    }
    return 0;
}

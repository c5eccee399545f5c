// A candle CSV a user picks for a backtest or a session: read, and every candle read written
// back and read again unchanged (the export and the import agree).

#include "fuzzsupport.h"

#include "core/market/csvcandles.h"

#include <QBuffer>

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray text = Candela::Fuzz::bytes(data, size);
    QBuffer device(&text);
    device.open(QIODevice::ReadOnly);
    const auto candles = readCsvCandles(device, QStringLiteral("fuzz.csv"));
    if (!candles) {
        Candela::Fuzz::check(!candles.error().message.isEmpty(), "a rejected file says why");
        return 0;
    }
    QByteArray again = csvCandleHeader() + '\n';
    for (const Candle& candle : *candles)
        again += toCsvRow(candle) + '\n';
    QBuffer written(&again);
    written.open(QIODevice::ReadOnly);
    const auto reread = readCsvCandles(written, QStringLiteral("again.csv"));
    Candela::Fuzz::check(bool(reread), "what was read can be written and read again");
    Candela::Fuzz::check(reread->size() == candles->size(), "as many candles again");
    for (size_t i = 0; i < candles->size(); ++i) {
        const Candle& a = (*candles)[i];
        const Candle& b = (*reread)[i];
        Candela::Fuzz::check(a.start == b.start && a.open == b.open && a.high == b.high
                && a.low == b.low && a.close == b.close && a.volume == b.volume,
            "a candle written and read again is the same");
    }
    return 0;
}

// Every REST answer a server can send (REFERENCE.md §2): each parser gets the same bytes, as any
// of them can meet any body (a proxy's error page, a truncated answer, a changed schema).

#include "fuzzsupport.h"

#include "core/coinbase/livegate.h"
#include "core/coinbase/ordercodec.h"
#include "core/coinbase/publiccodec.h"

using namespace Candela::Core;
using namespace Candela::Core::CoinbaseOrders;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Candela::Fuzz::bytes(data, size);
    (void)parseCreateOrderResponse(body);
    (void)parseErrorBody(body);
    (void)parseOrderList(body);
    (void)parseOrderDetail(body);
    (void)parseFillList(body);
    (void)parseBatchCancelResponse(body);
    (void)parseAccountList(body);
    (void)parseTransactionSummary(body);
    (void)parsePreviewResponse(body);
    (void)parseKeyPermissions(body);
    (void)parseProductList(body);
    (void)parseCandles(body);
    return 0;
}

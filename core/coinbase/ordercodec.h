#pragma once

#include "core/model/decimal.h"
#include "core/model/fill.h"
#include "core/model/order.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Candela::Core::CoinbaseOrders {

// Coinbase Advanced Trade's order messages (REFERENCE.md §2.6): the body of a create-order POST
// and the answers of the order, fill, cancel and account endpoints. Pure functions over JSON
// text; the REST client sends and receives, these say what the bytes mean.

// The create-order body for `order`, with its client_order_id as the idempotency key and exactly
// one order_configuration variant: market IOC/FOK, limit IOC (`sor_limit_ioc`), limit GTC/FOK,
// limit GTD (needs the order's end time), stop-limit GTC/GTD (direction from the side: a sell stop
// waits for the price to fall) and the GTC bracket. Sizes and prices go as decimal strings.
Result<QByteArray> createOrderBody(const Order& order);

// What an answer to a create-order POST proved. Only `success:true` with an order id, or
// `success:false` with its failure reason, prove anything.
struct SubmitAnswer
{
    bool accepted = false;
    QString venueOrderId; // accepted
    QString reason; // rejected: the venue's failure reason ("INSUFFICIENT_FUND", …)
    QString message; // rejected: the venue's own words
};
Result<SubmitAnswer> parseCreateOrderResponse(const QByteArray& body);

// The reason and message of a non-2xx error body ({"error","code","message"}); empty reason when
// the body is not one.
struct VenueError
{
    QString reason;
    QString message;
};
VenueError parseErrorBody(const QByteArray& body);

// An order as the venue reports it (list orders, get order).
struct VenueOrder
{
    QString venueOrderId;
    QString clientOrderId;
    QString productId;
    std::optional<Side> side;
    QString venueStatus; // as sent: "OPEN", "FILLED", "QUEUED", …
    // The lifecycle state it proves; empty for a status that settles nothing (PENDING, QUEUED,
    // CANCEL_QUEUED, EDIT_QUEUED, UNKNOWN_ORDER_STATUS, or one never seen before).
    std::optional<OrderStatus> status;
    Decimal filledQuantity;
    Decimal averageFillPrice;
    Decimal fees;
    std::optional<Timestamp> createdAt;
};

// The state a venue status proves, or nothing: an unknown status is never terminal.
std::optional<OrderStatus> statusFromVenue(QStringView venueStatus, bool partlyFilled);

struct OrderPage
{
    std::vector<VenueOrder> orders;
    QString cursor; // empty: the last page
};
Result<OrderPage> parseOrderList(const QByteArray& body);
Result<VenueOrder> parseOrderDetail(const QByteArray& body); // GET /orders/historical/{id}

// A fill as the venue reports it; the side may be missing, then the order's side applies.
struct VenueFill
{
    Fill fill;
    bool sideKnown = false;
};
struct FillPage
{
    std::vector<VenueFill> fills;
    QString cursor;
};
Result<FillPage> parseFillList(const QByteArray& body);

struct CancelAnswer
{
    QString venueOrderId;
    bool cancelled = false;
    QString reason; // when not: the venue's failure reason
};
Result<std::vector<CancelAnswer>> parseBatchCancelResponse(const QByteArray& body);
QByteArray batchCancelBody(const QStringList& venueOrderIds);

struct Balance
{
    QString currency;
    Decimal available;
    Decimal hold;
};
struct AccountPage
{
    std::vector<Balance> balances;
    QString cursor;
};
Result<AccountPage> parseAccountList(const QByteArray& body);

// GET /transaction_summary: the account's fee tier, the rates as decimal fractions ("0.0060").
struct FeeTier
{
    QString pricingTier; // "<$10k", Coinbase's words
    Decimal takerFeeRate;
    Decimal makerFeeRate;
};
Result<FeeTier> parseTransactionSummary(const QByteArray& body);

// POST /orders/preview: what an order would cost and what Coinbase would object to, without
// placing it.
struct OrderPreview
{
    Decimal orderTotal;
    Decimal commissionTotal;
    QStringList errors; // PREVIEW_* codes: a non-empty list means the order would be refused
    QStringList warnings;
    std::optional<Decimal> averagePrice; // est_average_filled_price, when given
    QString previewId;
};
Result<OrderPreview> parsePreviewResponse(const QByteArray& body);

} // namespace Candela::Core::CoinbaseOrders

#include "core/coinbase/ordercodec.h"

#include "coinbasefixture.h"
#include "decimalliteral.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Candela::Core;
using namespace Candela::Core::CoinbaseOrders;
using Candela::Core::Test::dec;

namespace {

Order order(OrderType type, TimeInForce timeInForce, Side side = Side::Buy)
{
    Order order;
    order.clientOrderId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    order.productId = QStringLiteral("BTC-USD");
    order.side = side;
    order.type = type;
    order.timeInForce = timeInForce;
    order.quantity = dec("0.00123");
    if (type != OrderType::Market)
        order.limitPrice = dec("64000.50");
    if (type == OrderType::StopLimit || type == OrderType::Bracket)
        order.stopPrice = dec("63000");
    return order;
}

// The single order_configuration variant of a body, by name.
std::pair<QString, QJsonObject> variantOf(const QByteArray& body)
{
    const QJsonObject configuration = QJsonDocument::fromJson(body)
                                          .object()
                                          .value(QStringLiteral("order_configuration"))
                                          .toObject();
    if (configuration.size() != 1)
        return {};
    return {configuration.begin().key(), configuration.begin().value().toObject()};
}

} // namespace

class tst_OrderCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createBodyHasExactlyOneVariant_data();
    void createBodyHasExactlyOneVariant();
    void createBodyRefusesWhatCoinbaseCannotTake();
    void createOrderAnswers();
    void errorBody();
    void venueStatusesThatSettleNothing_data();
    void venueStatusesThatSettleNothing();
    void orderListFixture();
    void fillListFixture();
    void batchCancelAndAccountsFixtures();
    void feeTierAndPreview();
};

void tst_OrderCodec::createBodyHasExactlyOneVariant_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("timeInForce");
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("fields");
    const auto row = [](const char* name, OrderType type, TimeInForce tif, Side side,
                         const char* variant, const char* fields) {
        QTest::newRow(name) << int(type) << int(tif) << int(side) << QString::fromLatin1(variant)
                            << QString::fromLatin1(fields).split(QLatin1Char(' '));
    };
    row("market ioc", OrderType::Market, TimeInForce::ImmediateOrCancel, Side::Buy,
        "market_market_ioc", "base_size");
    row("market fok", OrderType::Market, TimeInForce::FillOrKill, Side::Sell, "market_market_fok",
        "base_size");
    row("limit ioc", OrderType::Limit, TimeInForce::ImmediateOrCancel, Side::Buy, "sor_limit_ioc",
        "base_size limit_price");
    row("limit gtc", OrderType::Limit, TimeInForce::GoodTilCancelled, Side::Buy, "limit_limit_gtc",
        "base_size limit_price post_only");
    row("limit gtd", OrderType::Limit, TimeInForce::GoodTilDate, Side::Buy, "limit_limit_gtd",
        "base_size end_time limit_price post_only");
    row("limit fok", OrderType::Limit, TimeInForce::FillOrKill, Side::Sell, "limit_limit_fok",
        "base_size limit_price");
    row("stop sell", OrderType::StopLimit, TimeInForce::GoodTilCancelled, Side::Sell,
        "stop_limit_stop_limit_gtc", "base_size limit_price stop_direction stop_price");
    row("stop gtd", OrderType::StopLimit, TimeInForce::GoodTilDate, Side::Buy,
        "stop_limit_stop_limit_gtd", "base_size end_time limit_price stop_direction stop_price");
    row("bracket", OrderType::Bracket, TimeInForce::GoodTilCancelled, Side::Sell,
        "trigger_bracket_gtc", "base_size limit_price stop_trigger_price");
}

void tst_OrderCodec::createBodyHasExactlyOneVariant()
{
    QFETCH(int, type);
    QFETCH(int, timeInForce);
    QFETCH(int, side);
    QFETCH(QString, variant);
    QFETCH(QStringList, fields);
    Order o = order(OrderType(type), TimeInForce(timeInForce), Side(side));
    o.endTime = *parseIsoTimestamp("2026-12-01T10:00:00Z");
    const auto body = createOrderBody(o);
    QVERIFY2(body, qPrintable(body ? QString() : body.error().message));
    const QJsonObject root = QJsonDocument::fromJson(*body).object();
    QCOMPARE(root.value(QStringLiteral("client_order_id")).toString(), o.clientOrderId);
    QCOMPARE(root.value(QStringLiteral("product_id")).toString(), QStringLiteral("BTC-USD"));
    QCOMPARE(root.value(QStringLiteral("side")).toString(),
        Side(side) == Side::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    const auto [name, fieldsSent] = variantOf(*body);
    QCOMPARE(name, variant);
    QStringList keys = fieldsSent.keys();
    keys.sort();
    QCOMPARE(keys, fields);
    // Decimals go as strings, exactly as held.
    QCOMPARE(fieldsSent.value(QStringLiteral("base_size")).toString(), QStringLiteral("0.00123"));
    if (fieldsSent.contains(QStringLiteral("limit_price")))
        QCOMPARE(
            fieldsSent.value(QStringLiteral("limit_price")).toString(), QStringLiteral("64000.5"));
    // A good-til-date order carries its end time; no other order has one.
    QCOMPARE(fieldsSent.value(QStringLiteral("end_time")).toString(),
        TimeInForce(timeInForce) == TimeInForce::GoodTilDate
            ? QStringLiteral("2026-12-01T10:00:00Z")
            : QString());
    if (fieldsSent.contains(QStringLiteral("stop_direction")))
        QCOMPARE(fieldsSent.value(QStringLiteral("stop_direction")).toString(),
            Side(side) == Side::Sell ? QStringLiteral("STOP_DIRECTION_STOP_DOWN")
                                     : QStringLiteral("STOP_DIRECTION_STOP_UP"));
}

void tst_OrderCodec::createBodyRefusesWhatCoinbaseCannotTake()
{
    Order gtd = order(OrderType::Limit, TimeInForce::GoodTilDate);
    QVERIFY(!createOrderBody(gtd)); // no end time
    Order postOnlyIoc = order(OrderType::Limit, TimeInForce::ImmediateOrCancel);
    postOnlyIoc.postOnly = true;
    QVERIFY(!createOrderBody(postOnlyIoc));
    Order noId = order(OrderType::Market, TimeInForce::ImmediateOrCancel);
    noId.clientOrderId.clear();
    QVERIFY(!createOrderBody(noId));
    Order zero = order(OrderType::Market, TimeInForce::ImmediateOrCancel);
    zero.quantity = Decimal{};
    QVERIFY(!createOrderBody(zero));
    Order noStop = order(OrderType::StopLimit, TimeInForce::GoodTilCancelled);
    noStop.stopPrice.reset();
    QVERIFY(!createOrderBody(noStop));
    QVERIFY(!createOrderBody(order(OrderType::Market, TimeInForce::GoodTilCancelled)));
}

void tst_OrderCodec::createOrderAnswers()
{
    const auto accepted = parseCreateOrderResponse(
        Candela::TestData::coinbaseFixture("rest_create_order_response.json"));
    QVERIFY(accepted);
    QVERIFY(accepted->accepted);
    QCOMPARE(accepted->venueOrderId, QStringLiteral("11111-00000-000000"));

    const auto refused = parseCreateOrderResponse(R"({"success":false,"error_response":{
        "error":"INSUFFICIENT_FUND","message":"Insufficient balance in source account",
        "error_details":"","new_order_failure_reason":"UNKNOWN_FAILURE_REASON"}})");
    QVERIFY(refused);
    QVERIFY(!refused->accepted);
    QCOMPARE(refused->reason, QStringLiteral("INSUFFICIENT_FUND"));
    QCOMPARE(refused->message, QStringLiteral("Insufficient balance in source account"));
    // The legacy top-level failure_reason.
    const auto legacy
        = parseCreateOrderResponse(R"({"success":false,"failure_reason":"INVALID_SIDE"})");
    QVERIFY(legacy);
    QCOMPARE(legacy->reason, QStringLiteral("INVALID_SIDE"));

    // Nothing proven: broken JSON, no success flag, success without an order id.
    const QByteArray cutShort = QByteArray(R"({"success":true,"success_response":{})").chopped(3);
    QVERIFY(!parseCreateOrderResponse(cutShort));
    QVERIFY(!parseCreateOrderResponse(R"({"order_id":"x"})"));
    QVERIFY(!parseCreateOrderResponse(R"({"success":true,"success_response":{}})"));
}

void tst_OrderCodec::errorBody()
{
    const VenueError error
        = parseErrorBody(Candela::TestData::coinbaseFixture("rest_error_response.json"));
    QCOMPARE(error.reason, QStringLiteral("<string>"));
    QVERIFY(parseErrorBody("<html>502 Bad Gateway</html>").reason.isEmpty());
}

void tst_OrderCodec::venueStatusesThatSettleNothing_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("partly");
    QTest::addColumn<int>("expected"); // -1: nothing proven
    QTest::newRow("open") << "OPEN" << false << int(OrderStatus::Accepted);
    QTest::newRow("open part") << "OPEN" << true << int(OrderStatus::PartiallyFilled);
    QTest::newRow("filled") << "FILLED" << true << int(OrderStatus::Filled);
    QTest::newRow("cancelled") << "CANCELLED" << false << int(OrderStatus::Cancelled);
    QTest::newRow("expired") << "EXPIRED" << false << int(OrderStatus::Expired);
    QTest::newRow("failed") << "FAILED" << false << int(OrderStatus::Rejected);
    for (const char* unsettled : {"PENDING", "QUEUED", "CANCEL_QUEUED", "EDIT_QUEUED",
             "UNKNOWN_ORDER_STATUS", "", "open", "SOMETHING_COINBASE_ADDS_NEXT_YEAR"})
        QTest::newRow(unsettled) << QString::fromLatin1(unsettled) << false << -1;
}

void tst_OrderCodec::venueStatusesThatSettleNothing()
{
    QFETCH(QString, status);
    QFETCH(bool, partly);
    QFETCH(int, expected);
    const auto mapped = statusFromVenue(status, partly);
    QCOMPARE(mapped ? int(*mapped) : -1, expected);
}

void tst_OrderCodec::orderListFixture()
{
    const auto page
        = parseOrderList(Candela::TestData::coinbaseFixture("rest_list_orders_response.json"));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
    QCOMPARE(page->orders.size(), size_t(1));
    const VenueOrder& order = page->orders.front();
    QCOMPARE(order.venueOrderId, QStringLiteral("0000-000000-000000"));
    QCOMPARE(order.clientOrderId, QStringLiteral("11111-000000-000000"));
    QCOMPARE(order.venueStatus, QStringLiteral("PENDING"));
    QVERIFY(!order.status); // PENDING proves nothing
    QVERIFY(!order.side); // "" is no side
    QCOMPARE(order.filledQuantity, dec("0.001"));
    QCOMPARE(order.averageFillPrice, dec("50"));
    QCOMPARE(order.fees, dec("5.00"));
    QCOMPARE(page->cursor, QStringLiteral("789100")); // has_next true

    const auto last = parseOrderList(R"({"orders":[],"has_next":false,"cursor":"5"})");
    QVERIFY(last);
    QVERIFY(last->cursor.isEmpty());
    QVERIFY(!parseOrderList(R"({"orders":[{"status":"OPEN"}]})")); // no order id
    QVERIFY(!parseOrderList(R"({"orders":[{"order_id":"a","filled_size":"1e5"}]})"));
}

void tst_OrderCodec::fillListFixture()
{
    const auto page
        = parseFillList(Candela::TestData::coinbaseFixture("rest_list_fills_response.json"));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
    QCOMPARE(page->fills.size(), size_t(1));
    const Fill& fill = page->fills.front().fill;
    QCOMPARE(fill.tradeId, QStringLiteral("1111-11111-111111"));
    QCOMPARE(fill.venueOrderId, QStringLiteral("0000-000000-000000"));
    QCOMPARE(fill.price, dec("10000.00"));
    QCOMPARE(fill.size, dec("0.001"));
    QCOMPARE(fill.fee, dec("1.25"));
    QCOMPARE(fill.time, *parseIsoTimestamp("2021-05-31T09:59:59.000Z"));
    QVERIFY(!page->fills.front().sideKnown);
    QCOMPARE(page->cursor, QStringLiteral("789100"));

    // A size in quote currency becomes base.
    const auto quote = parseFillList(R"({"fills":[{"trade_id":"t","order_id":"o","price":"40000",
        "size":"100","commission":"0.6","size_in_quote":true,"side":"BUY"}]})");
    QVERIFY(quote);
    QCOMPARE(quote->fills.front().fill.size, dec("0.0025"));
    QVERIFY(quote->fills.front().sideKnown);
    QVERIFY(!parseFillList(R"({"fills":[{"order_id":"o","price":"1","size":"1"}]})"));
}

void tst_OrderCodec::batchCancelAndAccountsFixtures()
{
    const auto cancels = parseBatchCancelResponse(
        Candela::TestData::coinbaseFixture("rest_batch_cancel_response.json"));
    QVERIFY(cancels);
    QCOMPARE(cancels->size(), size_t(1));
    QVERIFY(cancels->front().cancelled);
    QCOMPARE(cancels->front().venueOrderId, QStringLiteral("0000-00000"));
    QVERIFY(!parseBatchCancelResponse(R"({"result":[]})"));
    QCOMPARE(QJsonDocument::fromJson(batchCancelBody({QStringLiteral("a"), QStringLiteral("b")}))
                 .object()
                 .value(QStringLiteral("order_ids"))
                 .toArray()
                 .size(),
        2);

    const auto accounts
        = parseAccountList(Candela::TestData::coinbaseFixture("rest_list_accounts_response.json"));
    QVERIFY2(accounts, qPrintable(accounts ? QString() : accounts.error().message));
    QCOMPARE(accounts->balances.size(), size_t(1));
    QCOMPARE(accounts->balances.front().currency, QStringLiteral("BTC"));
    QCOMPARE(accounts->balances.front().available, dec("1.23"));
    QCOMPARE(accounts->balances.front().hold, dec("1.23"));
    QCOMPARE(accounts->cursor, QStringLiteral("789100"));
}

// The account's fee tier from /transaction_summary (the fixture's docs placeholders: 0.10 % taker,
// 0.20 % maker) and an order preview; a rate that is not a fraction (a percentage) is refused.
void tst_OrderCodec::feeTierAndPreview()
{
    const auto tier = parseTransactionSummary(
        Candela::TestData::coinbaseFixture("rest_transaction_summary_response.json"));
    QVERIFY(tier);
    QCOMPARE(tier->pricingTier, QStringLiteral("<$10k"));
    QCOMPARE(tier->takerFeeRate, dec("0.001"));
    QCOMPARE(tier->makerFeeRate, dec("0.002"));
    QVERIFY(!parseTransactionSummary(R"({"total_fees":25})"));
    QVERIFY(!parseTransactionSummary(
        R"({"fee_tier":{"taker_fee_rate":"0.6","maker_fee_rate":"0.4"}})"));
    QVERIFY(!parseTransactionSummary(
        R"({"fee_tier":{"taker_fee_rate":"six","maker_fee_rate":"0.004"}})"));

    const auto preview = parsePreviewResponse(
        R"({"order_total":"1006.00","commission_total":"6.00","errs":["PREVIEW_INSUFFICIENT_FUND"],)"
        R"("warning":["UNKNOWN"],"quote_size":"1000","base_size":"0.01","best_bid":"99999",)"
        R"("best_ask":"100000","is_max":false,"est_average_filled_price":"100000",)"
        R"("preview_id":"p-1"})");
    QVERIFY(preview);
    QCOMPARE(preview->orderTotal, dec("1006"));
    QCOMPARE(preview->commissionTotal, dec("6"));
    QCOMPARE(preview->errors, QStringList{QStringLiteral("PREVIEW_INSUFFICIENT_FUND")});
    QCOMPARE(preview->warnings.size(), 1);
    QCOMPARE(preview->averagePrice, std::optional<Decimal>(dec("100000")));
    QCOMPARE(preview->previewId, QStringLiteral("p-1"));
    QVERIFY(!parsePreviewResponse(R"({"commission_total":"6"})"));
    QVERIFY(!parsePreviewResponse("{half"));
}

QTEST_GUILESS_MAIN(tst_OrderCodec)
#include "tst_ordercodec.moc"

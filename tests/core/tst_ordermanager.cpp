#include "core/execution/ordermanager.h"

#include "decimalliteral.h"

#include <QTest>
#include <QUuid>

#include <string>
#include <unordered_set>

using namespace Candela::Core;
using Candela::Core::Test::dec;

Q_DECLARE_METATYPE(Candela::Core::OrderStatus)

namespace {

const Timestamp T0 = fromUnixSeconds(1751328000);

OrderRequest buy(const char* quantity)
{
    OrderRequest request;
    request.botId = QStringLiteral("scalper");
    request.productId = QStringLiteral("BTC-USD");
    request.side = Side::Buy;
    request.quantity = dec(quantity);
    return request;
}

Fill fillOf(
    const Order& order, const char* tradeId, const char* size, const char* price, const char* fee)
{
    Fill fill;
    fill.clientOrderId = order.clientOrderId;
    fill.tradeId = QLatin1String(tradeId);
    fill.productId = order.productId;
    fill.side = order.side;
    fill.size = dec(size);
    fill.price = dec(price);
    fill.fee = dec(fee);
    fill.time = T0;
    return fill;
}

constexpr OrderStatus AllStatuses[]
    = {OrderStatus::New, OrderStatus::Submitted, OrderStatus::Accepted,
        OrderStatus::PartiallyFilled, OrderStatus::Filled, OrderStatus::Cancelled,
        OrderStatus::Rejected, OrderStatus::Expired, OrderStatus::SubmitUnknown};

} // namespace

class tst_OrderManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mintsOneUniqueIdPerOrderBeforeSending();
    void everyTransitionOfTheModel_data();
    void everyTransitionOfTheModel();
    void terminalOrdersNeverChange();
    void fillsAccumulateExactlyAndFinishTheOrder();
    void duplicateFillsAreIgnored();
    void overfillsAndMismatchedFillsAreRefused();
    void submitUnknownIsOpenUntilSettled();
    void clientIdsStayUniqueAcrossAMillion();
};

void tst_OrderManager::mintsOneUniqueIdPerOrderBeforeSending()
{
    int counter = 0;
    OrderManager manager([&counter] { return QStringLiteral("id-%1").arg(++counter % 2); });
    const QString first = manager.create(buy("1"), T0).clientOrderId;
    const QString second = manager.create(buy("1"), T0).clientOrderId;
    QVERIFY(first != second); // a colliding id is never reused
    QCOMPARE(manager.find(first)->status, OrderStatus::New);

    OrderManager uuids;
    const QString id = uuids.create(buy("1"), T0).clientOrderId;
    QCOMPARE(id.size(), 36);
}

void tst_OrderManager::everyTransitionOfTheModel_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = OrderStatus;
    const QList<QPair<S, S>> allowed{{S::New, S::Submitted}, {S::New, S::Rejected},
        {S::New, S::Cancelled}, {S::Submitted, S::Accepted}, {S::Submitted, S::PartiallyFilled},
        {S::Submitted, S::Filled}, {S::Submitted, S::Cancelled}, {S::Submitted, S::Rejected},
        {S::Submitted, S::Expired}, {S::Submitted, S::SubmitUnknown},
        {S::SubmitUnknown, S::Accepted}, {S::SubmitUnknown, S::PartiallyFilled},
        {S::SubmitUnknown, S::Filled}, {S::SubmitUnknown, S::Cancelled},
        {S::SubmitUnknown, S::Rejected}, {S::SubmitUnknown, S::Expired},
        {S::Accepted, S::PartiallyFilled}, {S::Accepted, S::Filled}, {S::Accepted, S::Cancelled},
        {S::Accepted, S::Expired}, {S::PartiallyFilled, S::PartiallyFilled},
        {S::PartiallyFilled, S::Filled}, {S::PartiallyFilled, S::Cancelled},
        {S::PartiallyFilled, S::Expired}};
    // All 81 pairs: the model is exactly the allowed list.
    for (const S from : AllStatuses) {
        for (const S to : AllStatuses) {
            const QByteArray name
                = orderStatusName(from).toLatin1() + " -> " + orderStatusName(to).toLatin1();
            QTest::newRow(name.constData()) << from << to << allowed.contains({from, to});
        }
    }
}

void tst_OrderManager::everyTransitionOfTheModel()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(OrderManager::canTransition(from, to), allowed);
    OrderManager manager;
    Order order = manager.create(buy("1"), T0);
    order.status = from;
    manager.restore(order);
    QCOMPARE(bool(manager.transition(order.clientOrderId, to, T0)), allowed);
    QCOMPARE(manager.find(order.clientOrderId)->status, allowed ? to : from);
}

void tst_OrderManager::terminalOrdersNeverChange()
{
    OrderManager manager;
    const QString id = manager.create(buy("1"), T0).clientOrderId;
    QVERIFY(manager.transition(id, OrderStatus::Submitted, T0));
    QVERIFY(manager.transition(id, OrderStatus::Cancelled, T0));
    const Status again = manager.transition(id, OrderStatus::Accepted, T0);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QLatin1String("CANCELLED to ACCEPTED")));
    QVERIFY(manager.openOrders().empty());
}

void tst_OrderManager::fillsAccumulateExactlyAndFinishTheOrder()
{
    OrderManager manager;
    const Order& order = manager.create(buy("0.3"), T0);
    const QString id = order.clientOrderId;
    QVERIFY(manager.transition(id, OrderStatus::Submitted, T0));
    QVERIFY(manager.transition(id, OrderStatus::Accepted, T0));
    QCOMPARE(*manager.applyFill(id, fillOf(order, "t1", "0.1", "100", "0.06")),
        OrderManager::FillOutcome::Applied);
    QCOMPARE(manager.find(id)->status, OrderStatus::PartiallyFilled);
    QVERIFY(manager.applyFill(id, fillOf(order, "t2", "0.2", "103", "0.1236")));
    const Order* done = manager.find(id);
    QCOMPARE(done->status, OrderStatus::Filled);
    QCOMPARE(done->filledQuantity, dec("0.3"));
    QCOMPARE(done->averageFillPrice, dec("102")); // (10 + 20.6) / 0.3
    QCOMPARE(done->fees, dec("0.1836"));
    QVERIFY(done->remainingQuantity().isZero());
}

void tst_OrderManager::duplicateFillsAreIgnored()
{
    OrderManager manager;
    const Order& order = manager.create(buy("1"), T0);
    const QString id = order.clientOrderId;
    QVERIFY(manager.transition(id, OrderStatus::Submitted, T0));
    const Fill fill = fillOf(order, "t1", "0.4", "100", "0");
    QCOMPARE(*manager.applyFill(id, fill), OrderManager::FillOutcome::Applied);
    QCOMPARE(*manager.applyFill(id, fill), OrderManager::FillOutcome::Duplicate);
    QCOMPARE(manager.find(id)->filledQuantity, dec("0.4"));
}

void tst_OrderManager::overfillsAndMismatchedFillsAreRefused()
{
    OrderManager manager;
    const Order& order = manager.create(buy("1"), T0);
    const QString id = order.clientOrderId;
    QVERIFY(manager.transition(id, OrderStatus::Submitted, T0));
    QVERIFY(!manager.applyFill(id, fillOf(order, "t1", "1.5", "100", "0")));
    Fill wrongSide = fillOf(order, "t2", "0.5", "100", "0");
    wrongSide.side = Side::Sell;
    QVERIFY(!manager.applyFill(id, wrongSide));
    QVERIFY(!manager.applyFill(QStringLiteral("nope"), fillOf(order, "t3", "0.5", "100", "0")));
    QVERIFY(manager.find(id)->filledQuantity.isZero());
    // A fill before the order was sent is impossible.
    const Order& unsent = manager.create(buy("1"), T0);
    QVERIFY(!manager.applyFill(unsent.clientOrderId, fillOf(unsent, "t4", "0.5", "100", "0")));
}

void tst_OrderManager::submitUnknownIsOpenUntilSettled()
{
    OrderManager manager;
    const QString id = manager.create(buy("1"), T0).clientOrderId;
    QVERIFY(manager.transition(id, OrderStatus::Submitted, T0));
    QVERIFY(manager.transition(id, OrderStatus::SubmitUnknown, T0));
    QCOMPARE(manager.openOrders(QStringLiteral("scalper")).size(), size_t(1));
    QVERIFY(manager.openOrders(QStringLiteral("other bot")).empty());
    QVERIFY(!manager.transition(id, OrderStatus::Submitted, T0)); // never sent a second time
    QVERIFY(manager.transition(id, OrderStatus::Accepted, T0)); // the lookup found it
}

// T03 (id half): a million ids, as from many restarts and instances, none twice; nothing in them
// depends on the clock, so a clock moved back cannot repeat one.
void tst_OrderManager::clientIdsStayUniqueAcrossAMillion()
{
    std::unordered_set<std::string> seen;
    seen.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i) {
        const QString id = OrderManager::mintClientOrderId();
        if (!seen.insert(QUuid::fromString(id).toRfc4122().toStdString()).second)
            QFAIL(qPrintable(QStringLiteral("id %1 minted twice").arg(id)));
    }
    const QUuid sample = QUuid::fromString(OrderManager::mintClientOrderId());
    QCOMPARE(sample.version(), QUuid::Random);
}

QTEST_GUILESS_MAIN(tst_OrderManager)
#include "tst_ordermanager.moc"

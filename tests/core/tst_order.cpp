#include "core/model/fill.h"
#include "core/model/order.h"

#include <QTest>

using namespace Candela::Core;

Q_DECLARE_METATYPE(Candela::Core::OrderStatus)

class tst_Order : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalStatuses_data();
    void terminalStatuses();
    void remainingQuantityIsQuantityLessFilled();
    void remainingQuantityNeverNegative();
    void fillNotionalIsExactPriceTimesSize();
    void everyMoveOfTheLifecycle_data();
    void everyMoveOfTheLifecycle();
};

void tst_Order::terminalStatuses_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("terminal");

    QTest::newRow("new") << OrderStatus::New << false;
    QTest::newRow("submitted") << OrderStatus::Submitted << false;
    QTest::newRow("accepted") << OrderStatus::Accepted << false;
    QTest::newRow("partially filled") << OrderStatus::PartiallyFilled << false;
    QTest::newRow("submit unknown is not settled") << OrderStatus::SubmitUnknown << false;
    QTest::newRow("filled") << OrderStatus::Filled << true;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << true;
    QTest::newRow("rejected") << OrderStatus::Rejected << true;
    QTest::newRow("expired") << OrderStatus::Expired << true;
}

void tst_Order::terminalStatuses()
{
    QFETCH(OrderStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

void tst_Order::remainingQuantityIsQuantityLessFilled()
{
    Order order;
    order.quantity = *Decimal::fromString(QStringLiteral("0.5"));
    order.filledQuantity = *Decimal::fromString(QStringLiteral("0.12345678"));
    QCOMPARE(order.remainingQuantity().toString(), QStringLiteral("0.37654322"));
}

void tst_Order::remainingQuantityNeverNegative()
{
    Order order;
    order.quantity = *Decimal::fromString(QStringLiteral("0.1"));
    order.filledQuantity = *Decimal::fromString(QStringLiteral("0.10000001"));
    QVERIFY(order.remainingQuantity().isZero());
    // A malformed venue answer (a negative fill at the edge of the range) counts as no fill.
    order.quantity = *Decimal::fromString(QStringLiteral("9000000000000000000"));
    order.filledQuantity = *Decimal::fromString(QStringLiteral("-9000000000000000000"));
    QCOMPARE(order.remainingQuantity(), order.quantity);
}

void tst_Order::fillNotionalIsExactPriceTimesSize()
{
    Fill fill;
    fill.price = *Decimal::fromString(QStringLiteral("65083.67"));
    fill.size = *Decimal::fromString(QStringLiteral("0.002186"));
    QCOMPARE(fill.notional()->toString(), QStringLiteral("142.27290262"));
}

void tst_Order::everyMoveOfTheLifecycle_data()
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
        {S::SubmitUnknown, S::Rejected}, {S::SubmitUnknown, S::Expired}, {S::Accepted, S::Accepted},
        {S::Accepted, S::PartiallyFilled}, {S::Accepted, S::Filled}, {S::Accepted, S::Cancelled},
        {S::Accepted, S::Rejected}, {S::Accepted, S::Expired},
        {S::PartiallyFilled, S::PartiallyFilled}, {S::PartiallyFilled, S::Filled},
        {S::PartiallyFilled, S::Cancelled}, {S::PartiallyFilled, S::Rejected},
        {S::PartiallyFilled, S::Expired}};
    const S all[] = {S::New, S::Submitted, S::Accepted, S::PartiallyFilled, S::Filled, S::Cancelled,
        S::Rejected, S::Expired, S::SubmitUnknown};
    // All 81 pairs: the lifecycle is exactly the allowed list (terminal states never move).
    for (const S from : all) {
        for (const S to : all) {
            const QByteArray name
                = QByteArray::number(int(from)) + " -> " + QByteArray::number(int(to));
            QTest::newRow(name.constData()) << from << to << allowed.contains({from, to});
        }
    }
}

void tst_Order::everyMoveOfTheLifecycle()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(canMoveOrder(from, to), allowed);
}

QTEST_GUILESS_MAIN(tst_Order)
#include "tst_order.moc"

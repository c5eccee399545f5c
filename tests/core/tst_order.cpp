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
}

void tst_Order::fillNotionalIsExactPriceTimesSize()
{
    Fill fill;
    fill.price = *Decimal::fromString(QStringLiteral("65083.67"));
    fill.size = *Decimal::fromString(QStringLiteral("0.002186"));
    QCOMPARE(fill.notional()->toString(), QStringLiteral("142.27290262"));
}

QTEST_GUILESS_MAIN(tst_Order)
#include "tst_order.moc"

#include "core/model/position.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {
Position position(const Decimal& quantity, const Decimal& entry)
{
    Position result;
    result.productId = QStringLiteral("BTC-USD");
    result.quantity = quantity;
    result.averageEntryPrice = entry;
    return result;
}
} // namespace

class tst_Position : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unrealizedPnl_data();
    void unrealizedPnl();
    void directionFollowsSignOfQuantity();
};

void tst_Position::unrealizedPnl_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("pnl");

    QTest::newRow("long gains") << "0.5"
                                << "60000"
                                << "65083.67"
                                << "2541.835";
    QTest::newRow("long loses") << "0.5"
                                << "65083.67"
                                << "60000"
                                << "-2541.835";
    QTest::newRow("short gains") << "-0.25"
                                 << "65083.67"
                                 << "65000"
                                 << "20.9175";
    QTest::newRow("flat") << "0"
                          << "65083.67"
                          << "1"
                          << "0";
}

void tst_Position::unrealizedPnl()
{
    QFETCH(QString, quantity);
    QFETCH(QString, entry);
    QFETCH(QString, mark);
    QFETCH(QString, pnl);

    QCOMPARE(position(dec(quantity), dec(entry)).unrealizedPnl(dec(mark))->toString(), pnl);
}

void tst_Position::directionFollowsSignOfQuantity()
{
    QCOMPARE(position(dec("0.1"), dec("1")).direction(), std::optional<Side>(Side::Buy));
    QCOMPARE(position(dec("-0.1"), dec("1")).direction(), std::optional<Side>(Side::Sell));
    QVERIFY(!position(dec("0"), dec("1")).direction());
    QVERIFY(position(dec("0"), dec("1")).isFlat());
}

QTEST_GUILESS_MAIN(tst_Position)
#include "tst_position.moc"

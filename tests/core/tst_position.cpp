#include "core/model/position.h"

#include <QTest>

using namespace Candela::Core;

namespace {
Position position(const char* quantity, const char* entry)
{
    Position result;
    result.productId = QStringLiteral("BTC-USD");
    result.quantity = *Decimal::fromString(std::string_view(quantity));
    result.averageEntryPrice = *Decimal::fromString(std::string_view(entry));
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

    const Position p = position(quantity.toLatin1().constData(), entry.toLatin1().constData());
    QCOMPARE(p.unrealizedPnl(*Decimal::fromString(mark))->toString(), pnl);
}

void tst_Position::directionFollowsSignOfQuantity()
{
    QCOMPARE(position("0.1", "1").direction(), std::optional<Side>(Side::Buy));
    QCOMPARE(position("-0.1", "1").direction(), std::optional<Side>(Side::Sell));
    QVERIFY(!position("0", "1").direction());
    QVERIFY(position("0", "1").isFlat());
}

QTEST_GUILESS_MAIN(tst_Position)
#include "tst_position.moc"

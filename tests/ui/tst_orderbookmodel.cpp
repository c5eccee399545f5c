#include "ui/models/orderbookmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Candela;
using Core::Decimal;
using Core::PriceLevel;

namespace {
PriceLevel level(const char* price, const char* size)
{
    return PriceLevel{*Decimal::fromString(std::string_view(price)),
        *Decimal::fromString(std::string_view(size))};
}
} // namespace

class tst_OrderBookModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laddersAsksAboveBidsWithRunningTotals();
    void sameShapeUpdatesInPlaceOtherwiseResets();
};

void tst_OrderBookModel::laddersAsksAboveBidsWithRunningTotals()
{
    Gui::OrderBookModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLevels(
        {level("99.5", "2"), level("99", "3")}, {level("100", "0.5"), level("100.5", "1")});
    QCOMPARE(model.rowCount(), 4);
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(
        cell(0, Gui::OrderBookModel::PriceColumn), QStringLiteral("100.5")); // highest ask on top
    QCOMPARE(cell(0, Gui::OrderBookModel::TotalColumn), QStringLiteral("1.5"));
    QCOMPARE(cell(1, Gui::OrderBookModel::PriceColumn), QStringLiteral("100")); // the best ask
    QCOMPARE(cell(2, Gui::OrderBookModel::PriceColumn), QStringLiteral("99.5")); // the best bid
    QCOMPARE(cell(3, Gui::OrderBookModel::TotalColumn), QStringLiteral("5"));
    QCOMPARE(model.headerData(Gui::OrderBookModel::SizeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Size"));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void tst_OrderBookModel::sameShapeUpdatesInPlaceOtherwiseResets()
{
    Gui::OrderBookModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setLevels({level("99", "1")}, {level("101", "1")});
    model.setLevels({level("99", "2")}, {level("101", "1")}); // same rows: a ranged dataChanged
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(
        model.index(1, Gui::OrderBookModel::SizeColumn).data().toString(), QStringLiteral("2"));
    model.setLevels({}, {}); // the book went invalid
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_OrderBookModel)
#include "tst_orderbookmodel.moc"

#include "ui/marketdepthpanel.h"
#include "ui/models/recenttradesmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Candela;
using Core::Decimal;

namespace {
Decimal dec(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

Core::Trade print(const char* id, Core::Side makerSide, const char* price)
{
    return Core::Trade{QStringLiteral("BTC-USD"), QString::fromLatin1(id), makerSide, dec(price),
        dec("0.25"), Core::fromUnixSeconds(1'786'309'530)}; // 2026-08-09T21:05:30Z
}
} // namespace

// The order book dock: the tape model and the spread / imbalance line.
class tst_MarketDepth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tapeShowsTheTakerSideNewestFirst();
    void tapeResetsOnlyWhenNewPrintsArrive();
    void summaryShowsSpreadAndImbalanceFromTheSnapshot();
    void pricesHaveTheProductsDecimals();
    void candleReplaySaysItHasNoBook();
};

void tst_MarketDepth::tapeShowsTheTakerSideNewestFirst()
{
    Gui::RecentTradesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrades(
        {print("2", Core::Side::Sell, "65083.67"), print("1", Core::Side::Buy, "65083.66")});
    QCOMPARE(model.rowCount(), 2);
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, Gui::RecentTradesModel::PriceColumn), QStringLiteral("65083.67"));
    QCOMPARE(cell(0, Gui::RecentTradesModel::TimeColumn), QStringLiteral("21:05:30"));
    // The maker sold, so the taker bought: a buy against the ask.
    QCOMPARE(cell(0, Gui::RecentTradesModel::SideColumn), QStringLiteral("Buy"));
    QCOMPARE(cell(1, Gui::RecentTradesModel::SideColumn), QStringLiteral("Sell"));
    const auto colour = [&](int row) {
        return model.index(row, Gui::RecentTradesModel::PriceColumn)
            .data(Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    };
    QVERIFY(colour(0) != colour(1));
}

void tst_MarketDepth::tapeResetsOnlyWhenNewPrintsArrive()
{
    Gui::RecentTradesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const std::vector<Core::Trade> tape{print("1", Core::Side::Buy, "100")};
    model.setTrades(tape);
    model.setTrades(tape); // the same tape in the next snapshot
    QCOMPARE(resets.count(), 1);
    model.setTrades({print("2", Core::Side::Buy, "101"), tape.front()});
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 2);
}

void tst_MarketDepth::summaryShowsSpreadAndImbalanceFromTheSnapshot()
{
    Gui::MarketDepthPanel panel;
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("bookSummary"));
    QVERIFY(summary);
    Core::MarketSnapshot snapshot;
    snapshot.bookValid = true;
    snapshot.bids = {{dec("100"), dec("3")}};
    snapshot.asks = {{dec("100.05"), dec("1")}};
    snapshot.spread = dec("0.05");
    snapshot.imbalance = 0.5;
    snapshot.recentTrades = {print("1", Core::Side::Sell, "100.05")};
    panel.showSnapshot(snapshot);
    QCOMPARE(summary->text(), QStringLiteral("Spread 0.05 · bids heavier by 50%"));
    QCOMPARE(panel.findChild<QTableView*>(QStringLiteral("orderBookView"))->model()->rowCount(), 2);
    QCOMPARE(
        panel.findChild<QTableView*>(QStringLiteral("recentTradesView"))->model()->rowCount(), 1);

    snapshot.imbalance = -0.25;
    panel.showSnapshot(snapshot);
    QCOMPARE(summary->text(), QStringLiteral("Spread 0.05 · asks heavier by 25%"));

    snapshot.bookValid = false;
    panel.showSnapshot(snapshot);
    QVERIFY(summary->text().contains(QStringLiteral("resyncing")));
    QCOMPARE(panel.findChild<QTableView*>(QStringLiteral("orderBookView"))->model()->rowCount(), 0);
}

// "65083.70" on a cent grid, as the product quotes it; a finer price keeps its digits.
void tst_MarketDepth::pricesHaveTheProductsDecimals()
{
    Gui::MarketDepthPanel panel;
    Core::MarketSnapshot snapshot;
    snapshot.bookValid = true;
    snapshot.bids = {{dec("65083.7"), dec("3")}};
    snapshot.asks = {{dec("65084"), dec("1")}};
    snapshot.spread = dec("0.3");
    snapshot.recentTrades = {print("1", Core::Side::Sell, "65084")};
    snapshot.priceDecimals = 2;
    panel.showSnapshot(snapshot);
    const auto* book = panel.findChild<QTableView*>(QStringLiteral("orderBookView"))->model();
    const auto price = [&](int row) { return book->index(row, 0).data().toString(); };
    QCOMPARE(price(0), QStringLiteral("65084.00")); // the ask above the bid
    QCOMPARE(price(1), QStringLiteral("65083.70"));
    const auto* tape = panel.findChild<QTableView*>(QStringLiteral("recentTradesView"))->model();
    QCOMPARE(tape->index(0, Gui::RecentTradesModel::PriceColumn).data().toString(),
        QStringLiteral("65084.00"));
    QVERIFY2(panel.findChild<QLabel*>(QStringLiteral("bookSummary"))
                 ->text()
                 .startsWith(QLatin1String("Spread 0.30 ")),
        qPrintable(panel.findChild<QLabel*>(QStringLiteral("bookSummary"))->text()));

    // DOGE-USD's five decimals; a price finer than the grid is shown whole, never rounded.
    snapshot.priceDecimals = 5;
    snapshot.bids = {{dec("0.1234"), dec("3")}, {dec("0.1233333"), dec("1")}};
    snapshot.asks = {};
    panel.showSnapshot(snapshot);
    QCOMPARE(price(0), QStringLiteral("0.12340"));
    QCOMPARE(price(1), QStringLiteral("0.1233333"));

    snapshot.priceDecimals = -1; // unknown: as held
    panel.showSnapshot(snapshot);
    QCOMPARE(price(0), QStringLiteral("0.1234"));
}

void tst_MarketDepth::candleReplaySaysItHasNoBook()
{
    Gui::MarketDepthPanel panel;
    Core::MarketSnapshot snapshot;
    snapshot.bookFed = false;
    panel.showSnapshot(snapshot);
    const QString text = panel.findChild<QLabel*>(QStringLiteral("bookSummary"))->text();
    QVERIFY2(text.contains(QLatin1String("no order book")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("Waiting")));
}

QTEST_MAIN(tst_MarketDepth)
#include "tst_marketdepth.moc"

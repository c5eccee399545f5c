#include "core/backtest/backtestrunner.h"
#include "core/market/csvcandles.h"
#include "core/portfolio/tradescsv.h"
#include "core/settings/settings.h"
#include "ui/charts/candlechart.h"
#include "ui/mainwindow.h"
#include "ui/trading/closedtradesmodel.h"
#include "ui/trading/closedtradespanel.h"
#include "ui/trading/ordersmodel.h"
#include "ui/trading/performancepanel.h"
#include "ui/trading/positionsmodel.h"
#include "ui/trading/tradefilterbar.h"
#include "ui/trading/tradingtext.h"

#include "demodata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using namespace Candela::Core;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

// A real account's history: the engine's backtest of the example bot over the bundled candles,
// shaped as the snapshot the paper engine publishes.
TradingSnapshot backtestSnapshot()
{
    auto candles = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    if (!candles)
        qFatal("demo data missing");
    std::vector<Candle> some = *candles;
    some.resize(6000);
    // Without fees, so that the scalper's small moves give winners as well as losers.
    BacktestOptions options;
    options.fees.takerFeeRate = Decimal{};
    options.fees.makerFeeRate = Decimal{};
    const BacktestResult result = BacktestRunner::run(TestData::scalper(), some, options);
    TradingSnapshot snapshot;
    snapshot.trades = result.trades;
    snapshot.equityCurve = result.equity;
    snapshot.stats = result.stats;
    snapshot.startingEquity = result.startEquity;
    snapshot.equity = result.finalEquity;
    snapshot.cash = result.finalEquity;
    snapshot.time = result.equity.back().time;
    return snapshot;
}

OpenPosition position(const char* bot, const char* entry, const char* mark)
{
    OpenPosition p;
    p.botId = QString::fromLatin1(bot);
    p.productId = QStringLiteral("BTC-USD");
    p.quantity = dec("0.5");
    p.entryPrice = dec(entry);
    p.mark = dec(mark);
    p.unrealizedPnl = *dec(mark).minus(dec(entry)).value().times(p.quantity);
    p.openedAt = fromUnixSeconds(1'750'000'000);
    return p;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

// The Positions, Orders, Closed trades and Performance docks show the engine's snapshot as it
// is: every model passes Qt's model tester, the summary row and the statistics are the
// engine's own figures, and the export writes the CLI's CSV.
class tst_TradingPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsFollowTheSnapshot();
    void ordersShowStatusAndRefusals();
    void closedTradesAppendAndSortByValue();
    void summaryRowMatchesTheEngineStats();
    void exportWritesTheCliFormat();
    void performanceShowsTheEngineFigures();
    void docksShowTheChosenBotProductAndPeriod();
    void windowRoutesSnapshotsAndEvents();
    void positionIsClosedByHandAfterAYes();
};

void tst_TradingPanels::positionsFollowTheSnapshot()
{
    Gui::PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TradingSnapshot snapshot;
    snapshot.time = fromUnixSeconds(1'750'000'000 + 2 * 3600 + 15 * 60);
    snapshot.positions = {position("A", "100", "110"), position("B", "100", "90")};
    model.setSnapshot(snapshot);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, Gui::PositionsModel::PnlColumn), QStringLiteral("+5.00"));
    QCOMPARE(cell(model, 1, Gui::PositionsModel::PnlColumn), QStringLiteral("-5.00"));
    QCOMPARE(cell(model, 0, Gui::PositionsModel::AgeColumn), QStringLiteral("2 h 15 m"));
    QCOMPARE(cell(model, 0, Gui::PositionsModel::StopColumn), QStringLiteral("—"));
    // Prices on the product's increment once it is known ("116820.10", never rounded away:
    // a DOGE-like 0.00001 grid keeps its five decimals).
    snapshot.positions[0].target = dec("116820.1");
    snapshot.positions[0].entryPrice = dec("0.12345");
    model.setSnapshot(snapshot);
    QCOMPARE(cell(model, 0, Gui::PositionsModel::TargetColumn), QStringLiteral("116820.1"));
    model.setPriceDecimals(QStringLiteral("BTC-USD"), 2);
    QCOMPARE(cell(model, 0, Gui::PositionsModel::TargetColumn), QStringLiteral("116820.10"));
    QCOMPARE(cell(model, 0, Gui::PositionsModel::EntryColumn), QStringLiteral("0.12345"));
    QCOMPARE(cell(model, 0, Gui::PositionsModel::MarkColumn), QStringLiteral("110.00"));
    // The mark moves: the same rows, new numbers.
    snapshot.positions[0] = position("A", "100", "120");
    model.setSnapshot(snapshot);
    QCOMPARE(cell(model, 0, Gui::PositionsModel::PnlColumn), QStringLiteral("+10.00"));
    // A position closes.
    snapshot.positions.erase(snapshot.positions.begin());
    model.setSnapshot(snapshot);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, Gui::PositionsModel::BotColumn), QStringLiteral("B"));
}

void tst_TradingPanels::ordersShowStatusAndRefusals()
{
    Gui::OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Order order;
    order.clientOrderId = QStringLiteral("A/1/BUY");
    order.botId = QStringLiteral("A");
    order.quantity = dec("0.001");
    order.filledQuantity = dec("0.001");
    order.averageFillPrice = dec("65000.5");
    order.status = OrderStatus::Filled;
    model.setOrders({order});
    TradingEvent refusal;
    refusal.kind = TradingEvent::Kind::Refused;
    refusal.botId = QStringLiteral("A");
    refusal.side = Side::Sell;
    refusal.refusal = RefusalReason::KillSwitch;
    for (size_t i = 0; i < Gui::OrdersModel::RefusalsKept + 5; ++i)
        model.addRefusal(refusal);
    QCOMPARE(model.rowCount(), int(1 + Gui::OrdersModel::RefusalsKept));
    QCOMPARE(cell(model, 0, Gui::OrdersModel::StatusColumn),
        Gui::TradingText::orderStatus(OrderStatus::Filled));
    QCOMPARE(cell(model, 0, Gui::OrdersModel::PriceColumn), QStringLiteral("65000.50"));
    QCOMPARE(cell(model, 0, Gui::OrdersModel::TermsColumn), QStringLiteral("—")); // at market
    // A resting order shows its own prices: the limit; the stop and its limit; a bracket's target
    // and stop.
    Order limit = order;
    limit.type = OrderType::Limit;
    limit.limitPrice = dec("0.00012345");
    QCOMPARE(Gui::OrdersModel::orderTerms(limit), QStringLiteral("0.00012345"));
    Order stop = limit;
    stop.type = OrderType::StopLimit;
    stop.stopPrice = dec("75000");
    stop.limitPrice = dec("74250");
    QCOMPARE(Gui::OrdersModel::orderTerms(stop), QStringLiteral("stop 75000, limit 74250"));
    stop.type = OrderType::Bracket;
    stop.limitPrice = dec("80000");
    QCOMPARE(Gui::OrdersModel::orderTerms(stop), QStringLiteral("target 80000, stop 75000"));
    // On the product's increment once it is known: "116820.10", not "116820.1".
    limit.limitPrice = dec("116820.1");
    limit.clientOrderId = QStringLiteral("A/3/SELL");
    model.setOrders({limit});
    QCOMPARE(cell(model, 0, Gui::OrdersModel::TermsColumn), QStringLiteral("116820.1"));
    model.setPriceDecimals(limit.productId, 2);
    QCOMPARE(cell(model, 0, Gui::OrdersModel::TermsColumn), QStringLiteral("116820.10"));
    QCOMPARE(cell(model, 1, Gui::OrdersModel::StatusColumn), QStringLiteral("Refused"));
    QCOMPARE(cell(model, 1, Gui::OrdersModel::ReasonColumn),
        QStringLiteral("the kill switch is engaged"));
    // A new order arrives: the refusals stay below the orders.
    Order second = order;
    second.clientOrderId = QStringLiteral("A/2/SELL");
    model.setOrders({second, order});
    QCOMPARE(model.rowCount(), int(2 + Gui::OrdersModel::RefusalsKept));
    QCOMPARE(cell(model, 2, Gui::OrdersModel::StatusColumn), QStringLiteral("Refused"));
    // A risk refusal says why with the gate's numbers.
    refusal.refusal = RefusalReason::BotRisk;
    refusal.denial = Denial{DenialReason::DailyLossLimit, dec("0.021"), dec("0.02"), 0};
    model.addRefusal(refusal);
    const int last = model.rowCount() - 1;
    QCOMPARE(cell(model, last, Gui::OrdersModel::ReasonColumn),
        QStringLiteral("risk: daily loss limit (2.10 %, limit 2.00 %)"));
    QCOMPARE(cell(model, last, Gui::OrdersModel::SizeColumn), QString());
    refusal.refusal = RefusalReason::BotRisk;
    refusal.denial = Denial{DenialReason::StopOutLock, dec("3"), dec("3"), 71};
    model.addRefusal(refusal);
    QCOMPARE(cell(model, last, Gui::OrdersModel::ReasonColumn),
        QStringLiteral("risk: locked after stop-outs (71 bars left)"));
    // The account's own limit is worded as the account's; the venue's refusal keeps its words.
    refusal.refusal = RefusalReason::AccountRisk;
    refusal.denial = Denial{DenialReason::MaxDrawdown, dec("0.11"), dec("0.1"), 0};
    model.addRefusal(refusal);
    QCOMPARE(cell(model, last, Gui::OrdersModel::ReasonColumn),
        QStringLiteral("risk: the account's drawdown limit (11.00 %, limit 10.00 %)"));
    refusal.refusal = RefusalReason::VenueRejected;
    refusal.denial.reset();
    refusal.venueReason = QStringLiteral("INSUFFICIENT_FUND");
    model.addRefusal(refusal);
    QCOMPARE(cell(model, last, Gui::OrdersModel::ReasonColumn),
        QStringLiteral("the venue rejected the order (INSUFFICIENT_FUND)"));
}

void tst_TradingPanels::closedTradesAppendAndSortByValue()
{
    const TradingSnapshot snapshot = backtestSnapshot();
    QVERIFY(snapshot.trades.size() >= 10);
    Gui::ClosedTradesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<ClosedTrade> some(snapshot.trades.begin(), snapshot.trades.begin() + 5);
    model.setTrades(some);
    QCOMPARE(model.rowCount(), 5);
    model.setTrades(snapshot.trades); // more: appended
    QCOMPARE(model.rowCount(), int(snapshot.trades.size()));
    QCOMPARE(cell(model, 0, Gui::ClosedTradesModel::PnlColumn),
        Gui::TradingText::money(snapshot.trades[0].pnl, true));
    model.setTrades(some); // a different account: replaced
    QCOMPARE(model.rowCount(), 5);
    model.setTrades(snapshot.trades);

    // Sorting by P&L sorts by the number, not the text.
    Gui::ClosedTradesPanel panel;
    panel.setSnapshot(snapshot);
    auto* view = panel.findChild<QTableView*>(QStringLiteral("closedTradesView"));
    QVERIFY(view);
    view->sortByColumn(Gui::ClosedTradesModel::PnlColumn, Qt::AscendingOrder);
    const QAbstractItemModel* shown = view->model();
    const auto pnl = [&](int row) {
        QString text = shown->index(row, Gui::ClosedTradesModel::PnlColumn).data().toString();
        return *Decimal::fromString(text.remove(QLatin1Char('+')));
    };
    for (int row = 1; row < shown->rowCount(); ++row)
        QVERIFY(pnl(row - 1) <= pnl(row));
    QCOMPARE(pnl(0).toString(2), snapshot.stats.worstTrade.toString(2));
}

void tst_TradingPanels::summaryRowMatchesTheEngineStats()
{
    const TradingSnapshot snapshot = backtestSnapshot();
    Gui::ClosedTradesPanel panel;
    panel.setSnapshot(snapshot);
    const PerformanceStats& stats = snapshot.stats;
    QVERIFY(stats.wins > 0 && stats.losses > 0);
    const QString expected
        = QStringLiteral("Trades %1 · won %2 / lost %3 · win rate %4 · net P&L %5 · fees %6")
              .arg(stats.trades)
              .arg(stats.wins)
              .arg(stats.losses)
              .arg(Gui::TradingText::percent(stats.winRate),
                  Gui::TradingText::money(stats.netPnl, true),
                  Gui::TradingText::money(stats.totalFees));
    QCOMPARE(panel.summaryText(), expected);
    // The engine's figures agree with the rows the table shows.
    Decimal total;
    for (const ClosedTrade& trade : panel.model()->trades())
        total = *total.plus(trade.pnl);
    QCOMPARE(total, stats.netPnl);
}

void tst_TradingPanels::exportWritesTheCliFormat()
{
    const TradingSnapshot snapshot = backtestSnapshot();
    Gui::ClosedTradesPanel panel;
    panel.setSnapshot(snapshot);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trades.csv"));
    QVERIFY(panel.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, closedTradesCsv(snapshot.trades).value());
    // The CLI's columns first, what a tax tool needs after them.
    QVERIFY(written.startsWith("id,bot,side,entry_time,entry_price,exit_time,exit_price,quantity,"
                               "fees,pnl,r_multiple,exit_reason,product,entry_time_utc,"
                               "exit_time_utc,cost_basis,proceeds,fee_currency\n"));
    QCOMPARE(written.count('\n'), qsizetype(snapshot.trades.size() + 1));
    // Koinly's layout: an opening and a closing row per round trip.
    const QString koinly = dir.filePath(QStringLiteral("koinly.csv"));
    QVERIFY(panel.exportTo(koinly, nullptr, Gui::ClosedTradesPanel::ExportLayout::Koinly));
    QFile koinlyFile(koinly);
    QVERIFY(koinlyFile.open(QIODevice::ReadOnly));
    const QByteArray koinlyRows = koinlyFile.readAll();
    QCOMPARE(koinlyRows, koinlyUniversalCsv(snapshot.trades).value());
    QCOMPARE(koinlyRows.count('\n'), qsizetype(2 * snapshot.trades.size() + 1));
    QString error;
    QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("no/such/folder/trades.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void tst_TradingPanels::performanceShowsTheEngineFigures()
{
    const TradingSnapshot snapshot = backtestSnapshot();
    Gui::PerformancePanel panel;
    panel.setSnapshot(snapshot);
    const PerformanceStats& stats = snapshot.stats;
    QCOMPARE(panel.figure(QStringLiteral("trades")), QString::number(stats.trades));
    QCOMPARE(panel.figure(QStringLiteral("winRate")), Gui::TradingText::percent(stats.winRate));
    QCOMPARE(
        panel.figure(QStringLiteral("profitFactor")), QString::number(stats.profitFactor, 'f', 2));
    QCOMPARE(panel.figure(QStringLiteral("netPnl")), Gui::TradingText::money(stats.netPnl, true));
    QCOMPARE(panel.figure(QStringLiteral("maxDrawdown")),
        QStringLiteral("%1 %").arg(stats.maxDrawdownPct, 0, 'f', 2));
    QCOMPARE(panel.figure(QStringLiteral("equity")), Gui::TradingText::money(snapshot.equity));
    QCOMPARE(panel.equityPointCount(), int(snapshot.equityCurve.size()));
    // Every trade had a stop, so every trade has an R.
    QCOMPARE(panel.figure(QStringLiteral("averageR")), QString::number(stats.averageR, 'f', 2));
    QCOMPARE(panel.tradeBarCount(), 10);
    // What the fees took: of the P&L before them, or, with none made, said so.
    QCOMPARE(panel.figure(QStringLiteral("grossPnl")),
        Gui::TradingText::money(*stats.netPnl.plus(stats.totalFees), true));
    const auto drag = stats.feeDragPct();
    QCOMPARE(panel.figure(QStringLiteral("feeDrag")),
        drag ? QStringLiteral("%1 % of the gross profit").arg(*drag, 0, 'f', 1)
             : QStringLiteral("no gross profit"));
    QVERIFY(stats.feeRatePct());
    QCOMPARE(panel.figure(QStringLiteral("feeRate")),
        QStringLiteral("%1 % of notional").arg(*stats.feeRatePct(), 0, 'f', 3));

    // Nothing traded yet: dashes, not zeros that look like results.
    panel.setSnapshot({});
    QCOMPARE(panel.figure(QStringLiteral("winRate")), QStringLiteral("—"));
    QCOMPARE(panel.figure(QStringLiteral("feeDrag")), QStringLiteral("—"));
    QCOMPARE(panel.tradeBarCount(), 0);
}

// The trader narrows Closed trades and Performance to a bot, a product, a period: the rows, the
// summary, the win/loss split and the streak are those trades'; open positions show how far they
// have come to their targets.
void tst_TradingPanels::docksShowTheChosenBotProductAndPeriod()
{
    TradingSnapshot snapshot;
    snapshot.time = fromUnixSeconds(1'773'576'000);
    snapshot.startingEquity = dec("1000");
    const auto trade = [&](const char* bot, const char* product, int hoursBefore, const char* pnl) {
        ClosedTrade t;
        t.id = qint64(snapshot.trades.size() + 1);
        t.botId = QString::fromLatin1(bot);
        t.productId = QString::fromLatin1(product);
        t.exitTime = snapshot.time - std::chrono::hours(hoursBefore);
        t.entryTime = t.exitTime - std::chrono::hours(1);
        t.quantity = dec("1");
        t.entryPrice = dec("100");
        t.exitPrice = *dec("100").plus(dec(pnl));
        t.pnl = dec(pnl);
        snapshot.trades.push_back(t);
    };
    trade("A", "BTC-USD", 24 * 40, "5");
    trade("B", "ETH-USD", 24 * 20, "-1");
    trade("A", "BTC-USD", 24 * 3, "-2");
    trade("A", "ETH-USD", 5, "-3");
    trade("B", "BTC-USD", 1, "4");
    snapshot.stats = *PerformanceStats::compute(snapshot.trades, {});
    OpenPosition open = position("A", "100", "104");
    open.target = dec("110");
    snapshot.positions = {open, position("B", "100", "99")}; // B has no target

    const auto choose
        = [](QComboBox* box, const QVariant& data) { box->setCurrentIndex(box->findData(data)); };
    Gui::ClosedTradesPanel trades;
    trades.setSnapshot(snapshot);
    QCOMPARE(trades.model()->rowCount(), 5);
    QCOMPARE(trades.filterBar()->botBox()->count(), 3); // all, A, B
    choose(trades.filterBar()->botBox(), QStringLiteral("A"));
    QCOMPARE(trades.model()->rowCount(), 3);
    QVERIFY2(trades.summaryText().startsWith(QStringLiteral("Trades 3 · won 1 / lost 2")),
        qPrintable(trades.summaryText()));
    choose(trades.filterBar()->periodBox(), int(TradePeriod::Week));
    QCOMPARE(trades.model()->rowCount(), 2);
    choose(trades.filterBar()->productBox(), QStringLiteral("ETH-USD"));
    QCOMPARE(trades.model()->rowCount(), 1);
    // The next snapshot keeps the trader's choice.
    trades.setSnapshot(snapshot);
    QCOMPARE(trades.model()->rowCount(), 1);

    Gui::PerformancePanel performance;
    performance.setSnapshot(snapshot);
    QCOMPARE(performance.winLossShown(), (std::pair{2, 3}));
    QVERIFY(performance.figure(QStringLiteral("streak")).startsWith(QLatin1String("1 win")));
    choose(performance.filterBar()->botBox(), QStringLiteral("A"));
    QCOMPARE(performance.winLossShown(), (std::pair{1, 2}));
    QCOMPARE(performance.figure(QStringLiteral("trades")), QStringLiteral("3"));
    QVERIFY(performance.figure(QStringLiteral("streak")).startsWith(QLatin1String("2 loss")));
    // One bot's curve: the starting equity plus its P&L, point by point.
    QCOMPARE(performance.equityPointCount(), 4);
    const auto targets = performance.targetProgressShown();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.front().second, 40); // 100 → 104 of 100 → 110
    QVERIFY(targets.front().first.startsWith(QStringLiteral("A · BTC-USD")));
}

void tst_TradingPanels::windowRoutesSnapshotsAndEvents()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    TradingSnapshot snapshot = backtestSnapshot();
    snapshot.positions = {position("BTC Scalper", "100", "101")};
    window.showTrading(snapshot);
    const auto rows = [&](const char* view) {
        return window.findChild<QTableView*>(QString::fromLatin1(view))->model()->rowCount();
    };
    QCOMPARE(rows("positionsView"), 1);
    QCOMPARE(rows("closedTradesView"), int(snapshot.trades.size()));
    // The chart shows BTC-USD: its trades are marked there, the open position's entry drawn.
    auto* chart = window.findChild<Gui::CandleChart*>();
    QCOMPARE(chart->tradeMarkCount(), 0); // no market on the chart yet
    MarketSnapshot market;
    market.productId = QStringLiteral("BTC-USD");
    market.candles = {Candle{
        snapshot.trades.front().entryTime, dec("1"), dec("2"), dec("1"), dec("2"), dec("1")}};
    window.showMarket(market);
    window.showTrading(snapshot);
    QCOMPARE(chart->tradeMarkCount(), int(2 * snapshot.trades.size() + 1));
    QCOMPARE(chart->priceLineCount(), 1);
    TradingEvent fill;
    fill.botId = QStringLiteral("BTC Scalper");
    fill.productId = QStringLiteral("BTC-USD");
    fill.quantity = dec("0.001");
    fill.price = dec("65000");
    fill.fee = dec("0.39");
    window.showTradingEvent(fill);
    const QAbstractItemModel* log
        = window.findChild<QTableView*>(QStringLiteral("logView"))->model();
    QCOMPARE(log->index(log->rowCount() - 1, 2).data().toString(),
        QStringLiteral("BTC Scalper: Buy 0.001 BTC-USD at 65000 (fee 0.39)"));
}

// Positions → context menu → Close position at market…: nothing without a selected row, the
// selected row's bot and product (also when sorted), and only after Yes.
void tst_TradingPanels::positionIsClosedByHandAfterAYes()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    TradingSnapshot snapshot;
    OpenPosition eth = position("ETH Scalper", "2000", "2010");
    eth.productId = QStringLiteral("ETH-USD");
    snapshot.positions = {position("BTC Scalper", "100", "101"), eth};
    window.showTrading(snapshot);
    auto* view = window.findChild<QTableView*>(QStringLiteral("positionsView"));
    auto* close = window.findChild<QAction*>(QStringLiteral("closePositionAction"));
    QVERIFY(view && close);
    QVERIFY(view->actions().contains(close));
    QVERIFY(!close->isEnabled());
    QSignalSpy requested(&window, &Gui::MainWindow::positionCloseRequested);

    view->sortByColumn(Gui::PositionsModel::BotColumn, Qt::DescendingOrder); // ETH row first
    view->selectRow(0);
    QVERIFY(close->isEnabled());
    const auto confirmation = [&] {
        return window.findChild<QMessageBox*>(QStringLiteral("closePositionConfirmation"));
    };
    close->trigger();
    QVERIFY(confirmation());
    QVERIFY(confirmation()->text().contains(QLatin1String("ETH Scalper")));
    QVERIFY(confirmation()->text().contains(QLatin1String("Sell 0.5 ETH-USD")));
    confirmation()->button(QMessageBox::Cancel)->click();
    QCOMPARE(requested.count(), 0);
    QTRY_VERIFY(!confirmation());

    close->trigger();
    confirmation()->button(QMessageBox::Yes)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().at(0).toString(), QStringLiteral("ETH Scalper"));
    QCOMPARE(requested.last().at(1).toString(), QStringLiteral("ETH-USD"));
    QCOMPARE(requested.last().at(2).value<Decimal>(), dec("0.5"));
}

QTEST_MAIN(tst_TradingPanels)
#include "tst_tradingpanels.moc"

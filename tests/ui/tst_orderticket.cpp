#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/marketdepthpanel.h"
#include "ui/trading/ordersmodel.h"
#include "ui/trading/orderticketpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Core::Decimal;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

Core::MarketSnapshot market()
{
    Core::MarketSnapshot snapshot;
    snapshot.productId = QStringLiteral("BTC-USD");
    snapshot.bids = {{dec("99.90"), dec("1")}};
    snapshot.asks = {{dec("100.10"), dec("1")}};
    snapshot.bookValid = true;
    snapshot.priceDecimals = 2;
    return snapshot;
}

} // namespace

// The order ticket: what it reads, what it shows before an order goes, and how the window
// confirms it and hands it on; the Orders dock's cancel of a working order.
class tst_OrderTicket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheOrderAsTyped();
    void previewShowsCostFeeAndDistance();
    void stopLimitAndBracketReadTheirStops();
    void windowConfirmsAndHandsTheOrderOn();
    void aLiveOrderWaitsForCoinbasesPreview();
    void ordersDockCancelsAWorkingOrder();
};

void tst_OrderTicket::readsTheOrderAsTyped()
{
    Gui::OrderTicketPanel ticket;
    QVERIFY(!ticket.order()); // no market yet
    ticket.setMarket(market(), dec("100.00"));
    auto* size = ticket.findChild<QLineEdit*>(QStringLiteral("ticketSize"));
    auto* price = ticket.findChild<QLineEdit*>(QStringLiteral("ticketPrice"));
    auto* type = ticket.findChild<QComboBox*>(QStringLiteral("ticketType"));
    auto* unit = ticket.findChild<QComboBox*>(QStringLiteral("ticketSizeUnit"));
    auto* place = ticket.findChild<QPushButton*>(QStringLiteral("ticketPlace"));
    QVERIFY(!place->isEnabled()); // no size yet
    QVERIFY(ticket.previewText().contains(QLatin1String("price"))); // a post-only limit
    size->setText(QStringLiteral("0.01"));
    QVERIFY(!ticket.order()); // post-only by default: a limit needs its price
    price->setText(QStringLiteral("99.50"));
    auto order = ticket.order();
    QVERIFY(order);
    QCOMPARE(order->productId, QStringLiteral("BTC-USD"));
    QCOMPARE(order->side, Core::Side::Buy);
    QCOMPARE(order->type, Core::OrderType::Limit);
    QVERIFY(order->postOnly);
    QCOMPARE(*order->limitPrice, dec("99.50"));
    QCOMPARE(order->quantity, dec("0.01"));
    QCOMPARE(place->text(), QStringLiteral("Buy BTC-USD"));

    // 10 USD at 99.50 buys 0.10050251 BTC (rounded down, never more than the 10 USD).
    QCOMPARE(unit->count(), 2);
    unit->setCurrentIndex(1);
    size->setText(QStringLiteral("10"));
    QCOMPARE(ticket.order()->quantity, dec("0.10050251"));

    // A click on a book level: a market ticket becomes a limit at that price.
    type->setCurrentIndex(0);
    QCOMPARE(ticket.order()->type, Core::OrderType::Market);
    ticket.setPrice(QStringLiteral("99.90"));
    QCOMPARE(ticket.order()->type, Core::OrderType::Limit);
    QCOMPARE(*ticket.order()->limitPrice, dec("99.90"));
    // A double-click on the chart: the price there, on the product's decimals.
    ticket.setChartPrice(99.876);
    QCOMPARE(*ticket.order()->limitPrice, dec("99.88"));

    // Good until cancelled, or for a time counted from the market's latest time (a replay's).
    QCOMPARE(ticket.order()->timeInForce, Core::TimeInForce::GoodTilCancelled);
    QVERIFY(!ticket.order()->endTime);
    auto* expiry = ticket.findChild<QComboBox*>(QStringLiteral("ticketExpiry"));
    expiry->setCurrentIndex(expiry->findData(86400));
    QVERIFY(!ticket.order()); // no market time yet
    Core::MarketSnapshot timed = market();
    const Core::Timestamp start = Core::fromUnixSeconds(1759190400); // 2025-09-30 00:00 UTC
    timed.candles = {Core::Candle{start, dec("100"), dec("100"), dec("100"), dec("100"), dec("1")}};
    ticket.setMarket(timed, dec("100.00"));
    QCOMPARE(ticket.order()->timeInForce, Core::TimeInForce::GoodTilDate);
    QCOMPARE(*ticket.order()->endTime, start + std::chrono::hours(24));
    QVERIFY(ticket.previewText().contains(QLatin1String("Good until 2025-10-01 00:00")));
    type->setCurrentIndex(0);
    QVERIFY(!expiry->isEnabled()); // a market order has no life to speak of
    QVERIFY(!ticket.order()->endTime);
    ticket.setPrice(QStringLiteral("99.90"));

    ticket.setSide(Core::Side::Sell);
    QCOMPARE(ticket.order()->side, Core::Side::Sell);
    QSignalSpy requested(&ticket, &Gui::OrderTicketPanel::orderRequested);
    QTest::mouseClick(place, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Core::ManualOrder>().side, Core::Side::Sell);
}

void tst_OrderTicket::previewShowsCostFeeAndDistance()
{
    Gui::OrderTicketPanel ticket;
    ticket.setMarket(market(), dec("100.00"));
    ticket.findChild<QLineEdit*>(QStringLiteral("ticketSize"))->setText(QStringLiteral("0.5"));
    ticket.findChild<QLineEdit*>(QStringLiteral("ticketPrice"))->setText(QStringLiteral("99.00"));
    // 0.5 × 99 = 49.50, the maker fee 0.4 % = 0.198 → 0.20; 1 % under the last price.
    QString preview = ticket.previewText();
    QVERIFY2(preview.contains(QLatin1String("49.50")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("0.20")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("1.00 (1.000 %) under the last price 100.00")),
        qPrintable(preview));
    // Over the best ask: a post-only buy would be refused, and the ticket says so first.
    ticket.findChild<QLineEdit*>(QStringLiteral("ticketPrice"))->setText(QStringLiteral("100.20"));
    preview = ticket.previewText();
    QVERIFY2(preview.contains(QLatin1String("post-only order is refused")), qPrintable(preview));
}

// A stop-limit and a bracket: the stop's field shows for them only; a picked price goes to the
// stop (a bracket's under the market) or the target; prices on the wrong side of the last price
// are refused before anything is sent.
void tst_OrderTicket::stopLimitAndBracketReadTheirStops()
{
    Gui::OrderTicketPanel ticket;
    ticket.setMarket(market(), dec("100.00"));
    auto* type = ticket.findChild<QComboBox*>(QStringLiteral("ticketType"));
    auto* stop = ticket.findChild<QLineEdit*>(QStringLiteral("ticketStop"));
    auto* price = ticket.findChild<QLineEdit*>(QStringLiteral("ticketPrice"));
    ticket.findChild<QLineEdit*>(QStringLiteral("ticketSize"))->setText(QStringLiteral("0.01"));
    QVERIFY(stop->isHidden());
    type->setCurrentIndex(type->findText(QStringLiteral("Stop-limit")));
    QVERIFY(!stop->isHidden());
    ticket.setPrice(QStringLiteral("101.00")); // the stop, and the limit while none is typed
    auto order = ticket.order();
    QVERIFY2(order, qPrintable(ticket.previewText()));
    QCOMPARE(order->type, Core::OrderType::StopLimit);
    QCOMPARE(*order->stopPrice, dec("101.00"));
    QCOMPARE(*order->limitPrice, dec("101.00"));
    price->setText(QStringLiteral("101.50"));
    QVERIFY2(ticket.previewText().contains(
                 QLatin1String("Triggers at 101.00, 1.00 (1.000 %) over the last price 100.00; "
                               "then a limit at 101.50")),
        qPrintable(ticket.previewText()));
    stop->setText(QStringLiteral("99.00")); // a buy's stop under the market triggers at once
    QVERIFY(!ticket.order());
    QVERIFY(ticket.previewText().contains(QLatin1String("over the last price 100.00")));
    stop->setText(QStringLiteral("101.60")); // over its limit
    QVERIFY(!ticket.order());

    type->setCurrentIndex(type->findText(QStringLiteral("Bracket (target and stop)")));
    QVERIFY(!ticket.order()); // a buy
    QVERIFY(ticket.previewText().contains(QLatin1String("choose Sell")));
    ticket.setSide(Core::Side::Sell);
    ticket.setPrice(QStringLiteral("103.00")); // over the market: the target
    ticket.setPrice(QStringLiteral("98.00")); // under it: the stop
    order = ticket.order();
    QVERIFY2(order, qPrintable(ticket.previewText()));
    QCOMPARE(order->type, Core::OrderType::Bracket);
    QCOMPARE(*order->limitPrice, dec("103.00"));
    QCOMPARE(*order->stopPrice, dec("98.00"));
    const QString preview = ticket.previewText();
    QVERIFY2(
        preview.contains(QLatin1String("Target 103.00, 3.00 (3.000 %) over")), qPrintable(preview));
    QVERIFY2(
        preview.contains(QLatin1String("Stop 98.00, 2.00 (2.000 %) under")), qPrintable(preview));
}

void tst_OrderTicket::windowConfirmsAndHandsTheOrderOn()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Core::SettingKeys::ConfirmPaperOrders, false); // paper: no question
    Gui::MainWindow window(settings);
    QSignalSpy requested(&window, &Gui::MainWindow::manualOrderRequested);
    auto* ticket = window.findChild<Gui::OrderTicketPanel*>();
    QVERIFY(ticket);
    window.show();
    window.findChild<QDockWidget*>(QStringLiteral("orderTicketDock"))->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ticket->setMarket(market(), dec("100.00"));
    // The order book's click puts its price on the ticket.
    Q_EMIT window.findChild<Gui::MarketDepthPanel*>()->priceChosen(QStringLiteral("99.90"));
    ticket->findChild<QLineEdit*>(QStringLiteral("ticketSize"))->setText(QStringLiteral("0.01"));
    QVERIFY2(ticket->order(), qPrintable(ticket->previewText()));
    QTest::mouseClick(
        ticket->findChild<QPushButton*>(QStringLiteral("ticketPlace")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto order = requested.at(0).at(0).value<Core::ManualOrder>();
    QCOMPARE(*order.limitPrice, dec("99.90"));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("ticketBuyAction")));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("ticketSellAction"))->shortcut(),
        QKeySequence(Qt::SHIFT | Qt::Key_F9));
}

// Live: the confirmation asks Coinbase for its preview first; Yes waits for it, stays off when
// Coinbase would refuse the order, and an answer for an earlier order is not taken for this one.
void tst_OrderTicket::aLiveOrderWaitsForCoinbasesPreview()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.setTradingMode(Core::TradingMode::Live);
    QSignalSpy asked(&window, &Gui::MainWindow::manualOrderPreviewRequested);
    QSignalSpy requested(&window, &Gui::MainWindow::manualOrderRequested);
    auto* ticket = window.findChild<Gui::OrderTicketPanel*>();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ticket->setMarket(market(), dec("100.00"));
    ticket->setPrice(QStringLiteral("99")); // typed without the cents
    ticket->findChild<QLineEdit*>(QStringLiteral("ticketSize"))->setText(QStringLiteral("0.01"));
    QTest::mouseClick(
        ticket->findChild<QPushButton*>(QStringLiteral("ticketPlace")), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    const quint64 request = asked.at(0).at(1).toULongLong();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("manualOrderConfirmation"));
    QVERIFY(box);
    QPushButton* yes = qobject_cast<QPushButton*>(box->button(QMessageBox::Yes));
    QVERIFY(!yes->isEnabled());
    QVERIFY(box->text().contains(QLatin1String("Asking Coinbase")));
    QVERIFY2(box->text().contains(QLatin1String("limit at 99.00?")), qPrintable(box->text()));

    Core::ManualOrderPreview refused;
    refused.orderTotal = dec("0.994");
    refused.errors = {QStringLiteral("PREVIEW_INSUFFICIENT_FUND")};
    window.showManualOrderPreview(request, refused);
    QVERIFY(!yes->isEnabled());
    QVERIFY(box->text().contains(QLatin1String("refuse it: PREVIEW_INSUFFICIENT_FUND")));
    Core::ManualOrderPreview fine;
    fine.orderTotal = dec("0.994");
    fine.commissionTotal = dec("0.004");
    window.showManualOrderPreview(request - 1, fine); // an earlier order's answer
    QVERIFY(!yes->isEnabled());
    window.showManualOrderPreview(request, fine);
    QVERIFY(yes->isEnabled());
    QVERIFY2(box->text().contains(QLatin1String("Coinbase's preview: 0.994 in all, fees 0.004")),
        qPrintable(box->text()));
    yes->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(*requested.at(0).at(0).value<Core::ManualOrder>().limitPrice, dec("99"));
}

void tst_OrderTicket::ordersDockCancelsAWorkingOrder()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    Core::TradingSnapshot snapshot;
    Core::Order working;
    working.clientOrderId = QStringLiteral("Manual/BTC-USD/1");
    working.botId = Core::ManualLedger;
    working.productId = QStringLiteral("BTC-USD");
    working.type = Core::OrderType::Limit;
    working.limitPrice = dec("99.00");
    working.quantity = dec("0.01");
    working.status = Core::OrderStatus::Accepted;
    Core::Order done = working;
    done.clientOrderId = QStringLiteral("Manual/BTC-USD/0");
    done.status = Core::OrderStatus::Filled;
    snapshot.orders = {working, done};
    window.showTrading(snapshot);
    auto* view = window.findChild<QTableView*>(QStringLiteral("ordersView"));
    auto* cancel = window.findChild<QAction*>(QStringLiteral("cancelOrderAction"));
    auto* move = window.findChild<QAction*>(QStringLiteral("moveOrderAction"));
    QSignalSpy cancelled(&window, &Gui::MainWindow::orderCancelRequested);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        view->selectRow(row);
        const QString status
            = view->model()->index(row, Gui::OrdersModel::StatusColumn).data().toString();
        const bool isWorking = !status.contains(QLatin1String("Filled"));
        QCOMPARE(cancel->isEnabled(), isWorking);
        QCOMPARE(move->isEnabled(), isWorking);
        if (isWorking)
            cancel->trigger();
    }
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.at(0).at(0).toString(), working.clientOrderId);
}

QTEST_MAIN(tst_OrderTicket)
#include "tst_orderticket.moc"

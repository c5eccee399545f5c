#include "core/engine/journalstate.h"
#include "core/storage/journalcodes.h"
#include "core/storage/journalstore.h"

#include "sqlbehind.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;

// Saved enums are pinned codes or names: reordering an enum must not change what a saved journal
// means.
class tst_JournalCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsPinned();
    void unknownCodesAreNoValue();
    void aRowWithAnUnknownCodeIsRefused();
    void decisionsAreSavedByName();
    void decisionsSavedAsNumbersStillRead();
};

void tst_JournalCodes::everyCodeIsPinned()
{
    // The codes journals hold since the first one: changing any of these strands them.
    const std::pair<OrderType, int> types[] = {{OrderType::Market, 0}, {OrderType::Limit, 1},
        {OrderType::StopLimit, 2}, {OrderType::Bracket, 3}};
    for (const auto& [value, code] : types) {
        QCOMPARE(journalCode(value), code);
        QCOMPARE(orderTypeFromJournal(code), value);
    }
    const std::pair<TimeInForce, int> times[]
        = {{TimeInForce::GoodTilCancelled, 0}, {TimeInForce::GoodTilDate, 1},
            {TimeInForce::ImmediateOrCancel, 2}, {TimeInForce::FillOrKill, 3}};
    for (const auto& [value, code] : times) {
        QCOMPARE(journalCode(value), code);
        QCOMPARE(timeInForceFromJournal(code), value);
    }
    const std::pair<OrderStatus, int> statuses[] = {{OrderStatus::New, 0},
        {OrderStatus::Submitted, 1}, {OrderStatus::Accepted, 2}, {OrderStatus::PartiallyFilled, 3},
        {OrderStatus::Filled, 4}, {OrderStatus::Cancelled, 5}, {OrderStatus::Rejected, 6},
        {OrderStatus::Expired, 7}, {OrderStatus::SubmitUnknown, 8}};
    for (const auto& [value, code] : statuses) {
        QCOMPARE(journalCode(value), code);
        QCOMPARE(orderStatusFromJournal(code), value);
    }
    const std::pair<ExitReason, int> reasons[] = {{ExitReason::Signal, 0},
        {ExitReason::StopLoss, 1}, {ExitReason::TakeProfit, 2}, {ExitReason::TrailingStop, 3},
        {ExitReason::TimeStop, 4}, {ExitReason::KillSwitch, 5}, {ExitReason::Manual, 6}};
    for (const auto& [value, code] : reasons) {
        QCOMPARE(journalCode(value), code);
        QCOMPARE(exitReasonFromJournal(code), value);
    }
}

void tst_JournalCodes::unknownCodesAreNoValue()
{
    QVERIFY(!orderTypeFromJournal(4));
    QVERIFY(!timeInForceFromJournal(-1));
    QVERIFY(!orderStatusFromJournal(9));
    QVERIFY(!exitReasonFromJournal(7));
}

void tst_JournalCodes::aRowWithAnUnknownCodeIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        JournalStore store;
        QVERIFY(store.open(path));
        Order order;
        order.clientOrderId = QStringLiteral("a");
        order.botId = QStringLiteral("bot");
        order.productId = QStringLiteral("BTC-USD");
        order.quantity = Decimal::fromInteger(1);
        order.status = OrderStatus::Filled;
        QVERIFY(store.recordOrder(order));
        QCOMPARE(store.loadOrders()->front().status, OrderStatus::Filled);
    }
    QVERIFY(Candela::Test::executeBehind(path, QStringLiteral("UPDATE orders SET status = 42")));
    JournalStore store;
    QVERIFY(store.open(path));
    const auto orders = store.loadOrders();
    QVERIFY(!orders); // never a guessed status
    QVERIFY(orders.error().message.contains(QStringLiteral("42")));
}

void tst_JournalCodes::decisionsAreSavedByName()
{
    TradeDecision decision;
    decision.kind = TradeDecision::Kind::Exit;
    decision.side = Side::Sell;
    decision.quantity = Decimal::fromInteger(2);
    decision.price = Decimal::fromInteger(100);
    decision.exitReason = ExitReason::TrailingStop;
    const QString text = decisionToText(decision);
    QCOMPARE(text, QStringLiteral("exit;SELL;2;100;trailing_stop;0;0;0"));
    const auto read = decisionFromText(text);
    QVERIFY(read);
    QCOMPARE(read->kind, TradeDecision::Kind::Exit);
    QCOMPARE(read->side, Side::Sell);
    QCOMPARE(read->exitReason, ExitReason::TrailingStop);
    QCOMPARE(read->quantity, Decimal::fromInteger(2));
    QVERIFY(!decisionFromText(QStringLiteral("hold;SELL;2;100;trailing_stop;0;0;0")));
    QVERIFY(!decisionFromText(QStringLiteral("exit;SELL;2;100;sideways;0;0;0")));
}

void tst_JournalCodes::decisionsSavedAsNumbersStillRead()
{
    // As 914c9e0 wrote an entry's decision: kind 1 (Enter), exit reason 0 (Signal).
    const auto entry
        = decisionFromText(QStringLiteral("1;BUY;0.001;107863.18;0;107863.18;104000.5;112000"));
    QVERIFY(entry);
    QCOMPARE(entry->kind, TradeDecision::Kind::Enter);
    QCOMPARE(entry->side, Side::Buy);
    QCOMPARE(entry->plan.stop, *Decimal::fromString(std::string_view("104000.5")));
    // An exit on the stop loss: kind 2, reason 1.
    const auto exit = decisionFromText(QStringLiteral("2;SELL;0.001;104000.5;1;0;0;0"));
    QVERIFY(exit);
    QCOMPARE(exit->kind, TradeDecision::Kind::Exit);
    QCOMPARE(exit->exitReason, ExitReason::StopLoss);
    QVERIFY(!decisionFromText(QStringLiteral("3;SELL;0.001;1;1;0;0;0"))); // Denied: never sent
    QVERIFY(!decisionFromText(QStringLiteral("2;SELL;0.001;1;7;0;0;0")));
}

QTEST_GUILESS_MAIN(tst_JournalCodes)
#include "tst_journalcodes.moc"

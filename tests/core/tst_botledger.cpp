#include "core/portfolio/botledger.h"

#include "decimalliteral.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

const QString Btc = QStringLiteral("BTC-USD");
int g_tradeId = 0;

Fill fill(Side side, const char* size, const char* price, const char* fee, qint64 minute = 0)
{
    Fill f;
    f.productId = Btc;
    f.tradeId = QString::number(++g_tradeId);
    f.side = side;
    f.size = dec(size);
    f.price = dec(price);
    f.fee = dec(fee);
    f.time = fromUnixSeconds(1751328000 + minute * 60);
    return f;
}

Decimal sumOf(const std::vector<ClosedTrade>& trades, Decimal ClosedTrade::*field)
{
    Decimal total;
    for (const ClosedTrade& trade : trades)
        total = *total.plus(trade.*field);
    return total;
}

} // namespace

class tst_BotLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longRoundTripIsExact();
    void fifoPartialClosesSplitFeesExactly();
    void feeSharesAlwaysAddUpToTheFeePaid();
    void shortPositionsValueAsLiabilities();
    void oversizedCloseFlipsThePosition();
    void rMultipleFromTheStopDistance();
    void refusesAFillItCannotBook();
    void extremeFillsChangeNothingOrAddUpExactly();
    void randomTradingEndsFlatWithCashEqualToStartPlusRealized();
};

// T35, hand-computed: buy 0.5 BTC at 60,000 (fee 0.6 % = 180), sell at 62,000 (fee 186).
void tst_BotLedger::longRoundTripIsExact()
{
    BotLedger ledger(QStringLiteral("scalper"), Btc, dec("100000"));
    QVERIFY(ledger.apply(fill(Side::Buy, "0.5", "60000", "180"))->empty());
    QCOMPARE(ledger.cash(), dec("69820"));
    QCOMPARE(ledger.position().quantity, dec("0.5"));
    QCOMPARE(*ledger.unrealizedPnl(dec("61000")), dec("500"));
    QCOMPARE(*ledger.equity(dec("61000")), dec("100320")); // 69,820 + 0.5 × 61,000

    const auto closed = ledger.apply(
        fill(Side::Sell, "0.5", "62000", "186", 90), {ExitReason::TakeProfit, Decimal{}});
    QVERIFY(closed);
    QCOMPARE(closed->size(), size_t(1));
    const ClosedTrade& trade = closed->front();
    QCOMPARE(trade.quantity, dec("0.5"));
    QCOMPARE(trade.entryPrice, dec("60000"));
    QCOMPARE(trade.exitPrice, dec("62000"));
    QCOMPARE(trade.fees, dec("366"));
    QCOMPARE(trade.pnl, dec("634")); // 1,000 − 366
    QCOMPARE(trade.exitReason, ExitReason::TakeProfit);
    QCOMPARE(trade.exitTime - trade.entryTime, std::chrono::microseconds(std::chrono::minutes(90)));
    QCOMPARE(ledger.cash(), dec("100634"));
    QVERIFY(ledger.position().isFlat());
    QCOMPARE(ledger.realizedPnl(), dec("634"));
}

// T35: two lots, closed across three fills; every figure worked out by hand.
void tst_BotLedger::fifoPartialClosesSplitFeesExactly()
{
    BotLedger ledger(QStringLiteral("b"), Btc, dec("1000"));
    QVERIFY(ledger.apply(fill(Side::Buy, "1", "100", "0.6")));
    QVERIFY(ledger.apply(fill(Side::Buy, "1", "110", "0.66")));
    QCOMPARE(ledger.position().averageEntryPrice, dec("105"));
    const auto first = ledger.apply(fill(Side::Sell, "1.5", "120", "1.08"));
    QVERIFY(first);
    QCOMPARE(first->size(), size_t(2));
    QCOMPARE(first->at(0).quantity, dec("1"));
    QCOMPARE(first->at(0).fees, dec("1.32")); // 0.6 + 1.08 × 1/1.5
    QCOMPARE(first->at(0).pnl, dec("18.68"));
    QCOMPARE(first->at(1).quantity, dec("0.5"));
    QCOMPARE(first->at(1).entryPrice, dec("110"));
    QCOMPARE(first->at(1).fees, dec("0.69")); // 0.66 × 0.5 + the rest of 1.08
    QCOMPARE(first->at(1).pnl, dec("4.31"));
    const auto second = ledger.apply(fill(Side::Sell, "0.5", "105", "0.315"));
    QCOMPARE(second->front().fees, dec("0.645")); // 0.33 left on the lot + 0.315
    QCOMPARE(second->front().pnl, dec("-3.145"));
    QCOMPARE(ledger.realizedPnl(), dec("19.845"));
    QCOMPARE(ledger.feesPaid(), dec("2.655"));
    QCOMPARE(ledger.cash(), dec("1019.845"));
}

void tst_BotLedger::feeSharesAlwaysAddUpToTheFeePaid()
{
    BotLedger ledger(QStringLiteral("b"), Btc, dec("1000"));
    QVERIFY(ledger.apply(fill(Side::Buy, "3", "10", "0.01")));
    std::vector<ClosedTrade> trades;
    for (int i = 0; i < 3; ++i) {
        const auto closed = ledger.apply(fill(Side::Sell, "1", "10", "0.01"));
        trades.insert(trades.end(), closed->begin(), closed->end());
    }
    // 0.01 / 3 does not divide; the last share takes the remainder.
    QCOMPARE(sumOf(trades, &ClosedTrade::fees), dec("0.04"));
    QCOMPARE(sumOf(trades, &ClosedTrade::pnl), dec("-0.04"));
    QCOMPARE(ledger.cash(), dec("999.96"));
}

void tst_BotLedger::shortPositionsValueAsLiabilities()
{
    BotLedger ledger(QStringLiteral("b"), Btc, dec("1000"));
    QVERIFY(ledger.apply(fill(Side::Sell, "2", "50", "0.1")));
    QCOMPARE(ledger.position().quantity, dec("-2"));
    QCOMPARE(ledger.position().direction(), std::optional<Side>(Side::Sell));
    QCOMPARE(*ledger.unrealizedPnl(dec("48")), dec("4"));
    QCOMPARE(*ledger.equity(dec("48")), dec("1003.9")); // 1,099.9 cash − 96 owed
    const auto closed = ledger.apply(fill(Side::Buy, "2", "45", "0.09"));
    QCOMPARE(closed->front().side, Side::Sell);
    QCOMPARE(closed->front().pnl, dec("9.81"));
    QCOMPARE(ledger.cash(), dec("1009.81"));
}

void tst_BotLedger::oversizedCloseFlipsThePosition()
{
    BotLedger ledger(QStringLiteral("b"), Btc, dec("1000"));
    QVERIFY(ledger.apply(fill(Side::Buy, "1", "100", "0")));
    const auto closed = ledger.apply(fill(Side::Sell, "3", "101", "0.3"));
    QCOMPARE(closed->size(), size_t(1));
    QCOMPARE(closed->front().pnl, dec("0.9")); // 1 − 0.1 of the fee
    QCOMPARE(ledger.position().quantity, dec("-2"));
    QCOMPARE(ledger.position().averageEntryPrice, dec("101"));
}

void tst_BotLedger::rMultipleFromTheStopDistance()
{
    BotLedger ledger(QStringLiteral("b"), Btc, dec("1000"));
    QVERIFY(ledger.apply(fill(Side::Buy, "1", "100", "0"), {ExitReason::Signal, dec("2")}));
    const auto closed = ledger.apply(fill(Side::Sell, "1", "104", "0"));
    QCOMPARE(closed->front().rMultiple, std::optional<double>(2.0));
    QVERIFY(ledger.apply(fill(Side::Buy, "1", "100", "0")));
    QVERIFY(!ledger.apply(fill(Side::Sell, "1", "99", "0"))->front().rMultiple);
}

void tst_BotLedger::refusesAFillItCannotBook()
{
    BotLedger ledger(QStringLiteral("b"), Btc, dec("1000"));
    Fill other = fill(Side::Buy, "1", "100", "0");
    other.productId = QStringLiteral("ETH-USD");
    QVERIFY(!ledger.apply(other));
    QVERIFY(!ledger.apply(fill(Side::Buy, "0", "100", "0")));
    QVERIFY(!ledger.apply(fill(Side::Buy, "1", "100", "-1")));
    // An overflowing fill leaves everything as it was.
    QVERIFY(!ledger.apply(fill(Side::Buy, "1000000000", "1000000000000", "0")));
    QCOMPARE(ledger.cash(), dec("1000"));
    QVERIFY(ledger.position().isFlat());
}

void tst_BotLedger::extremeFillsChangeNothingOrAddUpExactly()
{
    // Near the edge of the Decimal range (|v| < 10^19): every fill either books exactly or is
    // refused whole, leaving the cash, the fees, the realized P&L and the position untouched.
    BotLedger ledger(QStringLiteral("b"), Btc, dec("9000000000000000000"));
    QVERIFY(ledger.apply(fill(Side::Buy, "1", "1000000000000000000", "1")));
    QCOMPARE(ledger.cash(), dec("7999999999999999999"));
    // A sale at 3 × 10^18 would take the cash to 10^19 + … : refused, nothing moves.
    const auto beyond = ledger.apply(fill(Side::Sell, "1", "3000000000000000000", "0"));
    QVERIFY(!beyond);
    QCOMPARE(beyond.error().code, ErrorCode::Overflow);
    QCOMPARE(ledger.cash(), dec("7999999999999999999"));
    QCOMPARE(ledger.feesPaid(), dec("1"));
    QCOMPARE(ledger.realizedPnl(), Decimal{});
    QCOMPARE(ledger.position().quantity, dec("1"));
    QCOMPARE(ledger.position().averageEntryPrice, dec("1000000000000000000"));
    // The fee itself past the range: refused too.
    QVERIFY(!ledger.apply(fill(Side::Sell, "1", "1", "9999999999999999999")));
    QCOMPARE(ledger.feesPaid(), dec("1"));
    // A second lot whose cost would put the position's total past the range: refused, although
    // each lot alone is in range (the average entry price must stay exact).
    QVERIFY(!ledger.apply(fill(Side::Buy, "9", "1000000000000000000", "0")));
    QCOMPARE(ledger.position().quantity, dec("1"));
    // The same ledger still books an ordinary exit, to the unit.
    const auto closed = ledger.apply(fill(Side::Sell, "1", "1000000000000000001", "1"));
    QVERIFY(closed);
    QCOMPARE(closed->size(), size_t(1));
    QCOMPARE(closed->front().pnl, dec("-1")); // +1 move, 2 of fees
    QCOMPARE(ledger.cash(), dec("8999999999999999999"));
    QVERIFY(ledger.isFlat());
    // Tiny prices and sizes at 18 decimals book exactly as well.
    BotLedger tiny(QStringLiteral("t"), Btc, dec("1"));
    QVERIFY(tiny.apply(fill(Side::Buy, "0.000000000000000001", "0.000000000000000001", "0")));
    QCOMPARE(tiny.cash(), dec("1")); // 10^-36 rounds to nothing at 18 decimals
    QCOMPARE(tiny.position().quantity, dec("0.000000000000000001"));
    // Zero and negative sizes and prices are refused.
    QVERIFY(!tiny.apply(fill(Side::Sell, "-1", "1", "0")));
    QVERIFY(!tiny.apply(fill(Side::Sell, "1", "0", "0")));
    QVERIFY(!tiny.apply(fill(Side::Sell, "1", "-1", "0")));
}

void tst_BotLedger::randomTradingEndsFlatWithCashEqualToStartPlusRealized()
{
    QRandomGenerator random(20261121);
    BotLedger ledger(QStringLiteral("b"), Btc, dec("50000"));
    std::vector<ClosedTrade> trades;
    const auto decimal = [&](int maxUnits, int scale) {
        const qint64 units = 1 + random.bounded(maxUnits);
        return *Decimal::fromInteger(units).dividedBy(
            Decimal::fromInteger(qint64(std::pow(10, scale))), scale, RoundingMode::Down);
    };
    for (int i = 0; i < 500; ++i) {
        Fill f;
        f.productId = Btc;
        f.side = random.bounded(2) ? Side::Buy : Side::Sell;
        f.size = decimal(100000, 8);
        f.price = decimal(7000000, 2);
        f.fee = *f.size.times(f.price)
                     ->times(dec("0.006"))
                     ->roundedToIncrement(dec("0.00000001"), RoundingMode::HalfEven);
        f.time = fromUnixSeconds(1751328000 + i);
        const auto closed = ledger.apply(f);
        QVERIFY(closed);
        trades.insert(trades.end(), closed->begin(), closed->end());
        // Equity is always cash plus the position valued at the mark.
        const Decimal mark = f.price;
        QCOMPARE(
            *ledger.equity(mark), *ledger.cash().plus(*ledger.position().quantity.times(mark)));
    }
    // Close whatever is open, then: cash = start + Σ realized, exactly.
    const Position open = ledger.position();
    if (!open.isFlat()) {
        Fill f;
        f.productId = Btc;
        f.side = open.quantity.isPositive() ? Side::Sell : Side::Buy;
        f.size = open.quantity.abs();
        f.price = dec("65000");
        f.fee = dec("1.5");
        const auto closed = ledger.apply(f);
        trades.insert(trades.end(), closed->begin(), closed->end());
    }
    QVERIFY(ledger.position().isFlat());
    QCOMPARE(sumOf(trades, &ClosedTrade::pnl), ledger.realizedPnl());
    QCOMPARE(sumOf(trades, &ClosedTrade::fees), ledger.feesPaid());
    QCOMPARE(ledger.cash(), *dec("50000").plus(ledger.realizedPnl()));
}

QTEST_GUILESS_MAIN(tst_BotLedger)
#include "tst_botledger.moc"

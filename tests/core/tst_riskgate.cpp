#include "core/risk/riskgate.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

Q_DECLARE_METATYPE(Candela::Core::DenialReason)

namespace {

Product btcUsd()
{
    Product p;
    p.id = QStringLiteral("BTC-USD");
    p.baseIncrement = dec("0.00000001");
    p.quoteIncrement = dec("0.01");
    p.priceIncrement = dec("0.01");
    p.baseMinSize = dec("0.00000001");
    return p;
}

RiskContext calm()
{
    RiskContext c;
    c.equity = dec("10000");
    c.dayStartEquity = dec("10000");
    c.highWaterMark = dec("10000");
    c.lastPrice = dec("60000");
    c.swingLow = dec("59000");
    c.swingHigh = dec("61000");
    c.atr = dec("500");
    return c;
}

} // namespace

class tst_RiskGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesStopsAndTargetsByHand();
    void atrStopsUseTheMultiple();
    void deniesWithTypedReasonsAndNumbers_data();
    void deniesWithTypedReasonsAndNumbers();
    void cooldownDoublesAfterTwoLossesInARow();
    void volumeMakesABigMoveLegitimate();
    void limitsAreComparedExactly();
    void stopDistancesAreComparedExactly();
    void figuresBeyondTheRangeAreRefusedAsSuch();
};

// Swing stop 0.2 % below 59,000 = 58,882; distance 1,118 (1.86 %). 1 % risk would buy 0.0894
// BTC, but 5 % of equity caps the position at 500 / 60,000 = 0.00833333 BTC. Target at 2R.
void tst_RiskGate::sizesStopsAndTargetsByHand()
{
    const auto result = RiskGate().evaluate(Side::Buy, btcUsd(), calm());
    QVERIFY(std::holds_alternative<OrderPlan>(result));
    const OrderPlan& plan = std::get<OrderPlan>(result);
    QCOMPARE(plan.stop, dec("58882"));
    QCOMPARE(plan.quantity, dec("0.00833333"));
    QCOMPARE(plan.target, dec("62236"));
    QCOMPARE(plan.riskAmount, dec("9.31666294"));
    QCOMPARE(plan.entry, dec("60000"));

    RiskPolicy loose;
    loose.maxPositionFraction = dec("1");
    const OrderPlan full
        = std::get<OrderPlan>(RiskGate(loose).evaluate(Side::Buy, btcUsd(), calm()));
    QCOMPARE(full.quantity, dec("0.08944543")); // 100 / 1,118, down to the step
}

void tst_RiskGate::atrStopsUseTheMultiple()
{
    RiskPolicy policy;
    policy.stopMethod = RiskPolicy::StopMethod::Atr;
    const OrderPlan plan
        = std::get<OrderPlan>(RiskGate(policy).evaluate(Side::Buy, btcUsd(), calm()));
    QCOMPARE(plan.stop, dec("59250")); // 1.5 × 500 below
    QCOMPARE(plan.target, dec("61500"));
}

void tst_RiskGate::deniesWithTypedReasonsAndNumbers_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<DenialReason>("reason");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("limit");

    QTest::newRow("halted") << 0 << DenialReason::KillSwitch << "0"
                            << "0";
    QTest::newRow("stale") << 1 << DenialReason::DataStale << "0"
                           << "0";
    QTest::newRow("resyncing") << 2 << DenialReason::DataResyncing << "0"
                               << "0";
    QTest::newRow("outlier") << 3 << DenialReason::OutlierTick << "0.2"
                             << "0.1";
    QTest::newRow("daily loss") << 4 << DenialReason::DailyLossLimit << "0.02"
                                << "0.02";
    QTest::newRow("drawdown") << 5 << DenialReason::MaxDrawdown << "0.10714286"
                              << "0.1";
    QTest::newRow("per hour") << 6 << DenialReason::TradesPerHour << "3"
                              << "3";
    QTest::newRow("per day") << 7 << DenialReason::TradesPerDay << "10"
                             << "10";
    QTest::newRow("short") << 8 << DenialReason::ShortsNotAllowed << "0"
                           << "0";
    QTest::newRow("no swing") << 9 << DenialReason::NoStop << "0"
                              << "0";
    QTest::newRow("tight") << 10 << DenialReason::StopTooTight << "0.00366333"
                           << "0.005";
    QTest::newRow("wide") << 11 << DenialReason::StopTooWide << "0.05190000"
                          << "0.03";
    QTest::newRow("below minimum") << 12 << DenialReason::SizeBelowMinimum << "0.00833333"
                                   << "0.01";
}

void tst_RiskGate::deniesWithTypedReasonsAndNumbers()
{
    QFETCH(int, scenario);
    QFETCH(DenialReason, reason);
    QFETCH(QString, value);
    QFETCH(QString, limit);
    RiskContext c = calm();
    Product product = btcUsd();
    Side side = Side::Buy;
    switch (scenario) {
    case 0:
        c.killSwitch = KillSwitchState::Halted;
        break;
    case 1:
        c.health = DataHealth::Stale;
        break;
    case 2:
        c.health = DataHealth::Resyncing;
        break;
    case 3:
        c.previousPrice = dec("50000");
        break; // +20 % with no volume
    case 4:
        c.equity = dec("9800");
        break;
    case 5:
        c.highWaterMark = dec("11200");
        break;
    case 6:
        c.tradesLastHour = 3;
        break;
    case 7:
        c.tradesToday = 10;
        break;
    case 8:
        side = Side::Sell;
        break;
    case 9:
        c.swingLow.reset();
        break;
    case 10:
        c.swingLow = dec("59900");
        break;
    case 11:
        c.swingLow = dec("57000");
        break;
    case 12:
        product.baseMinSize = dec("0.01");
        break;
    }
    const auto result = RiskGate().evaluate(side, product, c);
    QVERIFY(std::holds_alternative<Denial>(result));
    const Denial& denial = std::get<Denial>(result);
    QCOMPARE(denial.reason, reason);
    QCOMPARE(denial.value, dec(value));
    QCOMPARE(denial.limit, dec(limit));
}

void tst_RiskGate::cooldownDoublesAfterTwoLossesInARow()
{
    RiskContext c = calm();
    c.consecutiveLosses = 1;
    c.barsSinceLastLoss = 3;
    auto result = RiskGate().evaluate(Side::Buy, btcUsd(), c);
    QCOMPARE(std::get<Denial>(result).reason, DenialReason::CooldownAfterLoss);
    QCOMPARE(std::get<Denial>(result).barsLeft, 2);
    c.consecutiveLosses = 2;
    c.barsSinceLastLoss = 7;
    result = RiskGate().evaluate(Side::Buy, btcUsd(), c);
    QCOMPARE(std::get<Denial>(result).barsLeft, 3); // 10 bars after two losses
    c.barsSinceLastLoss = 10;
    QVERIFY(std::holds_alternative<OrderPlan>(RiskGate().evaluate(Side::Buy, btcUsd(), c)));
    c.consecutiveLosses = 5; // doubled once, not for every further loss
    QVERIFY(std::holds_alternative<OrderPlan>(RiskGate().evaluate(Side::Buy, btcUsd(), c)));
    c.barsSinceLastLoss = 9;
    QCOMPARE(std::get<Denial>(RiskGate().evaluate(Side::Buy, btcUsd(), c)).barsLeft, 1);
}

void tst_RiskGate::volumeMakesABigMoveLegitimate()
{
    RiskContext c = calm();
    c.previousPrice = dec("50000");
    c.lastVolume = dec("12.5");
    QVERIFY(std::holds_alternative<OrderPlan>(RiskGate().evaluate(Side::Buy, btcUsd(), c)));
    QCOMPARE(QString::fromLatin1(denialReasonName(DenialReason::DailyLossLimit)),
        QStringLiteral("daily_loss_limit"));
}

// A loss a hair under the limit is under it, even where its fraction rounded to 8 decimals
// (the reported figure) would show the limit itself; at the limit it is refused.
void tst_RiskGate::limitsAreComparedExactly()
{
    RiskContext c = calm();
    c.dayStartEquity = dec("100000000");
    c.highWaterMark = c.dayStartEquity;
    c.equity = dec("98000000.1"); // down 0.019999999: "0.02000000" to 8 decimals
    QVERIFY(std::holds_alternative<OrderPlan>(RiskGate().evaluate(Side::Buy, btcUsd(), c)));
    c.equity = dec("98000000");
    const auto refused = RiskGate().evaluate(Side::Buy, btcUsd(), c);
    QVERIFY(std::holds_alternative<Denial>(refused));
    QCOMPARE(std::get<Denial>(refused).reason, DenialReason::DailyLossLimit);
    QCOMPARE(std::get<Denial>(refused).value, dec("0.02"));
}

// On a product with a fine tick, a stop a hair closer than the 0.5 % minimum is too tight, even
// though its distance rounded to 8 decimals (the reported figure) shows 0.5 % itself.
void tst_RiskGate::stopDistancesAreComparedExactly()
{
    Product fine = btcUsd();
    fine.priceIncrement = dec("0.0001");
    RiskPolicy noFees; // (with fees, so small a risk on a capped position would be refused)
    noFees.takerFeeRate = dec("0");
    const RiskGate gate(noFees);
    RiskContext c = calm(); // entry 60,000: the minimum distance is 300
    c.swingLow = dec("59819.6394"); // 0.2 % below: 59,700.0001 on the tick, 299.9999 away
    const auto tight = gate.evaluate(Side::Buy, fine, c);
    QVERIFY(std::holds_alternative<Denial>(tight));
    QCOMPARE(std::get<Denial>(tight).reason, DenialReason::StopTooTight);
    QCOMPARE(std::get<Denial>(tight).value, dec("0.005"));
    c.swingLow = dec("59819.6392"); // 59,699.9999: 300.0001 away
    const auto planned = gate.evaluate(Side::Buy, fine, c);
    QVERIFY(std::holds_alternative<OrderPlan>(planned));
    QCOMPARE(std::get<OrderPlan>(planned).stop, dec("59699.9999"));
}

// A figure the gate works out that leaves the Decimal range refuses the entry with its own
// reason, never sizing on a zero in its place: before, a leverage cap past the range sized
// nothing ("size below minimum") and a loss past the range counted as no loss at all.
void tst_RiskGate::figuresBeyondTheRangeAreRefusedAsSuch()
{
    const auto reasonOf = [](const RiskContext& c) {
        const auto verdict = RiskGate().evaluate(Side::Buy, btcUsd(), c);
        return std::holds_alternative<Denial>(verdict)
            ? std::optional(std::get<Denial>(verdict).reason)
            : std::nullopt;
    };
    RiskContext rich = calm();
    rich.equity = dec("9000000000000000000"); // × 8 (the leverage cap) is past 10^19
    rich.dayStartEquity = rich.equity;
    rich.highWaterMark = rich.equity;
    QCOMPARE(reasonOf(rich), std::optional(DenialReason::ArithmeticError));
    rich.equity = dec("1000000000000000000"); // × 8 fits: sized and planned
    rich.dayStartEquity = rich.equity;
    rich.highWaterMark = rich.equity;
    QCOMPARE(reasonOf(rich), std::nullopt);

    // A loss past the range: the day started at 9·10^18, equity is now −9·10^18.
    RiskContext ruined = calm();
    ruined.dayStartEquity = dec("9000000000000000000");
    ruined.highWaterMark = ruined.dayStartEquity;
    ruined.equity = dec("-9000000000000000000");
    QCOMPARE(reasonOf(ruined), std::optional(DenialReason::ArithmeticError));
    ruined.equity = dec("-500000000000000000"); // a loss of 9.5·10^18: the daily loss limit
    QCOMPARE(reasonOf(ruined), std::optional(DenialReason::DailyLossLimit));

    // A target past the range: the price is near the edge and the reward 2R above it.
    RiskContext edge = calm();
    edge.lastPrice = dec("9900000000000000000");
    edge.swingLow = dec("9800000000000000000");
    edge.equity = dec("9000000000000000000");
    edge.dayStartEquity = edge.equity;
    edge.highWaterMark = edge.equity;
    RiskPolicy unlevered;
    unlevered.maxLeverage = dec("1");
    unlevered.maxStopDistance = dec("0.5");
    const auto verdict = RiskGate(unlevered).evaluate(Side::Buy, btcUsd(), edge);
    QVERIFY(std::holds_alternative<Denial>(verdict));
    QCOMPARE(std::get<Denial>(verdict).reason, DenialReason::ArithmeticError);
    QCOMPARE(denialReasonName(DenialReason::ArithmeticError), "arithmetic_error");
}

QTEST_GUILESS_MAIN(tst_RiskGate)
#include "tst_riskgate.moc"

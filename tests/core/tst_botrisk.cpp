#include "core/risk/accountlimits.h"
#include "core/risk/botrisk.h"
#include "core/risk/riskpolicyjson.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

constexpr qint64 Day0 = 1751328000; // 2025-07-01 00:00 UTC
constexpr qint64 FiveMinutes = 300;

Candle bar(qint64 start, const char* open, const char* high, const char* low, const char* close)
{
    return Candle{fromUnixSeconds(start), dec(open), dec(high), dec(low), dec(close), dec("1")};
}

// A calm bar around 100: true range 1, so the ATR settles at 1 and a 1.5-ATR stop sits 1.5 %
// under the close.
Candle calm(qint64 start)
{
    return bar(start, "100", "100.5", "99.5", "100");
}

RiskPolicy policy(const QJsonObject& risk)
{
    auto parsed = riskPolicyFromJson(risk);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return *parsed;
}

BotRisk atrRisk(QJsonObject risk = {})
{
    risk.insert(QStringLiteral("stop"), QStringLiteral("atr"));
    return BotRisk(policy(risk), Product::spotDefaults(QStringLiteral("BTC-USD")),
        Timeframe::FiveMinutes, Decimal{});
}

qint64 closeOf(qint64 start)
{
    return start + FiveMinutes;
}

// Feeds calm bars from `start` on, `count` of them, flat and without intents.
qint64 warmUp(BotRisk& risk, qint64 start, int count, const Decimal& equity)
{
    for (int i = 0; i < count; ++i, start += FiveMinutes)
        risk.onClosedBar(calm(start), fromUnixSeconds(closeOf(start)), std::nullopt, {}, equity);
    return start;
}

TradeDecision buyOn(
    BotRisk& risk, qint64 start, const Decimal& equity, RiskConditions conditions = {})
{
    return risk.onClosedBar(
        calm(start), fromUnixSeconds(closeOf(start)), Action::Buy, {}, equity, conditions);
}

} // namespace

class tst_BotRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swingDetectorFindsFractals();
    void slowSwingsComeFromFourHourBars();
    void protectionSurvivesItsText();
    void riskSectionLayersOverTheDefaults();
    void riskSectionListsEveryProblem();
    void entryIsSizedByRisk();
    void dailyLossBreakerStopsEntriesUntilTheNextDay();
    void tradesPerHourAreCounted();
    void staleDataAndTheKillSwitchRefuse();
    void trailingStopFollowsTheClose();
    void slippageBreakerPausesEntries();
    void minimumHoldDelaysTheSignalExit();
    void historyBeforeTheEntryDoesNotManageIt();
    void stopOutsLockTheBot();
    void accountLimitsHoldAcrossBots();
    void accountDrawdownFollowsANewHigh();
    void accountLossBeyondTheRangeRefusesEntries();
    void accountLimitsAnswerAnewAfterAPolicyChangeOrARelease();
    void aBarClosingAtMidnightBelongsToTheOldDay();
};

void tst_BotRisk::swingDetectorFindsFractals()
{
    SwingDetector swings(2);
    const char* lowPrices[] = {"10", "9", "8", "9", "10"};
    const char* highs[] = {"11", "12", "13", "12", "11"};
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!swings.nearestLowBelow(dec("100"))); // known two bars after the swing bar
        swings.add(Candle{fromUnixSeconds(i * 60), dec(lowPrices[i]), dec(highs[i]),
            dec(lowPrices[i]), dec(lowPrices[i]), dec("1")});
    }
    QCOMPARE(*swings.nearestLowBelow(dec("100")), dec("8"));
    QVERIFY(!swings.nearestLowBelow(dec("8"))); // a broken swing is no stop
    QCOMPARE(*swings.nearestHighAbove(dec("12.5")), dec("13"));
    QVERIFY(!swings.nearestHighAbove(dec("13")));
    // Long only: the same lows, no highs.
    SwingDetector lows(2, SwingDetector::Sides::LowsOnly);
    for (int i = 0; i < 5; ++i)
        lows.add(Candle{fromUnixSeconds(i * 60), dec(lowPrices[i]), dec(highs[i]),
            dec(lowPrices[i]), dec(lowPrices[i]), dec("1")});
    QCOMPARE(*lows.nearestLowBelow(dec("100")), dec("8"));
    QVERIFY(!lows.nearestHighAbove(dec("12.5")));
    // An equal neighbour is not a swing.
    SwingDetector flat(1);
    for (int i = 0; i < 3; ++i)
        flat.add(bar(i * 60, "5", "6", "4", "5"));
    QVERIFY(!flat.nearestLowBelow(dec("100")));
}

void tst_BotRisk::slowSwingsComeFromFourHourBars()
{
    // Three 4-hour buckets of 5-minute bars, the middle one dipping to 90 once: the 4h swing
    // low is 90, known when the fourth bucket's first bar shows the third bucket complete.
    SlowSwings slow(std::chrono::hours(4), 1);
    const qint64 bucket = 4 * 3600;
    for (qint64 t = 0; t < 3 * bucket; t += FiveMinutes)
        slow.add(t == bucket + 600 ? bar(Day0 + t, "100", "100", "90", "100")
                                   : bar(Day0 + t, "100", "101", "99", "100"));
    QVERIFY(!slow.swings().nearestLowBelow(dec("100")));
    slow.add(bar(Day0 + 3 * bucket, "100", "101", "99", "100"));
    QCOMPARE(*slow.swings().nearestLowBelow(dec("100")), dec("90"));
}

void tst_BotRisk::protectionSurvivesItsText()
{
    Protection p;
    p.entry = dec("65000.5");
    p.stop = dec("64000");
    p.initialStop = dec("63500.25");
    p.target = dec("68000");
    p.openedAt = fromUnixSeconds(Day0) + std::chrono::microseconds(7);
    p.trailed = true;
    QCOMPARE(Protection::fromText(p.toText()), std::optional<Protection>(p));
    QVERIFY(!Protection::fromText(QString()));
    QVERIFY(!Protection::fromText(QStringLiteral("{\"entry\":\"x\"}")));
}

void tst_BotRisk::riskSectionLayersOverTheDefaults()
{
    RiskPolicy defaults;
    defaults.dailyLossLimit = dec("0.05"); // the user's default
    const auto parsed = riskPolicyFromJson(QJsonObject{{QStringLiteral("risk_percent"), 2},
                                               {QStringLiteral("stop"), QStringLiteral("atr")},
                                               {QStringLiteral("time_stop_hours"), 24}},
        defaults);
    QVERIFY(parsed);
    QCOMPARE(parsed->riskFraction, dec("0.02"));
    QCOMPARE(parsed->stopMethod, RiskPolicy::StopMethod::Atr);
    QCOMPARE(parsed->timeStop, std::chrono::hours(24));
    QCOMPARE(parsed->dailyLossLimit, dec("0.05")); // not in the section: the default
    QCOMPARE(parsed->maxTradesPerHour, 3);
    // Written out and read back: the same policy.
    const auto again = riskPolicyFromJson(riskPolicyToJson(*parsed));
    QVERIFY(again);
    QCOMPARE(again->riskFraction, parsed->riskFraction);
    QCOMPARE(again->dailyLossLimit, parsed->dailyLossLimit);
    QCOMPARE(again->timeStop, parsed->timeStop);
    QCOMPARE(again->stopMethod, parsed->stopMethod);
    QCOMPARE(again->maxStopDistance, parsed->maxStopDistance);
}

void tst_BotRisk::riskSectionListsEveryProblem()
{
    const auto parsed = riskPolicyFromJson(QJsonObject{{QStringLiteral("risk_percent"), 150},
        {QStringLiteral("stop"), QStringLiteral("fixed")}, {QStringLiteral("bogus"), 1},
        {QStringLiteral("trades_per_hour"), 2.5}});
    QVERIFY(!parsed);
    const QStringList lines = parsed.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.contains(QStringLiteral("risk.bogus: unknown key")));
    QVERIFY(
        lines.contains(QStringLiteral("risk.risk_percent: must be between 0 and 100, not 150")));
    QVERIFY(lines.contains(QStringLiteral("risk.stop: must be \"swing\" or \"atr\"")));
    QVERIFY(lines.contains(
        QStringLiteral("risk.trades_per_hour: must be a whole number from 0 to 1000")));
    QVERIFY(!riskPolicyFromJson(QJsonObject{{QStringLiteral("min_stop_percent"), 4}}));
}

// ATR 1 on calm bars at 100: stop 100 − 1.5 = 98.50, target 100 + 2 × 1.5 = 103. Risk 1 % of
// 10,000 = 100 buys 66.67, capped by the 5 % position limit: 500 / 100 = 5.
void tst_BotRisk::entryIsSizedByRisk()
{
    BotRisk risk = atrRisk();
    const Decimal equity = dec("10000");
    const qint64 next = warmUp(risk, Day0, 20, equity);
    const TradeDecision d = buyOn(risk, next, equity);
    QCOMPARE(d.kind, TradeDecision::Kind::Enter);
    QCOMPARE(d.plan.stop, dec("98.5"));
    QCOMPARE(d.plan.target, dec("103"));
    QCOMPARE(d.quantity, dec("5"));
    QCOMPARE(d.plan.riskAmount, dec("7.5"));
    // The bot's position size caps it further.
    BotRisk capped(policy({{QStringLiteral("stop"), QStringLiteral("atr")}}),
        Product::spotDefaults(QStringLiteral("BTC-USD")), Timeframe::FiveMinutes, dec("0.25"));
    const TradeDecision small = buyOn(capped, warmUp(capped, Day0, 20, equity), equity);
    QCOMPARE(small.quantity, dec("0.25"));
    QCOMPARE(small.plan.riskAmount, dec("0.375"));
}

// T12: 2 % down on the day stops new entries with the numbers; the next UTC day starts from
// the equity the day ended with, and entries are allowed again.
void tst_BotRisk::dailyLossBreakerStopsEntriesUntilTheNextDay()
{
    BotRisk risk = atrRisk();
    qint64 next = warmUp(risk, Day0, 20, dec("10000"));
    const TradeDecision denied = buyOn(risk, next, dec("9790"));
    QCOMPARE(denied.kind, TradeDecision::Kind::Denied);
    QCOMPARE(denied.denial.reason, DenialReason::DailyLossLimit);
    QCOMPARE(denied.denial.value, dec("0.021"));
    QCOMPARE(denied.denial.limit, dec("0.02"));
    // Later the same day, still down: still refused.
    next = warmUp(risk, next + FiveMinutes, 100, dec("9790"));
    QCOMPARE(buyOn(risk, next, dec("9790")).denial.reason, DenialReason::DailyLossLimit);
    // The next day.
    const qint64 tomorrow = Day0 + 86400;
    warmUp(risk, next + FiveMinutes, int((tomorrow - next) / FiveMinutes) - 1, dec("9790"));
    QCOMPARE(buyOn(risk, tomorrow, dec("9790")).kind, TradeDecision::Kind::Enter);
}

void tst_BotRisk::tradesPerHourAreCounted()
{
    BotRisk risk = atrRisk({{QStringLiteral("trades_per_day"), 4}});
    const Decimal equity = dec("10000");
    qint64 next = warmUp(risk, Day0 + 3600, 20, equity);
    for (int i = 0; i < 3; ++i)
        risk.noteEntry(fromUnixSeconds(closeOf(next) - 600 + i));
    const TradeDecision denied = buyOn(risk, next, equity);
    QCOMPARE(denied.denial.reason, DenialReason::TradesPerHour);
    QCOMPARE(denied.denial.value, dec("3"));
    next = warmUp(risk, next + FiveMinutes, 11, equity);
    QCOMPARE(buyOn(risk, next, equity).kind, TradeDecision::Kind::Enter); // an hour on
    risk.noteEntry(fromUnixSeconds(closeOf(next)));
    next = warmUp(risk, next + FiveMinutes, 13, equity);
    QCOMPARE(buyOn(risk, next, equity).denial.reason, DenialReason::TradesPerDay);
}

void tst_BotRisk::staleDataAndTheKillSwitchRefuse()
{
    BotRisk risk = atrRisk();
    const Decimal equity = dec("10000");
    const qint64 next = warmUp(risk, Day0, 20, equity);
    QCOMPARE(buyOn(risk, next, equity, {DataHealth::Stale, KillSwitchState::Active}).denial.reason,
        DenialReason::DataStale);
    QCOMPARE(
        buyOn(risk, next + FiveMinutes, equity, {DataHealth::Resyncing, KillSwitchState::Active})
            .denial.reason,
        DenialReason::DataResyncing);
    QCOMPARE(
        buyOn(risk, next + 2 * FiveMinutes, equity, {DataHealth::Live, KillSwitchState::Halted})
            .denial.reason,
        DenialReason::KillSwitch);
}

// Trailing 1.5 ATR under the close: the stop rises with the closes and never falls; hit, the
// exit says "trailing stop".
void tst_BotRisk::trailingStopFollowsTheClose()
{
    BotRisk risk = atrRisk({{QStringLiteral("trailing_atr"), 1.5},
        {QStringLiteral("breakeven_at"), 0}, {QStringLiteral("reward_to_risk"), 10}});
    const Decimal equity = dec("10000");
    qint64 t = warmUp(risk, Day0, 20, equity);
    const TradeDecision entry = buyOn(risk, t, equity);
    QCOMPARE(entry.kind, TradeDecision::Kind::Enter);
    risk.onFilled(entry, dec("100"), {}, fromUnixSeconds(closeOf(t)));
    QCOMPARE(risk.protection()->stop, dec("98.5"));
    const Decimal open = entry.quantity;
    // Up 2: ATR still ≈ 1 (each bar's range 1), so the stop trails to about 102 − 1.5.
    t += FiveMinutes;
    QCOMPARE(risk.onClosedBar(bar(t, "101.5", "102.5", "101.5", "102"), fromUnixSeconds(closeOf(t)),
                     std::nullopt, open, equity)
                 .kind,
        TradeDecision::Kind::None);
    const Decimal raised = risk.protection()->stop;
    QVERIFY(raised > dec("100.3") && raised < dec("100.5"));
    QVERIFY(risk.protection()->trailed);
    // Down a little, above the stop: the stop stays.
    t += FiveMinutes;
    risk.onClosedBar(bar(t, "102", "102", "101", "101.2"), fromUnixSeconds(closeOf(t)),
        std::nullopt, open, equity);
    QCOMPARE(risk.protection()->stop, raised);
    // Through it.
    t += FiveMinutes;
    const TradeDecision exit = risk.onClosedBar(bar(t, "101", "101", "99", "99.5"),
        fromUnixSeconds(closeOf(t)), std::nullopt, open, equity);
    QCOMPARE(exit.kind, TradeDecision::Kind::Exit);
    QCOMPARE(exit.exitReason, ExitReason::TrailingStop);
    QCOMPARE(exit.price, raised);
    QCOMPARE(exit.quantity, open);
}

void tst_BotRisk::slippageBreakerPausesEntries()
{
    BotRisk risk = atrRisk();
    const Decimal equity = dec("10000");
    qint64 t = warmUp(risk, Day0, 20, equity);
    TradeDecision entry = buyOn(risk, t, equity);
    // Filled 2 % over the price it was sent at, then closed flat at once.
    risk.onFilled(entry, dec("102"), {}, fromUnixSeconds(closeOf(t)));
    t = warmUp(risk, t + FiveMinutes, 2, equity); // flat again (the ledger says so)
    const TradeDecision paused = buyOn(risk, t, equity);
    QCOMPARE(paused.denial.reason, DenialReason::SlippageBreaker);
    QCOMPARE(paused.denial.value, dec("0.02"));
    QCOMPARE(paused.denial.limit, dec("0.01"));
    QCOMPARE(paused.denial.barsLeft, 9); // 12 bars from the fill, 3 gone
    t = warmUp(risk, t + FiveMinutes, 8, equity);
    QCOMPARE(buyOn(risk, t, equity).kind, TradeDecision::Kind::Enter);
}

void tst_BotRisk::minimumHoldDelaysTheSignalExit()
{
    BotRisk risk = atrRisk({{QStringLiteral("min_hold_minutes"), 30}});
    const Decimal equity = dec("10000");
    qint64 t = warmUp(risk, Day0, 20, equity);
    const TradeDecision entry = buyOn(risk, t, equity);
    risk.onFilled(entry, dec("100"), {}, fromUnixSeconds(closeOf(t)));
    const auto sellAt = [&](qint64 start) {
        return risk.onClosedBar(
            calm(start), fromUnixSeconds(closeOf(start)), Action::Sell, entry.quantity, equity);
    };
    QCOMPARE(sellAt(t + FiveMinutes).kind, TradeDecision::Kind::None); // 5 minutes in
    QCOMPARE(sellAt(t + 5 * FiveMinutes).kind, TradeDecision::Kind::None); // 25
    const TradeDecision exit = sellAt(t + 6 * FiveMinutes); // 30
    QCOMPARE(exit.kind, TradeDecision::Kind::Exit);
    QCOMPARE(exit.exitReason, ExitReason::Signal);
    QCOMPARE(exit.price, dec("100"));
}

// After a restart the bars before the entry are met again: they must not move or hit the stop
// of the position opened after them.
void tst_BotRisk::historyBeforeTheEntryDoesNotManageIt()
{
    BotRisk risk = atrRisk();
    Protection p;
    p.entry = dec("100");
    p.stop = dec("98.5");
    p.initialStop = p.stop;
    p.target = dec("103");
    p.openedAt = fromUnixSeconds(closeOf(Day0 + 10 * FiveMinutes));
    risk.setProtection(p);
    const TradeDecision old = risk.onClosedBar(bar(Day0, "100", "104", "97", "100"),
        fromUnixSeconds(closeOf(Day0)), Action::Sell, dec("5"), dec("10000"));
    QCOMPARE(old.kind, TradeDecision::Kind::None);
    QCOMPARE(risk.protection(), std::optional<Protection>(p));
    const TradeDecision now = risk.onClosedBar(
        bar(Day0 + 11 * FiveMinutes, "100", "100", "98", "99"),
        fromUnixSeconds(closeOf(Day0 + 11 * FiveMinutes)), std::nullopt, dec("5"), dec("10000"));
    QCOMPARE(now.kind, TradeDecision::Kind::Exit);
    QCOMPARE(now.exitReason, ExitReason::StopLoss);
}

// T34: three stop-outs within six hours lock the bot for six hours after the last; a signal
// exit does not count. The closed trades come from the journal after a restart, so the lock
// holds there too; backtests run the same BotRisk.
void tst_BotRisk::stopOutsLockTheBot()
{
    BotRisk risk = atrRisk({{QStringLiteral("cooldown_bars_after_loss"), 0}});
    const Decimal equity = dec("10000");
    qint64 t = warmUp(risk, Day0, 20, equity);
    const auto closedAt = [](qint64 time, ExitReason reason) {
        ClosedTrade trade;
        trade.exitTime = fromUnixSeconds(time);
        trade.exitReason = reason;
        trade.pnl = dec("-1");
        return trade;
    };
    risk.noteClosed(closedAt(t - 8 * 3600, ExitReason::StopLoss)); // too long ago
    risk.noteClosed(closedAt(t - 3 * 3600, ExitReason::Signal)); // not a stop-out
    risk.noteClosed(closedAt(t - 2 * 3600, ExitReason::TrailingStop));
    risk.noteClosed(closedAt(t - 1 * 3600, ExitReason::StopLoss));
    QCOMPARE(buyOn(risk, t, equity).kind, TradeDecision::Kind::Enter); // two in the window
    risk.noteClosed(closedAt(closeOf(t), ExitReason::StopLoss));
    t += FiveMinutes;
    const TradeDecision locked = buyOn(risk, t, equity);
    QCOMPARE(locked.denial.reason, DenialReason::StopOutLock);
    QCOMPARE(locked.denial.value, dec("3"));
    QCOMPARE(locked.denial.limit, dec("3"));
    QCOMPARE(locked.denial.barsLeft, 71); // six hours of five-minute bars, one gone
    t = warmUp(risk, t + FiveMinutes, 70, equity);
    QCOMPARE(buyOn(risk, t, equity).kind, TradeDecision::Kind::Enter);
}

// The account's own limits, on its total equity: 2 % down on the day or 10 % from the high
// stops every bot's entries; a new day starts from the equity the last one ended with; the
// figures survive a restart through their text.
void tst_BotRisk::accountLimitsHoldAcrossBots()
{
    AccountLimits limits;
    const auto at = [](qint64 seconds) { return fromUnixSeconds(Day0 + seconds); };
    QVERIFY(!limits.update(at(300), dec("20000")));
    QVERIFY(!limits.update(at(600), dec("19601"))); // 1.995 %
    const auto daily = limits.update(at(900), dec("19600"));
    QVERIFY(daily);
    QCOMPARE(daily->reason, DenialReason::DailyLossLimit);
    QCOMPARE(daily->value, dec("0.02"));

    AccountLimits restarted;
    QVERIFY(restarted.restore(limits.text()));
    QCOMPARE(restarted.update(at(1200), dec("19600"))->reason, DenialReason::DailyLossLimit);
    QVERIFY(!restarted.update(at(86400 + 300), dec("19600"))); // the next day
    // Down 10 % from the 20,000 high over several days, never 2 % in one.
    qint64 day = 1;
    for (const char* equity : {"19250", "18900", "18550", "18200"})
        QVERIFY(!restarted.update(at(++day * 86400 + 300), dec(equity)));
    const auto drawdown = restarted.update(at(++day * 86400 + 300), dec("18000"));
    QVERIFY(drawdown);
    QCOMPARE(drawdown->reason, DenialReason::MaxDrawdown);
    QCOMPARE(drawdown->value, dec("0.1"));
    QVERIFY(!restarted.restore(QStringLiteral("{}")));
}

// The drawdown is measured from the high as it is now: after a fall and a new high, the limit
// is 10 % of the new high, not of the old one (the amount is worked out again, lazily).
void tst_BotRisk::accountDrawdownFollowsANewHigh()
{
    AccountLimits limits;
    qint64 day = 0;
    const auto next = [&](const char* equity) {
        return limits.update(fromUnixSeconds(Day0 + ++day * 86400 + 300), dec(equity));
    };
    QVERIFY(!next("20000"));
    QVERIFY(!next("19700")); // a fall from the first high
    QVERIFY(!next("20400"));
    QVERIFY(!next("21000")); // the new high: 10 % of it is 2,100
    for (const char* equity : {"20650", "20300", "19950", "19600", "19250", "19000"})
        QVERIFY2(!next(equity), equity); // 19,000 is 2,000 down: under the new limit
    const auto drawdown = next("18900");
    QVERIFY(drawdown);
    QCOMPARE(drawdown->reason, DenialReason::MaxDrawdown);
    QCOMPARE(drawdown->value, dec("0.1"));
}

// A fall from the day's start that cannot be held as a Decimal (from 9·10^18 to −9·10^18) is
// not "no loss": every entry is refused with its own reason until the figures are back in range.
void tst_BotRisk::accountLossBeyondTheRangeRefusesEntries()
{
    AccountLimits limits;
    const auto at = [](qint64 seconds) { return fromUnixSeconds(Day0 + seconds); };
    QVERIFY(!limits.update(at(300), dec("9000000000000000000")));
    const auto beyond = limits.update(at(600), dec("-9000000000000000000"));
    QVERIFY(beyond);
    QCOMPARE(beyond->reason, DenialReason::ArithmeticError);
    // A limit whose amount is past the range (a drawdown limit of 200 % of a high near 10^19).
    RiskPolicy loose;
    loose.maxDrawdown = dec("2");
    loose.dailyLossLimit = dec("1");
    AccountLimits wide(loose);
    QVERIFY(!wide.update(at(300), dec("9000000000000000000")));
    const auto fall = wide.update(at(600), dec("8000000000000000000"));
    QVERIFY(fall);
    QCOMPARE(fall->reason, DenialReason::ArithmeticError);
}

// A bar with the day and equity of the last gives the last answer without working it out; a
// changed policy or a released drawdown lock must still be looked at on that bar.
void tst_BotRisk::accountLimitsAnswerAnewAfterAPolicyChangeOrARelease()
{
    AccountLimits limits;
    const auto at = [](qint64 seconds) { return fromUnixSeconds(Day0 + seconds); };
    QVERIFY(!limits.update(at(300), dec("20000")));
    QVERIFY(!limits.update(at(600), dec("19700"))); // 1.5 %: under the default 2 %
    QVERIFY(!limits.update(at(900), dec("19700")));
    RiskPolicy tighter;
    tighter.dailyLossLimit = dec("0.01");
    limits.setPolicy(tighter);
    const auto daily = limits.update(at(1200), dec("19700")); // the same equity, a new limit
    QVERIFY(daily);
    QCOMPARE(daily->reason, DenialReason::DailyLossLimit);
    const auto stillDaily = limits.update(at(1500), dec("19700"));
    QVERIFY(stillDaily);
    QCOMPARE(stillDaily->reason, DenialReason::DailyLossLimit);

    // Ten days on, 10 % under the high: the drawdown lock, until the trader releases it.
    RiskPolicy loose;
    loose.dailyLossLimit = dec("0.5");
    limits.setPolicy(loose);
    const auto locked = limits.update(at(10 * 86400 + 300), dec("18000"));
    QVERIFY(locked);
    QCOMPARE(locked->reason, DenialReason::MaxDrawdown);
    QVERIFY(limits.resetDrawdown());
    QVERIFY(!limits.update(at(10 * 86400 + 600), dec("18000")));
    QVERIFY(!limits.update(at(10 * 86400 + 900), dec("18000")));
    const auto again = limits.update(at(10 * 86400 + 1200), dec("16200")); // 10 % under 18,000
    QVERIFY(again);
    QCOMPARE(again->reason, DenialReason::MaxDrawdown);
}

void tst_BotRisk::aBarClosingAtMidnightBelongsToTheOldDay()
{
    using std::chrono::microseconds;
    const Timestamp midnight = fromUnixSeconds(Day0);
    const qint64 day = Day0 / 86400;
    QCOMPARE(utcDayOfClose(midnight), day - 1);
    QCOMPARE(utcDayOfClose(midnight + microseconds(1)), day);
    QCOMPARE(utcDayOfClose(midnight + std::chrono::hours(24)), day);
    // Before 1970 the days count down alike (floored, not truncated towards zero).
    QCOMPARE(utcDayOfClose(fromUnixSeconds(0)), qint64(-1));
    QCOMPARE(utcDayOfClose(fromUnixSeconds(-86400)), qint64(-2));
    QCOMPARE(utcDayOfClose(fromUnixSeconds(-86400) + microseconds(1)), qint64(-1));
}

QTEST_GUILESS_MAIN(tst_BotRisk)
#include "tst_botrisk.moc"

#include "core/engine/botwatch.h"
#include "core/market/csvcandles.h"
#include "core/market/marketdatahub.h"
#include "demodata.h"

#include <QSignalSpy>
#include <QTest>

using namespace Candela::Core;
using Candela::TestData::demoCandles;
using Candela::TestData::scalper;
using Candela::TestData::SilentFeed;

namespace {
const QString Btc = QStringLiteral("BTC-USD");

BotStatus lastPublished(const QSignalSpy& spy)
{
    return spy.last().at(0).value<std::vector<BotStatus>>().front();
}
} // namespace

// The bots' live view: the same evaluation as feeding the bot the bars by hand, each closed bar
// once, and the blockers the window must show.
class tst_BotWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluatesLikeTheBotFedByHand();
    void eachClosedBarIsEvaluatedOnce();
    void haltAndStaleDataShowAsBlockers();
    void historyArrivingLateWarmsTheBotUp();
    void eachFreshBarIsHandedOverOnce();
};

void tst_BotWatch::evaluatesLikeTheBotFedByHand()
{
    SilentFeed feed;
    MarketDataHub hub(feed);
    BotWatch watch(hub, {scalper()}, std::chrono::milliseconds(1));
    QSignalSpy published(&watch, &BotWatch::statusesReady);
    const std::vector<Candle> candles = demoCandles(400);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, candles);
    QTRY_VERIFY(!published.isEmpty());
    const BotStatus status = lastPublished(published);
    QCOMPARE(status.name, QStringLiteral("BTC Scalper"));
    QCOMPARE(status.closedBars, 399); // the last bar may still be forming

    Bot reference(scalper());
    for (size_t i = 0; i + 1 < candles.size(); ++i)
        reference.onClosedBar(toBar(candles[i]), candles[i].start + std::chrono::minutes(5), {});
    const BotEvaluation expected = reference.previewFormingBar(
        toBar(candles.back()), candles.back().start + std::chrono::minutes(5), {});
    QVERIFY(status.evaluation.ready);
    QVERIFY(!status.evaluation.closedBar); // a preview of the forming bar
    QCOMPARE(status.evaluation.score, expected.score);
    QCOMPARE(status.evaluation.temperature, expected.temperature);
    QVERIFY(!status.evaluation.intent); // a preview never acts

    // One score per ready closed bar, on that bar's start, for the chart's score pane.
    QVERIFY(!status.scores.empty());
    QVERIFY(status.scores.size() < size_t(status.closedBars)); // not while warming up
    QCOMPARE(status.scores.back().start, toUnixSeconds(candles[candles.size() - 2].start));
    QCOMPARE(status.scores.size(), size_t(status.closedBars - status.warmUpBars + 1));
}

void tst_BotWatch::eachClosedBarIsEvaluatedOnce()
{
    SilentFeed feed;
    MarketDataHub hub(feed);
    BotWatch watch(hub, {scalper()}, std::chrono::milliseconds(1));
    std::vector<Candle> candles = demoCandles(101);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.end() - 1});
    QCOMPARE(watch.statuses().front().closedBars, 99);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.end() - 1}); // again
    QCOMPARE(watch.statuses().front().closedBars, 99);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.back()}); // the next bar opens
    QCOMPARE(watch.statuses().front().closedBars, 100);
    // Another product's candles are not this bot's.
    hub.mergeHistory(QStringLiteral("ETH-USD"), Timeframe::FiveMinutes, candles);
    QCOMPARE(watch.statuses().front().closedBars, 100);
}

void tst_BotWatch::haltAndStaleDataShowAsBlockers()
{
    SilentFeed feed;
    MarketDataHub hub(feed);
    BotWatch watch(hub, {scalper()}, std::chrono::milliseconds(1));
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, demoCandles(200));
    const auto blocked = [&](BlockerKind kind) {
        const BotEvaluation evaluation = watch.statuses().front().evaluation;
        return std::any_of(evaluation.blockers.begin(), evaluation.blockers.end(),
            [kind](const Blocker& blocker) { return blocker.kind == kind; });
    };
    QVERIFY(!blocked(BlockerKind::KillSwitch));
    KillSwitch killSwitch; // the engine's, which the watch only reads
    watch.followKillSwitch(&killSwitch);
    QVERIFY(!blocked(BlockerKind::KillSwitch));
    killSwitch.halt(HaltCause::Pressed, QString(), fromUnixSeconds(1));
    watch.killSwitchMoved();
    QVERIFY(blocked(BlockerKind::KillSwitch));
    Q_EMIT feed.healthChanged(Btc, DataHealth::Stale); // through the hub, which owns it
    QVERIFY(blocked(BlockerKind::DataStale));
    QVERIFY(killSwitch.rearm(fromUnixSeconds(2)));
    watch.killSwitchMoved();
    Q_EMIT feed.healthChanged(Btc, DataHealth::Live);
    QVERIFY(!blocked(BlockerKind::KillSwitch));
    QVERIFY(!blocked(BlockerKind::DataStale));
}

// Live trades build the newest bars first; the history (cache, REST) lands later, before them.
// The bot must warm up on it then, not wait hours for enough live bars.
void tst_BotWatch::historyArrivingLateWarmsTheBotUp()
{
    SilentFeed feed;
    MarketDataHub hub(feed);
    BotWatch watch(hub, {scalper()}, std::chrono::milliseconds(1));
    const std::vector<Candle> candles = demoCandles(400);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.end() - 4, candles.end()});
    QCOMPARE(watch.statuses().front().closedBars, 3);
    QVERIFY(!watch.statuses().front().evaluation.ready);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.end() - 4});
    const BotStatus status = watch.statuses().front();
    QCOMPARE(status.closedBars, 399);
    QVERIFY(status.evaluation.ready);
    QCOMPARE(status.scores.back().start, toUnixSeconds(candles[candles.size() - 2].start));
}

// The trader hears of each bar once, when it has just closed — not again when the bot restarts
// on late history, and not for the history itself.
void tst_BotWatch::eachFreshBarIsHandedOverOnce()
{
    SilentFeed feed;
    MarketDataHub hub(feed);
    BotWatch watch(hub, {scalper()}, std::chrono::milliseconds(1));
    QSignalSpy closed(&watch, &BotWatch::barClosed);
    const std::vector<Candle> candles = demoCandles(400);
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.end() - 4, candles.end() - 1});
    QCOMPARE(closed.count(), 1); // the newest closed bar of what arrived
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.begin(), candles.end() - 4});
    QCOMPARE(closed.count(), 1); // the restart on older history hands nothing over again
    hub.mergeHistory(Btc, Timeframe::FiveMinutes, {candles.back()});
    QCOMPARE(closed.count(), 2);
    QCOMPARE(closed.last().at(2).value<Candle>().start, candles[candles.size() - 2].start);
}

QTEST_MAIN(tst_BotWatch)
#include "tst_botwatch.moc"

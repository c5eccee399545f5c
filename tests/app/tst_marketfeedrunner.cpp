#include "marketfeedrunner.h"

#include "core/market/marketdatahub.h"
#include "core/market/replayfeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Candela;

namespace {
const QString Recording = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");
}

class tst_MarketFeedRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheFeedOnItsOwnThreadAndForwardsSignals();
    void stopsARunningFeedPromptly();
    void replacesAFeedWithAnother();
};

void tst_MarketFeedRunner::runsTheFeedOnItsOwnThreadAndForwardsSignals()
{
    MarketFeedRunner runner;
    QSignalSpy messages(&runner, &MarketFeedRunner::messageReceived);
    QSignalSpy health(&runner, &MarketFeedRunner::healthChanged);
    QSignalSpy finished(&runner, &MarketFeedRunner::finished);
    QThread* feedThread = nullptr;
    auto feed = Core::ReplayFeed::fromFile(Recording, {0.0, false});
    QVERIFY(feed);
    runner.run(
        std::move(feed).value(), [&](Core::MarketDataHub& hub) { feedThread = hub.thread(); });
    QVERIFY(finished.wait(10000));
    QCOMPARE(messages.count(), 546);
    QCOMPARE(health.count(), 1);
    QVERIFY(feedThread && feedThread != QThread::currentThread());
}

void tst_MarketFeedRunner::stopsARunningFeedPromptly()
{
    auto runner = std::make_unique<MarketFeedRunner>();
    QSignalSpy messages(runner.get(), &MarketFeedRunner::messageReceived);
    auto feed = Core::ReplayFeed::fromFile(Recording, {0.0, true}); // loops forever
    QVERIFY(feed);
    QPointer<Core::MarketFeed> watched = feed->get();
    runner->run(std::move(feed).value());
    QTRY_VERIFY(messages.count() > 1000);
    runner.reset(); // stops the feed on its thread, deletes it, joins the thread
    QVERIFY(watched.isNull());
}

void tst_MarketFeedRunner::replacesAFeedWithAnother()
{
    MarketFeedRunner runner;
    QSignalSpy finished(&runner, &MarketFeedRunner::finished);
    auto looping = Core::ReplayFeed::fromFile(Recording, {0.0, true});
    QPointer<Core::MarketFeed> first = looping->get();
    runner.run(std::move(looping).value());
    auto once = Core::ReplayFeed::fromFile(Recording, {0.0, false});
    runner.run(std::move(once).value());
    QVERIFY(first.isNull());
    QVERIFY(finished.wait(10000));
}

QTEST_GUILESS_MAIN(tst_MarketFeedRunner)
#include "tst_marketfeedrunner.moc"

#include "core/coinbase/replayfeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Candela::Core;

namespace {

const QString Recording = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");

QByteArray heartbeatAt(const char* time, int counter)
{
    return QByteArray(R"({"channel":"heartbeats","timestamp":")") + time + R"(","sequence_num":)"
        + QByteArray::number(counter) + R"(,"events":[{"heartbeat_counter":)"
        + QByteArray::number(counter) + "}]}";
}

} // namespace

class tst_ReplayFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playsTheWholeRecordingInOrderAsFastAsPossible();
    void pacedReplayWaitsTheRecordedGapsScaledBySpeed();
    void skipsAndCountsFramesThatDoNotDecode();
    void loopStartsOverWithTheClockMovingForward();
    void missingRecordingIsAnError();
};

void tst_ReplayFeed::playsTheWholeRecordingInOrderAsFastAsPossible()
{
    auto feed = ReplayFeed::fromFile(Recording, {0.0, false});
    QVERIFY(feed);
    ReplayFeed& replay = **feed;
    QSignalSpy messages(&replay, &MarketFeed::messageReceived);
    QSignalSpy finished(&replay, &MarketFeed::finished);
    QSignalSpy health(&replay, &MarketFeed::healthChanged);
    replay.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(messages.count(), 546);
    QCOMPARE(replay.framesRejected(), 0);
    for (qsizetype i = 0; i < messages.count(); ++i)
        QCOMPARE(messages.at(i).at(0).value<MarketMessage>().sequenceNum, i);
    QCOMPARE(health.count(), 1);
    QCOMPARE(health.first().at(1).value<DataHealth>(), DataHealth::Live);
    QCOMPARE(toIsoString(replay.clock().now()).left(19), QStringLiteral("2026-08-09T21:06:12"));
}

void tst_ReplayFeed::pacedReplayWaitsTheRecordedGapsScaledBySpeed()
{
    ReplayFeed replay(
        {heartbeatAt("2026-08-09T21:00:00Z", 0), heartbeatAt("2026-08-09T21:00:01Z", 1),
            heartbeatAt("2026-08-09T21:00:02Z", 2)},
        {10.0, false});
    QSignalSpy messages(&replay, &MarketFeed::messageReceived);
    QSignalSpy finished(&replay, &MarketFeed::finished);
    QElapsedTimer timer;
    timer.start();
    replay.start();
    QVERIFY(finished.wait(10000));
    // Two recorded one-second gaps at ten times speed: at least 200 ms (minus timer slack).
    QVERIFY2(timer.elapsed() >= 180, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(messages.count(), 3);
    QCOMPARE(toIsoString(replay.clock().now()), QStringLiteral("2026-08-09T21:00:02Z"));
}

void tst_ReplayFeed::skipsAndCountsFramesThatDoNotDecode()
{
    ReplayFeed replay({heartbeatAt("2026-08-09T21:00:00Z", 0), "{broken", "",
                          heartbeatAt("2026-08-09T21:00:01Z", 1)},
        {0.0, false});
    QSignalSpy messages(&replay, &MarketFeed::messageReceived);
    QSignalSpy finished(&replay, &MarketFeed::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping frame 2")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping frame 3")));
    replay.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(messages.count(), 2);
    QCOMPARE(replay.framesRejected(), 2);
}

void tst_ReplayFeed::loopStartsOverWithTheClockMovingForward()
{
    ReplayFeed replay(
        {heartbeatAt("2026-08-09T21:00:00Z", 0), heartbeatAt("2026-08-09T21:00:05Z", 1)},
        {0.0, true});
    QList<Timestamp> times;
    connect(&replay, &MarketFeed::messageReceived, this,
        [&](const MarketMessage&) { times.append(replay.clock().now()); });
    replay.start();
    QTRY_VERIFY(times.size() >= 6);
    replay.stop();
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY(times[i] > times[i - 1]);
    QCOMPARE(toIsoString(times[2]), QStringLiteral("2026-08-09T21:00:06Z")); // a second after
    QCOMPARE(toIsoString(times[3]), QStringLiteral("2026-08-09T21:00:11Z"));
}

void tst_ReplayFeed::missingRecordingIsAnError()
{
    const auto feed = ReplayFeed::fromFile(QStringLiteral("/nonexistent.jsonl"), {});
    QVERIFY(!feed);
    QCOMPARE(feed.error().code, ErrorCode::IoError);
}

QTEST_GUILESS_MAIN(tst_ReplayFeed)
#include "tst_replayfeed.moc"

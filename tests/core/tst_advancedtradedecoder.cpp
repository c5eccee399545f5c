#include "core/coinbase/advancedtradedecoder.h"

#include "coinbasefixture.h"
#include "decimalliteral.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

Q_DECLARE_METATYPE(Candela::Core::Channel)

namespace {

QString recordingPath()
{
    return QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");
}

template<typename Event>
const Event& only(const MarketMessage& message)
{
    if (message.events.size() != 1 || !std::holds_alternative<Event>(message.events.front()))
        qFatal("expected exactly one event of the requested type");
    return std::get<Event>(message.events.front());
}

QStringList capturedInfo;
void captureInfo(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtInfoMsg)
        capturedInfo.append(message);
}

} // namespace

class tst_AdvancedTradeDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesLevel2Snapshot();
    void offerAndUnknownSidesAreAsks();
    void decodesTicker();
    void decodesMarketTrades();
    void decodesCandles();
    void heartbeatCounterMayBeStringOrNumber();
    void decodesStatus();
    void decodesSubscriptionAcknowledgement();
    void decodesServerError();
    void recognisesPrivateChannelsWithoutDecodingThem();
    void ignoresUnknownChannelsAndFieldsAndLogsThemOnce();
    void rejectsMalformedFrames_data();
    void rejectsMalformedFrames();
    void acceptsFramesUpToTenMebibytes();
    void decodesEveryFixture();
    void decodesEveryFrameOfTheRecording();
};

void tst_AdvancedTradeDecoder::decodesLevel2Snapshot()
{
    AdvancedTradeDecoder decoder;
    const auto message
        = decoder.decode(Candela::TestData::coinbaseFixture("ws_level2_l2_data.json"));
    QVERIFY2(message, qPrintable(message ? QString() : message.error().message));
    QCOMPARE(message->channel, Channel::Level2);
    QCOMPARE(message->sequenceNum, 0);
    QCOMPARE(toIsoString(message->timestamp), QStringLiteral("2023-02-09T20:32:50.714964Z"));
    const auto& book = only<BookEvent>(*message);
    QVERIFY(book.snapshot);
    QCOMPARE(book.productId, QStringLiteral("BTC-USD"));
    QCOMPARE(book.levels.size(), size_t(2));
    QCOMPARE(book.levels[0].side, Side::Buy);
    QCOMPARE(book.levels[0].price, dec("21921.73"));
    QCOMPARE(book.levels[0].quantity, dec("0.06317902"));
    QCOMPARE(book.levels[1].price, dec("21921.3"));
}

void tst_AdvancedTradeDecoder::offerAndUnknownSidesAreAsks()
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(
        R"({"channel":"l2_data","timestamp":"2026-08-09T21:05:48Z","sequence_num":9,"events":[)"
        R"({"type":"update","product_id":"BTC-USD","updates":[)"
        R"({"side":"offer","event_time":"2026-08-09T21:05:48.1Z","price_level":"65083.67","new_quantity":"0"},)"
        R"({"side":"ask","event_time":"2026-08-09T21:05:48.1Z","price_level":"65090","new_quantity":"1.5"},)"
        R"({"side":"bid","event_time":"2026-08-09T21:05:48.1Z","price_level":"65083.66","new_quantity":"2"}]}]})");
    QVERIFY(message);
    const auto& book = only<BookEvent>(*message);
    QVERIFY(!book.snapshot);
    QCOMPARE(book.levels.size(), size_t(3));
    QCOMPARE(book.levels[0].side, Side::Sell);
    QVERIFY(book.levels[0].quantity.isZero());
    QCOMPARE(book.levels[1].side, Side::Sell);
    QCOMPARE(book.levels[2].side, Side::Buy);
}

void tst_AdvancedTradeDecoder::decodesTicker()
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(Candela::TestData::coinbaseFixture("ws_ticker.json"));
    QVERIFY(message);
    QCOMPARE(message->channel, Channel::Ticker);
    const auto& ticker = only<TickerEvent>(*message);
    QCOMPARE(ticker.productId, QStringLiteral("BTC-USD"));
    QCOMPARE(ticker.price, dec("21932.98"));
    QCOMPARE(ticker.volume24h, dec("16038.28770938"));
    QCOMPARE(ticker.bestBid, dec("21931.98"));
    QCOMPARE(ticker.bestBidQuantity, dec("8000.21"));
    QCOMPARE(ticker.bestAsk, dec("21933.98"));
    QCOMPARE(ticker.bestAskQuantity, dec("8038.07770938"));
}

void tst_AdvancedTradeDecoder::decodesMarketTrades()
{
    AdvancedTradeDecoder decoder;
    const auto message
        = decoder.decode(Candela::TestData::coinbaseFixture("ws_market_trades.json"));
    QVERIFY(message);
    const auto& trades = only<TradesEvent>(*message);
    QVERIFY(trades.snapshot);
    QCOMPARE(trades.trades.size(), size_t(1));
    const Trade& trade = trades.trades.front();
    QCOMPARE(trade.tradeId, QStringLiteral("000000000"));
    QCOMPARE(trade.productId, QStringLiteral("ETH-USD"));
    QCOMPARE(trade.price, dec("1260.01"));
    QCOMPARE(trade.size, dec("0.3"));
    QCOMPARE(trade.side, Side::Buy);
    QCOMPARE(toIsoString(trade.time), QStringLiteral("2019-08-14T20:42:27.265000Z"));
}

void tst_AdvancedTradeDecoder::decodesCandles()
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(Candela::TestData::coinbaseFixture("ws_candles.json"));
    QVERIFY(message);
    const auto& candles = only<CandlesEvent>(*message);
    QCOMPARE(candles.productId, QStringLiteral("ETH-USD"));
    QCOMPARE(candles.candles.size(), size_t(1));
    const Candle& candle = candles.candles.front();
    QCOMPARE(toUnixSeconds(candle.start), qint64(1688998200));
    QCOMPARE(candle.open, dec("1867.38"));
    QCOMPARE(candle.high, dec("1867.72"));
    QCOMPARE(candle.low, dec("1865.63"));
    QCOMPARE(candle.close, dec("1866.81"));
    QCOMPARE(candle.volume, dec("0.20269406"));
}

void tst_AdvancedTradeDecoder::heartbeatCounterMayBeStringOrNumber()
{
    AdvancedTradeDecoder decoder;
    const auto asString = decoder.decode(Candela::TestData::coinbaseFixture("ws_heartbeats.json"));
    QVERIFY(asString);
    QCOMPARE(only<HeartbeatEvent>(*asString).counter, 3049);
    const auto asNumber = decoder.decode(
        R"({"channel":"heartbeats","timestamp":"2026-08-09T21:05:48.856364007Z","sequence_num":23,)"
        R"("events":[{"current_time":"2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.260485341",)"
        R"("heartbeat_counter":41691}]})");
    QVERIFY(asNumber);
    QCOMPARE(only<HeartbeatEvent>(*asNumber).counter, 41691);
    QCOMPARE(asNumber->sequenceNum, 23);
}

void tst_AdvancedTradeDecoder::decodesStatus()
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(Candela::TestData::coinbaseFixture("ws_status.json"));
    QVERIFY(message);
    const auto& status = only<ProductStatusEvent>(*message);
    QCOMPARE(status.productId, QStringLiteral("BTC-USD"));
    QCOMPARE(status.status, QStringLiteral("online"));
    QCOMPARE(status.baseIncrement, dec("0.00000001"));
    QCOMPARE(status.quoteIncrement, dec("0.01"));
    QCOMPARE(status.minMarketFunds, dec("1"));
}

void tst_AdvancedTradeDecoder::decodesSubscriptionAcknowledgement()
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(
        R"({"channel":"subscriptions","timestamp":"2026-08-09T21:05:48.229148053Z","sequence_num":3,)"
        R"("events":[{"subscriptions":{"candles":["ETH-USD","BTC-USD"],"market_trades":["BTC-USD"]}}]})");
    QVERIFY(message);
    const auto& ack = only<SubscriptionsEvent>(*message);
    QCOMPARE(ack.channels.value(QStringLiteral("candles")),
        QStringList({QStringLiteral("ETH-USD"), QStringLiteral("BTC-USD")}));
    QCOMPARE(ack.channels.value(QStringLiteral("market_trades")),
        QStringList({QStringLiteral("BTC-USD")}));
}

void tst_AdvancedTradeDecoder::decodesServerError()
{
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(R"({"type":"error","message":"failure to subscribe"})");
    QVERIFY(message);
    QCOMPARE(message->channel, Channel::Error);
    QCOMPARE(only<ServerErrorEvent>(*message).message, QStringLiteral("failure to subscribe"));
}

void tst_AdvancedTradeDecoder::recognisesPrivateChannelsWithoutDecodingThem()
{
    AdvancedTradeDecoder decoder;
    const auto user = decoder.decode(Candela::TestData::coinbaseFixture("ws_user.json"));
    QVERIFY(user);
    QCOMPARE(user->channel, Channel::User);
    QVERIFY(user->events.empty());
}

void tst_AdvancedTradeDecoder::ignoresUnknownChannelsAndFieldsAndLogsThemOnce()
{
    QLoggingCategory::setFilterRules(QStringLiteral("candela.core.coinbase.info=true"));
    capturedInfo.clear();
    const auto previous = qInstallMessageHandler(captureInfo);
    AdvancedTradeDecoder decoder;
    const QByteArray unknownChannel
        = R"({"channel":"level3","sequence_num":1,"events":[{"anything":[1,2,{"x":"y"}]}]})";
    const QByteArray extraFields
        = R"({"channel":"heartbeats","sequence_num":2,"shard":7,"events":[{"heartbeat_counter":5,)"
          R"("current_time":"x","latency_ms":"3"}]})";
    for (int i = 0; i < 3; ++i) {
        const auto unknown = decoder.decode(unknownChannel);
        QVERIFY(unknown);
        QCOMPARE(unknown->channel, Channel::Unknown);
        QCOMPARE(unknown->channelName, QStringLiteral("level3"));
        QVERIFY(unknown->events.empty());
        const auto extra = decoder.decode(extraFields);
        QVERIFY(extra);
        QCOMPARE(only<HeartbeatEvent>(*extra).counter, 5);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(capturedInfo.size(), 3); // channel level3, frame field shard, heartbeats latency_ms
    QVERIFY(capturedInfo.join(QLatin1Char('\n')).contains(QLatin1String("level3")));
}

void tst_AdvancedTradeDecoder::rejectsMalformedFrames_data()
{
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("not json");
    QTest::newRow("open brace") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no events") << QByteArray(R"({"channel":"l2_data","sequence_num":1})");
    QTest::newRow("no channel") << QByteArray(R"({"sequence_num":1,"events":[]})");
    QTest::newRow("truncated")
        << Candela::TestData::coinbaseFixture("ws_level2_l2_data.json").left(200);
    QTest::newRow("trailing garbage") << QByteArray(R"({"channel":"heartbeats","events":[]} xyz)");
    QTest::newRow("price not decimal")
        << QByteArray(R"({"channel":"l2_data","events":[{"type":"update","product_id":"BTC-USD",)"
                      R"("updates":[{"side":"bid","price_level":"abc","new_quantity":"1"}]}]})");
    QTest::newRow("price with exponent")
        << QByteArray(R"({"channel":"l2_data","events":[{"type":"update","product_id":"BTC-USD",)"
                      R"("updates":[{"side":"bid","price_level":"1e5","new_quantity":"1"}]}]})");
    QTest::newRow("price as number")
        << QByteArray(R"({"channel":"l2_data","events":[{"type":"update","product_id":"BTC-USD",)"
                      R"("updates":[{"side":"bid","price_level":65000.5,"new_quantity":"1"}]}]})");
    QTest::newRow("update without quantity")
        << QByteArray(R"({"channel":"l2_data","events":[{"type":"update","product_id":"BTC-USD",)"
                      R"("updates":[{"side":"bid","price_level":"65000"}]}]})");
    QTest::newRow("book without product")
        << QByteArray(R"({"channel":"l2_data","events":[{"type":"update","updates":[]}]})");
    QTest::newRow("trade side unknown") << QByteArray(
        R"({"channel":"market_trades","events":[{"type":"update","trades":[{"trade_id":"1",)"
        R"("product_id":"BTC-USD","price":"1","size":"1","side":"HOLD","time":"2026-08-09T21:05:48Z"}]}]})");
    QTest::newRow("heartbeat counter text")
        << QByteArray(R"({"channel":"heartbeats","events":[{"heartbeat_counter":"many"}]})");
    QTest::newRow("events not an array") << QByteArray(R"({"channel":"ticker","events":{}})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"channel\"", 12);
}

void tst_AdvancedTradeDecoder::rejectsMalformedFrames()
{
    QFETCH(QByteArray, frame);
    AdvancedTradeDecoder decoder;
    const auto message = decoder.decode(frame);
    QVERIFY(!message);
    QCOMPARE(message.error().code, ErrorCode::ParseError);
    QVERIFY(!message.error().message.isEmpty());
    // The decoder stays usable after a bad frame.
    QVERIFY(decoder.decode(Candela::TestData::coinbaseFixture("ws_heartbeats.json")));
}

void tst_AdvancedTradeDecoder::acceptsFramesUpToTenMebibytes()
{
    AdvancedTradeDecoder decoder;
    QByteArray frame = R"({"channel":"heartbeats","events":[{"heartbeat_counter":1}]})";
    frame.insert(1, QByteArray(AdvancedTradeDecoder::MaxFrameBytes - frame.size(), ' '));
    QCOMPARE(frame.size(), AdvancedTradeDecoder::MaxFrameBytes);
    QVERIFY(decoder.decode(frame));

    frame.insert(1, ' ');
    const auto tooLarge = decoder.decode(frame);
    QVERIFY(!tooLarge);
    QVERIFY(tooLarge.error().message.contains(QLatin1String("10 MiB")));
}

void tst_AdvancedTradeDecoder::decodesEveryFixture()
{
    AdvancedTradeDecoder decoder;
    const QStringList frames = QDir(QStringLiteral(CANDELA_TEST_DATA_DIR "/coinbase"))
                                   .entryList({QStringLiteral("ws_*.json")}, QDir::Files);
    QCOMPARE(frames.size(), 8);
    for (const QString& name : frames) {
        const auto message
            = decoder.decode(Candela::TestData::coinbaseFixture(name.toLatin1().constData()));
        QVERIFY2(message,
            qPrintable(
                name + QStringLiteral(": ") + (message ? QString() : message.error().message)));
        QVERIFY2(message->channel != Channel::Unknown, qPrintable(name));
    }
}

void tst_AdvancedTradeDecoder::decodesEveryFrameOfTheRecording()
{
    QFile file(recordingPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    AdvancedTradeDecoder decoder;
    QMap<Channel, int> perChannel;
    qint64 expectedSequence = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const auto message = decoder.decode(line);
        QVERIFY2(message, qPrintable(message ? QString() : message.error().message));
        QCOMPARE(message->sequenceNum, expectedSequence++);
        ++perChannel[message->channel];
    }
    QCOMPARE(expectedSequence, 546);
    QCOMPARE(perChannel.value(Channel::Level2), 400);
    QCOMPARE(perChannel.value(Channel::Ticker), 73);
    QCOMPARE(perChannel.value(Channel::MarketTrades), 40);
    QCOMPARE(perChannel.value(Channel::Candles), 3);
    QCOMPARE(perChannel.value(Channel::Heartbeats), 25);
    QCOMPARE(perChannel.value(Channel::Subscriptions), 5);
}

QTEST_GUILESS_MAIN(tst_AdvancedTradeDecoder)
#include "tst_advancedtradedecoder.moc"

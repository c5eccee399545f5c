#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/jsonlines.h"
#include "core/market/marketstate.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {
const QString Btc = QStringLiteral("BTC-USD");

MarketMessage decoded(const QByteArray& frame)
{
    AdvancedTradeDecoder decoder;
    auto message = decoder.decode(frame);
    if (!message)
        qFatal("%s", qPrintable(message.error().message));
    return std::move(message).value();
}
} // namespace

class tst_MarketState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayedRecordingBuildsBookCandlesAndTicker();
    void tradeSnapshotNewestFirstStillOpensOnTheOldestPrint();
    void crossedBookIsInvalidatedAndReported();
    void invalidatedBookIgnoresUpdatesUntilSnapshot();
    void impossibleLevelInvalidatesTheBook();
    void exchangeCandlesAlsoBuildTheLongerTimeframes();
    void tapeKeepsRecentPrintsNewestFirstOnce();
};

void tst_MarketState::replayedRecordingBuildsBookCandlesAndTicker()
{
    const auto lines = readJsonLines(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl"));
    QVERIFY(lines);
    AdvancedTradeDecoder decoder;
    MarketState state;
    Decimal lastTradePrice;
    for (const QByteArray& line : *lines) {
        const auto message = decoder.decode(line);
        QVERIFY(message);
        QVERIFY(state.apply(*message).isEmpty()); // the real book never crosses
        for (const MarketEvent& event : message->events) {
            if (const auto* trades = std::get_if<TradesEvent>(&event); trades && !trades->snapshot)
                lastTradePrice = trades->trades.front().price;
        }
    }
    QCOMPARE(state.book(Btc)->bestBid()->price, dec("65083.66"));
    QCOMPARE(state.lastTicker(Btc)->bestAsk, dec("65083.67"));

    const CandleSeries* minutes = state.series(Btc, Timeframe::OneMinute);
    QVERIFY(minutes && !minutes->isEmpty());
    QCOMPARE(toIsoString(minutes->candles().back().start), QStringLiteral("2026-08-09T21:06:00Z"));
    QCOMPARE(minutes->candles().back().close, lastTradePrice);

    // The exchange's five-minute candles replaced what the trades built for their buckets.
    const CandleSeries* fives = state.series(Btc, Timeframe::FiveMinutes);
    QVERIFY(fives->candles().size() > 10); // the candles snapshot brings history
    const Candle& last = fives->candles().back();
    QCOMPARE(toIsoString(last.start), QStringLiteral("2026-08-09T21:05:00Z"));
    QVERIFY(last.isConsistent());
}

void tst_MarketState::tradeSnapshotNewestFirstStillOpensOnTheOldestPrint()
{
    MarketState state;
    state.apply(decoded(
        R"({"channel":"market_trades","sequence_num":0,"events":[{"type":"snapshot","trades":[)"
        R"({"trade_id":"3","product_id":"BTC-USD","price":"103","size":"1","side":"BUY","time":"2026-08-09T21:05:50Z"},)"
        R"({"trade_id":"2","product_id":"BTC-USD","price":"101","size":"1","side":"SELL","time":"2026-08-09T21:05:30Z"},)"
        R"({"trade_id":"1","product_id":"BTC-USD","price":"102","size":"1","side":"BUY","time":"2026-08-09T21:05:10Z"}]}]})"));
    const Candle& minute = state.series(Btc, Timeframe::OneMinute)->candles().back();
    QCOMPARE(minute.open, dec("102"));
    QCOMPARE(minute.close, dec("103"));
    QCOMPARE(minute.low, dec("101"));
    QCOMPARE(minute.volume, dec("3"));
}

void tst_MarketState::crossedBookIsInvalidatedAndReported()
{
    MarketState state;
    state.apply(decoded(
        R"({"channel":"l2_data","sequence_num":0,"events":[{"type":"snapshot","product_id":"BTC-USD","updates":[)"
        R"({"side":"bid","price_level":"100","new_quantity":"1"},{"side":"offer","price_level":"101","new_quantity":"1"}]}]})"));
    QVERIFY(state.book(Btc)->isValid());
    const QStringList crossed = state.apply(decoded(
        R"({"channel":"l2_data","sequence_num":1,"events":[{"type":"update","product_id":"BTC-USD","updates":[)"
        R"({"side":"bid","price_level":"101.5","new_quantity":"1"}]}]})"));
    QCOMPARE(crossed, QStringList({Btc}));
    QVERIFY(!state.book(Btc)->isValid());
}

void tst_MarketState::invalidatedBookIgnoresUpdatesUntilSnapshot()
{
    MarketState state;
    const QByteArray snapshot
        = R"({"channel":"l2_data","sequence_num":0,"events":[{"type":"snapshot","product_id":"BTC-USD","updates":[)"
          R"({"side":"bid","price_level":"100","new_quantity":"1"}]}]})";
    state.apply(decoded(snapshot));
    state.invalidateBooks({Btc});
    state.apply(decoded(
        R"({"channel":"l2_data","sequence_num":1,"events":[{"type":"update","product_id":"BTC-USD","updates":[)"
        R"({"side":"bid","price_level":"99","new_quantity":"5"}]}]})"));
    QCOMPARE(state.book(Btc)->bidLevelCount(), size_t(1));
    state.apply(decoded(snapshot));
    QVERIFY(state.book(Btc)->isValid());
}

void tst_MarketState::impossibleLevelInvalidatesTheBook()
{
    MarketState state;
    state.apply(decoded(
        R"({"channel":"l2_data","sequence_num":0,"events":[{"type":"snapshot","product_id":"BTC-USD","updates":[)"
        R"({"side":"bid","price_level":"100","new_quantity":"1"}]}]})"));
    const QStringList bad = state.apply(decoded(
        R"({"channel":"l2_data","sequence_num":1,"events":[{"type":"update","product_id":"BTC-USD","updates":[)"
        R"({"side":"bid","price_level":"99","new_quantity":"-3"}]}]})"));
    QCOMPARE(bad, QStringList({Btc}));
    QVERIFY(!state.book(Btc)->isValid());
    // An update for a product never snapshotted is ignored, not reported.
    QVERIFY(
        state
            .apply(decoded(
                R"({"channel":"l2_data","sequence_num":2,"events":[{"type":"update","product_id":"DOGE-USD","updates":[)"
                R"({"side":"bid","price_level":"0.1","new_quantity":"5"}]}]})"))
            .isEmpty());
}

void tst_MarketState::exchangeCandlesAlsoBuildTheLongerTimeframes()
{
    MarketState state;
    // Four five-minute buckets: 00:00 … 00:15; 15m buckets 00:00 (three of them) and 00:15.
    state.apply(decoded(
        R"({"channel":"candles","sequence_num":0,"events":[{"type":"snapshot","candles":[)"
        R"({"start":"1751328000","open":"10","high":"12","low":"9","close":"11","volume":"1","product_id":"BTC-USD"},)"
        R"({"start":"1751328300","open":"11","high":"15","low":"10","close":"14","volume":"2","product_id":"BTC-USD"},)"
        R"({"start":"1751328600","open":"14","high":"14","low":"8","close":"9","volume":"3","product_id":"BTC-USD"},)"
        R"({"start":"1751328900","open":"9","high":"10","low":"9","close":"10","volume":"4","product_id":"BTC-USD"}]}]})"));
    const auto& quarter = state.series(Btc, Timeframe::FifteenMinutes)->candles();
    QCOMPARE(quarter.size(), size_t(2));
    QCOMPARE(quarter[0].open, dec("10"));
    QCOMPARE(quarter[0].high, dec("15"));
    QCOMPARE(quarter[0].low, dec("8"));
    QCOMPARE(quarter[0].close, dec("9"));
    QCOMPARE(quarter[0].volume, dec("6"));
    const auto& hour = state.series(Btc, Timeframe::OneHour)->candles();
    QCOMPARE(hour.size(), size_t(1));
    QCOMPARE(hour[0].close, dec("10"));
    QCOMPARE(hour[0].volume, dec("10"));
    // An update of the last bucket corrects the longer ones.
    state.apply(decoded(
        R"({"channel":"candles","sequence_num":1,"events":[{"type":"update","candles":[)"
        R"({"start":"1751328900","open":"9","high":"20","low":"9","close":"19","volume":"5","product_id":"BTC-USD"}]}]})"));
    QCOMPARE(state.series(Btc, Timeframe::OneHour)->candles()[0].high, dec("20"));
    QCOMPARE(state.series(Btc, Timeframe::OneHour)->candles()[0].volume, dec("11"));
}

void tst_MarketState::tapeKeepsRecentPrintsNewestFirstOnce()
{
    MarketState state;
    const auto print = [](int id, const char* type) {
        return decoded(QStringLiteral(R"({"channel":"market_trades","sequence_num":%1,"events":[)"
                                      R"({"type":"%2","trades":[{"trade_id":"%1",)"
                                      R"("product_id":"BTC-USD","price":"%3","size":"0.5",)"
                                      R"("side":"SELL","time":"2026-08-09T21:05:%4Z"}]}]})")
                           .arg(id)
                           .arg(QLatin1String(type))
                           .arg(100 + id)
                           .arg(id % 60, 2, 10, QLatin1Char('0'))
                           .toUtf8());
    };
    for (int id = 1; id <= 3; ++id)
        state.apply(print(id, "update"));
    state.apply(print(3, "snapshot")); // a reconnect repeats the last print
    auto tape = state.recentTrades(Btc, 10);
    QCOMPARE(tape.size(), size_t(3));
    QCOMPARE(tape.front().tradeId, QStringLiteral("3"));
    QCOMPARE(tape.front().price, dec("103"));
    QCOMPARE(tape.back().tradeId, QStringLiteral("1"));
    QCOMPARE(state.recentTrades(Btc, 2).size(), size_t(2));
    QVERIFY(state.recentTrades(QStringLiteral("ETH-USD"), 10).empty());

    for (int id = 4; id <= int(MarketState::RecentTradesKept) + 10; ++id)
        state.apply(print(id, "update"));
    tape = state.recentTrades(Btc, 1000);
    QCOMPARE(tape.size(), MarketState::RecentTradesKept);
    QCOMPARE(tape.front().tradeId, QString::number(MarketState::RecentTradesKept + 10));
}

QTEST_GUILESS_MAIN(tst_MarketState)
#include "tst_marketstate.moc"

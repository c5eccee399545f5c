#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/jsonlines.h"
#include "core/market/orderbook.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

BookLevel bid(const char* price, const char* quantity)
{
    return BookLevel{Side::Buy, dec(price), dec(quantity)};
}

BookLevel ask(const char* price, const char* quantity)
{
    return BookLevel{Side::Sell, dec(price), dec(quantity)};
}

OrderBook sampleBook()
{
    OrderBook book(QStringLiteral("BTC-USD"));
    book.applySnapshot({bid("100.5", "1"), bid("100", "2"), bid("99", "3"), ask("101", "0.5"),
        ask("102", "1.5"), ask("103.25", "4")});
    return book;
}

} // namespace

class tst_OrderBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotSetsBothSidesBestFirst();
    void updateSetsAbsoluteSizeAndZeroRemoves();
    void snapshotReplacesTheWholeBook();
    void updatesBeforeSnapshotOrAfterInvalidationAreRefused();
    void refusesNegativeSizesAndNonPositivePrices();
    void detectsCrossedBook();
    void imbalanceOverTopLevels();
    void emptyBookHasNoTop();
    void recordedBookNeverCrossesAndMatchesEveryTicker();
};

void tst_OrderBook::snapshotSetsBothSidesBestFirst()
{
    const OrderBook book = sampleBook();
    QVERIFY(book.isValid());
    QCOMPARE(book.bestBid()->price, dec("100.5"));
    QCOMPARE(book.bestAsk()->price, dec("101"));
    QCOMPARE(book.bestAsk()->quantity, dec("0.5"));
    QCOMPARE(*book.spread(), dec("0.5"));
    const auto bids = book.depth(Side::Buy, 2);
    QCOMPARE(bids.size(), size_t(2));
    QCOMPARE(bids[1].price, dec("100"));
    const auto asks = book.depth(Side::Sell, 10);
    QCOMPARE(asks.size(), size_t(3));
    QCOMPARE(asks[2].price, dec("103.25"));
    QCOMPARE(book.bidLevelCount(), size_t(3));
}

void tst_OrderBook::updateSetsAbsoluteSizeAndZeroRemoves()
{
    OrderBook book = sampleBook();
    QVERIFY(book.applyUpdate(bid("100", "7"))); // absolute, not a delta
    QVERIFY(book.applyUpdate(bid("100.5", "0"))); // removes the best bid
    QVERIFY(book.applyUpdate(ask("100.75", "0.1"))); // a new best ask
    QVERIFY(book.applyUpdate(ask("555", "0"))); // removing a missing level is harmless
    QCOMPARE(book.bestBid()->price, dec("100"));
    QCOMPARE(book.bestBid()->quantity, dec("7"));
    QCOMPARE(book.bestAsk()->price, dec("100.75"));
    QCOMPARE(book.askLevelCount(), size_t(4));
}

void tst_OrderBook::snapshotReplacesTheWholeBook()
{
    OrderBook book = sampleBook();
    BookEvent snapshot{QStringLiteral("BTC-USD"), true, {bid("50", "1"), ask("51", "1")}};
    QVERIFY(book.apply(snapshot));
    QCOMPARE(book.bidLevelCount(), size_t(1));
    QCOMPARE(book.bestAsk()->price, dec("51"));
}

void tst_OrderBook::updatesBeforeSnapshotOrAfterInvalidationAreRefused()
{
    OrderBook book(QStringLiteral("BTC-USD"));
    QVERIFY(!book.isValid());
    QVERIFY(!book.applyUpdate(bid("1", "1")));
    QVERIFY(!book.bestBid());

    book = sampleBook();
    book.invalidate();
    QVERIFY(!book.isValid());
    QVERIFY(!book.apply(BookEvent{QStringLiteral("BTC-USD"), false, {bid("100", "9")}}));
    QCOMPARE(book.depth(Side::Buy, 3)[1].quantity, dec("2"));
}

void tst_OrderBook::refusesNegativeSizesAndNonPositivePrices()
{
    OrderBook book = sampleBook();
    QVERIFY(!book.applyUpdate(bid("100", "-1")));
    QVERIFY(!book.applyUpdate(ask("0", "1")));
    QVERIFY(!book.applyUpdate(ask("-5", "1")));
    QCOMPARE(book.bestBid()->price, dec("100.5"));
    QCOMPARE(book.askLevelCount(), size_t(3));
}

void tst_OrderBook::detectsCrossedBook()
{
    OrderBook book = sampleBook();
    QVERIFY(!book.isCrossed());
    book.applyUpdate(bid("101", "1")); // bid equal to the best ask: locked counts as crossed
    QVERIFY(book.isCrossed());
    book.applyUpdate(bid("101", "0"));
    QVERIFY(!book.isCrossed());
}

void tst_OrderBook::imbalanceOverTopLevels()
{
    const OrderBook book = sampleBook();
    QCOMPARE(book.imbalance(1), (1.0 - 0.5) / 1.5);
    QCOMPARE(book.imbalance(2), (3.0 - 2.0) / 5.0);
    QCOMPARE(OrderBook().imbalance(5), 0.0);
}

void tst_OrderBook::emptyBookHasNoTop()
{
    OrderBook book;
    book.applySnapshot({});
    QVERIFY(book.isValid());
    QVERIFY(!book.bestBid());
    QVERIFY(!book.spread());
    QVERIFY(book.depth(Side::Sell, 5).empty());
}

void tst_OrderBook::recordedBookNeverCrossesAndMatchesEveryTicker()
{
    const auto lines = readJsonLines(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl"));
    QVERIFY(lines);
    AdvancedTradeDecoder decoder;
    OrderBook book(QStringLiteral("BTC-USD"));
    int tickersCompared = 0;
    int updatesApplied = 0;
    for (const QByteArray& line : *lines) {
        const auto message = decoder.decode(line);
        QVERIFY(message);
        for (const MarketEvent& event : message->events) {
            if (const auto* bookEvent = std::get_if<BookEvent>(&event)) {
                QVERIFY(book.apply(*bookEvent));
                updatesApplied += int(bookEvent->levels.size());
                QVERIFY2(!book.isCrossed(), qPrintable(QString::number(message->sequenceNum)));
            } else if (const auto* ticker = std::get_if<TickerEvent>(&event);
                       ticker && book.isValid()) {
                QCOMPARE(book.bestBid()->price, ticker->bestBid);
                QCOMPARE(book.bestAsk()->price, ticker->bestAsk);
                ++tickersCompared;
            }
        }
    }
    QCOMPARE(tickersCompared, 70);
    QVERIFY(updatesApplied > 22700);
    QCOMPARE(book.bestBid()->price, dec("65083.66"));
    QCOMPARE(book.bestAsk()->price, dec("65083.67"));
}

QTEST_GUILESS_MAIN(tst_OrderBook)
#include "tst_orderbook.moc"

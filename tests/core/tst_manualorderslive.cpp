#include "demodata.h"
#include "fakevenue.h"
#include "testkeys.h"

#include "core/engine/tradingsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using namespace Candela::Core;

namespace {

const QString Btc = QStringLiteral("BTC-USD");

Decimal dec(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

ManualOrder manual(Side side, OrderType type, const char* quantity)
{
    ManualOrder order;
    order.productId = Btc;
    order.side = side;
    order.type = type;
    order.quantity = dec(quantity);
    return order;
}

} // namespace

// The order ticket's orders at Coinbase (the fake venue on 127.0.0.1), through the one trading
// session the window uses: Coinbase's preview before a live order is confirmed; a post-only
// limit, a stop-limit and a bracket in the request shapes Coinbase takes, cancelled from the
// Orders dock; a market buy and the bracket's fill booked into the Manual ledger.
class tst_ManualOrdersLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void coinbasePreviewsTheOrderPlacingNothing();
    void eachKindOfOrderReachesCoinbaseAndIsCancelled();
    void aBracketFilledAtCoinbaseClosesTheHolding();
    void theTradersBracketIsStillTheirsAfterARestart();

private:
    // The venue's order with this client id (null until it has one).
    const Test::FakeVenue::Order* venueOrder(const QString& clientOrderId) const;
    // The id of a trader's order that the session shows and the test did not know (none yet:
    // empty).
    QString unknownManualOrder();
    // Waits for the trader's next order to show, and knows it from then on.
    QString newManualOrder();
    // A market buy of 0.01 filled, then a bracket selling it (target and stop 1000 from the
    // price) sent: the bracket, and its client id.
    std::pair<ManualOrder, QString> holdingUnderABracket();
    // The session's order with this id as it is now.
    std::optional<Order> sessionOrder(const QString& clientOrderId);

    std::optional<SigningKey> m_key;
    std::unique_ptr<Test::FakeVenue> m_venue;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TradingSession> m_session;
    Decimal m_price; // the market's last price
    QStringList m_known; // the trader's orders seen so far
    SessionOptions m_options;
};

void tst_ManualOrdersLive::init()
{
    auto key = SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    m_key = *key;
    const QString keyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
    m_venue = std::make_unique<Test::FakeVenue>(key->publicKeyPem(), keyName);
    const int count = 300;
    const std::vector<Candle> candles = TestData::demoCandles(count);
    m_price = candles.back().close;
    m_venue->setPrice(Btc, m_price);
    m_venue->setBalance(QStringLiteral("USD"), Decimal::fromInteger(100000));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("candles.csv"));
    QVERIFY(TestData::writeDemoCandles(path, count));

    SessionOptions& options = m_options;
    options = {};
    options.market = CandleMarket{path, Btc, 0.0, {}};
    options.chartProduct = Btc;
    CoinbaseExecution::Config execution;
    execution.pollEvery = std::chrono::milliseconds(20);
    options.venue = CoinbaseVenue{m_venue->clientConfig(), {*key, keyName}, execution, std::nullopt,
        m_dir->filePath(QStringLiteral("live.sqlite")), Decimal::fromInteger(10000)};
    m_session = std::make_unique<TradingSession>();
    QSignalSpy finished(m_session.get(), &TradingSession::marketFinished);
    QVERIFY(m_session->start(options));
    QVERIFY(finished.wait(30000)); // no bots: the market's price is all the trader needs
}

void tst_ManualOrdersLive::cleanup()
{
    m_session.reset();
    m_venue.reset();
    m_dir.reset();
    m_known.clear();
}

const Test::FakeVenue::Order* tst_ManualOrdersLive::venueOrder(const QString& clientOrderId) const
{
    for (const Test::FakeVenue::Order& order : m_venue->orders()) {
        if (order.clientOrderId == clientOrderId)
            return &order;
    }
    return nullptr;
}

QString tst_ManualOrdersLive::unknownManualOrder()
{
    const SessionSnapshot now = m_session->snapshotNow();
    for (const Order& order : now.trading->orders) {
        if (order.botId == ManualLedger && !m_known.contains(order.clientOrderId))
            return order.clientOrderId;
    }
    return {};
}

QString tst_ManualOrdersLive::newManualOrder()
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!unknownManualOrder().isEmpty(), 10000); }();
    const QString id = unknownManualOrder();
    m_known.append(id);
    return id;
}

std::optional<Order> tst_ManualOrdersLive::sessionOrder(const QString& clientOrderId)
{
    const SessionSnapshot now = m_session->snapshotNow();
    for (const Order& order : now.trading->orders) {
        if (order.clientOrderId == clientOrderId)
            return order;
    }
    return std::nullopt;
}

void tst_ManualOrdersLive::coinbasePreviewsTheOrderPlacingNothing()
{
    QSignalSpy previewed(m_session.get(), &TradingSession::manualOrderPreviewed);
    ManualOrder limit = manual(Side::Buy, OrderType::Limit, "0.01");
    limit.limitPrice = *m_price.minus(Decimal::fromInteger(100));
    limit.postOnly = true;
    m_session->previewManualOrder(limit, 7);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(previewed.at(0).at(0).toULongLong(), quint64(7));
    const auto preview = previewed.at(0).at(1).value<ManualOrderPreview>();
    QVERIFY2(preview.problem.isEmpty(), qPrintable(preview.problem));
    // The notional at the limit, and the maker's fee on it (the venue's rate: 0.4 %).
    const Decimal notional = *limit.limitPrice->times(limit.quantity);
    const Decimal fee = *notional.times(m_venue->makerFeeRate);
    QCOMPARE(preview.commissionTotal, fee);
    QCOMPARE(preview.orderTotal, *notional.plus(preview.commissionTotal));
    QVERIFY(preview.errors.isEmpty());
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders/preview")), 1);

    // More than the account holds: Coinbase says it would refuse it.
    limit.quantity = Decimal::fromInteger(5);
    m_session->previewManualOrder(limit, 8);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(previewed.at(1).at(1).value<ManualOrderPreview>().errors,
        QStringList{QStringLiteral("PREVIEW_INSUFFICIENT_FUND")});
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders")), 0);
    QVERIFY(m_venue->orders().empty());
}

void tst_ManualOrdersLive::eachKindOfOrderReachesCoinbaseAndIsCancelled()
{
    const Decimal hundred = Decimal::fromInteger(100);
    ManualOrder limit = manual(Side::Buy, OrderType::Limit, "0.01");
    limit.limitPrice = *m_price.minus(hundred);
    limit.postOnly = true;
    m_session->placeManualOrder(limit);
    const QString limitId = newManualOrder();
    QVERIFY(!limitId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(venueOrder(limitId), 10000);
    QCOMPARE(venueOrder(limitId)->configuration, QStringLiteral("limit_limit_gtc"));
    QVERIFY(venueOrder(limitId)->postOnly);
    QCOMPARE(venueOrder(limitId)->limitPrice, *limit.limitPrice);
    QCOMPARE(venueOrder(limitId)->side, QStringLiteral("BUY"));
    QTRY_COMPARE_WITH_TIMEOUT(sessionOrder(limitId)->status, OrderStatus::Accepted, 10000);
    m_session->cancelOrder(limitId);
    QTRY_COMPARE_WITH_TIMEOUT(venueOrder(limitId)->status, QStringLiteral("CANCELLED"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sessionOrder(limitId)->status, OrderStatus::Cancelled, 10000);

    // A buy stop-limit over the market: the stop goes up.
    ManualOrder stop = manual(Side::Buy, OrderType::StopLimit, "0.01");
    stop.stopPrice = *m_price.plus(hundred);
    stop.limitPrice = *stop.stopPrice->plus(Decimal::fromInteger(50));
    m_session->placeManualOrder(stop);
    const QString stopId = newManualOrder();
    QVERIFY(!stopId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(venueOrder(stopId), 10000);
    QCOMPARE(venueOrder(stopId)->configuration, QStringLiteral("stop_limit_stop_limit_gtc"));
    QCOMPARE(venueOrder(stopId)->stopPrice, *stop.stopPrice);
    QCOMPARE(venueOrder(stopId)->limitPrice, *stop.limitPrice);
    m_session->cancelOrder(stopId);
    QTRY_COMPARE_WITH_TIMEOUT(sessionOrder(stopId)->status, OrderStatus::Cancelled, 10000);
    QCOMPARE(venueOrder(stopId)->status, QStringLiteral("CANCELLED"));
    QVERIFY(m_venue->authProblems().isEmpty());
}

std::pair<ManualOrder, QString> tst_ManualOrdersLive::holdingUnderABracket()
{
    m_session->placeManualOrder(manual(Side::Buy, OrderType::Market, "0.01"));
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_session->snapshotNow().trading->positions.size(), size_t(1), 10000);
    }();
    const QString buyId = newManualOrder();
    if (venueOrder(buyId))
        [&] { QCOMPARE(venueOrder(buyId)->configuration, QStringLiteral("market_market_ioc")); }();
    const Decimal thousand = Decimal::fromInteger(1000);
    ManualOrder bracket = manual(Side::Sell, OrderType::Bracket, "0.01");
    bracket.limitPrice = *m_price.plus(thousand);
    bracket.stopPrice = *m_price.minus(thousand);
    m_session->placeManualOrder(bracket);
    const QString bracketId = newManualOrder();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(venueOrder(bracketId), 10000); }();
    return {bracket, bracketId};
}

void tst_ManualOrdersLive::aBracketFilledAtCoinbaseClosesTheHolding()
{
    const auto [bracket, bracketId] = holdingUnderABracket();
    QVERIFY(venueOrder(bracketId));
    const Test::FakeVenue::Order sent = *venueOrder(bracketId);
    QCOMPARE(sent.configuration, QStringLiteral("trigger_bracket_gtc"));
    QCOMPARE(sent.limitPrice, *bracket.limitPrice);
    QCOMPARE(sent.stopPrice, *bracket.stopPrice);
    QCOMPARE(sent.side, QStringLiteral("SELL"));

    // The target is reached at Coinbase: the fill is booked, the holding closed.
    m_venue->fillResting(sent.orderId, sent.size, *bracket.limitPrice);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshotNow().trading->positions.empty(), 10000);
    const SessionSnapshot after = m_session->snapshotNow();
    QCOMPARE(after.trading->trades.size(), size_t(1));
    const ClosedTrade& trade = after.trading->trades.front();
    QCOMPARE(trade.botId, ManualLedger);
    QCOMPARE(trade.exitPrice, *bracket.limitPrice);
    QCOMPARE(trade.exitReason, ExitReason::Manual);
    QCOMPARE(m_venue->ordersWithClientId(bracketId), 1);
}

// A restart while the trader's bracket rests at Coinbase: it is taken up as the trader's order
// (not as a bot's protective stop, which would cancel it or let a second sell of the same coins
// through), and its fill is booked when it comes.
void tst_ManualOrdersLive::theTradersBracketIsStillTheirsAfterARestart()
{
    const auto [bracket, bracketId] = holdingUnderABracket();
    QVERIFY(venueOrder(bracketId));
    QTRY_COMPARE_WITH_TIMEOUT(sessionOrder(bracketId)->status, OrderStatus::Accepted, 10000);
    const QString venueId = venueOrder(bracketId)->orderId;

    m_session->stop();
    QSignalSpy finished(m_session.get(), &TradingSession::marketFinished);
    QVERIFY(m_session->start(m_options));
    QVERIFY(finished.wait(30000));
    QCOMPARE(sessionOrder(bracketId)->status, OrderStatus::Accepted); // working, the trader's
    QCOMPARE(m_venue->order(venueId)->status, QStringLiteral("OPEN"));
    // One working order of the ledger: a second sell of the same coins is refused.
    m_session->placeManualOrder(manual(Side::Sell, OrderType::Market, "0.01"));
    const int sells = int(m_venue->orders().size());
    m_venue->fillResting(venueId, dec("0.01"), *bracket.limitPrice);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshotNow().trading->positions.empty(), 10000);
    QCOMPARE(int(m_venue->orders().size()), sells);
    const SessionSnapshot after = m_session->snapshotNow();
    QCOMPARE(after.trading->trades.size(), size_t(1));
    QCOMPARE(after.trading->trades.front().exitReason, ExitReason::Manual);
    QCOMPARE(after.trading->trades.front().exitPrice, *bracket.limitPrice);
}

QTEST_GUILESS_MAIN(tst_ManualOrdersLive)
#include "tst_manualorderslive.moc"

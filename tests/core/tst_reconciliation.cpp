#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/reconciler.h"
#include "core/engine/livejournal.h"
#include "core/storage/journalstore.h"

#include "decimalliteral.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Candela::Core;
using namespace Candela::Core::CoinbaseOrders;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;
using Fault = FakeVenue::Fault;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

VenueOrder venueOrder(const QString& venueId, const QString& clientId, const QString& status)
{
    VenueOrder order;
    order.venueOrderId = venueId;
    order.clientOrderId = clientId;
    order.productId = QStringLiteral("BTC-USD");
    order.side = Side::Buy;
    order.venueStatus = status;
    order.status = statusFromVenue(status, false);
    return order;
}

VenueFill venueFill(const QString& tradeId, const QString& venueId, const char* size,
    const char* price, const char* fee)
{
    VenueFill fill;
    fill.fill.tradeId = tradeId;
    fill.fill.venueOrderId = venueId;
    fill.fill.productId = QStringLiteral("BTC-USD");
    fill.fill.size = dec(size);
    fill.fill.price = dec(price);
    fill.fill.fee = dec(fee);
    return fill; // side unknown: the order's applies
}

Order localOrder(const QString& clientId, const QString& venueId)
{
    Order order;
    order.clientOrderId = clientId;
    order.venueOrderId = venueId;
    order.productId = QStringLiteral("BTC-USD");
    order.side = Side::Buy;
    order.type = OrderType::Limit;
    order.quantity = dec("0.01");
    order.limitPrice = dec("70000");
    order.status = OrderStatus::Accepted;
    return order;
}

Balance balance(const char* currency, const char* amount)
{
    return {QString::fromLatin1(currency), dec(amount), Decimal{}};
}

} // namespace

class tst_Reconciliation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void warmRestartMatchesAndAddsNothing();
    void divergenceBlocksTheCurrency();
    void ordersPlacedElsewhereAreExternal();
    void missedFillsAreAdoptedOnce();
    void offlineFillsAtTheVenueAreAdoptedOnce();
    void fetchFailureMeansNotReady();
    void retryAsksTheJournalAgain();
    void unusableFillBlocksItsCurrencies();
    void queuedOrdersPlacedElsewhereAreSeen();
    void killSwitchCancelsEveryOpenOrderIncludingExternal();
    void killSwitchPressedOfflineCancelsOnceBack();
    void liveJournalBookIsTheStartMovedByItsFills();

private:
    std::optional<SigningKey> m_key;
    SystemClock m_clock;
    std::unique_ptr<FakeVenue> m_venue;
    std::unique_ptr<TradingRestClient> m_rest;
};

void tst_Reconciliation::initTestCase()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    m_key = *key;
}

void tst_Reconciliation::init()
{
    m_venue = std::make_unique<FakeVenue>(m_key->publicKeyPem(), KeyName);
    m_venue->setPrice(QStringLiteral("BTC-USD"), dec("80000"));
    m_rest = std::make_unique<TradingRestClient>(
        m_venue->clientConfig(), TradingRestClient::Credentials{*m_key, KeyName}, m_clock);
}

void tst_Reconciliation::cleanup()
{
    m_rest.reset();
    m_venue.reset();
}

// T14: a journal that matches the venue reconciles to nothing, however often.
void tst_Reconciliation::warmRestartMatchesAndAddsNothing()
{
    LocalBook local;
    local.clientOrderIds = {QStringLiteral("c-1")};
    local.tradeIds = {QStringLiteral("t-1")};
    local.balances = {{QStringLiteral("BTC"), dec("0.5")}, {QStringLiteral("USD"), dec("1000.25")}};
    VenueBook venue;
    venue.fills = {venueFill(QStringLiteral("t-1"), QStringLiteral("v-1"), "0.5", "60000", "180")};
    venue.ourOrders
        = {venueOrder(QStringLiteral("v-1"), QStringLiteral("c-1"), QStringLiteral("FILLED"))};
    venue.balances = {balance("BTC", "0.5"), balance("USD", "1000.25")};
    for (int restart = 0; restart < 20; ++restart) {
        const ReconcileReport report = reconcile(local, venue);
        QVERIFY(report.clean());
        QVERIFY(report.fillsToAdopt.empty());
        QVERIFY(report.externalOrders.empty());
        QVERIFY(!report.blocks(QStringLiteral("BTC-USD")));
    }
}

// T15: the journal says 0.5 BTC, the venue 0.3: the product is unreconciled, never flat.
void tst_Reconciliation::divergenceBlocksTheCurrency()
{
    LocalBook local;
    local.balances = {{QStringLiteral("BTC"), dec("0.5")}, {QStringLiteral("USD"), dec("1000")}};
    VenueBook venue;
    venue.balances = {balance("BTC", "0.3"), balance("USD", "1000")};
    const ReconcileReport report = reconcile(local, venue);
    QVERIFY(!report.clean());
    QCOMPARE(report.mismatches.size(), size_t(1));
    QCOMPARE(report.mismatches.front().currency, QStringLiteral("BTC"));
    QCOMPARE(report.mismatches.front().local, dec("0.5"));
    QCOMPARE(report.mismatches.front().venue, dec("0.3"));
    QVERIFY(report.blocks(QStringLiteral("BTC-USD")));
    QVERIFY(report.blocks(QStringLiteral("ETH-BTC")));
    QVERIFY(!report.blocks(QStringLiteral("ETH-USD")));
    // Within a stated tolerance it is the same.
    QVERIFY(reconcile(local, venue, dec("0.25")).clean());

    // An order the journal has open and the venue has never heard of also blocks its product.
    LocalBook withOrder;
    withOrder.openOrders = {localOrder(QStringLiteral("c-9"), QStringLiteral("v-9"))};
    withOrder.clientOrderIds = {QStringLiteral("c-9")};
    const ReconcileReport missing = reconcile(withOrder, VenueBook{});
    QCOMPARE(missing.missingAtVenue.size(), size_t(1));
    QVERIFY(missing.blocks(QStringLiteral("BTC-USD")));
    // One journaled or sent without an answer yet is on its way, not a difference; one whose
    // send went unanswered (SubmitUnknown) is, until a lookup finds it.
    for (const OrderStatus status : {OrderStatus::New, OrderStatus::Submitted}) {
        withOrder.openOrders.front().status = status;
        withOrder.openOrders.front().venueOrderId.clear();
        QVERIFY(reconcile(withOrder, VenueBook{}).clean());
    }
    withOrder.openOrders.front().status = OrderStatus::SubmitUnknown;
    QVERIFY(reconcile(withOrder, VenueBook{}).blocks(QStringLiteral("BTC-USD")));
}

// T18 (reconcile half): an open order at the venue with a client id Candela never minted.
void tst_Reconciliation::ordersPlacedElsewhereAreExternal()
{
    LocalBook local;
    local.clientOrderIds = {QStringLiteral("c-1")};
    local.openOrders = {localOrder(QStringLiteral("c-1"), QStringLiteral("v-1"))};
    VenueBook venue;
    venue.openOrders
        = {venueOrder(QStringLiteral("v-1"), QStringLiteral("c-1"), QStringLiteral("OPEN")),
            venueOrder(QStringLiteral("v-web"), QStringLiteral("web-1"), QStringLiteral("OPEN"))};
    const ReconcileReport report = reconcile(local, venue);
    QCOMPARE(report.externalOrders.size(), size_t(1));
    QCOMPARE(report.externalOrders.front().venueOrderId, QStringLiteral("v-web"));
    QVERIFY(report.endedAtVenue.empty());
    QVERIFY(report.clean());
}

void tst_Reconciliation::missedFillsAreAdoptedOnce()
{
    LocalBook local;
    local.clientOrderIds = {QStringLiteral("c-1")};
    local.openOrders = {localOrder(QStringLiteral("c-1"), QStringLiteral("v-1"))};
    local.tradeIds = {QStringLiteral("t-1")};
    local.balances
        = {{QStringLiteral("BTC"), dec("0.004")}, {QStringLiteral("USD"), dec("719.832")}};
    VenueBook venue;
    venue.ourOrders
        = {venueOrder(QStringLiteral("v-1"), QStringLiteral("c-1"), QStringLiteral("FILLED"))};
    const VenueFill second
        = venueFill(QStringLiteral("t-2"), QStringLiteral("v-1"), "0.006", "70000", "1.68");
    venue.fills
        = {venueFill(QStringLiteral("t-1"), QStringLiteral("v-1"), "0.004", "70000", "1.12"),
            second, second}; // REST paging overlap: the same fill twice
    venue.balances = {balance("BTC", "0.01"), balance("USD", "298.152")};
    const ReconcileReport report = reconcile(local, venue);
    QCOMPARE(report.fillsToAdopt.size(), size_t(1));
    const Fill& adopted = report.fillsToAdopt.front();
    QCOMPARE(adopted.tradeId, QStringLiteral("t-2"));
    QCOMPARE(adopted.clientOrderId, QStringLiteral("c-1"));
    QCOMPARE(adopted.side, Side::Buy);
    QCOMPARE(adopted.fee, dec("1.68"));
    QCOMPARE(report.endedAtVenue.size(), size_t(1));
    // 719.832 − 0.006 × 70000 − 1.68 = 298.152: balanced once the fill is counted.
    QVERIFY2(report.clean(),
        qPrintable(report.mismatches.empty() ? QString() : report.mismatches.front().currency));
}

// T13: the app is away while the venue fills a resting order in two parts, with fees.
void tst_Reconciliation::offlineFillsAtTheVenueAreAdoptedOnce()
{
    m_venue->setBalance(QStringLiteral("USD"), dec("1000"));
    Order resting = localOrder(QStringLiteral("c-rest"), {});
    std::optional<TradingRestClient::SubmitResult> placed;
    m_rest->submitOrder(resting, [&](auto r) { placed = r; });
    QTRY_VERIFY(placed.has_value());
    QCOMPARE(placed->kind, TradingRestClient::SubmitResult::Kind::Accepted);
    resting.venueOrderId = placed->venueOrderId;

    LocalBook local;
    local.clientOrderIds = {resting.clientOrderId};
    local.openOrders = {resting};
    local.balances = {{QStringLiteral("USD"), dec("1000")}};
    // Away: a partial fill, then the rest.
    m_venue->fillResting(resting.venueOrderId, dec("0.004"), dec("70000"));
    m_venue->fillResting(resting.venueOrderId, dec("0.006"), dec("70000"));

    Reconciler reconciler(*m_rest, {});
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    reconciler.run(local);
    QTRY_COMPARE(finished.count(), 1);
    const auto report = finished.takeFirst().at(0).value<ReconcileReport>();
    QCOMPARE(report.fillsToAdopt.size(), size_t(2));
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(report.fillsToAdopt[i].tradeId, m_venue->fills()[i].tradeId);
        QCOMPARE(report.fillsToAdopt[i].fee, m_venue->fills()[i].commission);
        QCOMPARE(report.fillsToAdopt[i].size, m_venue->fills()[i].size);
    }
    QVERIFY(report.clean()); // cash and position equal the venue's after adopting them
    QCOMPARE(report.endedAtVenue.size(), size_t(1));

    // The next start, with the fills journaled: nothing more to adopt.
    for (const Fill& fill : report.fillsToAdopt) {
        local.tradeIds.insert(fill.tradeId);
        QVERIFY(applyFillToBalances(fill, local.balances));
    }
    local.openOrders.clear();
    reconciler.run(local);
    QTRY_COMPARE(finished.count(), 1);
    const auto again = finished.takeFirst().at(0).value<ReconcileReport>();
    QVERIFY(again.fillsToAdopt.empty());
    QVERIFY(again.clean());
    QCOMPARE(local.balances[QStringLiteral("BTC")], m_venue->balance(QStringLiteral("BTC")));
    QCOMPARE(local.balances[QStringLiteral("USD")], m_venue->balance(QStringLiteral("USD")));
}

// T16: list-orders failing at start leaves live trading not ready, and it keeps trying.
void tst_Reconciliation::fetchFailureMeansNotReady()
{
    // Two runs' worth of failures: each GET tries four times.
    m_venue->scriptGetFaults(QStringLiteral("/orders/historical/batch"),
        QList<Fault>(4, Fault::ServerErrorBefore) + QList<Fault>(4, Fault::TimeoutBefore));
    Reconciler::Config config;
    config.initialBackoff = std::chrono::milliseconds(20);
    Reconciler reconciler(*m_rest, config);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    QSignalSpy notReady(&reconciler, &Reconciler::notReady);
    reconciler.run(LocalBook{});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(notReady.count(), 2);
    QVERIFY(notReady.at(0).at(0).toString().contains(QLatin1String("HTTP 500")));
    QVERIFY(notReady.at(1).at(0).toString().contains(QLatin1String("timed out")));
    QCOMPARE(reconciler.attempts(), 3);
}

// A retry compares what the journal holds then, not the copy from the failed attempt.
void tst_Reconciliation::retryAsksTheJournalAgain()
{
    m_venue->scriptGetFaults(
        QStringLiteral("/orders/historical/batch"), QList<Fault>(4, Fault::ServerErrorBefore));
    Reconciler::Config config;
    config.initialBackoff = std::chrono::milliseconds(20);
    Reconciler reconciler(*m_rest, config);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    int asked = 0;
    reconciler.run([&asked] {
        ++asked;
        LocalBook book;
        book.balances[QStringLiteral("USD")] = Decimal::fromInteger(asked); // what changed
        return book;
    });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(asked, 2);
    const auto report = finished.at(0).at(0).value<ReconcileReport>();
    QCOMPARE(report.mismatches.front().local, Decimal::fromInteger(2));
}

void tst_Reconciliation::unusableFillBlocksItsCurrencies()
{
    LocalBook local;
    local.clientOrderIds = {QStringLiteral("c-1")};
    local.openOrders = {localOrder(QStringLiteral("c-1"), QStringLiteral("v-1"))};
    VenueBook venue;
    VenueOrder ours
        = venueOrder(QStringLiteral("v-1"), QStringLiteral("c-1"), QStringLiteral("FILLED"));
    venue.ourOrders = {ours};
    VenueFill huge
        = venueFill(QStringLiteral("t-1"), QStringLiteral("v-1"), "9000000000", "9000000000", "0");
    venue.fills = {huge}; // a notional past Decimal's range: it cannot be counted
    const ReconcileReport report = reconcile(local, venue);
    QVERIFY(report.blocks(QStringLiteral("BTC-USD")));
    QVERIFY(report.blockedCurrencies.contains(QStringLiteral("BTC")));
    QVERIFY(report.blockedCurrencies.contains(QStringLiteral("USD")));
    QVERIFY(!report.clean());
}

// An order placed elsewhere that Coinbase still holds as QUEUED may trade: it is external too.
void tst_Reconciliation::queuedOrdersPlacedElsewhereAreSeen()
{
    const QString open = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.1"), dec("60000"));
    const QString queued = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("SELL"), dec("0.1"), dec("99000"));
    m_venue->setStatus(queued, QStringLiteral("QUEUED"));
    Reconciler reconciler(*m_rest, {});
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    reconciler.run(LocalBook{});
    QTRY_COMPARE(finished.count(), 1);
    const auto report = finished.at(0).at(0).value<ReconcileReport>();
    QStringList external;
    for (const VenueOrder& order : report.externalOrders)
        external << order.venueOrderId;
    external.sort();
    QStringList expected{open, queued};
    expected.sort();
    QCOMPARE(external, expected);
}

// T18, T29 (venue half): the kill switch cancels Candela's orders and ones placed elsewhere.
void tst_Reconciliation::killSwitchCancelsEveryOpenOrderIncludingExternal()
{
    CoinbaseExecution::Config config;
    config.checkEvery = std::chrono::milliseconds(20);
    config.pollEvery = std::chrono::milliseconds(20);
    CoinbaseExecution execution(*m_rest, m_clock, config);
    execution.submit(localOrder(QStringLiteral("mine"), {}));
    QTRY_COMPARE(m_venue->orders().size(), size_t(1));
    const QString external = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("SELL"), dec("0.2"), dec("95000"));
    QSignalSpy clear(&execution, &CoinbaseExecution::venueClear);
    execution.cancelAllAtVenue();
    QTRY_COMPARE(clear.count(), 1);
    for (const FakeVenue::Order& order : m_venue->orders())
        QCOMPARE(order.status, QStringLiteral("CANCELLED"));
    QCOMPARE(m_venue->order(external)->status, QStringLiteral("CANCELLED"));
    QTRY_COMPARE(execution.openCount(), 0);
}

// T31: pressed while Coinbase cannot be reached; the cancel-all goes out when it can.
void tst_Reconciliation::killSwitchPressedOfflineCancelsOnceBack()
{
    const QString resting = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.1"), dec("60000"));
    // Offline: three rounds of listing fail (four tries each).
    m_venue->scriptGetFaults(
        QStringLiteral("/orders/historical/batch"), QList<Fault>(12, Fault::ServerErrorBefore));
    CoinbaseExecution::Config config;
    config.checkEvery = std::chrono::milliseconds(20);
    CoinbaseExecution execution(*m_rest, m_clock, config);
    QSignalSpy clear(&execution, &CoinbaseExecution::venueClear);
    execution.cancelAllAtVenue();
    QVERIFY(execution.isCancellingAll());
    QTRY_COMPARE_WITH_TIMEOUT(clear.count(), 1, 10'000);
    QCOMPARE(m_venue->order(resting)->status, QStringLiteral("CANCELLED"));
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders/batch_cancel")), 1);
    QVERIFY(!execution.isCancellingAll());
}

// The live journal as reconciliation sees it: before live trading ever started there is nothing
// to compare the venue's balances with; after, the portfolio should hold its start moved by
// every journaled fill — and a fill missing from the journal shows as a difference.
void tst_Reconciliation::liveJournalBookIsTheStartMovedByItsFills()
{
    QTemporaryDir dir;
    JournalStore journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("live.sqlite"))));
    Order order;
    order.clientOrderId = QStringLiteral("c-1");
    order.botId = QStringLiteral("bot");
    order.productId = QStringLiteral("BTC-USD");
    order.quantity = dec("0.01");
    order.status = OrderStatus::Filled;
    QVERIFY(journal.recordOrder(order));
    Order working = order;
    working.clientOrderId = QStringLiteral("c-2");
    working.status = OrderStatus::SubmitUnknown;
    QVERIFY(journal.recordOrder(working));

    auto before = LiveJournal::localBook(journal);
    QVERIFY(before);
    QVERIFY(!before->balancesKnown);
    QCOMPARE(before->clientOrderIds.size(), 2);
    QCOMPARE(before->openOrders.size(), size_t(1));
    QCOMPARE(before->openOrders.front().clientOrderId, QStringLiteral("c-2"));
    // Unknown balances are shown, not held against the journal.
    VenueBook venue;
    venue.balances = {{QStringLiteral("USD"), dec("1000"), dec("0")}};
    QVERIFY(reconcile(*before, venue).mismatches.empty());

    QVERIFY(LiveJournal::recordStartBalances(journal,
        {{QStringLiteral("USD"), dec("900"), dec("100")}, {QStringLiteral("BTC"), dec("0"), {}}}));
    // A second start keeps the first.
    QVERIFY(LiveJournal::recordStartBalances(journal, {{QStringLiteral("USD"), dec("5"), {}}}));
    Fill fill;
    fill.clientOrderId = QStringLiteral("c-1");
    fill.tradeId = QStringLiteral("t-1");
    fill.productId = QStringLiteral("BTC-USD");
    fill.side = Side::Buy;
    fill.price = dec("50000");
    fill.size = dec("0.01");
    fill.fee = dec("3");
    QVERIFY(journal.recordFill(fill, QStringLiteral("bot")));

    auto after = LiveJournal::localBook(journal);
    QVERIFY(after);
    QVERIFY(after->balancesKnown);
    QCOMPARE(after->balances.at(QStringLiteral("USD")), dec("497"));
    QCOMPARE(after->balances.at(QStringLiteral("BTC")), dec("0.01"));
    QVERIFY(after->tradeIds.contains(QStringLiteral("t-1")));
    venue.balances = {{QStringLiteral("USD"), dec("497"), dec("0")},
        {QStringLiteral("BTC"), dec("0.01"), dec("0")}};
    QVERIFY(reconcile(*after, venue).mismatches.empty());
    // Money moved by hand (or a fill the journal never saw) is a difference.
    venue.balances.front().available = dec("400");
    const ReconcileReport differs = reconcile(*after, venue);
    QCOMPARE(differs.mismatches.size(), size_t(1));
    QCOMPARE(differs.mismatches.front().currency, QStringLiteral("USD"));
    QVERIFY(differs.blocks(QStringLiteral("BTC-USD")));

    // The user takes Coinbase's figures (money moved by hand): from then on those are expected,
    // moved by the fills to come, and the change is on the record. Taking another currency's
    // figure changes nothing here.
    venue.balances.back().available = dec("0.02");
    QVERIFY(LiveJournal::acceptVenueBalances(
        journal, venue.balances, fromUnixSeconds(1000), {QStringLiteral("USD")}));
    auto usdOnly = LiveJournal::localBook(journal);
    QCOMPARE(usdOnly->balances.at(QStringLiteral("USD")), dec("400"));
    QCOMPARE(usdOnly->balances.at(QStringLiteral("BTC")), dec("0.01"));
    const ReconcileReport btcLeft = reconcile(*usdOnly, venue);
    QCOMPARE(btcLeft.mismatches.size(), size_t(1));
    QCOMPARE(btcLeft.mismatches.front().currency, QStringLiteral("BTC"));
    venue.balances.back().available = dec("0.01");
    auto accepted = LiveJournal::localBook(journal);
    QVERIFY(accepted);
    QCOMPARE(accepted->balances.at(QStringLiteral("USD")), dec("400"));
    QCOMPARE(accepted->balances.at(QStringLiteral("BTC")), dec("0.01"));
    QVERIFY(reconcile(*accepted, venue).mismatches.empty());
    Fill sell = fill;
    sell.tradeId = QStringLiteral("t-2");
    sell.side = Side::Sell;
    sell.fee = dec("1");
    QVERIFY(journal.recordFill(sell, QStringLiteral("bot")));
    const auto moved = LiveJournal::localBook(journal);
    QCOMPARE(moved->balances.at(QStringLiteral("USD")), dec("899")); // 400 + 500 − 1
    QCOMPARE(moved->balances.at(QStringLiteral("BTC")), dec("0"));
    const auto audit = journal.loadAudit();
    QVERIFY(std::any_of(audit->begin(), audit->end(), [](const AuditEntry& entry) {
        return entry.kind == QLatin1String("balances_accepted")
            && entry.detail.contains(QStringLiteral("USD 497 → 400"));
    }));
    // No currency named: every difference is taken at once.
    venue.balances = {{QStringLiteral("USD"), dec("880"), dec("0")},
        {QStringLiteral("BTC"), dec("0.5"), dec("0")}};
    QCOMPARE(reconcile(*moved, venue).mismatches.size(), size_t(2));
    QVERIFY(LiveJournal::acceptVenueBalances(journal, venue.balances, fromUnixSeconds(2000), {}));
    const auto all = LiveJournal::localBook(journal);
    QCOMPARE(all->balances.at(QStringLiteral("USD")), dec("880"));
    QCOMPARE(all->balances.at(QStringLiteral("BTC")), dec("0.5"));
    QVERIFY(reconcile(*all, venue).mismatches.empty());
}

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_reconciliation.moc"

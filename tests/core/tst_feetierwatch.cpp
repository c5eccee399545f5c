#include "core/coinbase/feetierwatch.h"
#include "core/coinbase/tradingrestclient.h"

#include "decimalliteral.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;

namespace {
const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
const QString Summary = QStringLiteral("/transaction_summary");
} // namespace

// The account's fee tier is read when live trading starts and again at an order once it is old;
// a change of tier reaches whoever listens, a failed read is tried again at the next order.
class tst_FeeTierWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAgainAtAnOrderOnceOld();
};

void tst_FeeTierWatch::readAgainAtAnOrderOnceOld()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    FakeVenue venue(key->publicKeyPem(), KeyName);
    TradingRestClient::Config config;
    config.baseUrl = venue.baseUrl();
    SystemClock signing;
    TradingRestClient rest(config, {*key, KeyName}, signing);
    ManualClock clock(fromUnixSeconds(1751328000));
    FeeTierWatch watch(rest, clock, std::chrono::minutes(5));
    std::vector<CoinbaseOrders::FeeTier> changes;
    connect(&watch, &FeeTierWatch::tierChanged, this,
        [&](const CoinbaseOrders::FeeTier& tier) { changes.push_back(tier); });
    QStringList failures;
    connect(&watch, &FeeTierWatch::readFailed, this, [&](const QString& why) { failures << why; });

    watch.refresh();
    QTRY_COMPARE(changes.size(), size_t(1));
    QCOMPARE(changes.back().takerFeeRate, dec("0.006"));
    QCOMPARE(changes.back().makerFeeRate, dec("0.004"));

    // The account moved up a tier; an order four minutes later still goes by the tier known.
    venue.takerFeeRate = dec("0.0025");
    venue.makerFeeRate = dec("0.0015");
    clock.advance(std::chrono::minutes(4));
    watch.atOrder();
    QVERIFY(!watch.isReading());
    QCOMPARE(venue.getsTo(Summary), 1);

    // Five minutes on, an order reads it again and the new rates are told.
    clock.advance(std::chrono::minutes(1));
    watch.atOrder();
    QVERIFY(watch.isReading());
    watch.atOrder(); // one read at a time
    QTRY_COMPARE(changes.size(), size_t(2));
    QCOMPARE(changes.back().takerFeeRate, dec("0.0025"));
    QCOMPARE(changes.back().makerFeeRate, dec("0.0015"));
    QCOMPARE(venue.getsTo(Summary), 2);

    // A read that fails keeps the tier known and is tried at an order a minute later, not at
    // every fill of an outage; a read that finds the same rates tells nothing.
    clock.advance(std::chrono::minutes(6));
    venue.scriptGetFaults(Summary, {FakeVenue::Fault::Forbidden});
    watch.atOrder();
    QTRY_COMPARE(failures.size(), qsizetype(1));
    QCOMPARE(watch.tier()->takerFeeRate, dec("0.0025"));
    clock.advance(std::chrono::seconds(59));
    watch.atOrder();
    QVERIFY(!watch.isReading());
    clock.advance(std::chrono::seconds(1));
    watch.atOrder();
    QVERIFY(watch.isReading());
    QTRY_VERIFY(!watch.isReading());
    QCOMPARE(venue.getsTo(Summary), 4);
    QCOMPARE(changes.size(), size_t(2));
}

QTEST_GUILESS_MAIN(tst_FeeTierWatch)
#include "tst_feetierwatch.moc"

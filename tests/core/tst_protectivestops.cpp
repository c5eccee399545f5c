#include "core/coinbase/coinbaseexecution.h"
#include "core/execution/protectivestops.h"

#include "decimalliteral.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;
using Fault = FakeVenue::Fault;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
const QString Position = QStringLiteral("BTC Scalper/BTC-USD");

ProtectiveStops::Stop stopUnderLong()
{
    return {QStringLiteral("BTC-USD"), Side::Sell, dec("0.01"), dec("75000"), dec("74900"), {}};
}

} // namespace

// T32: a resting stop at the venue under every position, put back when someone removes it, and an
// alarm when none can be placed.
class tst_ProtectiveStops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stopRestsAtTheVenue();
    void removedStopIsReplaced();
    void refusedStopRaisesTheAlarm();
    void releasedStopIsNotReplaced();
    void stopThatTradedClosesTheGuard();
    void newLevelWaitsForTheOldStopToGo();
    void replacementCoversOnlyWhatIsLeft();

private:
    std::unique_ptr<FakeVenue> m_venue;
    std::unique_ptr<TradingRestClient> m_rest;
    std::unique_ptr<CoinbaseExecution> m_execution;
    std::unique_ptr<ProtectiveStops> m_stops;
    SystemClock m_clock;
};

void tst_ProtectiveStops::init()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    m_venue = std::make_unique<FakeVenue>(key->publicKeyPem(), KeyName);
    m_venue->setPrice(QStringLiteral("BTC-USD"), dec("80000"));
    m_rest = std::make_unique<TradingRestClient>(
        m_venue->clientConfig(), TradingRestClient::Credentials{*key, KeyName}, m_clock);
    CoinbaseExecution::Config config;
    config.pollEvery = std::chrono::milliseconds(20); // the check interval
    m_execution = std::make_unique<CoinbaseExecution>(*m_rest, m_clock, config);
    m_stops = std::make_unique<ProtectiveStops>(*m_execution, m_clock);
}

void tst_ProtectiveStops::cleanup()
{
    m_stops.reset();
    m_execution.reset();
    m_rest.reset();
    m_venue.reset();
}

void tst_ProtectiveStops::stopRestsAtTheVenue()
{
    m_stops->protect(Position, stopUnderLong());
    QTRY_VERIFY(m_stops->isProtected(Position));
    QCOMPARE(m_venue->orders().size(), size_t(1));
    const FakeVenue::Order& stop = m_venue->orders().front();
    QCOMPARE(stop.configuration, QStringLiteral("stop_limit_stop_limit_gtc"));
    QCOMPARE(stop.side, QStringLiteral("SELL"));
    QCOMPARE(stop.size, dec("0.01"));
    QCOMPARE(stop.stopPrice, dec("75000"));
    QCOMPARE(stop.limitPrice, dec("74900"));
    QCOMPARE(stop.status, QStringLiteral("OPEN"));
    QCOMPARE(stop.clientOrderId, m_stops->stopOrderId(Position));
}

void tst_ProtectiveStops::removedStopIsReplaced()
{
    m_stops->protect(Position, stopUnderLong());
    QTRY_VERIFY(m_stops->isProtected(Position));
    const QString first = m_venue->orders().front().orderId;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("placing it again")));
    m_venue->cancelFromOutside(first); // someone in the web UI
    QTRY_COMPARE(m_venue->orders().size(), size_t(2));
    QTRY_VERIFY(m_stops->isProtected(Position));
    const FakeVenue::Order& second = m_venue->orders().back();
    QCOMPARE(second.status, QStringLiteral("OPEN"));
    QCOMPARE(second.stopPrice, dec("75000"));
    QVERIFY(second.clientOrderId != m_venue->orders().front().clientOrderId);
    QCOMPARE(m_stops->stopOrderId(Position), second.clientOrderId);
}

void tst_ProtectiveStops::refusedStopRaisesTheAlarm()
{
    QSignalSpy alarm(m_stops.get(), &ProtectiveStops::unprotected);
    m_venue->scriptFaults(QStringLiteral("/orders"), {Fault::Refuse});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has no stop")));
    m_stops->protect(Position, stopUnderLong());
    QTRY_COMPARE(alarm.count(), 1);
    QCOMPARE(alarm.at(0).at(0).toString(), Position);
    QCOMPARE(alarm.at(0).at(1).toString(), QStringLiteral("INSUFFICIENT_FUND"));
    QVERIFY(!m_stops->isProtected(Position));
    QVERIFY(m_venue->orders().empty());
}

void tst_ProtectiveStops::releasedStopIsNotReplaced()
{
    m_stops->protect(Position, stopUnderLong());
    QTRY_VERIFY(m_stops->isProtected(Position));
    m_stops->release(Position); // the bot closed the position itself
    QTRY_COMPARE(m_venue->orders().front().status, QStringLiteral("CANCELLED"));
    QTRY_COMPARE(m_execution->openCount(), 0);
    QCOMPARE(m_venue->orders().size(), size_t(1));
    QVERIFY(!m_stops->isProtected(Position));
}

void tst_ProtectiveStops::stopThatTradedClosesTheGuard()
{
    QSignalSpy filled(m_stops.get(), &ProtectiveStops::stopFilled);
    m_stops->protect(Position, stopUnderLong());
    QTRY_VERIFY(m_stops->isProtected(Position));
    // The market fell through the stop while Candela was busy: the venue sold the position.
    m_venue->fillResting(m_venue->orders().front().orderId, dec("0.01"), dec("74950"));
    QTRY_COMPARE(filled.count(), 1);
    QCOMPARE(filled.at(0).at(1).value<Fill>().price, dec("74950"));
    QVERIFY(!m_stops->isProtected(Position));
    QTRY_COMPARE(m_execution->openCount(), 0);
    QCOMPARE(m_venue->orders().size(), size_t(1)); // nothing placed again
}

// Raising the stop: the old one is cancelled first, so two stops never rest together.
void tst_ProtectiveStops::newLevelWaitsForTheOldStopToGo()
{
    m_stops->protect(Position, stopUnderLong());
    QTRY_VERIFY(m_stops->isProtected(Position));
    ProtectiveStops::Stop raised = stopUnderLong();
    raised.stopPrice = dec("78000");
    raised.limitPrice = dec("77900");
    m_stops->protect(Position, raised);
    QCOMPARE(m_venue->orders().size(), size_t(1)); // nothing new until the old one is gone
    QTRY_COMPARE(m_venue->orders().size(), size_t(2));
    QTRY_VERIFY(m_stops->isProtected(Position));
    QCOMPARE(m_venue->orders().front().status, QStringLiteral("CANCELLED"));
    QCOMPARE(m_venue->orders().back().status, QStringLiteral("OPEN"));
    QCOMPARE(m_venue->orders().back().stopPrice, dec("78000"));
}

// Part of the position was sold by the stop before someone cancelled the rest of it: the new
// stop covers only what is left.
void tst_ProtectiveStops::replacementCoversOnlyWhatIsLeft()
{
    m_stops->protect(Position, stopUnderLong());
    QTRY_VERIFY(m_stops->isProtected(Position));
    const QString first = m_venue->orders().front().orderId;
    m_venue->fillResting(first, dec("0.004"), dec("74950"));
    QSignalSpy filled(m_stops.get(), &ProtectiveStops::stopFilled);
    QTRY_COMPARE(filled.count(), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("placing it again")));
    m_venue->cancelFromOutside(first);
    QTRY_COMPARE(m_venue->orders().size(), size_t(2));
    QCOMPARE(m_venue->orders().back().size, dec("0.006"));
}

QTEST_GUILESS_MAIN(tst_ProtectiveStops)
#include "tst_protectivestops.moc"

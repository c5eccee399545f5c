#include "core/coinbase/livereadiness.h"
#include "core/coinbase/publicrestclient.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/coinbase/userchannel.h"

#include "decimalliteral.h"
#include "fakecoinbaseserver.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QSignalSpy>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeCoinbaseServer;
using Candela::Test::FakeVenue;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

LiveGateInput allGood()
{
    LiveGateInput input;
    input.keyStored = true;
    input.permissions = KeyPermissions{true, true, false, QStringLiteral("bots"), {}};
    input.expectedPortfolio = QStringLiteral("bots");
    input.userChannelReady = true;
    input.reconciled = true;
    return input;
}

QList<int> blockerCodes(const LiveGateVerdict& verdict)
{
    QList<int> codes;
    for (const auto& [blocker, detail] : verdict.blockers)
        codes << int(blocker);
    return codes;
}

} // namespace

class tst_LiveGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gates_data();
    void gates();
    void typedConfirmation();
    void keyPermissionsAnswers();
    void readinessAgainstTheFakeVenue_data();
    void readinessAgainstTheFakeVenue();
};

void tst_LiveGate::gates_data()
{
    QTest::addColumn<int>("access");
    QTest::addColumn<QList<int>>("blockers");
    QTest::addColumn<int>("change");
    enum Change {
        None,
        NoKey,
        NoPermissions,
        Transfer,
        OtherPortfolio,
        ViewOnly,
        Skew,
        Channel,
        Unreconciled
    };
    QTest::newRow("all good") << int(LiveAccess::Trading) << QList<int>{} << int(None);
    QTest::newRow("no key") << int(LiveAccess::NotReady) << QList<int>{int(LiveBlocker::NoKey)}
                            << int(NoKey);
    QTest::newRow("permissions unknown")
        << int(LiveAccess::NotReady) << QList<int>{int(LiveBlocker::PermissionsUnknown)}
        << int(NoPermissions);
    QTest::newRow("can transfer") << int(LiveAccess::NotReady)
                                  << QList<int>{int(LiveBlocker::CanTransfer)} << int(Transfer);
    QTest::newRow("other portfolio")
        << int(LiveAccess::NotReady) << QList<int>{int(LiveBlocker::WrongPortfolio)}
        << int(OtherPortfolio);
    QTest::newRow("view only") << int(LiveAccess::ReadOnly)
                               << QList<int>{int(LiveBlocker::ViewOnly)} << int(ViewOnly);
    QTest::newRow("clock skew") << int(LiveAccess::NotReady)
                                << QList<int>{int(LiveBlocker::ClockSkew)} << int(Skew);
    QTest::newRow("user channel") << int(LiveAccess::ReadOnly)
                                  << QList<int>{int(LiveBlocker::UserChannelNotReady)}
                                  << int(Channel);
    QTest::newRow("not reconciled")
        << int(LiveAccess::ReadOnly) << QList<int>{int(LiveBlocker::NotReconciled)}
        << int(Unreconciled);
}

void tst_LiveGate::gates()
{
    QFETCH(int, access);
    QFETCH(QList<int>, blockers);
    QFETCH(int, change);
    LiveGateInput input = allGood();
    switch (change) {
    case 1:
        input.keyStored = false;
        break;
    case 2:
        input.permissions.reset();
        break;
    case 3:
        input.permissions->canTransfer = true;
        break;
    case 4:
        input.permissions->portfolioUuid = QStringLiteral("savings");
        break;
    case 5:
        input.permissions->canTrade = false;
        break;
    case 6:
        input.clockProblem = QStringLiteral("95 s ahead");
        break;
    case 7:
        input.userChannelReady = false;
        break;
    case 8:
        input.reconciled = false;
        break;
    default:
        break;
    }
    const LiveGateVerdict verdict = evaluateLiveGate(input);
    QCOMPARE(int(verdict.access), access);
    QCOMPARE(blockerCodes(verdict), blockers);
}

// T38: switching to live needs the word typed exactly.
void tst_LiveGate::typedConfirmation()
{
    QVERIFY(confirmsLive(QStringLiteral("LIVE")));
    for (const char* typed : {"live", "Live", " LIVE", "LIVE ", "LIVE!", "", "LIV"})
        QVERIFY2(!confirmsLive(QString::fromLatin1(typed)), typed);
}

void tst_LiveGate::keyPermissionsAnswers()
{
    const auto parsed = parseKeyPermissions(
        R"({"can_view":true,"can_trade":"true","can_transfer":false,"portfolio_uuid":"p-1","portfolio_type":"DEFAULT"})");
    QVERIFY(parsed);
    QVERIFY(parsed->canView && parsed->canTrade && !parsed->canTransfer);
    QCOMPARE(parsed->portfolioUuid, QStringLiteral("p-1"));
    QVERIFY(!parseKeyPermissions("<html>"));
    QVERIFY(!parseKeyPermissions("{}"));
}

// T40 (scope half), T28 (skew): the whole check against the fake venue and user channel.
void tst_LiveGate::readinessAgainstTheFakeVenue_data()
{
    QTest::addColumn<bool>("canTrade");
    QTest::addColumn<bool>("canTransfer");
    QTest::addColumn<int>("clockOffset");
    QTest::addColumn<bool>("strayBalance");
    QTest::addColumn<int>("access");
    QTest::addColumn<int>("blocker"); // -1: none
    QTest::newRow("view and trade")
        << true << false << 0 << false << int(LiveAccess::Trading) << -1;
    QTest::newRow("can transfer") << true << true << 0 << false << int(LiveAccess::NotReady)
                                  << int(LiveBlocker::CanTransfer);
    QTest::newRow("view only") << false << false << 0 << false << int(LiveAccess::ReadOnly)
                               << int(LiveBlocker::ViewOnly);
    QTest::newRow("clock 90 s ahead")
        << true << false << 90 << false << int(LiveAccess::NotReady) << int(LiveBlocker::ClockSkew);
    QTest::newRow("clock 90 s behind") << true << false << -90 << false << int(LiveAccess::NotReady)
                                       << int(LiveBlocker::ClockSkew);
    QTest::newRow("balance the journal lacks")
        << true << false << 0 << true << int(LiveAccess::ReadOnly)
        << int(LiveBlocker::NotReconciled);
}

void tst_LiveGate::readinessAgainstTheFakeVenue()
{
    QFETCH(bool, canTrade);
    QFETCH(bool, canTransfer);
    QFETCH(int, clockOffset);
    QFETCH(bool, strayBalance);
    QFETCH(int, access);
    QFETCH(int, blocker);
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    SystemClock clock;
    FakeVenue venue(key->publicKeyPem(), KeyName);
    venue.setKeyPermissions(true, canTrade, canTransfer);
    venue.setClockOffset(clockOffset);
    if (strayBalance)
        venue.setBalance(QStringLiteral("BTC"), dec("0.3"));
    FakeCoinbaseServer socket;

    TradingRestClient::Config restConfig;
    restConfig.baseUrl = venue.baseUrl();
    TradingRestClient rest(restConfig, {*key, KeyName}, clock);
    PublicRestClient::Config publicConfig;
    publicConfig.baseUrl = venue.baseUrl();
    PublicRestClient publicRest(publicConfig);
    UserChannel::Config channelConfig;
    channelConfig.url = socket.url();
    UserChannel channel(channelConfig, *key, KeyName, clock);
    LiveReadiness readiness(rest, publicRest, channel, clock,
        {QStringLiteral("bot-portfolio"), std::chrono::seconds(30)});
    readiness.check(LocalBook{});
    QTRY_VERIFY(readiness.report().complete && channel.isReady());
    const LiveReadinessReport& report = readiness.report();
    QCOMPARE(int(report.verdict.access), access);
    const QList<int> blockers = blockerCodes(report.verdict);
    if (blocker < 0)
        QVERIFY(blockers.isEmpty());
    else
        QVERIFY2(blockers.contains(blocker), qPrintable(QString::number(blockers.size())));
    QVERIFY(report.permissions);
    QCOMPARE(report.permissions->canTrade, canTrade);
    QVERIFY(report.reconciliation);
    if (strayBalance) {
        QCOMPARE(report.reconciliation->venueBalances.size(), size_t(1));
        QVERIFY(report.verdict.blockers.back().second.contains(QLatin1String("BTC")));
    }
    QVERIFY(venue.authProblems().isEmpty());
}

QTEST_GUILESS_MAIN(tst_LiveGate)
#include "tst_livegate.moc"

#include "core/market/reconnectpolicy.h"
#include "core/model/clock.h"

#include <QTest>

#include <vector>

using namespace Candela::Core;
using namespace std::chrono;

namespace {

ReconnectPolicy policyWith(ReconnectPolicy::Config config, double random)
{
    return ReconnectPolicy(config, [random] { return random; });
}

int mostConnectsInOneSecond(const std::vector<Timestamp>& connects)
{
    int most = 0;
    size_t first = 0;
    for (size_t last = 0; last < connects.size(); ++last) {
        while (connects[last] - connects[first] >= seconds(1))
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

} // namespace

class tst_ReconnectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAt250msAndDoublesToThirtySeconds();
    void jitterAddsAtMostHalf();
    void stableConnectionResetsTheBackoff();
    void stormOf200DropsStaysWithinEightConnectsPerSecond();
    void stormWithDefaultsReachesTheCapAndStaysThere();
};

void tst_ReconnectPolicy::startsAt250msAndDoublesToThirtySeconds()
{
    ManualClock clock;
    ReconnectPolicy policy = policyWith({}, 0.0);
    QList<qint64> delays;
    for (int drop = 0; drop < 10; ++drop) {
        policy.recordConnectAttempt(clock.now());
        clock.advance(milliseconds(5));
        policy.recordDisconnect(clock.now() - milliseconds(5), clock.now());
        const auto delay = policy.nextDelay(clock.now());
        delays.append(delay.count());
        clock.advance(delay);
    }
    QCOMPARE(delays, QList<qint64>({250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
}

void tst_ReconnectPolicy::jitterAddsAtMostHalf()
{
    ManualClock clock;
    ReconnectPolicy high = policyWith({}, 0.999);
    high.recordDisconnect(clock.now(), clock.now());
    QCOMPARE(high.nextDelay(clock.now()).count(), 374); // 250 + 49.95 %
    ReconnectPolicy capped = policyWith({}, 0.999);
    for (int i = 0; i < 12; ++i)
        capped.recordDisconnect(clock.now(), clock.now());
    QCOMPARE(capped.nextDelay(clock.now()).count(), 30000);
}

void tst_ReconnectPolicy::stableConnectionResetsTheBackoff()
{
    ManualClock clock;
    ReconnectPolicy policy = policyWith({}, 0.0);
    for (int i = 0; i < 5; ++i)
        policy.recordDisconnect(clock.now(), clock.now());
    QCOMPARE(policy.nextDelay(clock.now()).count(), 4000);
    const Timestamp opened = clock.now();
    clock.advance(seconds(11));
    policy.recordDisconnect(opened, clock.now());
    QCOMPARE(policy.consecutiveFailures(), 1);
    QCOMPARE(policy.nextDelay(clock.now()).count(), 250);
}

// T24, scaled: backoff shrunk to milliseconds so only the connect budget holds the client back.
void tst_ReconnectPolicy::stormOf200DropsStaysWithinEightConnectsPerSecond()
{
    ManualClock clock;
    ReconnectPolicy::Config config;
    config.initialDelay = milliseconds(1);
    config.maxDelay = milliseconds(10);
    ReconnectPolicy policy = policyWith(config, 0.5);
    std::vector<Timestamp> connects;
    for (int drop = 0; drop < 200; ++drop) {
        connects.push_back(clock.now());
        policy.recordConnectAttempt(clock.now());
        const Timestamp opened = clock.now();
        clock.advance(milliseconds(2)); // the server drops us at once
        policy.recordDisconnect(opened, clock.now());
        clock.advance(policy.nextDelay(clock.now()));
    }
    QCOMPARE(mostConnectsInOneSecond(connects), 8);
    QVERIFY(connects.back() - connects.front() >= seconds(24)); // 200 connects at <= 8/s
}

void tst_ReconnectPolicy::stormWithDefaultsReachesTheCapAndStaysThere()
{
    ManualClock clock;
    ReconnectPolicy policy(ReconnectPolicy::Config{}, [] { return 0.7; });
    std::vector<Timestamp> connects;
    milliseconds longest{0};
    for (int drop = 0; drop < 200; ++drop) {
        connects.push_back(clock.now());
        policy.recordConnectAttempt(clock.now());
        policy.recordDisconnect(clock.now(), clock.now());
        const auto delay = policy.nextDelay(clock.now());
        QVERIFY(delay >= milliseconds(250));
        QVERIFY(delay <= seconds(30));
        longest = std::max(longest, delay);
        clock.advance(delay);
    }
    QCOMPARE(longest, milliseconds(30000));
    QVERIFY(mostConnectsInOneSecond(connects) <= 8);
}

QTEST_GUILESS_MAIN(tst_ReconnectPolicy)
#include "tst_reconnectpolicy.moc"

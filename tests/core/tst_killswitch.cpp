#include "core/risk/killswitch.h"

#include <QTest>

using namespace Candela::Core;

class tst_KillSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void haltStopsNewOrdersAndIsAudited();
    void flattenStillAllowsClosingOrders();
    void onlyAnExplicitRearmReturnsToActive();
    void stateNamesReadBack();
    void pressingAgainNeverFailsOrUndoesFlattening();
};

void tst_KillSwitch::haltStopsNewOrdersAndIsAudited()
{
    KillSwitch killSwitch;
    QVERIFY(killSwitch.allowsNewOrders());
    killSwitch.halt(QStringLiteral("ui"), QStringLiteral("button"), fromUnixSeconds(10));
    QCOMPARE(killSwitch.state(), KillSwitchState::Halted);
    QVERIFY(!killSwitch.allowsNewOrders());
    QVERIFY(!killSwitch.allowsReducingOrders());
    QCOMPARE(killSwitch.history().size(), size_t(1));
    const KillSwitch::Change& change = killSwitch.history().front();
    QCOMPARE(change.who, QStringLiteral("ui"));
    QCOMPARE(change.why, QStringLiteral("button"));
    QCOMPARE(change.from, KillSwitchState::Active);
    QCOMPARE(toUnixSeconds(change.when), qint64(10));
}

void tst_KillSwitch::flattenStillAllowsClosingOrders()
{
    KillSwitch killSwitch;
    killSwitch.flatten(QStringLiteral("cli"), QStringLiteral("end of day"), fromUnixSeconds(1));
    QCOMPARE(killSwitch.state(), KillSwitchState::Flattening);
    QVERIFY(!killSwitch.allowsNewOrders());
    QVERIFY(killSwitch.allowsReducingOrders());
}

void tst_KillSwitch::onlyAnExplicitRearmReturnsToActive()
{
    KillSwitch killSwitch(KillSwitchState::Halted); // as restored from the journal
    QVERIFY(!killSwitch.allowsNewOrders());
    QVERIFY(killSwitch.rearm(QStringLiteral("ui"), QStringLiteral("checked"), fromUnixSeconds(5)));
    QCOMPARE(killSwitch.state(), KillSwitchState::Active);
    QVERIFY(!killSwitch.rearm(QStringLiteral("ui"), QStringLiteral("again"), fromUnixSeconds(6)));
    QCOMPARE(killSwitch.history().size(), size_t(1));
}

void tst_KillSwitch::pressingAgainNeverFailsOrUndoesFlattening()
{
    KillSwitch killSwitch;
    killSwitch.halt(QStringLiteral("signal"), QStringLiteral("SIGUSR1"), fromUnixSeconds(1));
    killSwitch.halt(QStringLiteral("ui"), QStringLiteral("again"), fromUnixSeconds(2));
    killSwitch.flatten(QStringLiteral("ui"), QStringLiteral("flatten"), fromUnixSeconds(3));
    killSwitch.halt(QStringLiteral("risk"), QStringLiteral("daily loss"), fromUnixSeconds(4));
    QCOMPARE(killSwitch.state(), KillSwitchState::Flattening);
    QCOMPARE(killSwitch.history().size(), size_t(2)); // Active→Halted, Halted→Flattening
}

void tst_KillSwitch::stateNamesReadBack()
{
    for (const KillSwitchState state :
        {KillSwitchState::Active, KillSwitchState::Halted, KillSwitchState::Flattening})
        QCOMPARE(killSwitchStateFromName(killSwitchStateName(state)), state);
    QVERIFY(!killSwitchStateFromName(u"halted")); // names are exact
    QVERIFY(!killSwitchStateFromName(u""));
}

QTEST_GUILESS_MAIN(tst_KillSwitch)
#include "tst_killswitch.moc"

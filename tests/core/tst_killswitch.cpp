#include "core/risk/killswitch.h"

#include <QTest>

using namespace Candela::Core;

class tst_KillSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void haltStopsNewOrdersAndKeepsItsCause();
    void flattenStillAllowsClosingOrders();
    void onlyAnExplicitRearmReturnsToActive();
    void stateNamesReadBack();
    void causeNamesArePinned();
    void pressingAgainNeverFailsOrUndoesFlattening();
    void theStricterStateWins();
};

void tst_KillSwitch::haltStopsNewOrdersAndKeepsItsCause()
{
    KillSwitch killSwitch;
    QVERIFY(killSwitch.allowsNewOrders());
    QVERIFY(killSwitch.halt(HaltCause::Pressed, QStringLiteral("button"), fromUnixSeconds(10)));
    QCOMPARE(killSwitch.state(), KillSwitchState::Halted);
    QVERIFY(!killSwitch.allowsNewOrders());
    QVERIFY(!killSwitch.allowsReducingOrders());
    QCOMPARE(killSwitch.status().cause, HaltCause::Pressed);
    QCOMPARE(killSwitch.status().detail, QStringLiteral("button"));
    QCOMPARE(toUnixSeconds(killSwitch.status().since), qint64(10));
}

void tst_KillSwitch::flattenStillAllowsClosingOrders()
{
    KillSwitch killSwitch;
    QVERIFY(killSwitch.flatten(
        HaltCause::CommandLine, QStringLiteral("end of day"), fromUnixSeconds(1)));
    QCOMPARE(killSwitch.state(), KillSwitchState::Flattening);
    QVERIFY(!killSwitch.allowsNewOrders());
    QVERIFY(killSwitch.allowsReducingOrders());
}

void tst_KillSwitch::onlyAnExplicitRearmReturnsToActive()
{
    // As restored from the journal.
    KillSwitch killSwitch({KillSwitchState::Halted, HaltCause::JournalFailure,
        QStringLiteral("disk I/O error"), fromUnixSeconds(3)});
    QVERIFY(!killSwitch.allowsNewOrders());
    QVERIFY(killSwitch.rearm(fromUnixSeconds(5)));
    QCOMPARE(killSwitch.state(), KillSwitchState::Active);
    QCOMPARE(killSwitch.status().cause, HaltCause::None);
    QVERIFY(killSwitch.status().detail.isEmpty());
    QVERIFY(!killSwitch.rearm(fromUnixSeconds(6)));
}

void tst_KillSwitch::pressingAgainNeverFailsOrUndoesFlattening()
{
    KillSwitch killSwitch;
    QVERIFY(killSwitch.halt(HaltCause::Signal, QStringLiteral("SIGUSR1"), fromUnixSeconds(1)));
    QVERIFY(!killSwitch.halt(HaltCause::Pressed, QStringLiteral("again"), fromUnixSeconds(2)));
    QCOMPARE(killSwitch.status().cause, HaltCause::Signal); // the first cause stays
    QVERIFY(killSwitch.flatten(HaltCause::Pressed, QStringLiteral("flatten"), fromUnixSeconds(3)));
    QVERIFY(!killSwitch.halt(HaltCause::JournalFailure, QString(), fromUnixSeconds(4)));
    QCOMPARE(killSwitch.state(), KillSwitchState::Flattening);
    QCOMPARE(killSwitch.status().cause, HaltCause::Pressed);
}

void tst_KillSwitch::stateNamesReadBack()
{
    for (const KillSwitchState state :
        {KillSwitchState::Active, KillSwitchState::Halted, KillSwitchState::Flattening})
        QCOMPARE(killSwitchStateFromName(killSwitchStateName(state)), state);
    QVERIFY(!killSwitchStateFromName(u"halted")); // names are exact
    QVERIFY(!killSwitchStateFromName(u""));
}

void tst_KillSwitch::causeNamesArePinned()
{
    // Journals store these names: changing one strands every saved halt.
    const std::pair<HaltCause, const char16_t*> pinned[] = {{HaltCause::None, u""},
        {HaltCause::Pressed, u"pressed"}, {HaltCause::Signal, u"signal"},
        {HaltCause::CommandLine, u"command_line"}, {HaltCause::JournalFailure, u"journal_failure"},
        {HaltCause::DiskFull, u"disk_full"}, {HaltCause::Reconciliation, u"reconciliation"}};
    for (const auto& [cause, name] : pinned) {
        QCOMPARE(haltCauseName(cause), QString::fromUtf16(name));
        QCOMPARE(haltCauseFromName(QString::fromUtf16(name)), cause);
    }
    QVERIFY(!haltCauseFromName(u"Pressed"));
}

void tst_KillSwitch::theStricterStateWins()
{
    const KillSwitchStatus active;
    const KillSwitchStatus halted{
        KillSwitchState::Halted, HaltCause::Signal, QString(), fromUnixSeconds(1)};
    const KillSwitchStatus flattening{
        KillSwitchState::Flattening, HaltCause::Pressed, QString(), fromUnixSeconds(2)};
    QCOMPARE(stricterKillSwitch(active, halted), halted);
    QCOMPARE(stricterKillSwitch(halted, active), halted);
    QCOMPARE(stricterKillSwitch(halted, flattening), flattening);
    QCOMPARE(stricterKillSwitch(flattening, halted), flattening);
    QCOMPARE(stricterKillSwitch(active, active), active);
}

QTEST_GUILESS_MAIN(tst_KillSwitch)
#include "tst_killswitch.moc"

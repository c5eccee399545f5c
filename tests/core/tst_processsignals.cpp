#include "core/processsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Candela::Core;

// kill -USR1 <pid> reaches the event loop as a kill-switch request, every time; SIGTERM and
// SIGINT as a request to stop, when a headless run asked for them.
class tst_ProcessSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigusr1RequestsTheKillSwitch()
    {
        ProcessSignals watcher;
        QVERIFY(watcher.isInstalled());
        QSignalSpy requested(&watcher, &ProcessSignals::haltRequested);
        QSignalSpy stopped(&watcher, &ProcessSignals::stopRequested);
        QCOMPARE(::raise(SIGUSR1), 0);
        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(::raise(SIGUSR1), 0);
        QTRY_COMPARE(requested.count(), 2);
        QCOMPARE(stopped.count(), 0);
    }

    void sigtermAndSigintRequestAStop()
    {
        ProcessSignals watcher(ProcessSignals::Handled::HaltAndStop);
        QVERIFY(watcher.isInstalled());
        QSignalSpy halted(&watcher, &ProcessSignals::haltRequested);
        QSignalSpy stopped(&watcher, &ProcessSignals::stopRequested);
        QCOMPARE(::raise(SIGTERM), 0); // (the process would end here without the handler)
        QVERIFY(stopped.wait(5000));
        QCOMPARE(::raise(SIGINT), 0);
        QTRY_COMPARE(stopped.count(), 2);
        QCOMPARE(halted.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProcessSignals)
#include "tst_processsignals.moc"

#include "killsignal.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Candela;

// kill -USR1 <pid> reaches the event loop as a kill-switch request, every time.
class tst_KillSignal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigusr1RequestsTheKillSwitch()
    {
        KillSignal watcher;
        QVERIFY(watcher.isInstalled());
        QSignalSpy requested(&watcher, &KillSignal::killRequested);
        QCOMPARE(::raise(SIGUSR1), 0);
        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(::raise(SIGUSR1), 0);
        QTRY_COMPARE(requested.count(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_KillSignal)
#include "tst_killsignal.moc"

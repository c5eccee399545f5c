// T08 kill9-commit-ack: a child journals fills and acknowledges each commit; it is killed with
// SIGKILL at random moments 1,000 times and started again. Every fill the parent saw
// acknowledged must be on disk, whole, once; the database must pass PRAGMA integrity_check.

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_JournalKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedFillsSurviveAThousandKills();
};

void tst_JournalKill::acknowledgedFillsSurviveAThousandKills()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.db"));
    QSet<qint64> acknowledged;
    QRandomGenerator random(20261122); // fixed: a failure can be replayed
    constexpr int Kills = 1000;
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(JOURNAL_WRITER), {path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Most kills land while it writes (after its first acknowledgement, however long a slow
        // machine takes to start it), one in four at any moment from its start, opening included.
        if (kill % 4 != 0)
            QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(random.bounded(kill % 4 != 0 ? 10 : 25)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                acknowledged.insert(line.toLongLong());
        }
    }
    QVERIFY2(
        acknowledged.size() > Kills * 3 / 4, "the child barely wrote: the test proves nothing");
    qInfo("%lld fills acknowledged across %d kills", static_cast<long long>(acknowledged.size()),
        Kills);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery integrity(QStringLiteral("PRAGMA integrity_check"), db);
        QVERIFY(integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        QSet<qint64> stored;
        QSqlQuery rows(QStringLiteral("SELECT trade_id, price, size, fee, product FROM fills"), db);
        while (rows.next()) {
            const qint64 id = rows.value(0).toLongLong();
            QVERIFY2(!stored.contains(id), "a fill stored twice");
            stored.insert(id);
            // Whole rows: every field as written.
            QCOMPARE(rows.value(1).toString(), QStringLiteral("65000.01"));
            QCOMPARE(rows.value(2).toString(), QStringLiteral("0.001"));
            QCOMPARE(rows.value(3).toString(), QStringLiteral("0.39000006"));
            QCOMPARE(rows.value(4).toString(), QStringLiteral("BTC-USD"));
        }
        for (const qint64 id : std::as_const(acknowledged))
            QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("fill %1 lost").arg(id)));
        // Numbered without gaps: a restarted child never skipped or reused a number.
        QCOMPARE(stored.size(), qsizetype(*std::max_element(stored.begin(), stored.end())));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(tst_JournalKill)
#include "tst_journalkill.moc"

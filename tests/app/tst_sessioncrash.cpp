// T07 kill9-replay: kill -9 the headless paper session at random points, 20 times, restart it
// each time, and the final journal equals an uninterrupted run's: same fills, trades and cash,
// nothing doubled.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Cli = QStringLiteral(CANDELA_CLI);
const QStringList Inputs{QStringLiteral("--bot"),
    QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"), QStringLiteral("--bot"),
    QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/eth_momentum.json"),
    QStringLiteral("--candles"),
    QStringLiteral(CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv")};

QJsonObject show(const QString& db)
{
    QProcess process;
    process.start(
        Cli, {QStringLiteral("session"), QStringLiteral("show"), QStringLiteral("--db"), db});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("session show failed: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

bool runToTheEnd(const QString& db)
{
    QProcess process;
    process.start(Cli,
        QStringList{QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), db}
            + Inputs);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

class tst_SessionCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTwentyTimesEndsLikeAnUninterruptedRun();
};

void tst_SessionCrash::killedTwentyTimesEndsLikeAnUninterruptedRun()
{
    QTemporaryDir dir;
    const QString reference = dir.filePath(QStringLiteral("reference.db"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
    QVERIFY(runToTheEnd(reference));
    const QJsonObject expected = show(reference);
    QVERIFY(expected.value(QStringLiteral("fills")).toInt() > 50);

    QRandomGenerator random(7); // reproducible "random" kill points
    int killed = 0;
    int killedMidway = 0; // kills that left some but not all of the fills journaled
    for (int attempt = 0; attempt < 60 && killed < 20; ++attempt) {
        QProcess process;
        process.start(Cli,
            QStringList{
                QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), crashed}
                + Inputs);
        QVERIFY(process.waitForStarted(10000));
        const int delay = random.bounded(10, 250);
        if (!process.waitForFinished(delay)) {
            process.kill(); // SIGKILL: no cleanup, no flush
            process.waitForFinished(10000);
            ++killed;
            const int fills = show(crashed).value(QStringLiteral("fills")).toInt();
            if (fills > 0 && fills < expected.value(QStringLiteral("fills")).toInt())
                ++killedMidway;
        }
    }
    QCOMPARE(killed, 20);
    QVERIFY2(killedMidway > 0, "no kill landed while the session was trading");
    QVERIFY(runToTheEnd(crashed));
    const QJsonObject actual = show(crashed);
    for (const char* key : {"fills", "trades", "wins", "losses", "net_pnl", "total_fees",
             "final_equity", "expectancy", "candles"})
        QCOMPARE(actual.value(QLatin1String(key)), expected.value(QLatin1String(key)));
    QCOMPARE(actual.value(QStringLiteral("open_positions")),
        expected.value(QStringLiteral("open_positions")));
}

QTEST_GUILESS_MAIN(tst_SessionCrash)
#include "tst_sessioncrash.moc"
